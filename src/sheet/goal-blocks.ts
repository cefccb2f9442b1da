/**
 * 年度绩效目标1（40分） | 年度绩效目标2（40分）: a 自评表 whose indicators come in blocks, each under a header of its own with
 * its points in its label (merged down beside the block, 湖北 2020 shape). Each block's points are its own rows' to share;
 * read as one label, the first block's 40 was split over every row (6 false SE-07 on a sheet of two blocks).
 */
import { labelWeight, stripLabel } from '../domain/catalogue';
import type { Project } from '../domain/model';
import type { Reader } from './reader';
import { reason } from './reasons';

const GOAL_LABEL = /绩效指标|绩效目标/;

function labelOn(rd: Reader, row: number): { text: string; points: number } | null {
  for (const t of rd.rowTexts(row)) {
    const w = labelWeight(t);
    if (w !== null && GOAL_LABEL.test(stripLabel(t))) return { text: t.replace(/\s/g, ''), points: w };
  }
  return null;
}

/** The blocks from the header row and each repeated header, when every one of them states its own points; else undefined. */
export function goalBlocks(rd: Reader, p: Project): { row: number; points: number }[] | undefined {
  if (!p.repeatedHeaders.length) return undefined;
  const first = labelOn(rd, p.headerRow);
  if (first === null) return undefined;
  const out = [{ row: p.headerRow, points: first.points }];
  const seen = new Set([first.text]);
  for (const row of p.repeatedHeaders) {
    const l = labelOn(rd, row);
    // A page's repeated header without a label of its own, or repeating the same one (绩效指标（90分） on every page): one
    // table cut by pages, as before.
    if (l === null || seen.has(l.text)) return undefined;
    seen.add(l.text);
    out.push({ row, points: l.points });
  }
  return out;
}

/**
 * Each later block's header row says it heads a block of its own (its row stays in repeatedHeaders, so fill still labels the
 * columns it adds there); NRM-02's page-break note is for headers that repeat the table's (goalBlockRows).
 */
export function markBlockHeaders(p: Project, blocks: { row: number; points: number }[]): void {
  for (let k = 1; k < blocks.length; k++) {
    const i = p.rows.findIndex((x) => x.row === blocks[k].row && x.code === 'repeatedHeader');
    if (i >= 0) p.rows[i] = { row: blocks[k].row, role: 'header', ...reason('goalBlockHeader', { n: String(k + 1), points: String(blocks[k].points) }) };
  }
}

/** The rows that head a later goal block: not headers repeated after a page break. */
export function goalBlockRows(p: Project): Set<number> {
  return new Set((p.labelWeights.blocks ?? []).slice(1).map((b) => b.row));
}
