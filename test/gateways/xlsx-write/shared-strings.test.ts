/**
 * Text values the plan writes go to the shared strings part as new items before its last </sst>, with
 * its counts raised; an empty <sst/> is opened for them. The part is written item by item as bytes
 * (package.ts Strings.result): the same bytes as the part's text with the items joined in, encoded.
 */
import JSZip from 'jszip';
import { writePlan } from '../../../src/gateways/xlsx-write/package';
import type { Edit } from '../../../src/sheet/plan';
import { rawParts } from '../../helpers/raw-xlsx';

const SST = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

async function zipOf(parts: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function stringsAfter(sst: string | undefined, values: string[]): Promise<string> {
  const parts = rawParts({ sheets: [{ data: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], strings: ['<si><t>甲</t></si>'] });
  if (sst !== undefined) parts['xl/sharedStrings.xml'] = sst;
  const edits: Edit[] = values.map((value, i) => ({ kind: 'value', sheet: 'Sheet1', row: 2 + i, col: 1, value }));
  const out = await JSZip.loadAsync(writePlan(await zipOf(parts), { edits }));
  return out.file('xl/sharedStrings.xml')!.async('string');
}

describe('shared strings written by the package edit', () => {
  test('new items before the last </sst>, counts raised, text escaped, non-ASCII kept', async () => {
    const long = '项目'.repeat(40) + ' & <b> 完成率≥95%';
    expect(await stringsAfter(undefined, ['完成', 'a&b<c>', long])).toBe(
      `<?xml version="1.0" encoding="UTF-8"?>${SST} count="4" uniqueCount="4"><si><t>甲</t></si>` +
        '<si><t xml:space="preserve">完成</t></si><si><t xml:space="preserve">a&amp;b&lt;c&gt;</t></si>' +
        `<si><t xml:space="preserve">${'项目'.repeat(40)} &amp; &lt;b&gt; 完成率≥95%</t></si></sst>`,
    );
  });

  test('an empty <sst/> is opened for the items and closed after them', async () => {
    const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
    expect(await stringsAfter(`${decl}${SST} count="0" uniqueCount="0"/>`, ['一', '二'])).toBe(
      `${decl}${SST} count="2" uniqueCount="2"><si><t xml:space="preserve">一</t></si><si><t xml:space="preserve">二</t></si></sst>`,
    );
  });

  test('a part not closed is refused (the ExcelJS path writes it)', async () => {
    await expect(stringsAfter(`${SST} count="0">`, ['一'])).rejects.toThrow('shared strings');
  });
});
