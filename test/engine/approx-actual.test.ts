/**
 * An approximate actual (约40套 / 40套左右 / 近40套 / 40余套 / 40多套 …): how far it is from the target is not known, and
 * no public document says how to score one. Excel's score formula read no number in one typed after fill ("") while the
 * pane scored the bare figure (full marks for 近40套 under ≥40套); 40套左右 at fill time was "" in Excel and 10 in the pane.
 * Now both leave the 得分 blank, the pane says why (SE-04: 自评得分需人工判断), and a 得分 typed by hand counts in both.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { parseValue } from '../../src/domain/value';
import { approxActual } from '../../src/domain/value-approx';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { summarise } from '../../src/addin/summaries';
import type { CellValue } from '../../src/sheet/grid';
import { applied, inExcel } from '../helpers/fill-in-excel';
import { createExcelDouble } from '../../src/double';
import { indicatorRow } from '../helpers/score-row';
import { selfSheet } from '../helpers/table';

const APPROX = ['约40套', '40套左右', '近40套', '40余套', '40多套', '大约40套', '约为40套', '接近40套', '40套上下', '40来套', '约 40 套', '约４０套', '完成约40套', '共约40套'];
const PLAIN = ['40套', '完成40套', '实际完成40套', '40', '≥40套', '40套以上', '超过40套', '节约10万元', '40套（含备用）'];

describe('which actuals are approximate', () => {
  test.each(APPROX.map((a) => [a]))('%p is', (a) => expect(approxActual(parseValue(a))).toBe(true));
  test.each(PLAIN.map((a) => [a]))('%p is not', (a) => expect(approxActual(parseValue(a))).toBe(false));
  test.each([['约96%'], ['96%左右'], ['近3天'], ['1.2万余人'], ['接近95%']])('%p is, in any unit', (a) => expect(approxActual(parseValue(a))).toBe(true));
});

describe('the pane does not score an approximate actual', () => {
  // Over the figure (余 / 多) under a ≥ or = target it does not exceed, or just under it (近) under a ≤ target: met all the same.
  const SETTLED = new Set(['≥40套 40余套', '≥40套 40多套', '40套 40余套', '40套 40多套', '≥30套 40余套', '≥30套 40多套', '≤40套 近40套', '≤40套 接近40套']);
  test.each(['≥40套', '40套', '≤40套', '≥30套'].flatMap((t) => APPROX.map((a) => [t, a])))('%s, actual %p: blocked, unless its side of the target is certain', (t, a) => {
    const ind = indicatorRow(t);
    ind.actual = parseValue(a);
    const s = scoreRow(ind, 10, DEFAULT_CONFIG);
    expect([s.score, s.blocked]).toEqual(SETTLED.has(`${t} ${a}`) ? [10, null] : [null, 'approx']);
  });

  test('over the figure in another unit, or over a range: not settled', () => {
    for (const [t, a] of [
      ['≥1万人', '1.2万余人'],
      ['≥10000人', '1万余人'],
      ['30-40套', '40余套'],
    ]) {
      const ind = indicatorRow(t);
      ind.actual = parseValue(a);
      expect([t, a, scoreRow(ind, 10, DEFAULT_CONFIG).blocked]).toEqual([t, a, 'approx']);
    }
  });

  test('a plain figure still scores', () => {
    const ind = indicatorRow('≥40套');
    ind.actual = parseValue('完成36套');
    expect(scoreRow(ind, 10, DEFAULT_CONFIG).score).toBe(9);
  });
});

const sheet = (actual: CellValue, score: CellValue = null) => selfSheet('≥40套', actual, score);
const ROW = 5;

describe('fill, Excel and the pane agree', () => {
  test.each([['40余套'], ['40多套']])('%p at fill time under ≥40套: full marks in both', async (a) => {
    const g = sheet(a);
    const an = analyse([g], DEFAULT_CONFIG);
    const got = await inExcel(g, planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits);
    expect([got[ROW - 1][6], an.projects[0].score.rows[0].score]).toEqual([30, 30]);
    expect(got.find((r) => r.includes('总分'))?.[6]).toBe(summarise(an.projects[0]).total);
  });

  test.each(APPROX.filter((a) => !/[余多]/.test(a)).map((a) => [a]))('%p at fill time: Excel’s 得分 and 总分 blank, as the pane’s', async (a) => {
    const g = sheet(a);
    const an = analyse([g], DEFAULT_CONFIG);
    const got = await inExcel(g, planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits);
    expect(got[ROW - 1][6]).toBe('');
    expect(an.projects[0].score.rows[0].score).toBeNull();
    expect(summarise(an.projects[0]).total).toBeNull();
    expect(got.find((r) => r.includes('总分'))?.[6]).toBe('');
  });

  test.each([
    ['约40套', 40, 30],
    ['40套左右', '36套', 27],
    ['近40套', 30, 22.5],
  ])('filled with %p, then %p typed: Excel scores as the pane', async (atFill, later, want) => {
    const g = sheet(atFill);
    const plan = planAll([g], analyse([g], DEFAULT_CONFIG), DEFAULT_CONFIG, { fill: true });
    const { values, formulas } = applied(g, plan.edits);
    values[ROW - 1][4] = later;
    const width = Math.max(...values.map((r) => r.length));
    const rows = values.map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? null) as string | number | null));
    const fs = formulas.map((r) => Array.from({ length: width }, (_, i) => (r?.[i] ? `=${r[i]}` : null)));
    rows.forEach((r, y) => r.forEach((_, i) => fs[y][i] && (r[i] = null)));
    const xl = createExcelDouble({ sheets: [{ name: g.name, values: rows, formulas: fs }] });
    const got = await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem(g.name).getUsedRange();
      r.load('values');
      await ctx.sync();
      return r.values;
    });
    const pane = analyse([sheet(later)], DEFAULT_CONFIG).projects[0].score.rows[0].score;
    expect([got[ROW - 1][6], pane]).toEqual([want, want]);
  });

  test('a 得分 typed by hand beside an approximate actual counts in both totals', async () => {
    const g = sheet('近40套', 27);
    const an = analyse([g], DEFAULT_CONFIG);
    const got = await inExcel(g, planAll([g], an, DEFAULT_CONFIG, { fill: true }).edits);
    const excel = got.find((r) => r.includes('总分'))?.[6];
    expect(typeof excel).toBe('number');
    expect(summarise(an.projects[0]).total).toBe(excel);
  });
});

test('SE-04 says why: 自评得分需人工判断', () => {
  const d = analyse([sheet('近40套')], DEFAULT_CONFIG).projects[0].diagnostics.filter((x) => x.rule === 'SE-04');
  expect(d.map((x) => [x.severity, x.cell, x.message])).toEqual([
    ['warning', `E${ROW}`, '“设备购置数量”的实际完成值“近40套”是约数，无法按公式计分：自评得分需人工判断（请填写确数，或在得分栏手填）'],
  ]);
  expect(analyse([sheet('38套')], DEFAULT_CONFIG).projects[0].diagnostics.filter((x) => x.rule === 'SE-04')).toEqual([]);
});
