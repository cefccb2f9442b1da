/**
 * Two sheets under one name (Excel never allows it; a converter or a hand-edited workbook.xml can
 * write it): a plan names the sheet it edits, so fill and insert could not tell which one to change
 * — they refuse in one line, before planning. check reads both.
 */
import { JixiaoInputError } from '../gateways/exceljs/errors';
import type { Grid } from '../sheet/grid';

export function refuseTwinSheets(file: string, grids: Grid[]): void {
  const seen = new Set<string>();
  for (const g of grids) {
    if (seen.has(g.name)) {
      throw new JixiaoInputError(
        `${file}：有两个工作表都叫“${g.name}”（Excel 不允许重名），无法分清要改哪一个；请在 Excel 或 WPS 中给其中一个改名后再试`,
        `${file}: two sheets are named "${g.name}"`,
      );
    }
    seen.add(g.name);
  }
}
