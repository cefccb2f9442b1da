// ExcelJS's own read and write of a workbook (what `fill` cost before the package edit, plan aside).
'use strict';
const ExcelJS = require('exceljs');
const wb = new ExcelJS.Workbook();
wb.xlsx.readFile(process.argv[2]).then(async () => {
  if (!(await wb.xlsx.writeBuffer()).byteLength) process.exit(1);
});
