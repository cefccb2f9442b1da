/**
 * A target cell read as Excel shows it: a number whose format writes its sign or unit ('"≥"#,##0"平方米"', '0"%"')
 * is the text “≥12000平方米”, “100%” — where no 符号 / 单位 column (or unit in the name) gives them instead.
 * Used for the 指标值, the 实施期 value and each recipient's target. An actual is read so too where what the format writes
 * is the target's own unit (90 formatted '0"%"' under ≥95% is “90%”; fill's formula reads the cell's number the same way);
 * in another unit it stays the number typed (the formula cannot tell), and a % fraction (0.9 shown “0.9%”) keeps
 * scoring.ts's fraction reading (×100 under a % target), as the formula does.
 */
import { shownWithWords } from '../domain/format-words';
import type { ParsedValue } from '../domain/types';
import { parseValue, type CellInput, type ValueContext } from '../domain/value';
import { cellValue, numFormat, type Grid } from './grid';
import { sameCount } from '../domain/units';

export function parseTarget(cell: CellInput, ctx: ValueContext): ParsedValue {
  const shown = typeof cell === 'number' && !ctx.op && !ctx.unit ? shownWithWords(cell, ctx.numFmt) : null;
  const p = parseValue(shown ?? cell, ctx);
  return shown === null ? p : { ...p, changes: [...p.changes, 'number-format'] };
}

/** A value cell's context: its row's (op and unit columns, cost or time row) with the cell's own number format. */
export function contextAt(g: Grid, r: number, c: number | undefined, ctx: Omit<ValueContext, 'numFmt'>): ValueContext {
  return {
    op: ctx.op,
    unit: ctx.unit,
    numFmt: c === undefined ? null : numFormat(g, r, c),
    costRow: ctx.costRow,
    timeRow: ctx.timeRow,
    measure: ctx.measure,
    headerUnit: ctx.headerUnit,
  };
}

/** The target in cell (r, c) in its row's context (see indicator.ts valueAt). */
export function targetAt(g: Grid, r: number, c: number | undefined, ctx: Omit<ValueContext, 'numFmt'>): ParsedValue {
  return parseTarget(c === undefined ? null : cellValue(g, r, c), contextAt(g, r, c, ctx));
}

/** The actual in cell (r, c): as Excel shows it where its number format writes the target's unit (see above), else as typed. */
export function actualAt(g: Grid, r: number, c: number | undefined, ctx: Omit<ValueContext, 'numFmt'>, target: ParsedValue): ParsedValue {
  const cell = c === undefined ? null : cellValue(g, r, c);
  const at = contextAt(g, r, c, ctx);
  const typed = parseValue(cell, at);
  if (typeof cell !== 'number' || target.kind !== 'quantitative' || !target.unit || typed.unit !== null) return typed;
  const shown = parseTarget(cell, at);
  const fraction = shown.unit === '%' && Math.abs(cell) <= 1;
  return shown !== typed && shown.kind === 'quantitative' && sameCount(shown.unit, target.unit) && !fraction ? shown : typed;
}
