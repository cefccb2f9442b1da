/**
 * A flat 自评 list (v545 / v547: several projects under one header, 项目名称 | 预算数 | 执行数 merged down each) after `fill`:
 * fill puts a 预算执行情况 block and a 总分 line under each project. Reading the output back must find the same projects
 * with the same budgets and scores, and a second fill must insert no rows (the blocks are read as each project's own) and change
 * nothing at all (session 23: it rewrote the blocks' formulas and restyled each 执行率 cell — 4 edits, 8 on a list with no 执行数).
 * v561 / v562 have no 执行数 column: each project's execution goes in the block fill adds, so no score until it is typed.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const bin = path.join(ROOT, 'bin', 'jixiao.js');
const built = fs.existsSync(path.join(ROOT, 'lib', 'cli.bundle.js'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fill-flat-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
const projects = (file: string) =>
  (
    JSON.parse(run('check', '--json', file).stdout) as { files: { projects: { name: string; budget: { total: number; executed: number }; score: { total: number } }[] }[] }
  ).files[0].projects.map((p) => [p.name, p.budget.total, p.budget.executed, p.score.total]);
const edited = (out: string) => Number(/（(\d+) 处修改/.exec(out)?.[1] ?? NaN);
const rowsOf = (file: string) => spawnSync('unzip', ['-p', file, 'xl/worksheets/sheet1.xml'], { encoding: 'utf8' }).stdout.match(/<row /g)?.length ?? 0;

(built ? test.each : test.skip.each)([
  'v545-self-flat-list-projects.xlsx',
  'v547-self-flat-list-projects-yuan.xlsx',
  'v561-self-flat-list-no-executed.xlsx',
  'v562-self-flat-list-no-executed-yuan.xlsx',
])('%s: fill’s output reads back with every project, budget and score', (name) => {
  const input = path.join(ROOT, 'test', 'fixtures', 'variants', name);
  const once = path.join(tmp, `1-${name}`);
  const twice = path.join(tmp, `2-${name}`);
  expect(run('fill', input, '-o', once).status).toBe(0);
  const before = projects(input);
  expect(before).toHaveLength(2);
  expect(projects(once)).toEqual(before);
  const again = run('fill', once, '-o', twice);
  expect(again.status).toBe(0);
  expect(projects(twice)).toEqual(before);
  expect(rowsOf(twice)).toBe(rowsOf(once));
  expect(edited(again.stdout)).toBe(0);
});
