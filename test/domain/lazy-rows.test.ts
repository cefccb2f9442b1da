/**
 * A 目标表 (no 实际完成值) keeps no per-row score records after `check`: they say only “no actual” and are made again,
 * the same, when something reads them (JSON report, pane, fill). Red before: the records were built and kept.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { scoreProject } from '../../src/domain/scoring';
import { analyse } from '../../src/engine/analyse';
import { selfSheet, targetTable } from '../helpers/table';

const ROWS = [
  ['产出指标', '数量指标', '培训人次', '≥100人次'],
  ['产出指标', '质量指标', '合格率', '≥95%'],
  ['效益指标', '社会效益指标', '群众知晓率', '明显提高'],
  ['满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
];

/** Whether a score's rows are still only a maker (not made, not kept). */
const unmade = (s: object) => Object.getOwnPropertySymbols(s).some((k) => typeof (s as Record<symbol, unknown>)[k] === 'function');

describe('a target table keeps no score records until they are read', () => {
  test('after the whole check (rules included) the records are not made', () => {
    const an = analyse([targetTable(ROWS)], DEFAULT_CONFIG);
    expect(an.projects).toHaveLength(1);
    expect(unmade(an.projects[0].score)).toBe(true);
  });

  test('read, they are what an eager build gives, in order, and kept from then on', () => {
    const an = analyse([targetTable(ROWS)], DEFAULT_CONFIG);
    const s = an.projects[0].score;
    const p = an.projects[0].project;
    const rows = s.rows;
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.blocked)).toEqual(['no-actual', 'no-actual', 'no-actual', 'no-actual']);
    expect(rows[0]).toEqual({
      row: p.indicators[0].row,
      weight: rows[0].weight,
      weightSource: rows[0].weightSource,
      method: 'positive',
      op: '≥',
      score: null,
      completion: null,
      excluded: false,
      reasonNeeded: null,
      grade: null,
      blocked: 'no-actual',
    });
    expect(s.rows).toBe(rows);
    expect(unmade(s)).toBe(false);
    // JSON, keys and spreads as a plain literal: rows first, no hidden key
    expect(Object.keys(s)).toEqual(['rows', 'execution', 'buckets', 'weightTotal', 'total', 'grade', 'sheet']);
    expect(JSON.parse(JSON.stringify(s))).toEqual(JSON.parse(JSON.stringify({ ...s })));
    expect(JSON.stringify(scoreProject(p, DEFAULT_CONFIG))).toBe(JSON.stringify(s));
  });

  test('a write replaces them', () => {
    const s = scoreProject(analyse([targetTable(ROWS)], DEFAULT_CONFIG).projects[0].project, DEFAULT_CONFIG);
    s.rows = [];
    expect(s.rows).toEqual([]);
  });

  test('a self-evaluation table keeps its records as before', () => {
    const s = analyse([selfSheet('≥100人次', '120人次')], DEFAULT_CONFIG).projects[0].score;
    expect(unmade(s)).toBe(false);
    expect(Object.getOwnPropertyDescriptor(s, 'rows')?.value).toBeDefined();
  });
});
