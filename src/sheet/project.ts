/** A project as the reader starts it under a grid header, before its rows, name and funds are read. */
import type { Columns, Project } from '../domain/model';
import { emptyFunds } from './funds';
import type { HeaderHit } from './reader';

export function emptyProject(sheet: string, h: HeaderHit): Project {
  return {
    sheet,
    index: 0,
    name: '',
    nameCell: null,
    startRow: h.row,
    headerRow: h.row,
    endRow: h.row,
    columns: h.cols,
    headerText: {},
    layout: h.cols.actual !== undefined ? 'selfeval' : 'target',
    repeatedHeaders: [],
    indicators: [],
    funds: emptyFunds(),
    total: null,
    labelWeights: {},
    generation: null,
    lastCol: lastColumn(h.cols),
    firstCol: h.left,
    rows: [],
    money: { unit: '万元', from: '' },
    doubts: [],
  };
}

function lastColumn(cols: Columns): number {
  let last = -Infinity; // as Math.max() of no columns
  for (let i = 0, list = Object.values(cols); i < list.length; i++) {
    const c = list[i];
    if (c > last) last = c;
  }
  return last;
}
