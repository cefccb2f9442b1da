/**
 * A 自评表's funds block in the 预算管理一体化 spelling: 其中 lines named by budget kind (政府性基金预算,
 * 一般公共预算, 国有资本经营预算), some left empty, then 其他资金 — all of them are parts of the total (v146).
 */
import { readFundsBlock } from '../../src/sheet/funds';
import { makeGrid } from '../../src/sheet/grid';

const head = ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];

test('an empty budget-kind line does not end the block: 其他资金 below it is read', () => {
  const g = makeGrid('s', [
    head,
    ['年度资金总额', 138, 138, 138, 10, 1, 10],
    ['其中：政府性基金预算', 120, 120, 120],
    ['一般公共预算', null, null, null],
    ['其他资金', 18, 18, 18],
  ]);
  const f = readFundsBlock(g, 1, 6)!;
  expect(f.parts.map((p) => [p.label, p.total?.value ?? null])).toEqual([
    ['其中：政府性基金预算', 120],
    ['一般公共预算', null],
    ['其他资金', 18],
  ]);
  expect([f.fiscal?.value, f.other?.value]).toEqual([120, 18]);
});

test('国有资本经营预算 as the first 其中 line is fiscal money', () => {
  const g = makeGrid('s', [head, ['年度资金总额', 50, 50, 40], ['国有资本经营预算', 50, 50, 40]]);
  expect(readFundsBlock(g, 1, 4)!.fiscal?.value).toBe(50);
});
