/**
 * The funds block and the sheet's own total line under the grid (the layout `fill` writes, and 自评表s whose
 * 项目资金 block stands between the grid and 总分). The total is looked for in the few rows below the block's
 * head — and, when the block fills them (年度资金总额 with three or more 其中 lines), past its further 其中 lines on
 * the first line after the block: “总分 | 100 | 100 | 优” there is the sheet's own total, so fill adds no second one.
 */
import type { Project } from '../domain/model';
import { isFundsPart, readFundsBlock } from './funds';
import { foldHeader } from './headers';
import type { HeaderHit, Reader } from './reader';
import { reason } from './reasons';
import { readTotal } from './facts';
import { TOTAL_ROW } from './rows';
import { headerSoonAfter } from './table-end';

/** Blank rows between two lines of the block, or between its last line and the total, that still leave them one block. */
const GAP = 2;
/** 其中 lines past the rows the block is read from, at most. */
const MORE_PARTS = 6;

export function readBelow(rd: Reader, p: Project, from: number, h: HeaderHit): void {
  const to = Math.min(rd.g.rowCount, from + 4);
  const f = readFundsBlock(rd.g, from, to + 1, h.left, h.right);
  if (f) {
    p.funds = f;
    for (let r = from + 1; r <= (f.row ?? from); r++) p.rows.push({ row: r, role: 'funds', ...reason('funds') });
  }
  for (let r = from; r <= to; r++) if (totalAt(rd, p, r, h)) return;
  const blockEnd = f?.row == null ? 0 : f.parts.reduce((m, x) => Math.max(m, x.row), f.row);
  if (blockEnd < to) return;
  for (let prev = to, r = to + 1, k = 0; r <= rd.g.rowCount && r - prev - 1 <= GAP && k <= MORE_PARTS; r = rd.nextRow(r + 1)) {
    const texts = rd.rowTexts(r, h.left, h.right);
    if (!texts.some((t) => t)) continue; // a blank row (a present row of empty cells)
    if (totalAt(rd, p, r, h) || !partLine(texts)) return;
    [prev, k] = [r, k + 1];
  }
}

/** A 其中 line (其中：…, 其他资金) — or, as the block reads its siblings, a short label with an amount (县级财政 | 20). */
function partLine(texts: string[]): boolean {
  const i = texts.findIndex((t) => t !== '');
  if (i < 0) return false;
  if (isFundsPart(texts[i])) return true;
  return texts[i].length <= 12 && texts.some((t, k) => k > i && AMOUNT.test(t.trim()));
}

const AMOUNT = /^-?\d[\d,]*(\.\d+)?$/;

function totalAt(rd: Reader, p: Project, r: number, h: HeaderHit): boolean {
  const texts = rd.rowTexts(r, h.left, h.right);
  if (!texts.some((t) => TOTAL_ROW.test(foldHeader(t)))) return false;
  p.total = readTotal(rd, r, p.columns, h);
  const last = p.rows.length ? p.rows[p.rows.length - 1].row : p.headerRow;
  if (r > last) p.rows.push({ row: r, role: 'total', ...reason('totalLine') });
  return true;
}

/**
 * The block `fill` writes under a table whose own 合计 / 总分 line ends it (预算执行情况 | … 全年预算数 | 全年执行数 | 执行率 |
 * 分值 | 得分, then 年度资金总额): read back as the funds, even with its amounts still empty, so a second fill fills it
 * instead of adding another block. Only a head naming both amounts, with no grid header soon after (a stacked project's
 * own 预算执行情况 above its grid stays that project's).
 */
/** The first label of a funds head: fill's 预算执行情况, or a sheet's own 项目资金（万元） / 年度资金 block that fill's 总分 line now stands above. */
const FUNDS_HEAD = /^(预算执行情况|项目资金|年度资金|资金情况|资金)/;

export function fundsUnderTotal(rd: Reader, p: Project, total: number, h: HeaderHit, headers: Map<number, HeaderHit[]>): void {
  if (p.funds.headerRow !== null) return;
  for (let r = rd.nextRow(total + 1); r <= rd.g.rowCount && r - total - 1 <= GAP; r = rd.nextRow(r + 1)) {
    const texts = rd.rowTexts(r, h.left, h.right).map((t) => foldHeader(t));
    const first = texts.find((t) => t !== '');
    if (first === undefined) continue;
    if (!FUNDS_HEAD.test(first) || !texts.includes('全年预算数') || !texts.includes('全年执行数')) return;
    if (headerSoonAfter(r, h, headers)) return;
    p.rows.push({ row: r, role: 'funds', ...reason('funds') });
    readBelow(rd, p, r, h);
    return;
  }
}

/**
 * The grid ends at row `r` (a 资金用途 sentence, a closing 其他说明 | 无 line before a small table): fill's 预算执行情况
 * block under it is this project's funds (v186, v85), so a second fill reads it back instead of adding another. Always true.
 */
export function endsGrid(rd: Reader, p: Project, r: number, h: HeaderHit, headers: Map<number, HeaderHit[]>, flat: boolean): true {
  if (!flat) fundsUnderTotal(rd, p, r, h, headers);
  return true;
}
