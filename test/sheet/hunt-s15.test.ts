/**
 * Session 15's rows that are not indicators: a template row whose value is still the sample (“指标1： | X个”), and the lines a
 * form closes with (评价结论, 主要经验及做法、存在的问题及改进措施, 联系人, 单位负责人（签字）, （单位盖章）).
 */
import { rowKind } from '../../src/sheet/rows';
import { sampleFigure } from '../../src/sheet/template-figure';
import { closingWords } from '../../src/sheet/closing-words';

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
