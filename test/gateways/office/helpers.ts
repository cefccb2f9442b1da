import type { Edit, Plan } from '../../../src/sheet/plan';
import { DEMO_FIRST_ROW } from '../../../src/preview/demo';

/**
 * The plan of a scoring run over a demo sheet: for every indicator row, 得分 (G, a formula),
 * 偏差原因 (H, text), 完成率 (I, a number shown as percent) and 评价 (J, a formula); a fill on
 * every `fillEvery`-th row and a note on every `noteEvery`-th row.
 */
export function scoringPlan(sheet: string, rows: number, opts: { fillEvery?: number; noteEvery?: number } = {}): Plan {
  const fillEvery = opts.fillEvery ?? 250;
  const noteEvery = opts.noteEvery ?? 250;
  const edits: Edit[] = [];
  const first = DEMO_FIRST_ROW;
  for (let r = first; r < first + rows; r++) {
    edits.push({ kind: 'formula', sheet, row: r, col: 7, formula: `IF(E${r}="达成",F${r},ROUND(MIN(1,E${r}/100)*F${r},2))`, cached: null, numFormat: '0.00' });
    edits.push({ kind: 'value', sheet, row: r, col: 8, value: r % 3 === 0 ? '偏差较小' : '=未达标' });
    edits.push({ kind: 'value', sheet, row: r, col: 9, value: (r % 100) / 100, numFormat: '0.00%' });
    edits.push({ kind: 'formula', sheet, row: r, col: 10, formula: `IF(G${r}>=F${r}*0.9,"达成","未达成")`, cached: null });
  }
  for (let r = first; r < first + rows; r += fillEvery) {
    edits.push({ kind: 'fill', sheet, row: r, col: 7, color: '#FFC7CE' });
    edits.push({ kind: 'fill', sheet, row: r + 1 < first + rows ? r + 1 : r, col: 5, color: '#FFEB9C' });
  }
  for (let r = first + 7; r < first + rows; r += noteEvery) {
    edits.push({ kind: 'note', sheet, row: r, col: 3, text: `第${r}行：实际完成值低于年度指标值，请说明偏差原因。` });
  }
  return { edits };
}

export function countEdits(plan: Plan): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of plan.edits) out[e.kind] = (out[e.kind] ?? 0) + 1;
  return out;
}
