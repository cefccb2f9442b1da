/** `fill` end to end through ExcelJS: columns added or used in place, formulas with cached values, nothing typed overwritten. */
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
import { cellText } from '../../src/sheet/grid';
import { fixture } from '../helpers/fixtures';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fill-'));

async function fillFile(input: string, out: string, opts = { fix: false, highlight: false }) {
  const { workbook, grids } = await readWorkbook(input);
  const a = analyse(grids, DEFAULT_CONFIG);
  applyPlan(workbook, planAll(grids, a, DEFAULT_CONFIG, { ...opts, fill: true }));
  await writeWorkbook(workbook, out, { inputPath: input, force: true });
  return readWorkbook(out);
}

describe('fill on the seed target table', () => {
  const out = path.join(tmp, 'seed-filled.xlsx');
  let after: Awaited<ReturnType<typeof readWorkbook>>;
  let before: Awaited<ReturnType<typeof readWorkbook>>;
  beforeAll(async () => {
    before = await readWorkbook(fixture('seed-tianjin-2024.xlsx'));
    after = await fillFile(fixture('seed-tianjin-2024.xlsx'), out);
  });

  test('adds the four columns with the contract labels, on the header and on the repeated header', () => {
    const g = after.grids[0];
    expect([6, 7, 8, 9].map((c) => cellText(g, 8, c))).toEqual(['实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
    expect(cellText(g, 17, 6)).toBe('实际完成值');
  });

  test('weights as values, scores as live formulas on 实际完成值', () => {
    const g = after.grids[0];
    expect(g.values[8][6]).toBe(5.56);
    expect(g.formulas?.[8]?.[7]).toBe('IFERROR(ROUND(MIN(G9,G9*MAX(0,--SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(ASC(F9),"≥",""),"≤",""),"%","x"),"个",""))/1),2),"")');
  });

  test('inserts a funds line and a total line under each project, shifting the ones below', () => {
    const a = analyse(after.grids);
    expect(a.projects).toHaveLength(7);
    const p1 = a.projects[0].project;
    const g = after.grids[0];
    expect(cellText(g, 23, 6)).toBe('全年执行数');
    expect(cellText(g, 25, 6)).toBe('总分');
    expect(cellText(g, 25, 8)).toBe('等级');
    expect(g.formulas?.[23]?.[4]).toBe('C4');
    // project 2 moved down by the three inserted rows
    expect(a.projects[1].project.headerRow).toBe(32 + 3);
    expect(p1.layout).toBe('selfeval');
  });

  test('every original cell keeps its value (at its shifted row)', () => {
    const g0 = before.grids[0];
    const g1 = after.grids[0];
    const ends = [22, 42, 58, 83, 100, 117];
    const shift = (r: number) => 3 * ends.filter((e) => e < r).length;
    for (let r = 1; r <= g0.rowCount; r++)
      for (let c = 1; c <= 5; c++) expect([r, c, g1.values[r + shift(r) - 1]?.[c - 1] ?? null]).toEqual([r, c, g0.values[r - 1]?.[c - 1] ?? null]);
  });

  test('the input file is never modified', async () => {
    const h0 = fs.readFileSync(fixture('seed-tianjin-2024.xlsx'));
    await fillFile(fixture('seed-tianjin-2024.xlsx'), path.join(tmp, 'again.xlsx'));
    expect(fs.readFileSync(fixture('seed-tianjin-2024.xlsx')).equals(h0)).toBe(true);
  });

  test('after the user types 实际完成值, a re-run scores, totals and grades (project 5: all met → 100 优)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const a = analyse((await readWorkbook(out)).grids);
    const p5 = a.projects[4].project;
    const actual: Record<string, string | number> = {
      补助人数: 3100,
      补助金额发放效果: 1,
      补助资金发放及时率: 1,
      补助金额: 660,
      补助成效: 0.995,
      资助政策发挥作用时间: 2600,
      补助对象满意度: 0.995,
    };
    for (const ind of p5.indicators) ws.getCell(ind.row, 6).value = actual[ind.level3];
    ws.getCell(p5.endRow + 2, 6).value = 665.3; // 全年执行数
    const typed = path.join(tmp, 'typed.xlsx');
    await wb.xlsx.writeFile(typed);
    const refilled = await fillFile(typed, path.join(tmp, 'typed-filled.xlsx'));
    const r5 = analyse(refilled.grids).projects[4];
    expect(r5.score.rows.map((x) => x.score)).toEqual([12.5, 12.5, 12.5, 12.5, 15, 15, 10]);
    expect(r5.score.execution.score).toBe(10);
    expect(r5.score.total).toBe(100);
    expect(r5.score.grade).toBe('优');
    const g = refilled.grids[0];
    const totalRow = r5.project.endRow + 3;
    expect(g.values[totalRow - 1][6]).toBe(100); // cached total
    expect(g.values[totalRow - 1][8]).toBe('优');
  });

  test('a shortfall gets a flagged 偏差原因 stub; typing a reason keeps it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const p7 = analyse((await readWorkbook(out)).grids).projects[6].project;
    const row = p7.indicators.find((x) => x.level3 === '师生满意度')!.row;
    ws.getCell(row, 6).value = 0.7; // 70 % against ≥80 %
    const typed = path.join(tmp, 'short.xlsx');
    await wb.xlsx.writeFile(typed);
    const g = (await fillFile(typed, path.join(tmp, 'short-filled.xlsx'))).grids[0];
    expect(g.values[row - 1][7]).toBe(8.75); // 10 × 70/80
    expect(cellText(g, row, 9)).toMatch(/^偏差原因：实际完成 70%，未达到指标值 ≥80%.*（请填写）/);
  });
});

describe('fill on a self-evaluation table (池州) uses the columns in place', () => {
  test('nothing a person typed is overwritten; empty cells are not invented', async () => {
    const before = await readWorkbook(fixture('real-01-anhui-chizhou.xlsx'));
    const after = await fillFile(fixture('real-01-anhui-chizhou.xlsx'), path.join(tmp, 'chizhou.xlsx'));
    const g0 = before.grids[0];
    const g1 = after.grids[0];
    for (let r = 13; r <= 21; r++) for (const c of [5, 6, 7]) expect(g1.values[r - 1][c - 1]).toEqual(g0.values[r - 1][c - 1]);
    expect(g1.colCount).toBe(g0.colCount);
  });
});

describe('execution below 90 % gets a reason stub (SE-10)', () => {
  test('typing 全年执行数 = 400 of 500 (80 %) and re-running: stub in the funds line’s 原因 cell; 500 removes it', async () => {
    const out = path.join(tmp, 'exec-first.xlsx');
    await fillFile(fixture('seed-tianjin-2024.xlsx'), out);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    // project 1: funds header row 23, data row 24 (全年执行数 in F); 原因 in D (绩效指标描述 column)
    expect(ws.getCell('D23').value).toBe('原因');
    ws.getCell('F24').value = 400;
    const typed = path.join(tmp, 'exec-typed.xlsx');
    await wb.xlsx.writeFile(typed);
    const g = (await fillFile(typed, path.join(tmp, 'exec-filled.xlsx'))).grids[0];
    expect(cellText(g, 24, 4)).toMatch(/^偏差原因：预算执行率 80\.00%，低于 90%（请填写）/);
    expect(g.values[23][8]).toBe(8); // 得分 = 80 % × 10
    ws.getCell('F24').value = 500;
    ws.getCell('D24').value = cellText(g, 24, 4); // the stub as written by the last run
    await wb.xlsx.writeFile(typed);
    const g2 = (await fillFile(typed, path.join(tmp, 'exec-filled2.xlsx'))).grids[0];
    expect(cellText(g2, 24, 4)).toBe('');
  });
});

describe('isOurFormula: ours by exact shape, a person’s own formulas never', () => {
  const { isOurFormula } = jest.requireActual('../../src/engine/fill') as typeof import('../../src/engine/fill');
  const f = jest.requireActual('../../src/engine/formulas') as typeof import('../../src/engine/formulas');
  const ind = (number: string | null, unit: string | null) => ({ target: { number, unit } }) as never;
  test('every formula formulas.ts writes is recognised', () => {
    const ours: string[] = [];
    for (const cfg of [DEFAULT_CONFIG, { ...DEFAULT_CONFIG, reverseMethod: 'linear' as const }]) {
      for (const m of ['positive', 'equal', 'reverse', 'qualitative'] as const) {
        for (const [n, u] of [
          ['50', '个'],
          ['95', '%'],
          ['0', '起'],
          ['500', '万元'],
        ] as const) {
          for (const pct of [true, false]) {
            const x = f.rowScoreFormula(ind(n, u), m, 'G12', 'F12', pct, cfg);
            if (x) ours.push(x);
          }
        }
      }
    }
    ours.push(f.executionRateFormula('F20', 'E20'), f.executionScoreFormula('G20', 10, 2), f.executionScoreFormula('(F20/E20)', 10, 2));
    ours.push(f.totalFormula(['H6:H18'], 'I20', 2, null), f.totalFormula(['H6:H9', 'H11'], 'I20', 2, 90), f.totalFormula([], 'I20', 2, null));
    ours.push(f.gradeFormula('G21', DEFAULT_CONFIG.grades));
    expect(ours.length).toBeGreaterThan(30);
    for (const x of ours) expect([x, isOurFormula(x)]).toEqual([x, true]);
    expect(isOurFormula('=' + ours[0])).toBe(true);
  });
  test.each([
    'IFERROR(ROUND(F12*MIN(E12/50,1),2),0)',
    'ROUND(MIN(E6/C6,1)*F6,2)',
    'SUM(H6:H18)',
    'IF(G21>=90,"优","良")',
    'IF(E6="","",E6/C6)',
    'COUNTBLANK(H6:H18)',
    'IFERROR(ROUND(E6/C6*10,2),"")',
    'N(C6)<=0',
  ])('%s is the user’s', (x) => expect(isOurFormula(x)).toBe(false));
});
