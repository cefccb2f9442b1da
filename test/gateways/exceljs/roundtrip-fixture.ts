/**
 * A workbook with most of what a real 绩效表 carries, for the round-trip test. The main sheet gets
 * rows inserted at MAIN_AT; the other sheets point into it above and below that point.
 */
import * as ExcelJS from 'exceljs';

export const MAIN = '绩效目标表';
export const OTHER = 'Sheet 2';
export const PLAIN = '附表';

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const box: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

function main(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(MAIN, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3', activeCell: 'B3' }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '2:2' },
  });
  ws.pageSetup.printArea = 'A1:I20';
  ws.columns = [{ width: 12 }, { width: 30 }, { width: 12 }, { width: 12 }, { width: 14 }, { width: 12 }, { width: 10 }, { width: 8 }, { width: 8 }];
  ws.getCell('A1').value = '项目支出绩效目标表';
  ws.getCell('A1').style = { font: { name: '宋体', size: 14, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } };
  ws.mergeCells('A1:I1');
  ['一级指标', '三级指标', '预算数', '执行率', '金额', '日期', '加一', '备注', ''].forEach((h, i) => {
    const c = ws.getCell(2, i + 1);
    c.value = h || null;
    c.style = {
      font: { bold: true, color: { argb: 'FF1F4E79' } },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
      border: box,
      alignment: { wrapText: true },
    };
  });
  for (let r = 3; r <= 15; r++) {
    ws.getCell(r, 2).value = `指标${r}`;
    ws.getCell(r, 3).value = r * 100;
    ws.getCell(r, 3).numFmt = '0.00';
    ws.getCell(r, 4).value = r / 20;
    ws.getCell(r, 4).numFmt = '0.00%';
    ws.getCell(r, 5).value = { formula: `C${r}*D${r}`, result: (r * 100 * r) / 20 };
    ws.getCell(r, 6).value = new Date(Date.UTC(2024, 0, r));
    ws.getCell(r, 6).numFmt = 'yyyy-mm-dd';
    for (let c = 1; c <= 9; c++) ws.getCell(r, c).border = box;
  }
  ws.fillFormula('G3:G15', 'C3+1', (r: number) => r * 100 + 1);
  ws.getCell('A3').value = '产出指标';
  ws.mergeCells('A3:A8');
  ws.getCell('A9').value = '效益指标';
  ws.mergeCells('A9:A15');
  ws.mergeCells('H5:I5');
  ws.mergeCells('H10:I11');
  ws.getRow(5).height = 30;
  ws.getRow(12).height = 25;
  ws.getRow(14).hidden = true;
  ws.getCell('C4').note = '上方的注释';
  ws.getCell('C12').note = '下方的注释';
  ws.getCell('H12').value = { text: '链接', hyperlink: 'https://example.org/x' };
  ws.getCell('H13').value = { richText: [{ text: '富', font: { bold: true } }, { text: '文本' }] };
  ws.getCell('C16').value = { formula: 'SUM(C3:C15)', result: 11700 };
  ws.getCell('D16').value = { formula: 'SUM($C$3:$C$15)/COUNT(C:C)', result: 900 };
  ws.getCell('E16').value = { formula: 'IF(C12>0,"C12 ok","")&C5', result: 'C12 ok500' };
  ws.getCell('B17').value = { formula: 'SUM(3:4)+SUM(5:12)', result: 0 };
  ws.getCell('B18').value = { formula: `'${OTHER}'!B2*2`, result: 6 };
  for (let r = 3; r <= 15; r++) {
    ws.getCell(r, 2).dataValidation = { type: 'list', allowBlank: true, formulae: ['"数量指标,质量指标,时效指标"'] };
    ws.getCell(r, 3).dataValidation = {
      type: 'whole',
      operator: 'between',
      allowBlank: true,
      formulae: [0, 100000],
      showErrorMessage: true,
      errorTitle: '错误',
      error: '请输入整数',
    };
  }
  ws.getCell('D16').dataValidation = { type: 'list', formulae: ['$B$3:$B$15'] };
  ws.addConditionalFormatting({
    ref: 'C3:C15',
    rules: [{ type: 'expression', priority: 1, formulae: ['C3>1000'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
  });
  ws.addConditionalFormatting({
    ref: 'E12:E15',
    rules: [{ type: 'cellIs', priority: 2, operator: 'greaterThan', formulae: ['$C$16'], style: { font: { color: { argb: 'FF9C0006' } } } }],
  });
  ws.getRow(10).addPageBreak();
  wb.definedNames.add(`'${MAIN}'!$C$16`, '预算合计');
  wb.definedNames.add(`'${MAIN}'!$C$3:$C$15`, 'DataRange');
  wb.definedNames.add(`'${MAIN}'!$B$2:$B$4`, 'Heads');
}

function other(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(OTHER);
  ws.getColumn(1).width = 20;
  ws.getCell('A1').value = { formula: `'${MAIN}'!C12*2`, result: 2400 };
  ws.getCell('A2').value = { formula: `'${MAIN}'!C4+'${MAIN}'!C5+'${MAIN}'!C6`, result: 1500 };
  ws.getCell('A3').value = { formula: `SUM('${MAIN}'!C3:C15)+SUM('${MAIN}'!$C$6:$C$7)`, result: 1 };
  ws.getCell('A4').value = { formula: `"'${MAIN}'!C12"&C12`, result: 'x' };
  ws.getCell('A5').value = { formula: `${PLAIN}!A10+C12`, result: 3 };
  ws.getCell('B2').value = 3;
  ws.getCell('C12').value = 5;
  ws.getCell('C12').style = { font: { italic: true }, numFmt: '#,##0' };
  ws.mergeCells('B5:C8');
  ws.getCell('B5').value = '合并';
  ws.getCell('B5').note = '其他表的注释';
  ws.getCell('D9').dataValidation = { type: 'list', formulae: [`'${MAIN}'!$B$3:$B$15`] };
  ws.addConditionalFormatting({ ref: 'A1:A5', rules: [{ type: 'expression', priority: 3, formulae: [`A1>'${MAIN}'!$C$12`], style: { font: { bold: true } } }] });
  ws.getRow(7).height = 40;
}

function plain(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(PLAIN, { properties: { tabColor: { argb: 'FF00B050' } } });
  ws.getColumn(2).width = 25;
  for (let r = 1; r <= 12; r++) {
    ws.getCell(r, 1).value = r;
    ws.getCell(r, 2).value = { formula: `A${r}*10`, result: r * 10 };
    ws.getCell(r, 3).value = `第${r}行`;
    ws.getCell(r, 3).style = { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: r % 2 ? 'FFFFEB9C' : 'FFC6EFCE' } }, alignment: { indent: 1 } };
  }
  ws.mergeCells('D6:E9');
  ws.getCell('A10').note = '附表注释';
  ws.getCell('A10').dataValidation = { type: 'decimal', operator: 'greaterThan', formulae: [0] };
}

export function buildRoundtripWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  main(wb);
  other(wb);
  plain(wb);
  return wb;
}
