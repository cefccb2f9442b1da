/** An indicator row for scoring tests, and a formula evaluated in the Excel double — shared by the pane-vs-Excel score tests. */
import type { IndicatorRow } from '../../src/domain/model';
import { parseValue } from '../../src/domain/value';
import { createExcelDouble } from '../../src/double';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreRow } from '../../src/domain/scoring';
import { rowScoreFormula } from '../../src/engine/formulas';

export function indicatorRow(target: string, opts: { cost?: boolean; level2?: IndicatorRow['level2']; level3?: string } = {}): IndicatorRow {
  return {
    row: 1,
    fragmentRows: [],
    raw: { level1: '', level2: '', level3: '', description: '' },
    level1Text: '',
    level2Text: '',
    level3: opts.level3 ?? 'x',
    description: '',
    level1: '产出指标',
    level2: opts.cost ? '成本指标' : (opts.level2 ?? '数量指标'),
    level1From: 'cell',
    level2From: 'cell',
    bucket: '产出',
    cost: !!opts.cost,
    target: parseValue(target),
    targetPeriod: null,
    actual: null,
    nature: null,
    valueType: null,
    sheetWeight: null,
    sheetWeightText: null,
    sheetScore: null,
    sheetScoreText: null,
    scoreIsFormula: false,
    reason: '',
  };
}

/** Evaluate =formula with A1 = actual, B1 = weight in the double (A1 formatted 0.00% when `percent`). */
export async function excelValue(formula: string, actual: string | number | null, weight: number, percent = false): Promise<unknown> {
  const xl = createExcelDouble({ sheets: [{ name: 'S', values: [[actual, weight, null]], numberFormats: [[percent ? '0.00%' : null, null, null]] }] });
  return xl.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('S').getRange('C1');
    r.formulas = [[`=${formula}`]];
    r.load('values');
    await ctx.sync();
    return r.values[0][0];
  });
}

/**
 * Score `actual` against `ind` in the pane, then evaluate the formula `fill` writes for it in the double:
 * the two must agree (the pane-vs-Excel tests compare `score` with `excel`).
 */
export async function paneAndExcel(ind: IndicatorRow, actual: string | number, weight = 10) {
  ind.actual = parseValue(actual);
  const s = scoreRow(ind, weight, DEFAULT_CONFIG);
  const formula = rowScoreFormula(ind, s.method!, 'B1', 'A1', false, DEFAULT_CONFIG)!;
  return { method: s.method, score: s.score, blocked: s.blocked, excel: await excelValue(formula, actual, weight) };
}
