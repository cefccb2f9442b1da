/**
 * Session 15's rows that are not indicators: a template row whose value is still the sample (“指标1： | X个”), and the lines a
 * form closes with (评价结论, 主要经验及做法、存在的问题及改进措施, 联系人, 单位负责人（签字）, （单位盖章））; a funds line whose labels
 * span two columns; an operator column headed 比较符 / 关系符 whose cells carry （含）.
 */
import { rowKind } from '../../src/sheet/rows';
import { sampleFigure } from '../../src/sheet/template-figure';
import { closingWords } from '../../src/sheet/closing-words';
import { recogniseSheet } from '../../src/sheet/recognise';
import { SELFEVAL_HEADER, table } from '../helpers/table';

describe('a sample figure left by the template', () => {
  test.each(['≥XX%', 'X个', '≤XX天', 'XX万元', '**', '×××', '≥X次', 'XX人次', '＞XX%', '≥××%'])('%s', (t) => expect(sampleFigure(t)).toBe(true));
  test.each(['12个', '≥95%', 'Xm', '明显改善', 'X射线机2台'])('%s is not one', (t) => expect(sampleFigure(t)).toBe(false));
});

describe('closing lines end the grid', () => {
  test.each([
    '评价结论',
    '自评结论',
    '绩效评价结论',
    '自评等次',
    '评价等级',
    '主要经验及做法、存在的问题及改进措施',
    '存在的问题和改进措施',
    '联系人：',
    '联系电话：',
    '填报人：',
    '审核人',
    '单位负责人（签字）：',
    '（单位盖章）',
    '下一步工作计划',
  ])('%s', (t) => {
    expect(closingWords(t)).toBe(true);
    expect(rowKind(t, false, '')?.role).toBe('note');
  });
  test.each(['存在问题整改率', '整改措施落实率', '经验交流次数', '负责人数量', '联系群众户数', '产出指标'])('%s is no closing line', (t) => {
    expect(closingWords(t)).toBe(false);
    expect(rowKind(t, false, '')?.role).not.toBe('note');
  });
});

describe('a funds line whose labels span two columns (部门整体 自评表)', () => {
  const rows = [['产出指标', '数量指标', '演出场次', '≥120场', '126场', 90, 90, null]];
  const merges = [
    { top: 2, left: 1, bottom: 2, right: 2 },
    { top: 2, left: 4, bottom: 2, right: 5 },
    { top: 3, left: 1, bottom: 3, right: 2 },
    { top: 3, left: 4, bottom: 3, right: 5 },
  ];
  test.each([
    ['a text line below', ['按收入性质分', null, null, '按支出性质分', null, null]],
    ['its 其中 line below, labels merged too', ['一般公共预算', null, 150, '其他资金', null, 43.2]],
  ])('年度资金总额 | 193.2 | 执行数 | 193.2 — %s', (_, below) => {
    const p = recogniseSheet(
      table(rows, {
        header: SELFEVAL_HEADER,
        above: [['部门（单位）名称', '县文化广电和旅游局'], ['年度资金总额', null, 193.2, '执行数', null, 193.2, 10], below],
        merges,
      }),
    ).projects[0];
    expect([p.funds.total?.value, p.funds.executed?.value]).toEqual([193.2, 193.2]);
  });
});

describe('an operator column headed 比较符 / 关系符, its cells with （含）', () => {
  test.each(['比较符', '关系符', '运算符号'])('%s', (head) => {
    const p = recogniseSheet(
      table(
        [
          ['产出指标', '数量指标', '购置设备数量', '≥（含）', 36, '台'],
          ['产出指标', '成本指标', '购置成本', '≤(含)', 420, '万元'],
          ['产出指标', '数量指标', '受益卫生院数量', '＝', 12, '个'],
        ],
        { header: ['一级指标', '二级指标', '三级指标', head, '指标值', '计量单位'] },
      ),
    ).projects[0];
    expect(p.indicators.map((i) => [i.target.op, i.target.number])).toEqual([
      ['≥', '36'],
      ['≤', '420'],
      ['=', '12'],
    ]);
  });
});
