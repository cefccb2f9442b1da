/**
 * A figure in scientific notation typed as text (“1e2”, “1.2E+05”): Excel's VALUE reads it as the number, so the score
 * formula fill writes gave a score while the pane read text and gave none. Both now read the number (value-exponent.ts);
 * NRM-06 offers the plain figure. A letter or digit around it (“A1E2”, “1e2x”, “E5”) keeps the text as it was.
 */
import { parseValue } from '../../src/domain/value';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

test.each([
  ['1e2', '100', null],
  ['1E2', '100', null],
  ['1e+2', '100', null],
  ['1E+02', '100', null],
  ['1.2E+05', '120000', null],
  ['1.5e3', '1500', null],
  ['3e-2', '0.03', null],
  [' 1e2 ', '100', null],
  ['１ｅ２', '100', null],
  ['1e2人', '100', '人'],
  ['1.2E+03元', '1200', '元'],
  ['≥1e2', '100', null],
  ['9.5e1%', '95', '%'],
])('%p reads as the number %s', (raw, number, unit) => {
  const p = parseValue(raw);
  expect([raw, p.kind, p.number, p.unit]).toEqual([raw, 'quantitative', number, unit]);
  expect(p.changes).toContain('exponent');
});

test.each([['A1E2'], ['1e2x'], ['E5'], ['型号1E2A'], ['e2']])('%p stays as it was read before', (raw) => {
  expect(parseValue(raw).changes).not.toContain('exponent');
});

test.each([
  ['≥80', '1e2', 10],
  ['≥80', '1E+02', 10],
  ['≥80', '4e1', 5],
  ['≥200人', '1e2人', 5],
  ['≥200人', '1E2', 5],
  ['≥95%', '9.6e1%', 10],
  ['≤5天', '5e0天', 10],
  ['≥1200', '1.2E+03', 10],
])('%s with %p: the pane and Excel give %p', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target), actual);
  expect([target, actual, r.score, r.excel]).toEqual([target, actual, want, want]);
});
