/**
 * Worksheets written with a namespace prefix or without row and cell addresses: rewritten into the
 * form Excel writes before the package edit, so `fill` writes them like any other sheet (it used to
 * hand them to ExcelJS). The output equals the seed's own output cell by cell; parts outside the
 * plan are untouched; ExcelJS and the project's reader open it.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import { configFor } from '../../../src/cli/options';
import { analyse } from '../../../src/engine/analyse';
import { planAll } from '../../../src/engine/planner';
import { Package } from '../../../src/gateways/xlsx/input';
import { gridsOf } from '../../../src/gateways/xlsx/read';
import { canonicalPart, canonicalSheet } from '../../../src/gateways/xlsx-write/canonical';
import { writePlan } from '../../../src/gateways/xlsx-write/package';
import type { Plan } from '../../../src/sheet/plan';
import { FIXTURES } from '../../helpers/fixtures';
import { generatorWorkbook, prefixed, SPREADSHEETML, withoutAddresses } from './generator-fixture';
import { differences, load, packageProblems, parts, view } from './package-check';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const seed = readFileSync(path.join(FIXTURES, 'seed-tianjin-2024.xlsx'));

function planOf(buf: Buffer, highlight: boolean): Plan {
  const grids = gridsOf(Package.open('', buf));
  const cfg = configFor(undefined);
  return planAll(grids, analyse(grids, cfg), cfg, { fix: true, highlight, fill: true });
}

describe('canonicalSheet', () => {
  test('a prefixed sheet loses its prefix; the main namespace becomes the default; the prefix stays declared', () => {
    const xml = `<?xml version="1.0"?>\n<x:worksheet xmlns:x="${MAIN}" xmlns:r="urn:r"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData><x:legacyDrawing r:id="rId1"/></x:worksheet>`;
    expect(canonicalSheet(xml)).toBe(
      `<?xml version="1.0"?>\n<worksheet xmlns="${MAIN}" xmlns:x="${MAIN}" xmlns:r="urn:r"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData><legacyDrawing r:id="rId1"/></worksheet>`,
    );
  });

  test('rows and cells without r get the next row and the next column; addressed ones reset the count', () => {
    const xml = `<worksheet xmlns="${MAIN}"><sheetData><row><c><v>1</v></c><c r="D1"/><c t="s"><v>0</v></c></row><row r="5" ht="20"><c s="2"/></row><row><c/></row></sheetData></worksheet>`;
    expect(canonicalSheet(xml)).toBe(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="D1"/><c r="E1" t="s"><v>0</v></c></row><row r="5" ht="20"><c r="A5" s="2"/></row><row r="6"><c r="A6"/></row></sheetData></worksheet>`,
    );
  });

  test('a sheet already in that form comes back as the same string (also with r not first)', () => {
    const xml = `<worksheet xmlns="${MAIN}"><cols><col min="1" max="2"/></cols><sheetData><row r="1" spans="1:2"><c s="1" r="A1"/><c r="B1"><v>2</v></c></row></sheetData><rowBreaks/></worksheet>`;
    expect(canonicalSheet(xml)).toBe(xml);
  });

  test('any SpreadsheetML part under a prefix (shared strings, workbook); parts of other vocabularies as they are', () => {
    expect(canonicalPart(`<x:sst xmlns:x="${MAIN}" count="1"><x:si><x:t>一</x:t></x:si></x:sst>`)).toBe(
      `<sst xmlns="${MAIN}" xmlns:x="${MAIN}" count="1"><si><t>一</t></si></sst>`,
    );
    const names = `<?xml version="1.0"?><!-- by a generator --><x:workbook xmlns:x="${MAIN}"><x:definedNames><x:definedName name="a">表!$A$1</x:definedName></x:definedNames></x:workbook>`;
    expect(canonicalPart(names)).toContain(`<workbook xmlns="${MAIN}" xmlns:x="${MAIN}"><definedNames><definedName name="a">表!$A$1</definedName></definedNames></workbook>`);
    const strict = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
    expect(canonicalPart(`<s:sst xmlns:s="${strict}"><s:si><s:t>二</s:t></s:si></s:sst>`)).toBe(`<sst xmlns="${strict}" xmlns:s="${strict}"><si><t>二</t></si></sst>`);
    const drawing = '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor/></xdr:wsDr>';
    expect(canonicalPart(drawing)).toBe(drawing);
    // Rows without r are a worksheet's matter only.
    const other = `<foo xmlns="urn:f"><row/></foo>`;
    expect(canonicalPart(other)).toBe(other);
  });

  test('left as written when stripping the prefix could move elements between namespaces', () => {
    const otherNs = `<x:worksheet xmlns:x="urn:not-spreadsheetml"><x:sheetData/></x:worksheet>`;
    const innerDefault = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData/><x:extLst><x:ext uri="u"><foo xmlns="urn:y"><x:bar/></foo></x:ext></x:extLst></x:worksheet>`;
    const otherDefault = `<x:worksheet xmlns:x="${MAIN}" xmlns="urn:y"><x:sheetData/></x:worksheet>`;
    const mixed = `<x:worksheet xmlns:x="${MAIN}" xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><x:sheetData/></x:worksheet>`;
    for (const xml of [otherNs, innerDefault, otherDefault, mixed]) expect(canonicalSheet(xml)).toBe(xml);
  });
});

describe('fill on sheets other generators wrote', () => {
  const variants: [string, (xml: string) => string, RegExp?][] = [
    ['prefixed', prefixed],
    ['without r', withoutAddresses],
    ['prefixed, without r', (x) => withoutAddresses(prefixed(x))],
    ['prefixed in every SpreadsheetML part', prefixed, SPREADSHEETML],
  ];

  test.each(variants)(
    '%s: written by the package edit, same cells as the seed written, parts outside the plan untouched',
    async (name, how) => {
      const input = await generatorWorkbook(how);
      // The variant really is spelled differently.
      const sheet = parts(input).get('xl/worksheets/sheet1.xml')!.toString('utf8');
      expect(sheet).not.toBe(parts(seed).get('xl/worksheets/sheet1.xml')!.toString('utf8'));
      if (name.includes('without r')) for (const el of ['row', 'c']) expect(sheet).toMatch(new RegExp(`<(x:)?${el}(?![^>]*\\sr=)[\\s/>]`));
      for (const highlight of [false, true]) {
        const plan = planOf(input, highlight);
        expect(plan.edits).toEqual(planOf(seed, highlight).edits);
        const out = writePlan(input, plan);
        expect(packageProblems(out)).toEqual([]);
        expect(differences(view(await load(writePlan(seed, plan))), view(await load(out)))).toEqual([]);
        const before = parts(input);
        const after = parts(out);
        for (const [k, v] of before)
          if (
            !/^xl\/(worksheets\/sheet1\.xml|styles\.xml|sharedStrings\.xml|comments1\.xml|drawings\/vmlDrawing1\.vml)$|^\[Content_Types\]\.xml$|xl\/worksheets\/_rels\/sheet1\.xml\.rels$/.test(
              k,
            )
          )
            expect([k, after.get(k)!.equals(v)]).toEqual([k, true]);
        const grids = gridsOf(Package.open('', out));
        const seedGrids = gridsOf(Package.open('', writePlan(seed, plan)));
        expect(grids.map((g) => g.values)).toEqual(seedGrids.map((g) => g.values));
      }
    },
    60_000,
  );
});

test('a Strict package prefixed in every SpreadsheetML part: written by the package edit, same cells as the unprefixed one', async () => {
  const { book } = await import('../../../scripts/hostile/xlsx');
  const { project } = await import('../../../scripts/hostile/cases');
  const JSZip = (await import('jszip')).default;
  const plain = await book({ sheets: [{ name: '表', rows: project() }], strict: true });
  const zip = await JSZip.loadAsync(plain);
  for (const name of Object.keys(zip.files).filter((n) => SPREADSHEETML.test(n)))
    zip.file(name, prefixed(await zip.file(name)!.async('string'), 'http://purl.oclc.org/ooxml/spreadsheetml/main'));
  const input = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  expect(parts(input).get('xl/worksheets/sheet1.xml')!.toString('utf8')).toContain('<x:sheetData>');
  const plan = planOf(input, true);
  expect(plan.edits).toEqual(planOf(plain, true).edits);
  const out = writePlan(input, plan);
  expect(packageProblems(out)).toEqual([]);
  expect(gridsOf(Package.open('', out)).map((g) => g.values)).toEqual(gridsOf(Package.open('', writePlan(plain, plan))).map((g) => g.values));
});
