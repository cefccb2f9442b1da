/**
 * Hostile cases of session 13: sheet names Excel forbids on fill's ExcelJS path (the whole-workbook
 * rewrite used when the package edit cannot write a part), a sheet part that is empty while the others
 * are whole, and more odd or damaged packages from other producers.
 */
import type { HostileCase } from './cases';
import { edited, partTexts, STACKED } from './producers';
import { book, raw, type Cell, type SheetSpec } from './xlsx';

const SHEET = 'xl/worksheets/sheet1.xml';
const sheet = (name = '表', rows: Cell[][] = STACKED, extra: Partial<SheetSpec> = {}): SheetSpec => ({ name, rows, ...extra });
export const plain = () => book({ sheets: [sheet()] });
const base = { check: 'report' as const, fill: 'report' as const, projects: 2, opens: true };
const odd = (name: string) => `'${name.replace(/'/g, "''")}'`;
const formulasAt = (name: string): Cell[][] => [[raw(`<c r="{ref}"><f>${odd(name)}!B12</f><v>100</v></c>`)], [raw(`<c r="{ref}"><f>SUM(${odd(name)}!D14:D19)</f><v>0</v></c>`)]];
/** A row written twice: the package edit leaves such a sheet to the ExcelJS path. */
const rowTwice = (x: string) => x.replace('</sheetData>', '<row r="40"/><row r="40"/></sheetData>');

/** Problems: the output's workbook.xml must name each sheet exactly so. */
const names =
  (...want: string[]) =>
  async (out: Buffer): Promise<string[]> => {
    const wb = (await partTexts(out)).get('xl/workbook.xml') ?? '';
    const decode = (v: string) =>
      v
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    const have = [...wb.matchAll(/<sheet\b[^>]*\sname="([^"]*)"/g)].map((m) => decode(m[1]));
    return want.filter((n) => !have.includes(n)).map((n) => `no sheet named ${n} in xl/workbook.xml (${have.join(', ')})`);
  };

const QUOTED = "绩效目标'";
const LONG_NAME = '二〇二五年度市级教师能力提升培训项目支出绩效目标申报表（附件一之二）';

export const EDGE13_CASES: HostileCase[] = [
  {
    ...base,
    name: 'sheet names with : [ ] and an apostrophe last where fill needs the ExcelJS path: filled, the names and formulas kept',
    file: 'forbidden-exceljs.xlsx',
    build: () => edited({ sheets: [sheet(QUOTED), sheet('附:表[1]', formulasAt(QUOTED))] }, { [SHEET]: rowTwice }),
    verify: names(QUOTED, '附:表[1]'),
  },
  {
    ...base,
    name: 'a sheet name of 34 characters where fill needs the ExcelJS path: kept whole, not cut to 31',
    file: 'long-exceljs.xlsx',
    fillErr: [],
    build: () => edited({ sheets: [sheet(LONG_NAME), sheet('汇总', formulasAt(LONG_NAME))] }, { [SHEET]: rowTwice }),
    verify: names(LONG_NAME),
  },
];
