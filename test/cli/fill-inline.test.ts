/** One small workbook's `fill` runs in the launcher's thread when its parts are small beside the heap and under 8 MB (bin/jixiao.js, check-inline.ts). */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixture } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli', 'main.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fill-inline-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (heap: string[], args: string[]) => spawnSync(process.execPath, [...heap, bin, ...args], { encoding: 'utf8' });

(built ? describe : describe.skip)('fill in the launcher', () => {
  test('in its thread it writes the same bytes and says the same as in the worker (a small heap keeps the worker)', () => {
    const seed = fixture('seed-tianjin-2024.xlsx');
    for (const opts of [[], ['--fix', '--highlight']]) {
      const here = path.join(tmp, 'here.xlsx');
      const there = path.join(tmp, 'there.xlsx');
      // The input before its options, and after them, with -o's value in between: the input is still found.
      const a = run([], ['fill', '-o', here, ...opts, '--force', seed]);
      const b = run(['--max-old-space-size=200'], ['fill', seed, ...opts, '--force', '-o', there]);
      expect(a.status).toBe(b.status);
      expect(a.stderr).toBe(b.stderr);
      expect(a.stdout).toBe(b.stdout.split(there).join(here));
      expect(fs.readFileSync(here).equals(fs.readFileSync(there))).toBe(true);
    }
  }, 60000);

  test('a bad file filled in its thread is one Chinese line and exit 2, and no output is written', () => {
    const text = path.join(tmp, 'bad.xlsx');
    fs.writeFileSync(text, 'a,b,c\n');
    const out = path.join(tmp, 'bad-out.xlsx');
    const r = run([], ['fill', text, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^jixiao：无法读取 .*CSV/)]);
    expect(fs.existsSync(out)).toBe(false);
  });
});
