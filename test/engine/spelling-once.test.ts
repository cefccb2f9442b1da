/**
 * spelling-once.ts: a row without an actual shares the spelling of an earlier row under the same target unit. Shared only
 * where reading it afresh gives the same: every indicator of every fixture and variant workbook, its actual taken away,
 * read both ways in one pass (rows alike meet the shared spelling of an earlier workbook's row).
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import type { IndicatorRow } from '../../src/domain/model';
import { analyse } from '../../src/engine/analyse';
import { readPast } from '../../src/engine/formula-spelling';
import { spellingOf } from '../../src/engine/formulas';
import { spelledOnce } from '../../src/engine/spelling-once';
import { readGrids } from '../../src/gateways/xlsx/read';
import { SELFEVAL_HEADER, table } from '../helpers/table';

const read = (x: IndicatorRow) => readPast(x, spellingOf(x));
const noActual = (x: IndicatorRow): IndicatorRow => ({ ...x, actual: null });

function indicatorsOf(rows: (string | number | null)[][], header?: string[]): IndicatorRow[] {
  return analyse([table(rows, header ? { header } : {})], DEFAULT_CONFIG).projects.flatMap((p) => p.project.indicators);
}

test('targets alike but for the unit as written (the alternative in brackets) or the kind: each its own spelling', () => {
  const inds = indicatorsOf([
    ['产出指标', '数量指标', '购置设备', '≥36台(套)'],
    ['产出指标', '数量指标', '购置设备', '≥36台'],
    ['产出指标', '数量指标', '培训人数', '≥100人'],
    ['产出指标', '质量指标', '合格率', '≥95%'],
    ['效益指标', '社会效益指标', '服务质量', '显著提升'],
  ]).map(noActual);
  expect(inds).toHaveLength(5);
  for (const x of inds) expect(spelledOnce(x, read)).toEqual(read(x));
  // Not every target spells alike: the bracketed alternative and a percent guarded under a count are read past.
  expect(new Set(inds.map((x) => JSON.stringify(read(x)))).size).toBeGreaterThan(2);
});

test('a row with an actual is read every time; without one, once per target unit, and the shared spelling is frozen', () => {
  const [withActual] = indicatorsOf([['产出指标', '数量指标', '培训人数', '≥100人', '约108人', 10, null, null]], SELFEVAL_HEADER);
  let calls = 0;
  const counted = (x: IndicatorRow) => (calls++, read(x));
  expect(withActual.actual).not.toBeNull();
  spelledOnce(withActual, counted);
  spelledOnce(withActual, counted);
  expect(calls).toBe(2);
  const [a, b] = indicatorsOf([
    ['产出指标', '数量指标', '清运量', '≥10吨(车)'],
    ['产出指标', '数量指标', '运输量', '≥12吨(车)'],
  ]).map(noActual);
  calls = 0;
  const first = spelledOnce(a, counted);
  expect(spelledOnce(b, counted)).toBe(first);
  expect(calls).toBeLessThanOrEqual(1);
  expect(Object.isFrozen(first)).toBe(true);
  expect(() => (first as { words: string[] }).words.push('x')).toThrow();
});

test('every indicator of every fixture and variant workbook, without its actual: the shared spelling is the one read afresh', async () => {
  const dirs = [path.join(__dirname, '../fixtures'), path.join(__dirname, '../fixtures/variants')];
  const files = dirs.flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => path.join(d, f)),
  );
  let n = 0;
  for (const f of files) {
    const a = analyse(await readGrids(f), DEFAULT_CONFIG);
    for (const p of a.projects)
      for (const x of p.project.indicators.map(noActual)) {
        expect([f, x.row, spelledOnce(x, read)]).toEqual([f, x.row, read(x)]);
        n++;
      }
  }
  expect(n).toBeGreaterThan(3000);
}, 120000);
