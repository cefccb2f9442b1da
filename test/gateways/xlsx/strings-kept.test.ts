/**
 * The shared strings are not slices of the part's XML: V8 keeps a whole string alive while any slice of it (13
 * characters or more) lives, so every text kept after reading held the shared-strings XML, markup and all.
 */
import * as v8 from 'v8';
import * as vm from 'vm';
import { readSharedStrings } from '../../../src/gateways/xlsx/strings';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
// Off again: jest runs files in band in one process, and a later file's context would otherwise get a global gc
// (test/cli/collect checks that the CLI turns on no V8 flag and finds none).
v8.setFlagsFromString('--no-expose-gc');

/** 4 000 items, each a 20-character text inside ~1 000 characters of run formatting: ~4 MB of XML for 80 000 characters. */
function markupHeavy(): string {
  const pad = `<rPr><rFont val="${'宋体'.repeat(480)}"/></rPr>`;
  const items: string[] = [];
  for (let i = 0; i < 4000; i++) items.push(`<si><r>${pad}<t>绩效目标第${String(i).padStart(6, '0')}项指标说明文字</t></r></si>`);
  return `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join('')}</sst>`;
}

test('texts read from a markup-heavy shared-strings part do not keep the part alive', () => {
  gc();
  const before = process.memoryUsage().heapUsed;
  let xml: string | null = markupHeavy();
  const xmlBytes = xml.length * 2;
  const texts = readSharedStrings(xml);
  xml = null;
  gc();
  gc();
  const kept = process.memoryUsage().heapUsed - before;
  expect(texts.length).toBe(4000);
  expect(texts[7]).toBe('绩效目标第000007项指标说明文字');
  expect(kept).toBeLessThan(xmlBytes / 4);
});

test('short, long, empty, escaped and missing texts keep their values and order', () => {
  const xml =
    '<sst><si><t>短</t></si><si><t>这是一个超过十三个字符的较长共享字符串文本</t></si><si/><si><t xml:space="preserve">  A &amp; B 0123456789  </t></si>' +
    '<si><r><t>富文本</t></r><r><t>的第二段，也超过十三个字符了</t></r></si><si><t>_x0041_BCDEFGHIJKLMN</t></si></sst>';
  expect(readSharedStrings(xml)).toEqual([
    '短',
    '这是一个超过十三个字符的较长共享字符串文本',
    null,
    '  A & B 0123456789  ',
    '富文本的第二段，也超过十三个字符了',
    'ABCDEFGHIJKLMN',
  ]);
});

test('items written with a prefix or attributes read as the plain <si> items do', () => {
  const plain = '<sst><si><t>甲</t></si><si><t>较长的共享字符串第二项文本内容</t></si><si/><si><t>丙</t></si></sst>';
  const prefixed =
    '<x:sst xmlns:x="urn:x"><x:si><x:t>甲</x:t></x:si><x:si ><x:t>较长的共享字符串第二项文本内容</x:t></x:si><x:si/><!-- <x:si><x:t>注释</x:t></x:si> --><si a="1"><t>丙</t></si></x:sst>';
  expect(readSharedStrings(prefixed)).toEqual(readSharedStrings(plain));
  expect(readSharedStrings(plain)).toEqual(['甲', '较长的共享字符串第二项文本内容', null, '丙']);
});
