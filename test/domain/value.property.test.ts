import fc from 'fast-check';
import { formatValue, parseAmount, parseValue, type CellInput, type ValueContext } from '../../src/domain/value';
import { canonicalName, normaliseText } from '../../src/domain/text';

// Pieces real cells are made of, so random strings hit the grammar rather than only the text branch.
const TOKENS = [
  '0', '1', '5', '9', '10', '100', '2024', '44561', '.', '.5', ',', '，', '000', '０', '１', '９', '．',
  '≥', '≤', '>=', '<=', '＞＝', '＜＝', '≧', '≦', '=', '＝', '>', '<', '＞', '＜', '-', '－', '+', '~', '～', '—', '至',
  '大于等于', '不低于', '不少于', '至少', '小于等于', '不超过', '至多', '等于', '达到', '大于', '超过', '小于', '不满',
  '以上', '以下', '以内', '内', '百分之', '%', '％', '百分比', '百分号', 'PCT', '个', '个月', '人', '人次', '人/次', '次',
  '条数据', '家', '万元', '元/人·天', '元/生·年', '天', '年', '月', '日', '底', '前', '之前', '完成', '截至', '在',
  '*', '**', 'XX', 'x', 'N', '_', '/', '不适用', '达成', '部分', '未', '预期指标', '效果', '提升', '覆盖度高', '社会',
  '“', '”', '（', '）', '(', ')', '、', 'A', 'kWh', 'date', ' ', '  ', '\n', '\t', '\u3000', '\u00a0',
];
const tokenString = fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((a) => a.join(''));
const anyString = fc.oneof(tokenString, tokenString, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 12 }));

const ctxArb: fc.Arbitrary<ValueContext> = fc.record(
  {
    op: fc.option(fc.constantFrom('≥', '=', '≤', '＞', '正向', '反向', '定性', '定量', '不适用', '', '大于等于'), { nil: null }),
    unit: fc.option(fc.oneof(fc.constantFrom('%', '百分比', '个', '人/次', '万元', '44,561', '', 'N', '以上', '元/人'), tokenString), { nil: null }),
    numFmt: fc.option(fc.constantFrom('0.00%', '0%', 'General', 'yyyy-mm-dd', '#,##0.00', 'm/d/yy', '"%"0'), { nil: null }),
    costRow: fc.boolean(),
    timeRow: fc.boolean(),
  },
  { requiredKeys: [] },
);

const cellArb: fc.Arbitrary<CellInput> = fc.oneof(
  anyString,
  fc.double(),
  fc.integer({ min: 0, max: 100000 }),
  fc.boolean(),
  fc.date(),
  fc.constant(null),
  fc.constant(undefined),
);

function same(a: ReturnType<typeof parseValue>, b: ReturnType<typeof parseValue>) {
  expect({ kind: b.kind, op: b.op, number: b.number, unit: b.unit, date: b.date }).toEqual({
    kind: a.kind, op: a.op, number: a.number, unit: a.unit, date: a.date,
  });
}

describe('parseValue properties', () => {
  it('never throws, on strings and any JS cell value with any context', () => {
    fc.assert(
      fc.property(cellArb, ctxArb, (v, ctx) => {
        const p = parseValue(v, ctx);
        expect(['quantitative', 'qualitative', 'missing']).toContain(p.kind);
        formatValue(p);
      }),
      { numRuns: 3000 },
    );
  });

  it('parse → format → parse keeps kind/op/number/unit/date (strings, no context)', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const p1 = parseValue(s);
        const f1 = formatValue(p1);
        const p2 = parseValue(f1);
        same(p1, p2);
        expect(formatValue(p2)).toBe(f1);
      }),
      { numRuns: 5000 },
    );
  });

  it('parse → format → parse holds for any cell and context (second parse without context)', () => {
    fc.assert(
      fc.property(cellArb, ctxArb, (v, ctx) => {
        const p1 = parseValue(v, ctx);
        const f1 = formatValue(p1);
        const p2 = parseValue(f1);
        same(p1, p2);
        expect(formatValue(p2)).toBe(f1);
      }),
      { numRuns: 3000 },
    );
  });

  it('quantitative numbers are exact decimal strings matching value', () => {
    fc.assert(
      fc.property(cellArb, ctxArb, (v, ctx) => {
        const p = parseValue(v, ctx);
        if (p.number !== null) {
          expect(p.number).toMatch(/^-?\d+(\.\d*[1-9])?$/);
          if (p.value !== null) expect(p.value).toBe(Number(p.number));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('text properties', () => {
  it('normaliseText never throws and is idempotent', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const once = normaliseText(s);
        expect(normaliseText(once)).toBe(once);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/\s\s/);
      }),
      { numRuns: 5000 },
    );
  });

  it('canonicalName is idempotent', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const once = canonicalName(s);
        expect(canonicalName(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseAmount never throws and returns a consistent shape', () => {
    fc.assert(
      fc.property(cellArb, fc.option(fc.constantFrom('0.00%', 'General', '#,##0'), { nil: undefined }), (v, f) => {
        const a = parseAmount(v, f);
        if (a.number === null) expect(a.value).toBeNull();
        if (a.number === null) expect(a.percent).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
