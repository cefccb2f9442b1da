/** Slicing an undo record into custom XML parts (journal-parts.ts): every slice under the budget as the wire carries it, the text back exactly. */
import { checksum, partsOf, sliceOf, readJournalParts, writeJournalParts, JournalPartError, PART_WIRE_BYTES } from '../../../src/gateways/office/journal-parts';
import { escapedLength } from '../../../src/double/wire';
import { createExcelDouble, fromGrid } from '../../../src/double';
import { generateGrid } from '../../../bench/grid-gen';
import type { XlContext } from '../../../src/gateways/office';

const texts = [
  '',
  '{"v":2,"t":"x"}',
  JSON.stringify(Array.from({ length: 40_000 }, (_v, i) => ['绩效目标<&>"\\' + i, i % 7 ? '𠀀😀' : 'a'])),
  '&&&<<<>>>'.repeat(150_000),
  '😀'.repeat(200_000),
];

test.each(texts.map((t, i) => [i, t]))('text %i: slices under the budget (XML-escaped, JSON, non-ASCII as \\uXXXX), well-formed, the text back', (_i, text) => {
  const xml = partsOf(text as string, 50_000);
  for (const x of xml) {
    expect(escapedLength(JSON.stringify(x))).toBeLessThanOrEqual(50_000);
    expect(x).toMatch(/^<j xmlns="urn:jixiao:journal:1" i="\d+">[^<]*<\/j>$/);
  }
  expect(xml.map((x) => sliceOf(x)).join('')).toBe(text);
});

test('a slice read back with an XML declaration or a namespace prefix, and entities Excel may write, is the same text', () => {
  expect(sliceOf('<?xml version="1.0" encoding="UTF-8"?><ns0:j xmlns:ns0="urn:jixiao:journal:1" i="0">a&quot;&#x7EE9;&#25928;&lt;</ns0:j>')).toBe('a"绩效<');
  expect(sliceOf('<other>1</other>')).toBeNull();
});

test('written and read on the double: several syncs of ≤ 4 parts, the checksum checked', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(5)));
  const text = JSON.stringify(Array.from({ length: 300_000 }, (_v, i) => ['绩效' + i, i]));
  const ref = await xl.run((ctx) => writeJournalParts(ctx as unknown as XlContext, text));
  expect(ref.ids.length).toBeGreaterThan(4);
  expect(ref.h).toBe(checksum(text));
  expect(xl.syncLog.every((s) => s.ok && s.requestBytes <= 5_000_000)).toBe(true);
  expect(xl.syncLog.length).toBe(Math.ceil(ref.ids.length / 4));
  expect(await xl.run((ctx) => readJournalParts(ctx as unknown as XlContext, ref))).toBe(text);
  await expect(xl.run((ctx) => readJournalParts(ctx as unknown as XlContext, { ...ref, h: '00000000' }))).rejects.toBeInstanceOf(JournalPartError);
  expect(PART_WIRE_BYTES).toBeLessThan(1_000_000);
});
