/**
 * What XML allows and hand-written exporters write, at the level of one part: the reader's text of an
 * element (CDATA, comments), a part's declared encoding, and the editor's plain form (plain-xml.ts).
 */
import { readSharedStrings } from '../../src/gateways/xlsx/strings';
import { hasMarkup, markupText, withoutMarkup } from '../../src/gateways/xlsx/xml';
import { partString, readDirectory } from '../../src/gateways/xlsx/zip';
import { plainXml } from '../../src/gateways/xlsx-write/plain-xml';
import { reZip } from '../../scripts/hostile/zip-forms';
import { book } from '../../scripts/hostile/xlsx';

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('the reader: element text with markup', () => {
  test.each([
    ['plain &amp; entities', 'plain & entities'],
    ['<![CDATA[a<b & c]]>', 'a<b & c'],
    ['前<![CDATA[<x>]]>后&lt;', '前<x>后<'],
    ['项目<!-- a > b -->名称', '项目名称'],
    ['<?pi x?>值', '值'],
    ['<![CDATA[没有结束', '没有结束'],
  ])('%j → %j', (raw, text) => expect(markupText(raw)).toBe(text));

  test('a commented-out string item is no item: the indexes after it stay', () => {
    const sst = `<sst ${MAIN}><!-- <si><t>旧</t></si> --><si><t>甲</t></si><?x?><si><!-- c --><t><![CDATA[乙<丙>]]></t></si></sst>`;
    expect(readSharedStrings(sst)).toEqual(['甲', '乙<丙>']);
  });

  test('a part declared in GB2312 or Big5 is read in it; UTF-8 and UTF-16 as before', () => {
    const gbk = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="GB2312"?><t>'), Buffer.from([0xcf, 0xee, 0xc4, 0xbf]), Buffer.from('</t>')]);
    expect(partString(gbk)).toBe('<?xml version="1.0" encoding="GB2312"?><t>项目</t>');
    const big5 = Buffer.concat([Buffer.from("<?xml version='1.0' encoding='big5'?><t>"), Buffer.from([0xb6, 0xb5, 0xa5, 0xd8]), Buffer.from('</t>')]);
    expect(partString(big5)).toBe("<?xml version='1.0' encoding='big5'?><t>項目</t>");
    expect(partString(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><t>项目</t>'))).toBe('<?xml version="1.0" encoding="UTF-8"?><t>项目</t>');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<?xml version="1.0" encoding="UTF-16"?><t>项目</t>', 'utf16le')]);
    expect(partString(utf16)).toBe('<?xml version="1.0" encoding="UTF-16"?><t>项目</t>');
    // An encoding Node does not know: read as UTF-8, as before.
    expect(partString(Buffer.from('<?xml version="1.0" encoding="x-unknown"?><t>a</t>'))).toBe('<?xml version="1.0" encoding="x-unknown"?><t>a</t>');
  });
});

describe('the zip directory: one part per name', () => {
  test('the same bytes twice under one name (a careless writer) are one part; different bytes are refused', async () => {
    const plain = await book({ sheets: [{ name: '表', rows: [['项目名称', '甲']] }] });
    const same = await reZip(plain, { add: [{ name: 'xl/styles.xml', data: (await reZipText(plain, 'xl/styles.xml')) as string }] });
    expect([...readDirectory(same).keys()].filter((n) => n === 'xl/styles.xml')).toHaveLength(1);
    const other = await reZip(plain, { add: [{ name: 'XL/styles.xml', data: '<styleSheet/>' }] });
    expect(() => readDirectory(other)).toThrow(expect.objectContaining({ kind: 'duplicate', part: 'XL/styles.xml' }));
  });
});

async function reZipText(buf: Buffer, part: string): Promise<string> {
  const JSZip = (await import('jszip')).default;
  return (await JSZip.loadAsync(buf)).file(part)!.async('string');
}

describe('the editor: a part in plain form', () => {
  test('a part Excel writes comes back as the same string', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" t="str"><f>Sheet1!A2&amp;"!?"</f><v>x</v></c></row></sheetData></worksheet>`;
    expect(plainXml(xml)).toBe(xml);
  });

  test('comments and processing instructions left out (as Package.text reads a part), CDATA escaped, the declaration names UTF-8', () => {
    const xml = `<?xml version="1.0" encoding="GB2312"?><?exporter v8?><!-- 导出 --><sst ${MAIN}><!-- <si><t>旧</t></si> --><si><t><![CDATA[a<b & c]]></t></si></sst>`;
    expect(hasMarkup(xml)).toBe(true);
    expect(hasMarkup(`<!-- 开头 --><sst ${MAIN}/>`)).toBe(true);
    expect(hasMarkup(`<?xml version="1.0"?><sst ${MAIN}><si><t>Sheet1!A1 ?</t></si></sst>`)).toBe(false);
    expect(plainXml(withoutMarkup(xml))).toBe(`<?xml version="1.0" encoding="UTF-8"?><sst ${MAIN}><si><t>a&lt;b &amp; c</t></si></sst>`);
  });

  test('attributes in single quotes and with spaces around \'=\' written name="value"', () => {
    const xml = `<worksheet ${MAIN}><sheetData><row r = '1'><c r='A1' s = "2" t='inlineStr'><is><t>it's "quoted"</t></is></c><c r="B1" t='str'><f>"a"&amp;'x y'!A1</f></c></row></sheetData></worksheet>`;
    expect(plainXml(xml)).toBe(
      `<worksheet ${MAIN}><sheetData><row r="1"><c r="A1" s="2" t="inlineStr"><is><t>it's "quoted"</t></is></c><c r="B1" t="str"><f>"a"&amp;'x y'!A1</f></c></row></sheetData></worksheet>`,
    );
  });
});
