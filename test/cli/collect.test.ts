import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import { collectIfLarge } from '../../src/cli/collect';
import { FILL_V8_FLAGS } from '../../src/cli/bundle-load';
import { tempDir } from '../gateways/exceljs/tmp';

const used = () => v8.getHeapStatistics().used_heap_size;
const ROOT = path.join(__dirname, '..', '..');
const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** A script run by a node of its own under `flags`: what collectIfLarge did there, as JSON on stdout. */
function runWith(flags: string[]): { collected: boolean; before: number; after: number } {
  const file = tmp.path(`probe-${flags.length}.ts`);
  const collect = JSON.stringify(path.join(ROOT, 'src', 'cli', 'collect'));
  fs.writeFileSync(
    file,
    `import * as v8 from 'v8';
import { collectIfLarge } from ${collect};
const used = () => v8.getHeapStatistics().used_heap_size;
let junk: { i: number; s: string }[] | null = [];
for (let i = 0; i < 300000; i++) junk.push({ i, s: 'cell ' + i });
const before = used();
junk = null;
const collected = collectIfLarge(0);
process.stdout.write(JSON.stringify({ collected, before, after: used() }));
`,
  );
  const r = spawnSync(process.execPath, [...flags, path.join(ROOT, 'scripts', 'run-ts.js'), file], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

describe('collectIfLarge', () => {
  it('leaves a heap below the threshold alone', () => {
    expect(collectIfLarge(used() + 1024 * 1048576)).toBe(false);
  });

  it('collects the garbage of a phase that just ended under the flags fill runs with', () => {
    const r = runWith(FILL_V8_FLAGS);
    expect(r.collected).toBe(true);
    expect(r.after).toBeLessThan(r.before - 10 * 1048576);
  });

  it('turns on no V8 flag at run time: without gc exposed it leaves the heap to V8', () => {
    expect(runWith([]).collected).toBe(false);
    expect(collectIfLarge(0)).toBe(false);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
