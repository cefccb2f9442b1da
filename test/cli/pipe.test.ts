/**
 * A reader that stops early (`jixiao check … | head`): the rest of the output is dropped, nothing is
 * said on stderr and the exit code is the check's own — not “意外错误” and exit 2, and no hang.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fixture } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'));

/** Runs the CLI, closes its stdout after the first piece, and gives its exit code and stderr. */
function closedEarly(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [bin, ...args]);
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.stdout.once('data', () => p.stdout.destroy());
    p.on('close', (status) => resolve({ status, stderr }));
  });
}

describe('stdout closed by its reader', () => {
  // Far more output than a pipe holds (64 KB), so that the CLI is still writing when the reader leaves.
  const files = Array.from({ length: 40 }, () => fixture('seed-tianjin-2024.xlsx'));

  (built ? test : test.skip).each([[['--jobs', '1']], [['--jobs', '1', '--json']], [['--jobs', '2', '--json']]])(
    'check %j: quiet, with the exit code of a full run',
    async (opts) => {
      const full = spawnSync(process.execPath, [bin, 'check', ...opts, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(full.stdout.length).toBeGreaterThan(1 << 17);
      const early = await closedEarly(['check', ...opts, ...files]);
      expect(early.stderr).toBe('');
      expect(early.status).toBe(full.status);
    },
    120000,
  );
});
