/** One indicator row of a table: its names (filled down through merges), target, actual, weight and score. */
import { bucketOf, canonicalLevel1, canonicalLevel2, defaultParent, isCostLevel } from '../domain/catalogue';
import type { Columns, IndicatorRow } from '../domain/model';
import type { ParsedValue } from '../domain/types';
import { normaliseText } from '../domain/text';
import { unitInName } from './name-unit';
import { measureOf, nameClass } from '../domain/units';
import { deadlineAsText } from '../domain/value-deadline-row';
import { parseValue, type CellInput, type ValueContext } from '../domain/value';
import { parsePoints } from '../domain/points';
import { cellFormula, cellValue, numFormat, type CellValue, type Grid } from './grid';
import { actualAt as actualIn, contextAt, parseTarget, targetAt } from './target-value';
import { memoise } from '../domain/memo';
import type { Reader } from './reader';
import { levelText } from './foreign';
import { cleanLevel3, targetInName } from './rows';
import type { HeaderUnits } from './header-unit';
import { joinedTailReason, mergedTail, nameAbove } from './merged-name';
import { valueFromAbove } from './merged-value';
import { level2Above } from './level2-line';
import { level1Above } from './level1-line';
import { levelPair } from './level-pair';
import { remarkOp } from './remark-op';
import { boundedTarget } from './target-bounds';
import type { Reason } from './reasons';

/** Outline numbering in front of a level label: “一、产出指标”, “2.效益指标”, “（一）数量指标”. */
const OUTLINE = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[、.．)）])\s*/;

/** The older forms' 二级 names under 产出指标: 产出数量 / 产出质量 / 产出时效 / 产出成本 (then 数量指标 …). */
const OLDER_OUTPUT = /^产出(数量|质量|时效|成本)(指标)?/;

/** A 二级 label that names its 一级 first, with no 一级 column beside it: “效益-社会效益”, “产出：数量指标”, “满意度—服务对象满意度”. */
const LEVEL1_PREFIX = /^(?:产出|效益|成本|满意度)(?:指标)?\s*[-－—–·•:：]\s*(?=\S)/;

/** A 一级/二级 label as the catalogue reads it: no outline number, simplified, English names in Chinese. */
function levelKey(s: string, level: 1 | 2): string {
  const t = levelText(s.replace(OUTLINE, ''), level);
  return level === 2 ? t.replace(LEVEL1_PREFIX, '').replace(OLDER_OUTPUT, '$1指标') : t;
}

// Per distinct label: a sheet repeats its few 一级/二级 names on thousands of rows.
export const level1Of = memoise((s) => canonicalLevel1(levelKey(s, 1)));
export const level2Of = memoise((s) => canonicalLevel2(levelKey(s, 2)));

/**
 * A page-break continuation (NRM-04): the tail of the previous row's words (“指标”, “力”) with no
 * 指标值 of its own, right after the break or completing a known 二级 name.
 */
export function isFragment(rd: Reader, r: number, cols: Columns, last: IndicatorRow, afterBreak: boolean): boolean {
  if (mergedTail(rd, r, cols, last)) return true;
  if (rd.text(r, cols.target) || rd.text(r, cols.actual) || rd.text(r, cols.weight) || rd.text(r, cols.score) || rd.text(r, cols.level1)) return false;
  const l2 = rd.text(r, cols.level2);
  const parts = [l2, rd.text(r, cols.level3), rd.text(r, cols.description)].filter((x) => x);
  if (parts.length === 0 || parts.some((x) => x.length > 4)) return false;
  if (afterBreak) return true;
  if (l2) return !last.level2 && !!level2Of(last.level2Text + l2);
  return wrappedName(rd, r, cols, last, parts.length);
}

/**
 * A long 三级 name wrapped onto a line of its own (tables converted from PDF): only the short tail of the
 * name, under a row that has its name and target. Not inside merged 一级/二级 cells, where a short name
 * with no target is an indicator of that group that lacks its 指标值.
 */
function wrappedName(rd: Reader, r: number, cols: Columns, last: IndicatorRow, parts: number): boolean {
  if (parts !== 1 || !rd.text(r, cols.level3) || last.level3.length < 6 || !last.target.raw.trim()) return false;
  const inMerge = (c: number | undefined) => c !== undefined && rd.mergedFromAbove(r, c);
  return !inMerge(cols.level1) && !inMerge(cols.level2);
}

export function appendFragment(rd: Reader, r: number, cols: Columns, last: IndicatorRow): Reason {
  const add = (c: number | undefined) => rd.own(r, c);
  (last.fragmentRows ??= []).push(r);
  last.raw.level2 += add(cols.level2);
  last.raw.level3 += add(cols.level3);
  last.raw.description += add(cols.description);
  last.level2Text = normaliseText(last.raw.level2);
  last.level3 = normaliseText(last.raw.level3);
  last.description = normaliseText(last.raw.description);
  last.level2 = level2Of(last.level2Text);
  last.bucket = bucketOf(last.level1, last.level2);
  last.cost = isCostLevel(last.level1, last.level2);
  const why = joinedTailReason(rd, r, cols);
  if (why.code === 'mergedTail') (last.mergedRows ??= []).push(r);
  return why;
}

export function readIndicator(rd: Reader, r: number, cols: Columns, prev: IndicatorRow | null, units?: HeaderUnits): IndicatorRow {
  const g = rd.g;
  const raw = {
    level1: rd.own(r, cols.level1),
    level2: rd.own(r, cols.level2),
    level3: rd.own(r, cols.level3),
    description: rd.own(r, cols.description),
  };
  let level1Text = normaliseText(raw.level1);
  let level1From: IndicatorRow['level1From'] = level1Text ? 'cell' : 'none';
  if (!level1Text && prev && prev.level1Text) {
    level1Text = prev.level1Text;
    level1From = 'filled';
  }
  // A 一级 section line (“一、产出指标”) between the previous indicator and this row names this row's 一级.
  const line = raw.level1 || (prev && prev.row === r - 1) ? null : level1Above(rd, r, cols, prev?.row ?? 0);
  if (line) [level1Text, level1From] = [line, 'filled'];
  // “数量指标：培训人次” in one cell: its 二级 and its 三级.
  const pair = levelPair(raw.level2, raw.level3);
  let level2Text = normaliseText(pair?.level2 ?? (raw.level2 || (cols.level2 !== undefined ? rd.across(r, cols.level2) : '')));
  let level2From: IndicatorRow['level2From'] = level2Text ? 'cell' : 'none';
  // Still the group above: 一级 filled down, or the same 一级 written again on this row (tables that
  // repeat it); or the 二级 cell is covered by a merge from above.
  const sameGroup = level1From === 'filled' || (!!prev && !!level1Text && level1Text === prev.level1Text);
  const merged = cols.level2 !== undefined && rd.mergedFromAbove(r, cols.level2);
  if (!level2Text && prev && prev.level2Text && (sameGroup || merged)) {
    level2Text = prev.level2Text;
    level2From = 'filled';
  }
  // A 二级 section line above (“产出指标 | | 数量指标”) names this row's 二级, and its 一级 when the row has none.
  const section = raw.level2 || pair ? null : level2Above(rd, r, cols, prev?.row ?? 0);
  if (section) {
    [level2Text, level2From] = [section.level2, 'filled'];
    if (!normaliseText(raw.level1) && section.level1) [level1Text, level1From] = [section.level1, 'filled'];
  }
  // Classified on the simplified (or English → Chinese) name; the cell's own text is kept for display.
  const level2 = level2Of(level2Text);
  let level1 = level1Of(level1Text);
  if (!level1Text && level2) {
    level1 = defaultParent(level2);
    level1From = 'inferred';
  }
  const above = raw.level3 ? '' : nameAbove(rd, r, cols.level3);
  let level3 = cleanLevel3(normaliseText(pair?.level3 ?? (raw.level3 || above)));
  const cost = isCostLevel(level1, level2);
  let opText = cols.op !== undefined ? rd.own(r, cols.op).trim() : '';
  let natureText = cols.nature !== undefined ? rd.own(r, cols.nature).trim() : '';
  // Forms disagree on which of 指标性质 / 指标方向 holds ≥ and which 正向: the cells say.
  if (isNature(opText) && natureText && !isNature(natureText)) [opText, natureText] = [natureText, opText];
  const unitText = (cols.unit !== undefined ? rd.own(r, cols.unit).trim() : '') || (unitInName(raw.level3) ?? '');
  let targetCell: CellValue = cols.target !== undefined ? cellValue(g, r, cols.target) : null;
  // No 符号 column: a 备注 holding only “不低于” / “≥” is the bare figure's operator.
  if (!opText && cols.op === undefined && cols.remark !== undefined) opText = remarkOp(rd.own(r, cols.remark), targetCell);
  // One 指标值 merged down over several indicators' rows: each row holds it.
  const targetFrom = targetCell === null || targetCell === '' ? valueFromAbove(rd, r, cols.target, prev?.row, prev?.targetFrom) : null;
  if (targetFrom) targetCell = cellValue(g, targetFrom.row, targetFrom.col);
  // 年初目标值 | 调整后目标值: a row not adjusted leaves the second empty, its 年初 value stands.
  if ((targetCell === null || targetCell === '') && cols.targetInitial !== undefined) targetCell = cellValue(g, r, cols.targetInitial);
  // 指标值 over 下限 | 上限: one target from the two cells.
  if (cols.targetUpper !== undefined && !targetFrom)
    targetCell = boundedTarget(targetCell, cellValue(g, r, cols.targetUpper), numFormat(g, r, cols.target!), numFormat(g, r, cols.targetUpper));
  // Budget-system exports: 指标值 | 指标值内容 — the content column speaks when the value is empty.
  if ((targetCell === null || targetCell === '') && cols.targetText !== undefined) targetCell = cellValue(g, r, cols.targetText);
  // “培训人数≥100人” with the 指标值 cell empty: the target was written into the name.
  if ((targetCell === null || targetCell === '') && level3) {
    const split = targetInName(level3);
    if (split) {
      level3 = split.name;
      targetCell = split.target;
    }
  }
  const timeRow = level2 === '时效指标' || nameClass(level3) === 'time';
  const ctx: RowContext = { op: opText || null, unit: unitText || null, costRow: cost, timeRow, measure: measureOf(level3) };
  const target = deadlineAsText(
    parseTarget(targetCell, {
      op: ctx.op,
      unit: ctx.unit,
      numFmt: cols.target === undefined ? null : targetFrom ? numFormat(g, targetFrom.row, targetFrom.col) : numFormat(g, r, cols.target),
      costRow: ctx.costRow,
      timeRow: ctx.timeRow,
      measure: ctx.measure,
      headerUnit: units?.target,
    }),
    level3,
    timeRow,
  );
  const actualOwn = cols.actual !== undefined && cellValue(g, r, cols.actual) !== null && cellValue(g, r, cols.actual) !== '';
  const actualFrom = actualOwn ? null : valueFromAbove(rd, r, cols.actual, prev?.row, prev?.actualFrom);
  const actualAt = actualFrom ?? { row: r, col: cols.actual };
  const actual =
    cols.actual !== undefined ? deadlineAsText(actualIn(g, actualAt.row, actualAt.col, { ...ctx, op: null, headerUnit: units?.actual }, target), level3, timeRow) : null;
  const nature = isNature(natureText) ? natureText : isNature(opText) ? opText : null;
  const vt = cols.valueType !== undefined ? rd.own(r, cols.valueType).trim() : '';
  const w = cols.weight !== undefined ? cellValue(g, r, cols.weight) : null;
  const s = cols.score !== undefined ? cellValue(g, r, cols.score) : null;
  const ind: IndicatorRow = {
    row: r,
    fragmentRows: undefined,
    raw,
    level1Text,
    level2Text,
    level3,
    description: normaliseText(raw.description),
    level1,
    level2,
    level1From,
    level2From,
    bucket: bucketOf(level1, level2),
    cost,
    target,
    targetPeriod: cols.targetPeriod !== undefined ? targetAt(g, r, cols.targetPeriod, { ...ctx, headerUnit: units?.targetPeriod }) : null,
    actual: actual && actual.kind === 'missing' && !actual.placeholder ? null : actual,
    nature,
    valueType: vt === '定量' || vt === '定性' ? vt : null,
    sheetWeight: amount(w),
    sheetWeightText: w === null || w === '' ? null : String(w),
    sheetScore: amount(s),
    sheetScoreText: s === null || s === '' ? null : String(s),
    scoreIsFormula: cols.score !== undefined && !!cellFormula(g, r, cols.score),
    reason: cols.reason !== undefined ? normaliseText(reasonText(rd, r, cols.reason)) : '',
  };
  if (above && level3) ind.mergedName = true;
  if (targetFrom) ind.targetFrom = targetFrom;
  if (actualFrom) ind.actualFrom = actualFrom;
  if (pair) ind.levelPair = true;
  return ind;
}

export type RowContext = Omit<ValueContext, 'numFmt'>;

/** A value cell parsed in its row's context (op and unit columns, cost or time row), with its number format. */
export function valueAt(g: Grid, r: number, c: number | undefined, ctx: RowContext): ParsedValue {
  return parseValue(c === undefined ? null : cellValue(g, r, c), contextAt(g, r, c, ctx));
}

const isNature = (t: string): t is '正向' | '反向' => t === '正向' || t === '反向';

/** 偏差原因 written once in a block merged down over several rows: each row it covers has that reason. */
export function reasonText(rd: Reader, r: number, c: number): string {
  const own = rd.own(r, c);
  if (own.trim()) return own;
  const m = rd.covering(r, c);
  return m && m.left === c && m.top < r ? rd.own(m.top, c) : own;
}

/** 分值 / 得分 cells: points, also typed as text (“20分”). */
export function amount(v: unknown): number | null {
  return parsePoints(v as CellInput);
}
