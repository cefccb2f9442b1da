/**
 * Merge-heavy target tables as accountants lay them out: projects stacked down one sheet, each
 * with a merged title, 项目名称 and 预算 lines, a header row, 一级 and 二级 merged vertically over
 * their indicator rows, wrapped text and thin borders. Written as raw SpreadsheetML (shared
 * strings, styles, <mergeCells>) so that 100 000 rows take seconds, not ExcelJS's quadratic merges.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { ROWS } from './grid-gen';
import { address } from '../src/sheet/a1';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Styles: 0 default, 1 bordered + wrapped + centred (the grid), 2 bold title, 3 bordered number. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<fonts count="2"><font><sz val="10"/><name val="宋体"/><charset val="134"/></font><font><b/><sz val="14"/><name val="宋体"/><charset val="134"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf><xf numFmtId="4" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="绩效目标表" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

type Val = string | number | null;

/**
 * The sheet XML, shared strings and merge count of a workbook with n indicator rows (projects of 13).
 * A variant > 0 is another bureau's workbook of the same shape: its own project names, indicator
 * names and target numbers, so a batch of variants does not repeat one file's texts.
 */
export function mergedSheet(n: number, variant = 0): { sheet: string; sst: string; merges: number } {
  const v = variant ? `（第${variant}批）` : '';
  const num = (s: string) => (variant ? s.replace(/\d+/, (d) => String(Number(d) + (variant % 50))) : s);
  const strings = new Map<string, number>();
  const sid = (s: string) => {
    let i = strings.get(s);
    if (i === undefined) strings.set(s, (i = strings.size));
    return i;
  };
  const rows: string[] = [];
  const merges: string[] = [];
  let r = 0;
  const add = (vals: Val[], style: number) => {
    r++;
    const cells = vals.map((v, i) => {
      const ref = address(r, i + 1);
      const s = typeof v === 'number' ? 3 : style;
      if (v === null || v === '') return `<c r="${ref}" s="${s}"/>`;
      if (typeof v === 'number') return `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
      return `<c r="${ref}" s="${s}" t="s"><v>${sid(v)}</v></c>`;
    });
    rows.push(`<row r="${r}" spans="1:5"${style === 2 ? ' ht="30" customHeight="1"' : ''}>${cells.join('')}</row>`);
  };
  const merge = (top: number, left: number, bottom: number, right: number) => merges.push(`<mergeCell ref="${address(top, left)}:${address(bottom, right)}"/>`);
  let done = 0;
  let k = 0;
  while (done < n) {
    k++;
    add([`${k}.测试项目${k}${v}（2024 年）绩效目标表`, null, null, null, null], 2);
    merge(r, 1, r, 5);
    add(['项目名称', `测试项目${k}${v}（2024 年）`, null, null, null], 1);
    merge(r, 2, r, 5);
    add(['预算规模及 资金用途', '预算数', 500, '其中：财政\n资金', 500], 1);
    add([null, '其他资金', 0, null, null], 1);
    merge(r - 1, 1, r, 1);
    merge(r, 3, r, 5);
    add(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'], 1);
    const take = Math.min(ROWS.length, n - done);
    const first = r + 1;
    for (let i = 0; i < take; i++) add([ROWS[i][0] || null, ROWS[i][1], ROWS[i][2] + v, ROWS[i][2] + v, num(ROWS[i][3])], 1);
    // 一级 over its group, 二级 over its run of equal names: what accountants merge by hand.
    for (const [col, keyOf] of [
      [1, (i: number) => groupOf(i)],
      [2, (i: number) => ROWS[i][1]],
    ] as const) {
      let start = 0;
      for (let i = 1; i <= take; i++) {
        if (i === take || keyOf(i) !== keyOf(start)) {
          if (i - 1 > start) merge(first + start, col, first + i - 1, col);
          start = i;
        }
      }
    }
    done += take;
    add([null, null, null, null, null], 0);
  }
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:E${r}"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="13.5"/><cols><col min="1" max="2" width="14" customWidth="1"/><col min="3" max="4" width="30" customWidth="1"/><col min="5" max="5" width="16" customWidth="1"/></cols><sheetData>${rows.join('')}</sheetData><mergeCells count="${merges.length}">${merges.join('')}</mergeCells><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  const list = [...strings.keys()].map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.size}" uniqueCount="${strings.size}">${list}</sst>`;
  return { sheet, sst, merges: merges.length };
}

/** The 一级 group of indicator row i (blank cells continue the group above). */
function groupOf(i: number): string {
  while (i > 0 && !ROWS[i][0]) i--;
  return ROWS[i][0];
}

/** Writes (once) bench-merged-N.xlsx (-vK for a variant) in dir and returns its path. */
export async function generateMerged(n: number, dir: string, variant = 0): Promise<string> {
  const file = path.join(dir, `bench-merged-${n}${variant ? `-v${variant}` : ''}.xlsx`);
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const { sheet, sst } = mergedSheet(n, variant);
  const zip = new JSZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('xl/workbook.xml', WORKBOOK);
  zip.file('xl/_rels/workbook.xml.rels', WORKBOOK_RELS);
  zip.file('xl/styles.xml', STYLES);
  zip.file('xl/sharedStrings.xml', sst);
  zip.file('xl/worksheets/sheet1.xml', sheet);
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  fs.writeFileSync(file + '.tmp', buf);
  fs.renameSync(file + '.tmp', file);
  return file;
}

/** `node scripts/run-ts.js bench/merged.ts N… [--dir D]`: write the workbooks, print their paths. */
if (process.argv[1] === __filename) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dir');
  const dir = at >= 0 ? args.splice(at, 2)[1] : path.join(__dirname, '..', '.tmp', 'bench');
  (async () => {
    for (const n of args.map(Number)) console.log(await generateMerged(n, dir));
  })();
}
