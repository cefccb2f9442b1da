/**
 * One 分值 (or 得分) cell merged down over the rows of several indicators: a 二级's points written once for its rows
 * (数量指标 20 over two rows). Excel keeps the number in the merge's top cell and the covered cells read empty, so the
 * first row had all the group's points and the others none. Each row's share is the number spread evenly over the
 * indicators the merge covers; the merge's cell is kept (weightFrom) for the formula fill writes.
 */
import type { Project } from '../domain/model';
import { cellValue } from './grid';
import { amount } from './indicator';
import type { Reader } from './reader';

export function spreadMergedPoints(rd: Reader, p: Project): void {
  const inds = p.indicators;
  for (let q = 0, list = ['weight', 'score'] as const; q < list.length; q++) {
    const role = list[q];
    const c = p.columns[role];
    if (c === undefined) continue;
    for (let i = 0; i < inds.length; i++) {
      // The merge whose top cell is this row's: found from the cell under it, which it covers.
      const m = rd.covering(inds[i].row + 1, c);
      if (!m || m.top !== inds[i].row || m.left !== c) continue;
      let j = i;
      while (j + 1 < inds.length && inds[j + 1].row <= m.bottom) j++;
      const v = amount(cellValue(rd.g, m.top, m.left));
      if (j === i || v === null) continue;
      const n = j - i + 1;
      for (let k = i; k <= j; k++) {
        if (role === 'score') [inds[k].sheetScore, inds[k].scoreFrom] = [v / n, { row: m.top, col: m.left, n }];
        else [inds[k].sheetWeight, inds[k].weightFrom] = [v / n, { row: m.top, col: m.left, n }];
      }
      i = j;
    }
  }
}
