/**
 * The hostile corpus: workbooks a sceptical reviewer would feed the CLI, each with its expected
 * outcome for `check` and `fill` — a report (exit 0/1) or a refusal (exit 2, one line matching).
 * Built at test time (test/hostile/hostile.test.ts) or on disk by scripts/hostile/build.ts.
 */
import JSZip from 'jszip';
import { bigZip, type BigEntry } from './bomb';
import { GENERATOR_CASES } from './generators';
import { HEADER, INDICATORS } from './content';
import { FORMAT_CASES } from './formats';
import { INSERT_CASES } from './inserts';
import { VIEW_CASES } from './inserts-views';
import { TRICK_CASES } from './tricks';
import { EDGE_CASES } from './edges-s12';
import { EDGE13_CASES } from './edges-s13';
import { EDGE14_CASES } from './edges-s14';
import { ODDITY_CASES } from './oddities';
import { PRODUCER_CASES } from './producers';
import { book, colLetters, esc, raw, type BookSpec, type Cell, type SheetSpec } from './xlsx';

/** 'report': exit 0 or 1 with output; a RegExp: exit 2 and one stderr line that matches it. */
export type Expect = 'report' | RegExp;

export interface HostileCase {
  name: string;
  /** File name of the input (its extension is part of the case). */
  file: string;
  /** The input's bytes; null for cases that are about paths (a folder, a missing file). */
  build: (dir: string) => Promise<Buffer | null>;
  check: Expect;
  fill: Expect;
  /** Projects `check --json` must find. */
  projects?: number;
  /** Where `fill -o` writes, relative to the case's folder (default out.xlsx), and what to prepare first. */
  out?: string;
  setup?: (caseDir: string) => void;
  /** Run as an unprivileged user (permission cases; root ignores permissions). */
  unprivileged?: boolean;
  /** Needs minutes and gigabytes in the worst case: longer time bound, larger heap. */
  big?: boolean;
  /** The fix lives on another branch: the case is expected to fail until it is merged. */
  pending?: 'io-read' | 'io-write' | 'reader';
  /** Run `fill --highlight` (notes and colours) instead of plain `fill`. */
  highlight?: boolean;
  /** Fill's stderr, line by line (none: nothing at all); unset, anything but internals. */
  fillErr?: RegExp[];
  /** Check's stderr when it reports, line by line (none: nothing at all); unset, anything but internals. */
  checkErr?: RegExp[];
  /** `check` must print what it prints for this workbook (the file name aside). */
  like?: () => Promise<Buffer>;
  /** And our reader must give the same sheets, cells and merges as it gives for `like`. */
  sameGrid?: boolean;
  /** fill's output opens with ExcelJS and our reader, with content types and relationships consistent. */
  opens?: boolean;
  /** Parts fill's output must hold exactly as the input did. */
  keeps?: string[];
  /** Problems in fill's output (empty: none). */
  verify?: (out: Buffer) => Promise<string[]>;
}

// ------------------------------------------------------------------ content

export const TITLE: Cell[][] = [
  ['项目名称', '教师能力提升培训'],
  ['预算数', 100, '其中：财政资金', 100],
];

export function project(name = '教师能力提升培训', header: Cell[] = HEADER, rows: Cell[][] = INDICATORS): Cell[][] {
  return [['项目名称', name], ['预算数', 100, '其中：财政资金', 100], header, ...rows];
}

const one =
  (rows: Cell[][], extra: Partial<SheetSpec> = {}, spec: Partial<BookSpec> = {}) =>
  () =>
    book({ sheets: [{ name: '绩效目标表', rows, ...extra }], ...spec });

/** Replace the target of the indicator rows (column D) by the given cells. */
function withTargets(targets: (Cell | undefined)[]): Cell[][] {
  return project().map((r, i) => (i >= 3 && targets[i - 3] !== undefined ? [r[0], r[1], r[2], targets[i - 3] as Cell] : r));
}

/** A normal package in which one part is replaced by a streamed big entry. */
async function withBig(spec: BookSpec, big: BigEntry): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await book(spec));
  const entries: BigEntry[] = [];
  for (const name of Object.keys(zip.files)) {
    if (name === big.name || zip.files[name].dir) continue;
    entries.push({ name, prefix: await zip.files[name].async('string') });
  }
  return bigZip([...entries, big]);
}

function ole2(streamNames: string[]): Buffer {
  // Just enough of a compound file for sniffing: the signature, then the stream names in UTF-16.
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(4096);
  let at = 512;
  for (const n of streamNames) {
    body.write(n, at, 'utf16le');
    at += 128;
  }
  return Buffer.concat([head, body]);
}

const big = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));
const LONG = (n: number) => '长'.repeat(n);
const SI_XMLNS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

// ------------------------------------------------------------------ expectations

const NO_TABLE = /没有找到绩效指标表/;
const DAMAGED = /已损坏|不是有效的 \.xlsx|无法解压/;
const TOO_BIG = /过大|超出|上限|过长|32\s?767/;
// Excel never writes a DTD: a part with one is refused before any entity is read.
const DTD = /DTD/;

// ------------------------------------------------------------------ cases

export const CASES: HostileCase[] = [
  // --- empty and nearly empty
  { name: 'zero bytes', file: 'empty.xlsx', build: async () => Buffer.alloc(0), check: /文件是空的/, fill: /文件是空的/ },
  { name: 'empty workbook (one empty sheet)', file: 'empty-book.xlsx', build: one([]), check: NO_TABLE, fill: NO_TABLE },
  { name: 'no sheets at all', file: 'no-sheets.xlsx', build: () => book({ sheets: [] }), check: NO_TABLE, fill: NO_TABLE },
  { name: 'header only', file: 'header-only.xlsx', build: one([HEADER]), check: /没有任何指标行/, fill: /没有任何指标行/ },
  {
    name: 'header and title, no indicator rows',
    file: 'header-no-rows.xlsx',
    build: one([...TITLE, HEADER, ['注：本表由项目单位填写']]),
    check: /没有任何指标行/,
    fill: /没有任何指标行/,
  },
  {
    name: 'only a chart sheet-like hidden empty sheet',
    file: 'hidden-empty.xlsx',
    build: () => book({ sheets: [{ name: 'x', rows: [], state: 'veryHidden' }] }),
    check: NO_TABLE,
    fill: NO_TABLE,
  },
  // --- merged cells
  { name: 'every cell merged into one', file: 'all-merged.xlsx', build: one(project(), { merges: ['A1:D9'] }), check: NO_TABLE, fill: NO_TABLE },
  {
    name: 'every row merged across',
    file: 'rows-merged.xlsx',
    build: one(project(), { merges: big(9, (i) => `A${i + 1}:D${i + 1}`).map(String) }),
    check: NO_TABLE,
    fill: NO_TABLE,
  },
  // Excel itself calls these two damaged (and offers a repair): check reads what it can; fill, which would
  // write the damage back, refuses in one line.
  // fill edits the package and copies what it does not touch: a flaw ExcelJS refused is kept as it was, not a reason to refuse.
  { name: 'overlapping merges', file: 'overlap-merges.xlsx', build: one(project(), { merges: ['A4:A6', 'A5:B7', 'B4:B5'] }), check: 'report', fill: 'report' },
  // --- values
  {
    name: 'formula errors as cached values',
    file: 'formula-errors.xlsx',
    build: one(
      withTargets([
        raw('<c r="{ref}" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
        raw('<c r="{ref}" t="e"><v>#REF!</v></c>'),
        raw('<c r="{ref}" t="e"><v>#N/A</v></c>'),
        raw('<c r="{ref}" t="e"><v>#VALUE!</v></c>'),
      ]),
    ),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'formulas with no cached value',
    file: 'no-cache.xlsx',
    build: one(withTargets([raw('<c r="{ref}"><f>50*2</f></c>'), raw('<c r="{ref}" t="str"><f>"≥"&amp;95&amp;"%"</f></c>'), raw('<c r="{ref}"><f>SUM(Z1:Z9)</f></c>')])),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'dates, 1900 system',
    file: 'dates-1900.xlsx',
    build: one(withTargets([undefined, undefined, raw('<c r="{ref}" s="1"><v>45657</v></c>')])),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'dates, 1904 system',
    file: 'dates-1904.xlsx',
    build: one(withTargets([undefined, undefined, raw('<c r="{ref}" s="1"><v>44195</v></c>')]), {}, { date1904: true }),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'numbers stored as text',
    file: 'text-numbers.xlsx',
    build: one([...TITLE.map((r) => r.map((v) => (typeof v === 'number' ? String(v) : v))), HEADER, ...withTargets(['100', '0.95', '1e2', '-5', ' 90 ', 'NaN']).slice(3)]),
    check: 'report',
    fill: 'report',
  },
  // Found by the nothing-lost check: ExcelJS reads the ISO date cell (t="d", 2024-12-31) as the number 2024, so
  // fill's output changes a cell it never meant to touch (io-write's surgical writer copies it as it is).
  {
    name: 'booleans and odd types',
    file: 'booleans.xlsx',
    build: one(withTargets([true, false, raw('<c r="{ref}" t="d"><v>2024-12-31T00:00:00</v></c>')])),
    check: 'report',
    fill: 'report',
  },
  { name: 'inline strings', file: 'inline.xlsx', build: one(project(), {}, { inline: true }), check: 'report', fill: 'report' },
  {
    name: 'rich text header words',
    file: 'rich-text.xlsx',
    build: one([...TITLE, [raw('<c r="{ref}" t="inlineStr"><is><r><rPr><b/></rPr><t>一级</t></r><r><t>指标</t></r></is></c>'), '二级指标', '三级指标', '指标值'], ...INDICATORS]),
    check: 'report',
    fill: 'report',
  },
  { name: 'shared string index out of range', file: 'bad-sst-index.xlsx', build: one(withTargets([raw('<c r="{ref}" t="s"><v>99999</v></c>')])), check: 'report', fill: 'report' },
  {
    name: 'bad style indexes',
    file: 'bad-styles.xlsx',
    build: one(project().map((r) => r.map((v) => (typeof v === 'string' ? raw(`<c r="{ref}" s="999" t="inlineStr"><is><t>${esc(v)}</t></is></c>`) : v)))),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'HTML and script in cells',
    file: 'html-text.xlsx',
    build: one(
      project('<script>alert(1)</script>', HEADER, [
        ...INDICATORS,
        ['产出指标', '数量指标', '<img src=x onerror=alert(1)>', '<b>≥1</b>'],
        ['效益指标', '社会效益指标', '"; DROP TABLE x; --', "=cmd|' /C calc'!A0"],
      ]),
    ),
    check: 'report',
    fill: 'report',
  },
  { name: 'hidden indicator rows', file: 'hidden-rows.xlsx', build: one(project(), { rowAttrs: { 5: 'hidden="1"', 6: 'hidden="1"' } }), check: 'report', fill: 'report' },
  {
    name: 'protected sheet',
    file: 'protected.xlsx',
    build: one(project(), { afterData: '<sheetProtection algorithmName="SHA-512" hashValue="AAAA" saltValue="AAAA" spinCount="100000" sheet="1" objects="1" scenarios="1"/>' }),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'protected workbook structure',
    file: 'protected-book.xlsx',
    build: () =>
      book({ sheets: [{ name: '表', rows: project() }], override: {} }).then(async (b) => {
        const z = await JSZip.loadAsync(b);
        const w = (await z.file('xl/workbook.xml')!.async('string')).replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>');
        z.file('xl/workbook.xml', w);
        return z.generateAsync({ type: 'nodebuffer' });
      }),
    check: 'report',
    fill: 'report',
  },
  // --- size
  {
    name: '100 000 indicator rows',
    file: 'rows-100k.xlsx',
    big: true,
    build: one([...TITLE, HEADER, ...big(100000, (i) => INDICATORS[i % 6].map((v, j) => (j === 2 ? `${v}${i}` : v)))]),
    check: 'report',
    fill: 'report',
  },
  {
    name: '30 000-character cells',
    file: 'cells-30k.xlsx',
    build: one(
      project(
        '培训',
        HEADER,
        INDICATORS.map((r, i) => [r[0], r[1], `${r[2]}${LONG(30000 - 10 - i)}`, r[3]]),
      ),
    ),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'a 40 000-character cell (over Excel’s 32 767)',
    file: 'cell-40k.xlsx',
    build: one(project('培训', HEADER, [[...INDICATORS[0].slice(0, 2), LONG(40000), INDICATORS[0][3]], ...INDICATORS.slice(1)])),
    check: TOO_BIG,
    fill: TOO_BIG,
  },
  {
    name: 'a 450-million-character shared string in 0.5 MB',
    file: 'sst-450m.xlsx',
    big: true,
    build: () =>
      withBig(
        { sheets: [{ name: '表', rows: project() }] },
        {
          name: 'xl/sharedStrings.xml',
          prefix: `<?xml version="1.0" encoding="UTF-8"?><sst ${SI_XMLNS} count="1" uniqueCount="1"><si><t>`,
          filler: 'a',
          times: 450_000_000,
          suffix: '</t></si></sst>',
        },
      ),
    check: TOO_BIG,
    fill: TOO_BIG,
  },
  {
    name: 'zip bomb: a sheet part inflating to 2 GB',
    file: 'bomb-sheet.xlsx',
    big: true,
    build: () =>
      withBig(
        { sheets: [{ name: '表', rows: [] }] },
        {
          name: 'xl/worksheets/sheet1.xml',
          prefix: `<?xml version="1.0" encoding="UTF-8"?><worksheet ${SI_XMLNS}><sheetData>`,
          filler: ' ',
          times: 2_000_000_000,
          suffix: '</sheetData></worksheet>',
        },
      ),
    check: TOO_BIG,
    fill: TOO_BIG,
  },
  // check never inflates the theme part, so it reads the workbook; fill would inflate everything and refuses.
  {
    name: 'zip directory lying about a huge size',
    file: 'bomb-claim.xlsx',
    big: true,
    build: () => withBig({ sheets: [{ name: '表', rows: project() }] }, { name: 'xl/theme/theme1.xml', prefix: '<a/>', claimSize: 4_000_000_000 }),
    check: 'report',
    fill: /过大|损坏|上限/,
  },
  {
    name: 'a million shared strings',
    file: 'sst-1m.xlsx',
    big: true,
    build: () =>
      withBig(
        { sheets: [{ name: '表', rows: project() }] },
        {
          name: 'xl/sharedStrings.xml',
          prefix: `<?xml version="1.0" encoding="UTF-8"?><sst ${SI_XMLNS}>${project()
            .flat()
            .filter((v) => typeof v === 'string')
            .map((s) => `<si><t>${esc(s as string)}</t></si>`)
            .join('')}`,
          filler: '<si><t>x</t></si>',
          times: 1_000_000,
          suffix: '</sst>',
        },
      ),
    check: 'report',
    fill: 'report',
  },
  // fill adds a funds line under the table: the stray cell would fall off the sheet. Excel refuses such an insert.
  {
    name: 'a stray value at XFD1048576',
    file: 'far-cell.xlsx',
    build: () => book({ sheets: [{ name: '表', xml: sheetWith(project(), '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>') }] }),
    check: 'report',
    fill: /推出 Excel 的最后一行/,
  },
  // check is fixed by the streaming reader; fill still loads ExcelJS, which expands the merge (io-write's writer).
  { name: 'an empty merge H1:XFD1048576', file: 'huge-merge.xlsx', build: one(project(), { merges: ['H1:XFD1048576'] }), check: 'report', fill: 'report' },
  {
    name: 'dimension claiming the whole sheet',
    file: 'huge-dimension.xlsx',
    build: one(project(), { beforeData: '<dimension ref="A1:XFD1048576"/>' }),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'a header row 16 384 cells wide (no room for 自评 columns)',
    file: 'wide-row.xlsx',
    build: one([...TITLE, [...HEADER, ...big(16380, (i) => `备注${i}`)], ...INDICATORS]),
    check: 'report',
    fill: /最后一列/,
  },
  {
    name: '1 000 sheets',
    file: 'sheets-1000.xlsx',
    big: true,
    build: () => book({ sheets: big(1000, (i) => ({ name: `项目${i + 1}`, rows: project(`项目${i + 1}`) })) }),
    check: 'report',
    fill: 'report',
  },
  { name: '300 stacked projects', file: 'stacked-300.xlsx', big: true, build: one(big(300, (i) => [...project(`项目${i + 1}`), []]).flat()), check: 'report', fill: 'report' },
  {
    name: 'two tables side by side',
    file: 'side-by-side.xlsx',
    projects: 2,
    build: one(project('甲项目').map((r, i) => [...r, ...Array(4 - r.length).fill(null), null, null, ...project('乙项目')[i]])),
    check: 'report',
    fill: /右侧没有空位添加自评列/,
  },
  // --- odd characters in header words
  {
    name: 'zero-width space in header words',
    file: 'zwsp.xlsx',
    projects: 1,
    build: one(
      project(
        '培训',
        HEADER.map((h) => h.replace('指标', '\u200b指标')),
      ),
    ),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'NBSP, RTL marks and soft hyphens in header words',
    file: 'odd-marks.xlsx',
    projects: 1,
    build: one(project('培训', ['\u200f一级\u00a0指标', '二级\u202b指标\u202c', '三级\u00ad指标', '\ufeff指标值\u2060'])),
    check: 'report',
    fill: 'report',
  },
  // XML cannot hold control characters: files carry them escaped as _x0007_ (ECMA-376 ST_Xstring).
  // Found by the nothing-lost check: the ExcelJS round trip in fill drops the escaped control characters,
  // changing cells fill never meant to touch (io-write's surgical writer copies them byte for byte).
  {
    name: 'control characters (escaped _x0007_) in header words',
    file: 'controls.xlsx',
    projects: 1,
    build: one(project('培训', ['一级_x0007_指标', '二级指标_x001F_', '三级指标', '指标值'])),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'English headers',
    file: 'english.xlsx',
    build: one(
      project(
        'Training',
        ['Level-1 indicator', 'Level-2 indicator', 'Level-3 indicator', 'Target'],
        INDICATORS.map((r) => ['Output', 'Quantity', 'Trainees', r[3]]),
      ),
    ),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'Traditional Chinese headers',
    file: 'traditional.xlsx',
    build: one(
      project(
        '教師培訓',
        ['一級指標', '二級指標', '三級指標', '指標值'].map((h) => h),
        INDICATORS.map((r) => ['產出指標', '數量指標', '培訓人次', r[3]]),
      ),
    ),
    check: 'report',
    fill: 'report',
  },
  // --- parts ExcelJS cannot keep
  {
    name: 'chart, image, threaded comments, pivot and macro parts',
    file: 'extras.xlsx',
    build: () =>
      book({
        sheets: [{ name: '表', rows: project() }],
        parts: {
          'xl/charts/chart1.xml': '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
          'xl/media/image1.png': Buffer.from('89504e470d0a1a0a', 'hex'),
          'xl/threadedComments/threadedComment1.xml': '<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"/>',
          'xl/persons/person.xml': '<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"/>',
          'xl/pivotTables/pivotTable1.xml': `<pivotTableDefinition ${SI_XMLNS} name="P" cacheId="1"/>`,
          'xl/pivotCache/pivotCacheDefinition1.xml': `<pivotCacheDefinition ${SI_XMLNS}/>`,
          'xl/vbaProject.bin': ole2(['VBA', 'PROJECT']),
        },
      }),
    check: 'report',
    fill: 'report',
  },
  {
    name: 'a macro workbook renamed .xlsx',
    file: 'macro.xlsx',
    build: () =>
      book({
        sheets: [{ name: '表', rows: project() }],
        parts: { 'xl/vbaProject.bin': ole2(['VBA']) },
        types: ['<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/>'],
      }).then(async (b) => {
        const z = await JSZip.loadAsync(b);
        z.file(
          '[Content_Types].xml',
          (await z.file('[Content_Types].xml')!.async('string'))
            .replace('sheet.main+xml', 'sheet.macroEnabled.main+xml')
            .replace('spreadsheetml.sheet.main', 'ms-excel.sheet.macroEnabled.main'),
        );
        return z.generateAsync({ type: 'nodebuffer' });
      }),
    check: 'report',
    fill: 'report',
  },
  // --- not an .xlsx at all
  {
    name: 'encrypted workbook (OLE2 with EncryptionInfo)',
    file: 'encrypted.xlsx',
    build: async () => ole2(['EncryptionInfo', 'EncryptedPackage']),
    check: /密码|加密/,
    fill: /密码|加密/,
  },
  { name: 'legacy .xls renamed', file: 'legacy.xlsx', build: async () => ole2(['Workbook', 'SummaryInformation']), check: /旧版 \.xls/, fill: /旧版 \.xls/ },
  { name: 'CSV renamed', file: 'data.xlsx', build: async () => Buffer.from('一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,培训人次,≥100人次\n'), check: /CSV/, fill: /CSV/ },
  {
    name: 'UTF-16 tab-separated text renamed',
    file: 'unicode.xlsx',
    build: async () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('一级指标\t二级指标\t三级指标\t指标值\r\n', 'utf16le')]),
    check: /CSV/,
    fill: /CSV/,
  },
  {
    name: 'HTML table saved as .xlsx',
    file: 'page.xlsx',
    build: async () => Buffer.from('<html><head><meta charset="utf-8"></head><body><table><tr><td>一级指标</td></tr></table></body></html>'),
    check: /网页（HTML）/,
    fill: /网页（HTML）/,
  },
  {
    name: 'HTML with a doctype and BOM',
    file: 'page2.xlsx',
    build: async () => Buffer.from('\ufeff  <!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>'),
    check: /网页（HTML）/,
    fill: /网页（HTML）/,
  },
  {
    name: 'MHTML (web archive) renamed',
    file: 'archive.xlsx',
    build: async () => Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\n'),
    check: /网页（HTML）/,
    fill: /网页（HTML）/,
  },
  {
    name: 'Excel 2003 XML spreadsheet renamed',
    file: 'xml2003.xlsx',
    build: async () => Buffer.from('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'),
    check: /2003 XML/,
    fill: /2003 XML/,
  },
  { name: 'PDF renamed', file: 'scan.xlsx', build: async () => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0)]), check: /PDF/, fill: /PDF/ },
  { name: 'plain text', file: 'note.xlsx', build: async () => Buffer.from('请填写绩效目标表'), check: /纯文本/, fill: /纯文本/ },
  { name: 'binary noise', file: 'noise.xlsx', build: async () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)), check: /无法识别/, fill: /无法识别/ },
  {
    name: '.xlsb renamed',
    file: 'binary.xlsx',
    build: async () => {
      const z = new JSZip();
      z.file('[Content_Types].xml', '<Types/>');
      z.file('xl/workbook.bin', Buffer.alloc(64));
      return z.generateAsync({ type: 'nodebuffer' });
    },
    check: /xlsb/,
    fill: /xlsb/,
  },
  {
    name: 'a Word document renamed',
    file: 'word.xlsx',
    build: async () => {
      const z = new JSZip();
      z.file('[Content_Types].xml', '<Types/>');
      z.file('word/document.xml', '<w:document/>');
      return z.generateAsync({ type: 'nodebuffer' });
    },
    check: /不是 Excel 工作簿/,
    fill: /不是 Excel 工作簿/,
  },
  // --- damaged packages
  { name: 'truncated zip', file: 'truncated.xlsx', build: async () => (await book({ sheets: [{ name: '表', rows: project() }] })).subarray(0, 900), check: DAMAGED, fill: DAMAGED },
  {
    name: 'zip with corrupted deflate data',
    file: 'corrupt.xlsx',
    build: async () => corrupt(await book({ sheets: [{ name: '表', rows: project() }] })),
    check: DAMAGED,
    fill: DAMAGED,
  },
  {
    name: 'zip whose sizes disagree with its data',
    file: 'size-mismatch.xlsx',
    build: async () => {
      const z = await JSZip.loadAsync(await book({ sheets: [{ name: '表', rows: project() }] }));
      const e: BigEntry[] = [];
      for (const n of Object.keys(z.files)) e.push({ name: n, prefix: await z.files[n].async('string'), claimSize: n.includes('sheet1') ? 7 : undefined });
      return bigZip(e);
    },
    check: DAMAGED,
    fill: DAMAGED,
  },
  {
    name: 'sheet part missing from the package',
    file: 'missing-part.xlsx',
    build: async () => {
      const z = await JSZip.loadAsync(await book({ sheets: [{ name: '表', rows: project() }] }));
      z.remove('xl/worksheets/sheet1.xml');
      return z.generateAsync({ type: 'nodebuffer' });
    },
    check: /已损坏|没有找到/,
    fill: /已损坏|没有找到/,
  },
  // The streaming reader reads a truncated sheet part as far as it goes and then finds no table.
  {
    name: 'sheet XML not well-formed',
    file: 'bad-xml.xlsx',
    build: () => book({ sheets: [{ name: '表', xml: '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>一级指标</t></is></c>' }] }),
    check: DAMAGED,
    fill: DAMAGED,
  },
  // --- XML attacks
  {
    name: 'XXE: external entity reading /etc/passwd',
    file: 'xxe.xlsx',
    build: () =>
      book({
        sheets: [{ name: '表', rows: project() }],
        override: {
          'xl/sharedStrings.xml': `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst ${SI_XMLNS} count="1" uniqueCount="1"><si><t>&x;</t></si></sst>`,
        },
      }),
    check: DTD,
    fill: DTD,
  },
  {
    name: 'billion laughs (entity expansion)',
    file: 'laughs.xlsx',
    build: () =>
      book({
        sheets: [{ name: '表', rows: project() }],
        override: {
          'xl/sharedStrings.xml': `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "lollollollollol">${big(
            9,
            (i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`,
          )
            .map(String)
            .join('')}]><sst ${SI_XMLNS} count="1" uniqueCount="1"><si><t>&j;</t></si></sst>`,
        },
      }),
    check: DTD,
    fill: DTD,
  },
  {
    name: 'a DTD in workbook.xml',
    file: 'dtd-workbook.xlsx',
    build: async () => {
      const z = await JSZip.loadAsync(await book({ sheets: [{ name: '表', rows: project() }] }));
      z.file(
        'xl/workbook.xml',
        (await z.file('xl/workbook.xml')!.async('string')).replace('<workbook', '<!DOCTYPE workbook [<!ENTITY e SYSTEM "http://127.0.0.1:9/x">]><workbook'),
      );
      return z.generateAsync({ type: 'nodebuffer' });
    },
    check: DTD,
    fill: DTD,
  },
  {
    name: 'Strict Open XML namespaces',
    file: 'strict.xlsx',
    projects: 1,
    build: () => book({ sheets: [{ name: '表', rows: project() }], strict: true }),
    check: 'report',
    fill: 'report',
  },
  // --- names and paths
  {
    name: 'odd sheet names (spaces, quotes, brackets, 31 characters)',
    file: 'names.xlsx',
    build: () => book({ sheets: ["O'Brien 表 (1)", '预算 & <目标> #1', '项'.repeat(31), ' 前后空格 ', '📊 表'].map((name, i) => ({ name, rows: project(`项目${i}`) })) }),
    check: 'report',
    fill: 'report',
  },
  { name: 'a file name with spaces and Chinese', file: '2024年 绩效目标表 (终稿).xlsx', build: one(project()), check: 'report', fill: 'report' },
  { name: 'a very long file name', file: `${'很长的文件名'.repeat(12)}.xlsx`, build: one(project()), check: 'report', fill: 'report' },
  { name: 'a file name starting with a dash', file: '-绩效.xlsx', build: one(project()), check: 'report', fill: 'report' },
  { name: 'upper-case extension', file: 'TABLE.XLSX', build: one(project()), check: 'report', fill: 'report' },
  { name: 'input is a folder', file: 'folder.xlsx', build: async () => null, setup: (d) => mkdir(`${d}/folder.xlsx`), check: /文件夹/, fill: /文件夹/ },
  { name: 'input does not exist', file: 'missing.xlsx', build: async () => null, check: /文件不存在/, fill: /文件不存在/ },
  {
    name: 'input not readable',
    file: 'secret.xlsx',
    unprivileged: true,
    build: one(project()),
    setup: (d) => chmod(`${d}/secret.xlsx`, 0o000),
    check: /无法打开|权限/,
    fill: /无法打开|权限/,
  },
  // --- output folders (fill only; check reports)
  { name: 'output folder missing', file: 'in.xlsx', out: 'no/such/folder/out.xlsx', build: one(project()), check: 'report', fill: /输出文件夹不存在/ },
  {
    name: 'output folder read-only',
    file: 'in.xlsx',
    out: 'ro/out.xlsx',
    unprivileged: true,
    setup: (d) => {
      mkdir(`${d}/ro`);
      chmod(`${d}/ro`, 0o555);
    },
    build: one(project()),
    check: 'report',
    fill: /权限/,
  },
  {
    name: 'output folder one cannot enter',
    file: 'in.xlsx',
    out: 'locked/sub/out.xlsx',
    unprivileged: true,
    setup: (d) => {
      mkdir(`${d}/locked/sub`);
      chmod(`${d}/locked`, 0o000);
    },
    build: one(project()),
    check: 'report',
    fill: /权限|不存在|无法进入/,
  },
  { name: 'output is the input', file: 'in.xlsx', out: 'in.xlsx', build: one(project()), check: 'report', fill: /不能与输入文件相同/ },
  {
    name: 'output is the input by another path',
    file: 'in.xlsx',
    out: './sub/../in.xlsx',
    setup: (d) => mkdir(`${d}/sub`),
    build: one(project()),
    check: 'report',
    fill: /不能与输入文件相同/,
  },
  {
    name: 'output is a hard link to the input',
    file: 'in.xlsx',
    out: 'link.xlsx',
    setup: (d) => link(`${d}/in.xlsx`, `${d}/link.xlsx`),
    build: one(project()),
    check: 'report',
    fill: /不能与输入文件相同/,
  },
  { name: 'output already exists', file: 'in.xlsx', out: 'old.xlsx', setup: (d) => write(`${d}/old.xlsx`, 'keep me'), build: one(project()), check: 'report', fill: /已存在/ },
  { name: 'output is a folder', file: 'in.xlsx', out: 'dir', setup: (d) => mkdir(`${d}/dir`), build: one(project()), check: 'report', fill: /已存在|文件夹/ },
  {
    name: 'output path runs through a file',
    file: 'in.xlsx',
    out: 'plain.txt/out.xlsx',
    setup: (d) => write(`${d}/plain.txt`, 'x'),
    build: one(project()),
    check: 'report',
    fill: /不是文件夹|不存在/,
  },
  // Spellings of a package other generators write, and threads beside the notes --highlight adds.
  ...GENERATOR_CASES,
  // Packages other producers and zip writers make (Open XML SDK, LibreOffice, WPS, streaming zips, ZIP64).
  ...PRODUCER_CASES,
  // What real producers and broken tools write beyond those: zones on ISO dates, Apple Numbers, parts outside xl/, escapes.
  ...ODDITY_CASES,
  // What fill must keep and move when it inserts rows: x14 lists, sparklines, other sheets' formulas, names, tables, slicers, links.
  ...INSERT_CASES,
  // And the sheet parts that name cells outside formulas (custom views, watches, scenarios), ActiveX, sheet views, XML maps.
  ...VIEW_CASES,
  // Reading: phonetic guides, 1904 days, Strict with inserts; files that are not .xlsx, named for what they are.
  ...FORMAT_CASES,
  // Zip and XML tricks: a name twice, names that climb, bzip2, CDATA, comments, UTF-16, GB2312, single quotes.
  ...TRICK_CASES,
  // Names and limits Excel enforces (forbidden and long sheet names, 65 430 formats, the last row), lying counts, cell order.
  ...EDGE_CASES,
  ...EDGE13_CASES,
  ...EDGE14_CASES,
];

function sheetWith(rows: Cell[][], tail: string): string {
  const xml = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">${r.map((v, j) => (v === null ? '' : `<c r="${colLetters(j + 1)}${i + 1}" ${typeof v === 'number' ? `><v>${v}</v>` : `t="inlineStr"><is><t>${esc(String(v))}</t></is>`}</c>`)).join('')}</row>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet ${SI_XMLNS}><sheetData>${xml}${tail}</sheetData></worksheet>`;
}

/** Flip bytes inside the deflated data of the largest entry, keeping the zip structure. */
function corrupt(buf: Buffer): Buffer {
  const out = Buffer.from(buf);
  const at = out.indexOf('xl/worksheets/sheet1.xml');
  for (let i = at + 40; i < at + 80 && i < out.length; i++) out[i] ^= 0x5a;
  return out;
}

// Small fs helpers for setup (sync: setup runs before the commands).
import * as fs from 'fs';
function mkdir(p: string) {
  fs.mkdirSync(p, { recursive: true });
}
function chmod(p: string, m: number) {
  fs.chmodSync(p, m);
}
function write(p: string, s: string) {
  fs.writeFileSync(p, s);
}
function link(a: string, b: string) {
  fs.linkSync(a, b);
}
