/**
 * A deadline target (“2024年12月31日前”, “2024年12月底前”) scored in Excel as the pane scores it (scoring.ts dateMet): the
 * 分值 when the actual date is on or before the deadline (a month: any day of it), 0 after — 按期完成得满分, 实务惯例 of the
 * 时效指标 (no public document sets a sliding scale). The actual is read as Excel keeps a date, a serial day number (1900
 * system); text in the cell (“按期完成”, “12月20日”) shows nothing, as the pane does not score a word against a date.
 * Only when the actual at fill time is blank or a date: a date typed as text then keeps the score fill wrote, as before.
 */
import { dateToSerial } from '../domain/excel-date';
import type { IndicatorRow } from '../domain/model';
import type { Method } from '../domain/scoring';

export function dateScoreFormula(ind: IndicatorRow, m: Method, weightRef: string, actualRef: string, cell: unknown): string | null {
  const d = ind.target.date;
  if (m !== 'date' || !d || d.startsWith('--') || (typeof cell === 'string' && cell.trim() !== '')) return null;
  const [y, mo, day] = d.split('-').map(Number);
  // The first day after the deadline: the next day, or the next month's first.
  const after = dateToSerial(new Date(day ? Date.UTC(y, mo - 1, day + 1) : Date.UTC(y, mo, 1)));
  // A number is a date as the pane reads one in a 时效 row (value.ts asSerialDate: 20000–80000); another number shows nothing.
  return `IFERROR(IF(AND(ISNUMBER(${actualRef}),ABS(${actualRef}-50000)<=30000),IF(${actualRef}<${after},${weightRef},0),NA()),"")`;
}
