/** Rules never throw: random odd grids in both layouts go through recogniser, scorer and every rule. */
import fc from 'fast-check';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { RULES, runRules } from '../../src/domain/rules';
import { scoreExecution, scoreProject } from '../../src/domain/scoring';
import { address } from '../../src/sheet/a1';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';
import { SELFEVAL_HEADER, TARGET_HEADER } from '../helpers/table';

const ODD: CellValue[] = [
  null,
  '',
  ' ',
  '\n',
  '0',
  0,
  -1,
  1e21,
  0.1,
  44561,
  NaN,
  Infinity,
  true,
  new Date(0),
  '≥',
  '≤ 万元',
  '**',
  '-',
  '不适用',
  '达成预期指标',
  '部分达成',
  '100%',
  '≥98 百分号',
  '1,234.5万元',
  '90%-95%',
  '2024年12月底前',
  '28.8万元',
  '%',
  '人次',
  '覆盖度高',
  '产出指标',
  '效益指标(30分)',
  '满意度指标',
  '成本指标',
  '数量指标',
  '成本指标',
  '社会效益指 标',
  '可持续影响',
  '指标',
  '力',
  '总分',
  '等级',
  '优',
  '原因',
  '补助金额',
  '资助政策发挥作用时间',
  '投诉率',
  '项目覆盖率',
  '≥0个',
  '=0',
  '≤0%',
  '-5%',
  '１００％',
  '百分之九十',
];

const cellArb = fc.oneof(fc.constantFrom(...ODD), fc.string({ maxLength: 6 }), fc.double(), fc.integer());
const rowArb = (n: number) => fc.array(cellArb, { minLength: 0, maxLength: n });

function analyseAll(values: CellValue[][]) {
  const g = makeGrid('随机', values);
  const { projects } = recogniseSheet(g);
  for (const p of projects) runRules(p, scoreProject(p, DEFAULT_CONFIG), DEFAULT_CONFIG, address, RULES, projects);
  return projects.length;
}

test('target tables with odd cells', () => {
  fc.assert(
    fc.property(fc.array(rowArb(5), { maxLength: 12 }), fc.array(rowArb(5), { maxLength: 4 }), (rows, above) => {
      analyseAll([...above, ['预算数', 0, '其中：财政资金', null], TARGET_HEADER, ...rows]);
    }),
    { numRuns: 200 },
  );
});

test('self-evaluations with odd cells', () => {
  fc.assert(
    fc.property(fc.array(rowArb(9), { maxLength: 12 }), rowArb(8), rowArb(8), rowArb(10), (rows, total, part, last) => {
      analyseAll([
        ['项目名称', '随机'],
        ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '原因'],
        ['年度资金总额:', ...total],
        ['其中:本年财政拨款', ...part],
        SELFEVAL_HEADER,
        ...rows,
        ['总分', ...last],
      ]);
    }),
    { numRuns: 200 },
  );
});

// Found by the property above on a random seed: a budget of 5e-324 against a negative amount made the
// execution score -Infinity, and the total's decimal sum threw.
test('a budget near zero against a negative executed amount scores nothing, and nothing throws', () => {
  const p = { funds: { total: { value: 5e-324 }, executed: { value: -8.98e-17 }, parts: [] } } as unknown as Parameters<typeof scoreExecution>[0];
  expect(scoreExecution(p, DEFAULT_CONFIG, 10)).toMatchObject({ rate: null, score: null });
  const q = { funds: { total: { value: 5e-324 }, executed: { value: -1 }, parts: [] } } as unknown as Parameters<typeof scoreExecution>[0];
  expect(scoreExecution(q, DEFAULT_CONFIG, 10)).toMatchObject({ rate: null, score: null });
});
