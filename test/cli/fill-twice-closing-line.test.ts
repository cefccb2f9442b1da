/**
 * A grid that ends in a closing line merged across the target column (其他说明的问题 | 无 over B:E, v85 / v75 / v91).
 * Before session 24 fill copied that line's merge into its 预算执行情况 block, so the block's 全年预算数 head and budget cell
 * vanished inside it (a first-fill bug: the budget was not shown), and a second fill, stopping at the closing line, never
 * read the block back and added another (29 edits on the second run, each). Now the block takes its formats and merges
 * from the last indicator row, a block fill wrote under the grid's closing line is read back with its 总分, and a second
 * fill changes nothing.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli.bundle.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fill-twice-closing-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const edited = (out: string) => Number(/（(\d+) 处修改/.exec(out)?.[1] ?? NaN);
const sheets = (file: string) =>
  spawnSync('unzip', ['-Z1', file], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
const part = (file: string, p: string) => spawnSync('unzip', ['-p', file, p], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout;

(built ? test.each : test.skip.each)(['v85-long-term-own-sheet.xlsx', 'v75-older-form-content-column.xlsx', 'v91-long-term-sheet-named-by-title.xlsx'])(
  '%s: fill’s block under the closing line shows its budget and is read back; a second fill changes nothing',
  (name) => {
    const input = path.join(ROOT, 'test', 'fixtures', 'variants', name);
    const once = path.join(tmp, `1-${name}`);
    const twice = path.join(tmp, `2-${name}`);
    expect(run('fill', input, '-o', once).status).toBeLessThanOrEqual(1);
    // The block under the closing line is read back as the funds.
    expect(run('check', '--explain', once).stdout).toMatch(/第 +\d+ 行 +资金 +预算执行情况（资金）行/);
    const again = run('fill', once, '-o', twice);
    expect(again.status).toBeLessThanOrEqual(1);
    expect(edited(again.stdout)).toBe(0);
    for (const p of sheets(once)) expect(part(twice, p)).toBe(part(once, p));
  },
);
