/**
 * A sheet whose funds' execution line (预算执行率 / 预算执行 | … | 分值 | 得分) sits inside the
 * indicator grid or right after it: `fill` uses that line — never adds a second 预算执行情况 block —
 * and the total counts the funds score once.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { applyPlan } from '../../src/gateways/exceljs/apply';
import { readWorkbook } from '../../src/gateways/exceljs/read';
import { writeWorkbook } from '../../src/gateways/exceljs/write';
import { cellFormula, cellText, makeGrid, type Grid } from '../../src/sheet/grid';
import { fixture } from '../helpers/fixtures';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-exec-line-'));
const V64 = fixture('variants/v64-self-exec-rate-in-grid.xlsx');
const V106 = fixture('variants/v106-closing-conclusion-lines.xlsx');

async function fillFile(input: string, out: string): Promise<Grid> {
  const { workbook, grids } = await readWorkbook(input);
  applyPlan(workbook, planAll(grids, analyse(grids, DEFAULT_CONFIG), DEFAULT_CONFIG, { fix: false, highlight: false, fill: true }));
  await writeWorkbook(workbook, out, { inputPath: input, force: true });
  return (await readWorkbook(out)).grids[0];
}

/** A copy of `input` with some cells emptied (the line has room for what fill writes). */
async function emptied(input: string, name: string, cells: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  for (const a of cells) wb.worksheets[0].getCell(a).value = null;
  const out = path.join(tmp, name);
  await wb.xlsx.writeFile(out);
  return out;
}

function dump(g: Grid): string[] {
  const out: string[] = [];
  for (let r = 1; r <= g.rowCount; r++)
    for (let c = 1; c <= g.colCount; c++) {
      const f = cellFormula(g, r, c);
      out.push(`${r},${c}:${f ? `=${f}` : cellText(g, r, c)}`);
    }
  return out;
}

/** Rows the SUM of a total formula adds up, one entry per time a row is counted. */
function summedRows(f: string): number[] {
  const args = /SUM\(([^)]*)\)/.exec(f)![1].split(',');
  return args.flatMap((a) => {
    const [x, y] = a.split(':').map((s) => Number(/\d+$/.exec(s)![0]));
    return Array.from({ length: (y ?? x) - x + 1 }, (_, k) => x + k);
  });
}

const fundsLines = (g: Grid) => dump(g).filter((x) => /:(预算执行|全年执行数)/.test(x));

describe.each([
  // [name, input, cells emptied, exec line row, score column, total row]
  ['v64 (预算执行率 line in the grid)', V64, [], 10, 7, 18],
  ['v106 (预算执行 line after the grid)', V106, [], 10, 7, 11],
  ['v64, the line without 实际完成值/得分, blank total', V64, ['E10', 'G10', 'G18'], 10, 7, 18],
  ['v106, the line without 得分, blank total', V106, ['G10', 'G11'], 10, 7, 11],
  ['v106, the line with only its label', V106, ['F10', 'G10', 'G11'], 10, 7, 11],
])('%s', (name, input, cells, execRow, scoreCol, totalRow) => {
  let src: string;
  let before: Grid;
  let once: Grid;
  let twice: Grid;
  beforeAll(async () => {
    const tag = name.replace(/\W+/g, '-');
    src = cells.length ? await emptied(input, `${tag}-in.xlsx`, cells) : input;
    before = (await readWorkbook(src)).grids[0];
    once = await fillFile(src, path.join(tmp, `${tag}-1.xlsx`));
    twice = await fillFile(path.join(tmp, `${tag}-1.xlsx`), path.join(tmp, `${tag}-2.xlsx`));
  });

  test('no second funds block: same rows, one execution line', () => {
    expect(once.rowCount).toBe(before.rowCount);
    expect(fundsLines(once)).toEqual(fundsLines(before));
    expect(dump(once).filter((x) => x.includes('预算执行情况'))).toEqual([]);
  });

  test('the line is scored where it has room, and the total counts it once', () => {
    const a = analyse([once]).projects[0];
    expect(a.score.execution.score).not.toBeNull();
    expect(once.values[execRow - 1][scoreCol - 1]).toBe(a.score.execution.score);
    const tf = cellFormula(once, totalRow, scoreCol);
    if (cells.length) {
      expect(tf).toBeTruthy();
      expect(summedRows(tf!).filter((r) => r === execRow)).toHaveLength(1);
      expect(new Set(summedRows(tf!)).size).toBe(summedRows(tf!).length);
    } else expect(tf).toBeFalsy();
  });

  test('a second fill changes nothing', () => {
    expect(dump(twice)).toEqual(dump(once));
  });
});

describe('an execution line under the grid, no funds block, no total', () => {
  const g = makeGrid(
    '自评表',
    [
      ['项目名称', '乡村道路养护'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '养护里程', '≥20公里', '22公里', 45, null],
      ['效益指标', '社会效益指标', '道路通行率', '≥95%', '98%', 45, null],
      ['预算执行率', null, null, '100%', '95%', 10, null],
    ],
    [],
  );
  const a = analyse([g], DEFAULT_CONFIG);
  const edits = planAll([g], a, DEFAULT_CONFIG, { fix: false, highlight: false, fill: true }).edits;

  test('only the total is inserted, under the line; it sums the line’s 得分 once', () => {
    expect(a.projects[0].project.rows.some((x) => x.row === 5 && x.code === 'execLine')).toBe(true);
    const ins = edits.filter((e) => e.kind === 'insertRows');
    expect(ins).toEqual([expect.objectContaining({ at: 6, count: 1 })]);
    const total = edits.find((e) => e.kind === 'formula' && e.row === 6 && /SUM\(/.test(e.formula));
    expect(total && total.kind === 'formula' && summedRows(total.formula)).toEqual([3, 4, 5]);
    const line = edits.find((e) => e.kind === 'formula' && e.row === 5 && e.col === 7);
    expect(line && line.kind === 'formula' && line.formula).toBe('IF(E5="","",ROUND(MIN(E5,1)*10,2))');
  });
});
