/**
 * Every history save writes all its entries and every read decodes them all (addin/history.ts): a
 * large record kept in the history must not be deflated or inflated again at each command.
 */
import { recordOfText, recordText } from '../../src/addin/record-text';
import { emptyUndoSheet } from '../../src/gateways/pipeline/undo-record';

const calls = { deflate: 0, inflate: 0 };
jest.mock('pako', () => {
  const real = jest.requireActual('pako');
  return {
    deflateRaw: (...a: unknown[]) => (calls.deflate++, real.deflateRaw(...a)),
    inflateRaw: (...a: unknown[]) => (calls.inflate++, real.inflateRaw(...a)),
  };
});

function big(tag: string) {
  const contents = Array.from({ length: 2000 }, (_v, i) => ({ col: 6, top: 5 + 22 * i, values: [tag, '=F5/E5', 12.5] }));
  const sheet = { ...emptyUndoSheet('绩效表'), contents };
  return { version: 2 as const, createdAt: '2026-12-07T00:00:00.000Z', label: '自评', sheets: [sheet], warnings: [] };
}

test('a record saved and read again and again is deflated once and inflated never (its own text is known)', () => {
  const r = big('a');
  const text = recordText(r);
  for (let i = 0; i < 5; i++) expect(recordText(big('a'))).toBe(text);
  for (let i = 0; i < 5; i++) expect(recordOfText(text)).toEqual(r);
  expect(calls).toEqual({ deflate: 1, inflate: 0 });
});

test('a text from another runtime is inflated once; a changed record is deflated anew', () => {
  calls.deflate = calls.inflate = 0;
  const text = recordText(big('b'));
  // Another runtime's copy of the same text: a different string object, equal characters.
  const theirs = ` ${text}`.slice(1);
  expect(recordOfText(theirs)).toEqual(big('b'));
  const changed = big('b');
  changed.sheets[0].contents[7].values[0] = 'c';
  expect(recordText(changed)).not.toBe(text);
  expect(recordOfText(recordText(changed))).toEqual(changed);
  expect(calls.deflate).toBe(2);
  expect(calls.inflate).toBe(0);
});
