// The lower bound of reading a workbook: unzip (native zlib) and SAX-parse (saxes) exactly the
// parts `check` reads — workbook, its relationships, shared strings, styles, every worksheet —
// doing nothing with the events. Plain JavaScript so the child starts as fast as the CLI does.
// saxes is the project's own pinned devDependency (6.0.0), not the older copy inside ExcelJS.
'use strict';
const fs = require('fs');
const { SaxesParser } = require('saxes');
const { readDirectory, inflate, partString } = require('../lib/gateways/xlsx/zip');

const file = process.argv[2];
const buf = fs.readFileSync(file);
const dir = readDirectory(buf);
let events = 0;
const parse = (name) => {
  const e = dir.get(name);
  if (!e) return '';
  const xml = partString(inflate(buf, e));
  const p = new SaxesParser();
  p.on('opentag', () => events++);
  p.on('text', () => events++);
  p.write(xml).close();
  return xml;
};
const wb = parse('xl/workbook.xml');
const rels = parse('xl/_rels/workbook.xml.rels');
parse('xl/sharedStrings.xml');
parse('xl/styles.xml');
for (const m of rels.matchAll(/Target="([^"]*worksheets\/[^"]+)"/g)) parse(m[1].startsWith('/') ? m[1].slice(1) : `xl/${m[1]}`);
if (!wb || !events) process.exit(1);
