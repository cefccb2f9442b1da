/**
 * The recogniser: finds every indicator table in a Grid and turns its rows into IndicatorRows.
 * (Cell access: reader.ts; one indicator row: indicator.ts; name, total line, label weights,
 * recipients and doubts: facts.ts; funds blocks: funds.ts; row kinds: rows.ts.)
 * It survives the layouts real disclosures show: stacked projects, merged 一级/二级 cells, the grid
 * header repeated after a page break, a row split across that break, self-evaluation funds
 * blocks, and flat lists with a 项目名称 column.
 */
import type { Columns, IndicatorRow, Project, Role, RowInfo, RowRole } from '../domain/model';
import { memoise } from '../domain/memo';
import { INVISIBLE_CLASS, normaliseText } from '../domain/text';
import { parseAmount } from '../domain/value';
import { applyExecLine } from './exec-line';
import { readBudgetLabels, readFundsBlock } from './funds';
import { flatExecuted } from './flat-executed';
import { flatBlock, ownBlock } from './flat-block';
import { cellText, cellValue, type Grid } from './grid';
import { shiftedLevels } from './level-shift';
import { foldHeader, headerColumns, headerCore, roleOf, sameHeader, shadowed, visibleTexts } from './headers';
import { headsAbove, joinedHead, pastSubHead } from './header-cut';
import { moneyUnitOf } from './money';
import { fractionWeights, fundsInUnit } from './amount-scale';
import { joinedReason } from './reason-columns';
import { townTarget } from './town-columns';
import { apart, besideBands, firstText, gridBudget, gridLeft, innerLine, noteInside, ownBand, ownHeaders, pageTop, reachRight, spreadMergedPoints, toLastText } from './page-top';
import { placeholderReason, rowKind, TOTAL_ROW } from './rows';
import { spreadLevelPoints } from './level-points';
import { reason, type Reason } from './reasons';
import { continueAbove, doubtsOf, findName, firstNonEmptyRow, generationOf, INLINE_NAME, nameLabel, readLabelWeights, readRecipients, readTotal, TITLE_ROW } from './facts';
import { TRADITIONAL_CLASS } from './foreign';
import { gridHorizon, headerHorizon, horizonBreak, splitHorizons, titleHorizon, type Horizon, type HorizonBreak } from './horizon';
import { appendFragment, isFragment, readIndicator } from './indicator';
import { headerUnits, unitLineRows } from './header-unit';
import { HeaderRows, nonEmptyCount, Reader, type HeaderHit } from './reader';
import { emptyProject } from './project';
import { readAcross, uprightFix, uprightGrids, type AcrossFix } from './transposed';
import { fixedRole, ownRows } from './fixed-role';
import { afterRead } from './after-read';
import { nameBeside } from './beside-name';
import { newName } from './page-name';
import { blockBelow, fundsFrom, headerSoonAfter } from './table-end';
import { endsGrid, fundsUnderTotal, readBelow } from './funds-below';
import { byFirstChar } from './hint-start';

/** Cells that can only be grid headers; a row needs two of them before its roles are worked out. */
const HEADER_WORDS = [
  '一级指标',
  '二级指标',
  '三级指标',
  '指标名称',
  '具体指标',
  '指标值',
  '年度指标值',
  '目标值',
  '年初目标值',
  '年度目标值',
  '年初指标值',
  '预期指标值',
  '计划指标值',
  '预期目标值',
  '实施周期目标值',
  '绩效指标描述',
  '实际完成值',
  '年度绩效指标值',
  '绩效指标值',
  '全年指标值',
  '全年目标值',
  '绩效目标值',
  '指标目标值',
  '一级$',
  '二级$',
  '三级$',
];
const HEADER_HINT = new RegExp(`^[*＊]?(${HEADER_WORDS.join('|')})`);
// Every text cell is asked, by its first character and then once per distinct text (isHint, hint-start.ts), whether it starts
// like a header word (or a year: “2024年度指标值”). Traditional (一級指標) and English (Target value) headers fold to these too.
const [HEADER_LEAD, HEADER_FIRST] = [`\\s*＊${INVISIBLE_CLASS}`, `${[...new Set(HEADER_WORDS.map((w) => w[0]))].join('')}A-Za-z${TRADITIONAL_CLASS}`];
const HEADER_START = new RegExp(`^[${HEADER_LEAD}]*(?:[${HEADER_FIRST}]|(?:19|20)\\d{2}年)`);
const END_ROW = /^(填报人|填表人|联系人|联系电话|单位负责人|财务负责人|审核人|偏差大或|改进措施及|项目名称$)/;
/** The funds line `fill` writes under a target table (and forms that put 预算执行 below the grid). */
const FUNDS_BELOW = /^(预算执行情况|年度资金总额|(项目资金|资金情况|项目资金情况)(\(.*\))?$)/;
// Patterns used per cell or per row live here: a literal inside a function is a new RegExp on every call.

/**
 * A person's corrections for one sheet (see engine/corrections.ts): a row's role, a column's role
 * under a header, the cell holding a project's name. Tables are named by their header row.
 */
export interface SheetCorrections {
  rows?: ReadonlyMap<number, RowRole>;
  cells?: readonly { row: number; col: number; role: RowRole }[]; // a row named with a column: only the table holding that column
  columns?: readonly { headerRow: number; role: Role; col: number }[];
  names?: readonly { headerRow: number; row: number; col: number }[];
  across?: AcrossFix; // a table laid across: an indicator is a column, a role a label row (transposed.ts)
}

const isHint = byFirstChar(HEADER_LEAD, HEADER_FIRST, (v) => v.length <= 80 && HEADER_START.test(v) && HEADER_HINT.test(headerCore(v)));

/**
 * Header rows. A header may take two rows: names merged down from the row above (“一级指标”
 * over both rows, beside “自评情况” over 实际完成值 | 分值 | 得分), or a name over sub-columns
 * (“指标值” over 符号 | 数值 | 单位, where 数值 is the value). The lower row is the header then,
 * read through those merges; the upper one is dropped.
 */
function findHeaders(rd: Reader, fix?: SheetCorrections): HeaderHit[] {
  const hits: HeaderHit[] = [];
  for (let r = rd.nextRow(1); r <= rd.g.rowCount; r = rd.nextRow(r + 1)) {
    const row = rd.g.values[r - 1];
    let hinted = 0;
    if (row) for (let c = 0; c < row.length; c++) if (typeof row[c] === 'string' && isHint(row[c] as string)) hinted++; // indexed: no iterator object a cell
    if (hinted < 2 && !rd.anyFromAbove(r, isHint)) continue;
    const down = rd.fromAbove(r);
    for (const t of down.values()) if (isHint(t)) hinted++;
    if (hinted < 2) continue;
    for (const hit of ownHeaders(rd, tablesInRow(visibleTexts(rd.g, toLastText(headerTexts(rd, r, down))), r), isHint).map((x) => ownBand(rd, x))) {
      let k = hits.length - 1;
      while (k >= 0 && hits[k].row === r - 1 && !(hits[k].left <= hit.right && hits[k].right >= hit.left)) k--;
      if (k >= 0 && hits[k].row === r - 1 && continues(hits[k].cols, hit.cols)) hits.splice(k, 1);
      hits.push(hit);
    }
  }
  for (const h of hits) townTarget(rd, h);
  besideBands(hits); // tables side by side, headers on different rows (header-band.ts)
  if (fix?.columns) for (const h of hits) correctColumns(h, fix.columns);
  return hits;
}

/** The naming roles: a second 一级/二级/三级 column in one header row starts a table beside the first. */
const NAMING: ReadonlySet<Role> = new Set<Role>(['level1', 'level2', 'level3']);

/** The grid header(s) of one row: usually one; two or more when tables stand side by side (A–D and G–J). The last is open to the right. */
function tablesInRow(texts: string[], r: number): HeaderHit[] {
  const bands: [number, number][] = [];
  let left = 1;
  let seen = new Set<Role>();
  for (let c = 1; c <= texts.length; c++) {
    const role = texts[c - 1] ? roleOf(texts[c - 1]) : null;
    if (!role) continue;
    if (NAMING.has(role) && seen.has(role)) {
      bands.push([left, c - 1]);
      left = c;
      seen = new Set();
    }
    seen.add(role);
  }
  bands.push([left, texts.length]);
  const masked = (l: number, rr: number) => texts.map((t, i) => (i + 1 < l || i + 1 > rr ? '' : t));
  if (bands.length > 1) {
    const hits = bands.map(([l, rr]) => ({ row: r, cols: headerColumns(masked(l, rr)), left: l, right: rr }));
    // Each band a whole grid (two naming columns and a 指标值), not “三级指标 | 指标名称” in one table.
    const whole = (c: Columns | null) => !!c && c.target !== undefined && [c.level1, c.level2, c.level3].filter((x) => x !== undefined).length >= 2;
    if (hits.every((h) => whole(h.cols))) return hits as HeaderHit[];
  }
  const cols = headerColumns(texts);
  return cols ? [{ row: r, cols, left: 1, right: texts.length }] : [];
}

/** A person said which column holds a role: it moves there, and no other role keeps that column. */
function correctColumns(h: HeaderHit, list: NonNullable<SheetCorrections['columns']>): void {
  for (const x of list) {
    if (x.headerRow !== h.row || x.col < h.left || x.col > h.right) continue;
    for (const k of Object.keys(h.cols) as Role[]) if (h.cols[k] === x.col || (x.role === 'target' && k === 'targetInitial')) delete h.cols[k];
    h.cols[x.role] = x.col;
  }
}

/** The header's name of each column of row r: its own, else the one merged down into it (or across it, when unnamed: 指标值 over | 计量单位); a sub-name without a role (数值) takes its parent's. */
function headerTexts(rd: Reader, r: number, down: ReadonlyMap<number, string>): string[] {
  let widest = 0;
  for (const c of down.keys()) if (c > widest) widest = c;
  const texts = rd.rowTexts(r, 1, undefined, widest);
  if (r === 1) return texts;
  // A parent names its sub-columns only when it heads them: merged across them, or in a header row of its own.
  // A field line above (预算金额 | 138) does not make the 序号 column below a budget.
  let upperIsHeader: boolean | undefined;
  const heads = (c: number) => {
    if (!cellText(rd.g, r - 1, c) || rd.mergeRight(r - 1, c) > c) return true;
    upperIsHeader ??= headsAbove(rd.rowTexts(r - 1), roleOf);
    return upperIsHeader;
  };
  return texts.map((own, i) => {
    const c = i + 1;
    if (!own) return down.get(c) ?? (rd.mergeRight(r - 1, c) > c && roleOf(rd.own(r - 1, c)) ? rd.own(r - 1, c) : '');
    if (roleOf(own)) return own;
    const parent = rd.across(r - 1, c).trim();
    return parent && roleOf(parent) && heads(c) && !pastSubHead(own) ? parent : joinedHead(parent, own, roleOf);
  });
}

/** The row below has every role of the row above (指标值 may move to its 数值 sub-column): one header over two rows. */
function continues(upper: Columns, lower: Columns): boolean {
  return (Object.keys(upper) as Role[]).every((k) => lower[k] !== undefined) && !apart(upper, lower); // a table beside, a row lower, is no second header row
}

// By the row's first text, which repeats down the grid (产出指标, 数量指标, …).
const endKindOf = memoise((text): 'total' | 'funds' | 'end' | null => {
  const first = foldHeader(text);
  if (!first) return null;
  if (TOTAL_ROW.test(first)) return 'total';
  if (FUNDS_BELOW.test(first)) return 'funds';
  if (END_ROW.test(first) || TITLE_ROW.test(first)) return 'end';
  return null;
});

const isEnd = (first: string): boolean => endKindOf(first) !== null;
/** Both questions asked of a row's first text, in one lookup. */
const firstKind = memoise((first) => ({ kind: rowKind(first, false, ''), end: endKindOf(first) }));

export interface RecogniseResult {
  projects: Project[];
  /** Each project's horizon (long-term or 年度 grid) and whether a line, label or title said so: linked across the workbook (linkLongTerm). */
  horizons: (Horizon | null)[];
  sure: boolean[];
}

export function recogniseSheet(g: Grid, firstIndex = 1, fix?: SheetCorrections, upright = false): RecogniseResult {
  const rd = new Reader(g);
  const headers = findHeaders(rd, fix);
  const across = headers.length || upright ? [] : uprightGrids(g, isHint, fix?.across);
  if (across.length) return readAcross(across, firstIndex, (grid, first, at) => recogniseSheet(grid, first, uprightFix(fix, at), true));
  const projects: Project[] = [];
  const horizons: (Horizon | null)[] = [];
  const sure: boolean[] = [];
  if (!headers.length) {
    const ps = fundsOnly(rd, firstIndex);
    return { projects: ps, horizons: ps.map(() => null), sure: ps.map(() => false) };
  }
  // Areas already read: a header inside one is a repeat, and the context of the next table starts below it.
  const done: { top: number; bottom: number; left: number; right: number; last?: Project }[] = [];
  const byRow = new HeaderRows();
  for (const h of headers) {
    const list = byRow.get(h.row);
    if (list) list.push(h);
    else byRow.set(h.row, [h]);
  }
  for (const [i, h] of headers.entries()) {
    // The latest area in the same columns: the header is inside it (a repeat), or the context starts below it.
    let k = done.length - 1;
    while (k >= 0 && !(done[k].left <= h.right && done[k].right >= h.left)) k--;
    if (k >= 0 && h.row <= done[k].bottom) continue;
    const ctxFrom = k >= 0 ? done[k].bottom + 1 : 1;
    const { p: block, breaks, execRows, cuts } = readTable(rd, h, byRow, ownRows(fix, h, headers, rd));
    const above = k >= 0 ? done[k].last : undefined;
    // Not bounded by ctxFrom: the title line may have been read as the last row of the grid above.
    const titled = headerHorizon(rd, h) ?? titleHorizon(g, ctxFrom, h.row, h.left, h.right);
    const parts = splitHorizons(block, cuts, gridHorizon(g, 1, h.row, h.left, h.right) ?? titled, titled !== null);
    for (const part of parts)
      for (const p of splitProjects(rd, part.p, parts.length > 1 ? breaks.filter((b) => b.row >= part.p.rows[0].row && b.row <= lastRow(part.p)) : breaks)) {
        ownBlock(block, p); // its own block under it, in a flat list after fill (flat-block.ts)
        finishProject(rd, p, ctxFrom, firstIndex + projects.length, h, reachRight(rd, headers, i), fix);
        continueAbove(p, above, g.name);
        if (execRows.length) applyExecLine(g, p, execRows);
        projects.push(p);
        horizons.push(part.horizon);
        sure.push(part.sure);
      }
    const bottom = Math.max(block.endRow, block.total?.row ?? 0, block.funds.row ?? 0, lastRow(block));
    done.push({ top: h.row, bottom, left: h.left, right: h.right, last: projects[projects.length - 1] });
  }
  // After the halves are joined: a table's right half is nameless too, and keeps the left's horizon.
  return nameBeside(afterRead(g, { projects, horizons, sure }, firstIndex, fix, upright ? null : (s, f) => recogniseSheet(s, firstIndex, f, true)));
}

function lastRow(p: Project): number {
  return p.rows.length ? p.rows[p.rows.length - 1].row : p.headerRow;
}

/** A 项目名称 line inside a grid: the rows below it belong to that project. */
interface NameBreak {
  row: number;
  col: number;
  name: string;
}

/**
 * Read the grid under header h until it ends. Every row gets a role and a reason; only indicator
 * rows become IndicatorRows. Repeated headers are skipped (NRM-02).
 */
function readTable(
  rd: Reader,
  h: HeaderHit,
  headers: Map<number, HeaderHit[]>,
  fix?: SheetCorrections,
): { p: Project; breaks: NameBreak[]; execRows: number[]; cuts: HorizonBreak[] } {
  const g = rd.g;
  const cols = shiftedLevels(g, h.row, h.cols) ?? h.cols; // 一级 column holding 数量指标 …, 二级 the names (level-shift.ts)
  const flat = cols.projectName !== undefined;
  const p = emptyProject(g.name, cols === h.cols ? h : { ...h, cols });
  const breaks: NameBreak[] = [];
  const execRows: number[] = [];
  const cuts: HorizonBreak[] = [];
  const firstRole = Math.min(...(Object.values(cols) as number[]));
  const [units, left] = [headerUnits(rd, h.row, cols, h.left, h.right), gridLeft(rd, h)]; // the grid's left edge once, not asked (a WeakMap) every row
  p.rows.push({ row: h.row, role: 'header', ...reason('header') }, ...unitLineRows(units));
  let last: IndicatorRow | null = null;
  let afterBreak = false;
  const blanks: number[] = [];
  const add = (row: number, role: RowRole, why: Reason) => {
    if (blanks.length) {
      for (const b of blanks) p.rows.push({ row: b, role: 'blank', ...reason('blank') });
      blanks.length = 0;
    }
    p.rows.push(why.data ? { row, role, reason: why.reason, code: why.code, data: why.data } : { row, role, reason: why.reason, code: why.code }); // no {} spread per row
  };
  // Absent rows of a sparse grid are blank rows too; a long run of them (a stray far cell) is not listed.
  for (let prev = units.line || h.row, r = rd.nextRow(prev + 1); r <= g.rowCount; prev = r, r = rd.nextRow(r + 1)) {
    if (r - prev - 1 <= 1000) for (let b = prev + 1; b < r; b++) blanks.push(b);
    const hh = headers.get(r)?.find((x) => x.left <= h.right && x.right >= h.left);
    if (hh) {
      // The header again under a 年度 / 长期 title line, or naming another horizon in its first cell, is the next grid, not a page break's repeat.
      if (sameHeader(hh.cols, h.cols) && p.indicators.length > 0 && !gridHorizon(g, h.row + 1, r, h.left, h.right) && headerHorizon(rd, hh) === headerHorizon(rd, h)) {
        p.repeatedHeaders.push(r);
        add(r, 'header', reason('repeatedHeader'));
        afterBreak = true;
        continue;
      }
      break;
    }
    const texts = rd.rowTexts(r, left, h.right);
    if (nonEmptyCount(texts) === 0) {
      blanks.push(r);
      continue;
    }
    const forced = fixedRole(fix, r, h.left, h.right);
    if (forced && forced !== 'indicator') {
      add(r, forced, reason('correctedNot'));
      continue;
    }
    if (!forced) {
      const first = firstText(texts);
      const cut = horizonBreak(rd, r, texts, first, firstRole, nonEmptyCount(texts));
      if (cut) cuts.push(cut);
      if (cut?.line) {
        add(r, 'header', reason('horizonLine', { text: first }));
        continue;
      }
      const known = flat ? null : firstKind(first);
      let kind = known ? known.kind : rowKind(first, flat, texts[cols.projectName! - 1]);
      // “培训费用合计” in the 三级 column is an indicator's name, not a subtotal.
      if ((kind?.role === 'subtotal' || kind?.role === 'exec') && !flat && isNameColumn(texts, first, cols)) kind = null;
      if (kind?.role === 'note' && noteInside(rd, r, h)) kind = null; // a 说明 line between indicators: innerLine says so
      if (kind?.role === 'total') {
        add(r, 'total', kind);
        p.total = readTotal(rd, r, cols, h);
        if (!flat) fundsUnderTotal(rd, p, r, h, headers); // fill's funds block under the sheet's own 合计 (funds-below.ts)
        break;
      }
      if (kind?.role === 'subtotal') {
        add(r, 'subtotal', kind);
        continue;
      }
      if (kind?.role === 'exec') {
        add(r, 'funds', kind);
        execRows.push(r);
        continue;
      }
      if (kind?.role === 'unit') {
        add(r, 'note', kind);
        continue;
      }
      if (kind?.role === 'note') {
        add(r, 'note', kind);
        break;
      }
      const end = known ? known.end : endKindOf(first);
      if (end === 'funds') {
        add(r, 'funds', reason('funds'));
        const next = flat ? flatBlock(rd, r, p, h, isEnd) : -1; // fill's block under each project of a flat list (flat-block.ts)
        if (next > 0) [r, last] = [next - 1, null];
        if (next > 0) continue;
        if (next < 0) readBelow(rd, p, r, h);
        break;
      }
      const name = newName(rd, r, h, nameLine(rd, r, texts, h));
      if (name && headerSoonAfter(r, h, headers)) break;
      if (name) {
        breaks.push(name);
        add(r, 'header', reason('projectNameLine', { name: name.name }));
        last = null;
        continue;
      }
      if (innerLine(rd, r, texts, cols, h, add)) continue;
      // Only a title or a one-cell line can start a page top: indicator rows are not asked.
      if ((end === 'end' || nonEmptyCount(texts) === 1) && pageTop(rd, r, h, headers)) {
        add(r, 'header', reason('repeatedTitle'));
        continue;
      }
      if (end === 'end') break;
      if (looksLikeProse(rd, r, texts, cols) && endsGrid(rd, p, r, h, headers, flat)) break;
      if (last && isFragment(rd, r, cols, last, afterBreak)) {
        add(r, 'indicator', appendFragment(rd, r, cols, last));
        afterBreak = false;
        continue;
      }
      if (p.indicators.length && blockBelow(rd, r, cols, p, h, blanks.length > 0) && endsGrid(rd, p, r, h, headers, flat)) break; // table-end.ts
    }
    const ind = readIndicator(rd, r, cols, last, units);
    last = ind;
    afterBreak = false;
    ind.reason = joinedReason(rd, r, ind.reason, h);
    p.endRow = r;
    const placeholder = forced ? null : placeholderReason(ind);
    if (placeholder) {
      add(r, 'placeholder', placeholder);
      continue;
    }
    p.indicators.push(ind);
    add(r, 'indicator', reason(forced ? 'correctedIndicator' : ind.level3 ? 'indicator' : 'indicatorNoName'));
  }
  return { p, breaks, execRows, cuts };
}

function isNameColumn(texts: string[], first: string, cols: Columns): boolean {
  const c = texts.indexOf(first) + 1;
  return c === cols.level3 || c === cols.description;
}

/** “项目名称：XX” in one cell, or 项目名称 | XX, on a line inside the grid. */
function nameLine(rd: Reader, r: number, texts: string[], h: HeaderHit): NameBreak | null {
  for (let c = h.left; c <= h.right; c++) {
    const t = texts[c - 1];
    if (!t) continue;
    if (!t.includes('名称')) return null;
    const inline = INLINE_NAME.exec(normaliseText(t));
    if (inline) return { row: r, col: c, name: inline[1].trim() };
    if (nameLabel(foldHeader(t)) !== 0) return null;
    for (let cc = c + 1; cc <= h.right; cc++) {
      const v = normaliseText(rd.own(r, cc));
      if (v) return { row: r, col: cc, name: v };
    }
    return null;
  }
  return null;
}

/** A free-text line under the grid (a long sentence in one cell, or one cell merged across the table). */
function looksLikeProse(rd: Reader, r: number, texts: string[], cols: Columns): boolean {
  if (nonEmptyCount(texts) !== 1) return false;
  const c = texts.findIndex((t) => t !== '') + 1;
  const roleCols = Object.values(cols) as number[];
  const inGrid = roleCols.includes(c);
  const t = texts[c - 1];
  if (!inGrid) return true;
  const right = rd.mergeRight(r, c);
  if (right - c >= 2 && cols.target !== undefined && right >= cols.target) return true;
  return t.length > 60 && c !== cols.level3 && c !== cols.target;
}

/**
 * One grid may hold several projects: a flat list with a 项目名称 column (split by name), or
 * 项目名称 lines inside the grid. Subtotal and placeholder rows never start a project.
 */
function splitProjects(rd: Reader, p: Project, breaks: NameBreak[]): Project[] {
  const c = p.columns.projectName;
  if (c === undefined && !breaks.length) return [p];
  const groups: Project[] = [];
  const start = (name: string, cell: { row: number; col: number } | null) => {
    const cur: Project = { ...p, name, nameCell: cell, indicators: [], repeatedHeaders: [], total: null, rows: [], doubts: [] };
    groups.push(cur);
    return cur;
  };
  let cur: Project | null = null;
  let name = '';
  let k = 0;
  let j = 0;
  let pending: RowInfo[] = [];
  for (const info of p.rows) {
    const br = breaks[k]?.row === info.row ? breaks[k++] : null;
    if (br) {
      name = br.name;
      cur = start(br.name, { row: br.row, col: br.col });
      for (const x of pending) cur.rows.push(x); // not push(...pending): a long table overflows the stack
      cur.rows.push(info);
      pending = [];
      continue;
    }
    if (info.role !== 'indicator' || info.code === 'fragment' || info.code === 'mergedTail') {
      (cur ? cur.rows : pending).push(info);
      continue;
    }
    const ind = p.indicators[j++];
    const own = c !== undefined ? normaliseText(rd.own(ind.row, c)) : '';
    if (own) name = own;
    if (!cur || (own && own !== cur.name)) {
      cur = start(name, c !== undefined ? { row: ind.row, col: c } : null);
      for (const x of pending) cur.rows.push(x);
      pending = [];
    }
    cur.rows.push(info);
    cur.indicators.push(ind);
    cur.endRow = ind.row;
  }
  if (!groups.length) return [p];
  groups[groups.length - 1].total = p.total;
  for (const x of pending) groups[groups.length - 1].rows.push(x);
  return groups;
}

/**
 * The table's last column: past its last header, a merged area that the header or a row reaches
 * into (备注 merged over two columns) and unlabelled columns that rows fill (a helper code
 * column) still belong to it — new columns go to their right, not into them.
 */
function tableRight(rd: Reader, p: Project, reach: number): number {
  if (p.lastCol + 1 > reach) return p.lastCol;
  const rows = [p.headerRow, ...p.indicators.flatMap((x) => [x.row, ...(x.fragmentRows ?? [])])];
  let right = p.lastCol;
  for (;;) {
    const next = right + 1;
    if (next > reach) return right;
    let to = right;
    for (const r of rows) {
      const m = rd.covering(r, next);
      if (m && m.left <= right) to = Math.max(to, m.right);
      else if (next <= rd.g.colCount && rd.g.values[r - 1]?.[next - 1] != null && cellText(rd.g, r, next).trim() !== '') to = Math.max(to, next);
    }
    if (to === right) return right;
    right = to;
  }
}

function finishProject(rd: Reader, p: Project, ctxFrom: number, index: number, h: HeaderHit, reach: number, fix?: SheetCorrections): void {
  const g = rd.g;
  spreadMergedPoints(rd, p); // one 分值 / 得分 cell merged over several rows (merged-points.ts)
  spreadLevelPoints(rd, p); // 分值 written once in a 二级 / 一级 row over blank 三级 rows (level-points.ts)
  p.index = index;
  p.headerText = {};
  for (let c = h.left; c <= h.right; c++) {
    const t = cellText(g, p.headerRow, c).trim();
    if (t && !shadowed(g, c, t, p.columns)) {
      p.headerText[c] = t;
      p.lastCol = Math.max(p.lastCol, c);
    }
  }
  p.lastCol = tableRight(rd, p, reach);
  const ctxTo = p.headerRow;
  if (!p.name) findName(rd, p, ctxFrom, ctxTo, h);
  const named = fix?.names?.find((x) => x.headerRow === p.headerRow && x.col >= h.left && x.col <= h.right);
  if (named) {
    const v = normaliseText(cellText(g, named.row, named.col));
    if (v) {
      p.name = v;
      p.nameCell = { row: named.row, col: named.col };
    }
  }
  const from = fundsFrom(rd, ctxFrom, p, h); // not a block under the table above (table-end.ts)
  const right = reach; // the lines above may reach past the header row's last cell, not into another table (header-band.ts)
  const block = p.funds.headerRow !== null ? null : readFundsBlock(g, from, ctxTo, h.left, right);
  if (block) p.funds = block;
  else if (p.funds.headerRow !== null) {
    // Funds read below the grid; the target table's own 预算数 above still names the budget.
    const labels = readBudgetLabels(g, from, ctxTo, h.left, right);
    p.funds.fiscal = p.funds.fiscal ?? labels.fiscal;
    p.funds.other = p.funds.other ?? labels.other;
  } else {
    p.funds = readBudgetLabels(g, from, ctxTo, h.left, right);
    if (p.columns.budget !== undefined) {
      const first = p.indicators.find((x) => cellText(g, x.row, p.columns.budget!).trim());
      if (first) {
        const a = parseAmount(cellValue(g, first.row, p.columns.budget!));
        if (a.value !== null) p.funds.total = { value: a.value, number: a.number, row: first.row, col: p.columns.budget! };
      }
      flatExecuted(g, p); // 执行数 beside it (flat-executed.ts)
    }
  }
  if (p.funds.total === null && p.funds.initial) p.funds.total = p.funds.initial;
  gridBudget(g, p, h);
  p.labelWeights = readLabelWeights(rd, p, ctxFrom);
  p.generation = generationOf(p);
  p.startRow = Math.min(p.startRow, firstNonEmptyRow(rd, ctxFrom, ctxTo) ?? p.headerRow);
  readRecipients(rd, p, h);
  const f = p.funds;
  p.money = moneyUnitOf(g, ctxFrom, ctxTo, h.left, h.right, [f.total, f.initial, f.fiscal, f.other, f.executed]);
  fundsInUnit(g, f, p.money.unit);
  p.doubtCodes = doubtsOf(fractionWeights(p)); // 权重 0.3 = 30 分 (weight-fractions.ts)
  p.doubts = p.doubtCodes.map((d) => d.reason);
}

/**
 * A 自评表 whose indicator rows are missing (江西 fragment) still has a funds block worth checking:
 * it becomes a project with no indicator rows.
 */
function fundsOnly(rd: Reader, index: number): Project[] {
  const f = readFundsBlock(rd.g, 1, rd.g.rowCount + 1);
  if (!f || f.row === null || (!f.total && !f.executed)) return [];
  const p = emptyProject(rd.g.name, { row: f.headerRow!, cols: {}, left: 1, right: rd.g.colCount });
  p.layout = 'selfeval';
  p.endRow = f.row;
  p.lastCol = rd.g.colCount;
  findName(rd, p, 1, f.headerRow!, { left: 1, right: rd.g.colCount });
  p.funds = f;
  if (p.funds.total === null && p.funds.initial) p.funds.total = p.funds.initial;
  p.labelWeights = readLabelWeights(rd, p, 1);
  p.index = index;
  p.generation = null;
  return [p];
}
