/**
 * Reads an .xlsx into the engine's Grids without loading a spreadsheet library: the zip
 * directory, then only workbook.xml (+ rels), shared strings, styles and the worksheets.
 */
import { posix } from 'path';
import type { Grid } from '../../sheet/grid';
import { fail, noDtd, Package, readInput } from './input';
import { readSheet } from './sheet';
import { sheetsToRead, withBlanks } from './blank-sheets';
import { refuseSharedParts } from './shared-part';
import { readSharedStrings } from './strings';
import { readStyles } from './styles';
import { attr, elements } from './xml';

export interface SheetPart {
  name: string;
  /** e.g. "xl/worksheets/sheet1.xml" */
  part: string;
}

interface Rel {
  type: string;
  target: string;
}

/** Relationship id → {type, resolved part path} of a part's .rels (external targets left out). */
export function relationships(pkg: Package, part: string): Map<string, Rel> {
  const rels = posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
  const xml = pkg.text(rels);
  noDtd(pkg.path, rels, xml);
  const out = new Map<string, Rel>();
  for (const { tag } of elements(xml, 'Relationship')) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (!id || !target || attr(tag, 'TargetMode') === 'External') continue;
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(part), target));
    out.set(id, { type: attr(tag, 'Type') ?? '', target: pkg.name(resolved) });
  }
  return out;
}

/** The r:id attribute, whatever prefix the relationships namespace was given. */
function relId(tag: string): string | undefined {
  return attr(tag, 'r:id') ?? /\s[\w.-]+:id\s*=\s*["']([^"']*)["']/.exec(tag)?.[1];
}

export function workbookParts(pkg: Package): { sheets: SheetPart[]; date1904: boolean; strings: string; styles: string; stringsLinked: boolean } {
  const xml = pkg.text('xl/workbook.xml');
  noDtd(pkg.path, 'xl/workbook.xml', xml);
  const rels = relationships(pkg, 'xl/workbook.xml');
  const sheets: SheetPart[] = [];
  // Sheets listed with nothing to say where they are: the package is damaged, not a workbook without a table.
  if (!rels.size && elements(xml, 'sheet').next().value) {
    fail(
      pkg.path,
      '文件已损坏：缺少工作簿的关系部件 xl/_rels/workbook.xml.rels，找不到各工作表；请在 Excel 或 WPS 中打开并另存后再试。',
      'the package has no xl/_rels/workbook.xml.rels.',
    );
  }
  for (const { tag } of elements(xml, 'sheet')) {
    const name = attr(tag, 'name');
    const rel = rels.get(relId(tag) ?? '');
    if (name === undefined || !rel) continue;
    if (/\/worksheet$/.test(rel.type) || rel.target.includes('worksheets/')) sheets.push({ name, part: rel.target });
  }
  const pr = elements(xml, 'workbookPr').next().value;
  const d = pr ? attr(pr.tag, 'date1904') : undefined;
  const byType = (suffix: string, fallback: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  return {
    sheets,
    date1904: d === '1' || d === 'true',
    strings: byType('/sharedStrings', 'xl/sharedStrings.xml'),
    stringsLinked: [...rels.values()].some((r) => r.type.endsWith('/sharedStrings')),
    styles: byType('/styles', 'xl/styles.xml'),
  };
}

/** Below this size a kept sheet part is copied out of the (at least 64 KB) block it was inflated into. */
export const KEEP_FROM = 1048576;

/**
 * Every worksheet of an opened package as a Grid, in workbook order. `keep`: the inflated bytes of each
 * worksheet part, by entry name, for fill's writer (which edits those bytes): inflated once, not again by
 * the writer (at 10 000 rows a second 32 MB inflate buffer also set off a full collection for external
 * memory; 1 000 small sheets were 1 000 more inflates, each with its zlib stream and 64 KB block).
 */
export function gridsOf(pkg: Package, keep?: Map<string, Buffer>): Grid[] {
  const wb = workbookParts(pkg);
  refuseSharedParts(pkg, wb.sheets);
  const { read: sheets, blank } = sheetsToRead(
    pkg,
    wb.sheets.filter((s) => pkg.has(s.part)),
  );
  pkg.checkParts([wb.strings, wb.styles, ...sheets.map((s) => s.part)]);
  // Every text of a workbook that names its shared strings is there: without them it reads as “no table”.
  if (wb.stringsLinked && !pkg.has(wb.strings))
    fail(pkg.path, `文件已损坏：缺少共享字符串部件 ${wb.strings}（单元格里的文字都存放在其中），无法读取；请从原系统重新导出后再试。`, `the package has no ${wb.strings}.`);
  const text = (part: string) => {
    const xml = pkg.text(part);
    noDtd(pkg.path, part, xml);
    return xml;
  };
  const ctx = {
    sst: readSharedStrings(text(wb.strings)),
    styles: readStyles(text(wb.styles)),
    date1904: wb.date1904,
    refuse: (zh: string, en: string): never => fail(pkg.path, zh, en),
  };
  const sheetText = (part: string) => {
    if (!keep) return text(part);
    const b = pkg.bytes(part);
    if (!b) return text(part);
    // A small part comes in a block of at least 64 KB (zip.ts inflateRoom): kept at its size.
    keep.set(pkg.name(part), b.length < KEEP_FROM && b.buffer.byteLength > b.length ? Buffer.from(b) : b);
    const xml = pkg.decoded(b);
    noDtd(pkg.path, part, xml);
    return xml;
  };
  const grids = withBlanks(
    sheets.map((s) => readSheet(sheetText(s.part), s.name, ctx)),
    blank,
  );
  forgetLastMatch();
  return grids;
}

/**
 * V8 keeps the subject of the last successful regular-expression match (RegExp.lastMatch, RegExp.input): after
 * reading, that is the last sheet's whole XML — 33 MB at 100 000 rows, held through recognition until its first
 * match. A match on a short string lets it go.
 */
function forgetLastMatch(): void {
  LAST_MATCH.exec('.');
}
const LAST_MATCH = /\./;

/** The Grids of the workbook at path, refusing bad input in one line (JixiaoInputError). */
export async function readGrids(path: string): Promise<Grid[]> {
  return gridsOf(Package.open(path, await readInput(path)));
}

/** readGrids, with the file's bytes and its large worksheets' inflated bytes (`gridsOf`'s keep) for fill's writer. */
export async function readGridsKept(path: string): Promise<{ grids: Grid[]; input: Buffer; sheets: Map<string, Buffer> }> {
  const input = await readInput(path);
  const sheets = new Map<string, Buffer>();
  return { grids: gridsOf(Package.open(path, input), sheets), input, sheets };
}
