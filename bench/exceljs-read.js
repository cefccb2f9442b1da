// ExcelJS's own read of a workbook (what `check` cost before the streaming reader).
'use strict';
const ExcelJS = require('exceljs');
new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).then((wb) => {
  if (!wb.worksheets.length) process.exit(1);
});
