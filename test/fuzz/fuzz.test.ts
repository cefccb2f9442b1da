/**
 * Fuzzing (fast-check) of the value parser, the normaliser, the recogniser and the scorer, on random
 * grids built from real fragments with random far cells and merges. 10 000 runs per property in CI
 * (process.env.CI), fewer locally; a fixed seed (FUZZ_SEED overrides), and fast-check prints the
 * failing seed and path to replay.
 */
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { canonicalName, normaliseText, INVISIBLE_CLASS } from '../../src/domain/text';
import { formatValue, parseValue } from '../../src/domain/value';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { foldHeader } from '../../src/sheet/headers';
import type { CellValue, Grid, Merge } from '../../src/sheet/grid';
import type { Edit } from '../../src/sheet/plan';
import { recogniseSheet } from '../../src/sheet/recognise';

const CI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const RUNS = Number(process.env.FUZZ_RUNS) || (CI ? 10000 : 300);
const SEED = Number(process.env.FUZZ_SEED) || 20240601;
const opts = (scale = 1) => ({ numRuns: Math.max(1, Math.round(RUNS * scale)), seed: SEED, verbose: 0 as const });
const TIMEOUT = 240_000;

// ------------------------------------------------------------------ fragments of real tables

const VALUES = [
  '≥100人次',
  '≥95%',
  '100%',
  '=1',
  '≤500元/人',
  '2024年12月31日前',
  '显著提升',
  '达到预期',
  '有所提升',
  '≥90%',
  '0.95',
  '１００',
  '不适用',
  '≥ 98 百分号',
  '4个',
  '≤3天',
  '大于等于80%',
  '约30万元',
  '44561',
  '不低于90%',
  '≥=95%',
  '≥36台(套)',
  '1000元/人',
  '人均≥1000元',
  '每人每天17元',
  '全年不少于100人',
  '年底前≥95%',
  '年底前',
  '2025年完成',
  '一百二十人',
  '不少于三百户',
  '≥5km',
  '≥200名',
  '≤3个工作日',
  '100%完成',
  '≥90分',
  '有效提升',
  '2025年12月31日前',
  '≥95个百分点',
  '百分之九十五',
];
const ACTUALS: CellValue[] = [
  null,
  100,
  0.95,
  1,
  95,
  '98%',
  '已完成',
  '达到',
  '部分达到',
  '未达到',
  '2024年12月15日',
  120,
  0,
  -3,
  '≥95%',
  'abc',
  1e9,
  '40套',
  '1000元',
  '≥=95%',
  '人均1200元',
  '一百二十人',
  '210名',
  '6km',
  '100%',
  '2025年12月',
  '九成',
  '95分',
  '1200元/人',
  '≥36台(套)',
  ' ',
  '0%',
];
const LEVEL: [string, string[]][] = [
  ['产出指标', ['数量指标', '质量指标', '时效指标', '成本指标']],
  ['效益指标', ['社会效益指标', '经济效益指标', '生态效益指标', '可持续影响指标']],
  ['满意度指标', ['服务对象满意度指标']],
  ['成本指标', ['经济成本指标', '社会成本指标']],
];
const NAMES = ['培训人次', '合格率', '完成时间', '人均成本', '能力提升', '满意度', '覆盖率', '设备完好率', '发放及时率', '受益人数'];
const NOISE: CellValue[] = ['备注', '说明', 12345, 0.5, '填报人：张三', 'x', '单位：万元', true, new Date(Date.UTC(2024, 0, 31))];
const ODD = ['', '\u200b', '\u00a0', '\u200f', ' ', '\u3000', '\ufeff', '\u00ad'];

const oddly = (s: string) => fc.tuple(fc.constantFrom(...ODD), fc.constantFrom(...ODD)).map(([a, b]) => `${a}${s.slice(0, 2)}${b}${s.slice(2)}`);

const rowArb = fc.record({
  l1: fc.integer({ min: 0, max: LEVEL.length - 1 }),
  l2: fc.nat(),
  name: fc.constantFrom(...NAMES),
  target: fc.constantFrom(...VALUES),
  actual: fc.constantFrom(...ACTUALS),
  weight: fc.option(fc.integer({ min: 1, max: 30 }), { freq: 3 }),
});

interface Planted {
  grid: Grid;
  headerRow: number;
  rows: number;
}

/** A national 自评表 (or a 目标表) with noise above, random merges on 一级/二级, and a far cell. */
const planted = (maxRows: number, farRows = 1_040_000): fc.Arbitrary<Planted> =>
  fc
    .record({
      selfEval: fc.boolean(),
      above: fc.array(fc.array(fc.constantFrom(...NOISE), { maxLength: 4 }), { maxLength: 3 }),
      rows: fc.array(rowArb, { minLength: 1, maxLength: maxRows }),
      oddHeader: fc.boolean(),
      mergeLevels: fc.boolean(),
      far: fc.option(
        fc.record({
          dr: fc.oneof({ arbitrary: fc.integer({ min: 6, max: 200 }), weight: 49 }, { arbitrary: fc.integer({ min: 6, max: farRows }), weight: 1 }),
          c: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 40 }), weight: 9 }, { arbitrary: fc.integer({ min: 1, max: 16_000 }), weight: 1 }),
          v: fc.constantFrom(...NOISE),
        }),
      ), // far: right of every table column (a row of text under a table is content, not a stray cell)
      budget: fc.integer({ min: 1, max: 1000 }),
      executed: fc.integer({ min: 0, max: 1200 }),
    })
    .chain((o) =>
      o.oddHeader ? fc.tuple(fc.constant(o), fc.tuple(oddly('一级指标'), oddly('三级指标'))) : fc.tuple(fc.constant(o), fc.constant(['一级指标', '三级指标'] as [string, string])),
    )
    .map(([o, [h1, h3]]) => {
      const values: CellValue[][] = [...o.above.map((r) => [...r])];
      values.push(['项目名称', '测试项目']);
      if (o.selfEval) {
        values.push(['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
        values.push(['年度资金总额:', o.budget, o.budget, o.executed, 10, null, null]);
        values.push([h1, '二级指标', h3, '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
      } else {
        values.push(['预算数', o.budget, '其中：财政资金', o.budget]);
        values.push([h1, '二级指标', h3, '指标值']);
      }
      const headerRow = values.length;
      const merges: Merge[] = [];
      let runStart = headerRow + 1;
      o.rows.forEach((r, i) => {
        const [l1, l2s] = LEVEL[r.l1];
        const row: CellValue[] = [l1, l2s[r.l2 % l2s.length], `${r.name}${i}`, r.target];
        if (o.selfEval) row.push(r.actual, r.weight ?? null, null, null);
        values.push(row);
        const next = o.rows[i + 1];
        // Merge runs of the same 一级 vertically, as real forms do (the value stays in the top cell).
        if (o.mergeLevels && (!next || next.l1 !== r.l1)) {
          const end = values.length;
          if (end > runStart) {
            merges.push({ top: runStart, left: 1, bottom: end, right: 1 });
            for (let k = runStart + 1; k <= end; k++) values[k - 1][0] = null;
          }
          runStart = end + 1;
        }
      });
      // Sparse, as the reader builds it: a far cell costs one row, not the rows and columns up to it.
      if (o.far) {
        const row: CellValue[] = [];
        row[o.far.c + 9] = o.far.v;
        values[values.length + o.far.dr - 1] = row;
      }
      let colCount = 0;
      values.forEach((r) => {
        colCount = Math.max(colCount, r.length);
      });
      const grid: Grid = { name: '表', values, merges, rowCount: values.length, colCount };
      return { grid, headerRow, rows: o.rows.length };
    });

const plantedArb = planted(14);

// ------------------------------------------------------------------ a plan applied to a grid, in memory

function applyToGrid(g: Grid, edits: Edit[]): Grid {
  // Copies that stay sparse: absent rows stay absent (a far cell must not cost a million rows).
  const copy = <T>(rows: T[][] | undefined, n: number): T[][] => {
    const out: T[][] = [];
    rows?.forEach((r, i) => {
      if (r) out[i] = [...r];
    });
    out.length = Math.max(out.length, n);
    return out;
  };
  const values = copy(g.values, g.values.length);
  const formulas = copy(g.formulas, g.values.length);
  const formats = copy(g.numFormats, g.values.length);
  let merges = g.merges.map((m) => ({ ...m }));
  const put = (r: number, c: number, v: CellValue, f: string | null, nf?: string) => {
    (values[r - 1] ??= [])[c - 1] = v;
    (formulas[r - 1] ??= [])[c - 1] = f;
    if (nf !== undefined) (formats[r - 1] ??= [])[c - 1] = nf;
  };
  for (const e of edits) {
    if (e.kind === 'value') put(e.row, e.col, e.value, null, e.numFormat);
    else if (e.kind === 'formula') put(e.row, e.col, e.cached, e.formula, e.numFormat);
    else if (e.kind === 'copyFormat') {
      const from = formats[e.fromRow - 1]?.[e.fromCol - 1] ?? null;
      for (let k = 0; k < (e.cols ?? 1); k++) (formats[e.row - 1] ??= [])[e.col + k - 1] = from;
    } else if (e.kind === 'insertRows') {
      const blank = Array.from({ length: e.count }, () => [] as CellValue[]);
      values.splice(e.at - 1, 0, ...blank);
      formulas.splice(e.at - 1, 0, ...blank.map(() => [] as (string | null)[]));
      // New rows take their formats from formatFrom, as the gateways do.
      formats.splice(e.at - 1, 0, ...blank.map(() => [...(formats[e.formatFrom - 1] ?? [])]));
      merges = merges.map((m) => (m.top >= e.at ? { ...m, top: m.top + e.count, bottom: m.bottom + e.count } : m.bottom >= e.at ? { ...m, bottom: m.bottom + e.count } : m));
    } else if (e.kind === 'merge') merges.push({ top: e.top, left: e.left, bottom: e.bottom, right: e.right });
    else if (e.kind === 'extendMerge') {
      const m = merges.find((x) => x.top <= e.row && e.row <= x.bottom && x.left <= e.col && e.col <= x.right);
      if (m) m.bottom = Math.max(m.bottom, e.bottom);
    }
  }
  let colCount = 0;
  values.forEach((r) => {
    colCount = Math.max(colCount, r.length);
  });
  return { name: g.name, values, formulas, numFormats: formats, merges, rowCount: Math.max(values.length, formulas.length), colCount };
}

const key = (v: unknown) => (v instanceof Date ? v.toISOString() : JSON.stringify(v ?? null));

// ------------------------------------------------------------------ properties

describe(`fuzz (${RUNS} runs per property, seed ${SEED})`, () => {
  const tokens = fc
    .array(fc.constantFrom(...VALUES, ...ODD, '≥', '%', '万元', '人次', '.', '-', '年', '月', '日', '前', '约', '以上', '１', '9', '0'), { maxLength: 8 })
    .map((a) => a.join(''));
  const text = fc.oneof(tokens, fc.string({ maxLength: 16 }), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 10 }));

  test(
    'value parser: never throws; parse ∘ format ∘ parse = parse',
    () => {
      fc.assert(
        fc.property(text, (s) => {
          const p = parseValue(s);
          const q = parseValue(formatValue(p));
          if (p.kind === 'quantitative') expect([q.kind, q.op, q.number, q.unit]).toEqual([p.kind, p.op, p.number, p.unit]);
        }),
        opts(),
      );
    },
    TIMEOUT,
  );

  const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`);
  test(
    'normaliser: idempotent, trimmed, nothing invisible left; header folding idempotent',
    () => {
      fc.assert(
        fc.property(text, (s) => {
          const n = normaliseText(s);
          expect(normaliseText(n)).toBe(n);
          expect(n).toBe(n.trim());
          expect(INVISIBLE.test(n)).toBe(false);
          expect(canonicalName(canonicalName(s))).toBe(canonicalName(s));
          expect(foldHeader(foldHeader(s))).toBe(foldHeader(s));
        }),
        opts(),
      );
    },
    TIMEOUT,
  );

  test(
    'recogniser: finds the planted table whatever the noise, far cell and merges; rows in bounds and in order',
    () => {
      fc.assert(
        fc.property(plantedArb, ({ grid, headerRow, rows }) => {
          const { projects } = recogniseSheet(grid);
          const p = projects.find((x) => x.headerRow === headerRow);
          expect(p).toBeDefined();
          expect(p!.indicators).toHaveLength(rows);
          for (const q of projects) {
            let last = q.headerRow;
            for (const ind of q.indicators) {
              expect(ind.row).toBeGreaterThan(last);
              expect(ind.row).toBeLessThanOrEqual(Math.min(q.endRow, grid.rowCount));
              last = ind.row;
            }
          }
        }),
        opts(),
      );
    },
    TIMEOUT,
  );

  test(
    'scorer: every score within 0..分值; a total equals its parts',
    () => {
      fc.assert(
        fc.property(plantedArb, ({ grid }) => {
          for (const r of analyse([grid], DEFAULT_CONFIG).projects) {
            const s = r.score;
            for (const row of s.rows)
              if (row.score !== null) {
                expect(row.score).toBeGreaterThanOrEqual(0);
                expect(row.score).toBeLessThanOrEqual((row.weight ?? 0) + 1e-9);
              }
            if (s.execution.score !== null) expect(s.execution.score).toBeLessThanOrEqual(s.execution.weight + 1e-9);
            if (s.total !== null) {
              const counted = s.rows.filter((x) => x.weight !== null && !x.excluded);
              const parts = counted.reduce((a, x) => a + x.score!, 0) + s.execution.score!;
              const expected = s.rows.some((x) => x.excluded) ? (parts / s.weightTotal!) * 100 : parts;
              expect(Math.abs(s.total - expected)).toBeLessThanOrEqual(0.5 * 10 ** -DEFAULT_CONFIG.places * (counted.length + 2));
              expect(s.total).toBeGreaterThanOrEqual(0);
            }
          }
        }),
        opts(),
      );
    },
    TIMEOUT,
  );

  // The grid after the first fill carries what fill wrote: values, formulas, number formats, inserted rows.
  test(
    'fill is idempotent: planning fill on the filled grid writes nothing new',
    () => {
      // Smaller tables and far cells within 5 000 rows here: each case analyses, plans and inserts rows twice.
      fc.assert(
        fc.property(planted(6, 5000), ({ grid }) => {
          const a1 = analyse([grid], DEFAULT_CONFIG);
          const g1 = applyToGrid(grid, planAll([grid], a1, DEFAULT_CONFIG, { fill: true }).edits);
          const a2 = analyse([g1], DEFAULT_CONFIG);
          const again = planAll([g1], a2, DEFAULT_CONFIG, { fill: true }).edits;
          const changes = again.filter((e) => {
            if (e.kind === 'insertRows' || e.kind === 'merge') return true;
            if (e.kind === 'value') return key(g1.values[e.row - 1]?.[e.col - 1]) !== key(e.value);
            if (e.kind === 'formula') return (g1.formulas?.[e.row - 1]?.[e.col - 1] ?? null) !== e.formula;
            return false;
          });
          expect(changes).toEqual([]);
        }),
        opts(),
      );
    },
    TIMEOUT,
  );
});
