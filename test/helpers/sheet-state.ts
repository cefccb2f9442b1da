import type { ExcelDouble } from '../../src/double';

/** The workbook's cells and merges as one string, without the document settings (history, marks): two runs compare equal when the sheets do. */
export function sheetState(xl: ExcelDouble): string {
  const d = JSON.parse(JSON.stringify(xl.data()));
  delete d.settings;
  for (const s of d.sheets)
    s.merges = (s.merges ?? []).map((m: { top: number; left: number; bottom: number; right: number }) => `${m.top}:${m.left}:${m.bottom}:${m.right}`).sort();
  return JSON.stringify(d);
}
