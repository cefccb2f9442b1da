/**
 * Targets published 目标表 write with something after the figure (session 16): a sentence's closing mark (“≥95%；”,
 * “≥90%。”), an aim beside the bound (“≥80%，力争90%”, “≥80%（力争90%）”), and a deadline as month/day (“12/31前”). Each was
 * read as text: a false VAL-04 warning (“…不是数值”) or VAL-10 on a 时效 row, and no score. Now the bound is read; NRM-06
 * offers the plain spelling for a closing mark, never for an aim (the words stay as written); the pane and Excel agree.
 */
import { analyse } from '../../src/engine/analyse';
import { parseValue } from '../../src/domain/value';
import { table, SELFEVAL_HEADER } from '../helpers/table';
import { indicatorRow, paneAndExcel } from '../helpers/score-row';

const READS: [string, string, string | null, string | null][] = [
  ['≥95%；', '≥', '95', '%'],
  ['≥95%;', '≥', '95', '%'],
  ['≥90%。', '≥', '90', '%'],
  ['≥95%，', '≥', '95', '%'],
  ['≥95%,', '≥', '95', '%'],
  ['≥95%.', '≥', '95', '%'],
  ['100%。', '=', '100', '%'],
  ['≥1,200人；', '≥', '1200', '人'],
  ['不低于90%。', '≥', '90', '%'],
  ['≤3天、', '≤', '3', '天'],
  ['≥80%，力争90%', '≥', '80', '%'],
  ['≥80%,力争达到90%', '≥', '80', '%'],
  ['≥80%（力争90%）', '≥', '80', '%'],
  ['≥80%(力争达到90%)', '≥', '80', '%'],
  ['≥80%；争取90%', '≥', '80', '%'],
  ['不低于500人，力争600人', '≥', '500', '人'],
  ['80%以上，力争90%', '≥', '80', '%'],
  ['确保≥80%，力争90%', '≥', '80', '%'],
  ['确保80%，力争90%', '=', '80', '%'],
  ['≤5天，力争3天', '≤', '5', '天'],
];

test.each(READS)('%p reads as its bound', (raw, op, number, unit) => {
  const p = parseValue(raw);
  expect([raw, p.kind, p.op, p.number, p.unit]).toEqual([raw, 'quantitative', op, number, unit]);
});

test.each([
  ['12/31前', '--12-31'],
  ['6/30之前', '--06-30'],
  ['6.30前', '--06-30'],
  ['12月31日前', '--12-31'],
  ['2026年6月底前', '2026-06'],
  ['6月30日之前', '--06-30'],
])('the deadline %p reads as %p', (raw, iso) => {
  const p = parseValue(raw);
  expect([raw, p.kind, p.unit, p.date, p.op]).toEqual([raw, 'quantitative', 'date', iso, '≤']);
});

test.each(['已完成。', '显著提升，', '12/31', '2/3', '13/40前', '达到预期，力争更好', '≥95%；≥98%'])('%p stays as before (words, a share, no month)', (raw) => {
  expect(parseValue(raw).kind).not.toBe('quantitative');
});

const rows = (target: string) =>
  table(
    [
      ['产出指标', '数量指标', '培训人数', target, null, 10, null, null],
      ['产出指标', '质量指标', '验收合格率', target, null, 10, null, null],
      ['效益指标', '满意度指标', '受益群众满意度', target, null, 10, null, null],
      ['产出指标', '时效指标', '资金拨付及时率', target, null, 10, null, null],
    ],
    { header: SELFEVAL_HEADER },
  );

test.each(['≥95%；', '≥90%。', '≥95%，', '≥80%，力争90%', '≥80%（力争90%）', '确保≥80%，力争90%'])('%p: no VAL-04 / VAL-10 on a rate, count or satisfaction row', (target) => {
  const a = analyse([rows(target)]);
  const bad = a.diagnostics.filter((d) => ['VAL-04', 'VAL-10'].includes(d.rule)).map((d) => d.message);
  expect([target, bad]).toEqual([target, []]);
});

test('NRM-06 offers the spelling without the closing mark; an aim is left as written', () => {
  const offers = (target: string) =>
    analyse([rows(target)])
      .diagnostics.filter((d) => d.rule === 'NRM-06')
      .map((d) => (d.fix as { value?: unknown } | undefined)?.value ?? d.message);
  expect(offers('≥95%；')).toEqual(['≥95%', '≥95%', '≥95%', '≥95%']);
  expect(offers('≥80%，力争90%')).toEqual([]);
  expect(offers('≥80%（力争90%）')).toEqual([]);
});

test.each([
  ['≥80%，力争90%', '85%', 10],
  ['≥80%，力争90%', '72%', 9],
  ['≥80%（力争90%）', '92%', 10],
  ['≥95%；', '96%', 10],
  ['≥95%；', '96%。', 10],
  ['≥95%；', '≥96%；', 10],
  ['≥10人。', '8人。', 8],
  ['≥10人。', '12人，', 10],
  ['≤5天，力争3天', '4天', 10],
])('under %p, %p scores %p in the pane and in Excel', async (target, actual, want) => {
  const r = await paneAndExcel(indicatorRow(target), actual);
  expect([target, actual, r.score, r.excel]).toEqual([target, actual, want, want]);
});
