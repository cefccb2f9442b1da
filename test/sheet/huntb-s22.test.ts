/**
 * Session 22 (wave 2): a 市县 项目支出绩效目标表 whose 指标值 head spans two sub-columns over two header rows — last year's
 * level and this year's target (指标值 over 上年度实际水平 | 本年度目标值, then 指标值说明 | 目标完成程度). The sub-column of
 * last year's figures took its parent's name (指标值) and, being first, became the target: every indicator was read with
 * last year's level, and the reader said it was unsure between D and E.
 */
import { analyse } from '../../src/engine/analyse';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

function twoRowHead(parent: string, last: string, here: string, underOne: boolean): CellValue[][] {
  const top: CellValue[] = underOne
    ? ['绩效指标', null, null, parent, null, '指标值说明', '目标完成程度']
    : ['一级指标', '二级指标', '指标名称', parent, null, '指标值说明', '目标完成程度'];
  const sub: CellValue[] = underOne ? ['一级指标', '二级指标', '指标名称', last, here, null, null] : [null, null, null, last, here, null, null];
  return [
    ['项目支出绩效目标表（2025年度）', null, null, null, null, null, null],
    ['项目名称', '县级储备粮轮换', null, null, '主管部门', '县粮食和物资储备局', null],
    ['年度绩效目标', '完成储备粮轮换5000吨，保障粮食安全', null, null, null, null, null],
    top,
    sub,
    ['产出指标', '数量指标', '储备粮规模', '4800吨', '≥5000吨', '实际储备量', '100%'],
    ['产出指标', '质量指标', '库存数量真实率', '98%', '100%', '真实库存/账面库存', '100%'],
    ['效益指标', '社会效益指标', '粮食安全事件发生数', '0起', '0起', null, '100%'],
    ['满意度指标', '服务对象满意度指标', '市民满意度', '88%', '≥90%', '问卷调查', '100%'],
  ];
}

function grid(rows: CellValue[][], underOne: boolean) {
  const merges = underOne ? ['A4:C4', 'D4:E4', 'F4:F5', 'G4:G5'] : ['A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5', 'G4:G5'];
  const at = (a: string) => ({ col: a.charCodeAt(0) - 64, row: Number(a.slice(1)) });
  return makeGrid(
    '目标表',
    rows,
    merges.map((m) => {
      const [a, b] = m.split(':').map(at);
      return { top: a.row, left: a.col, bottom: b.row, right: b.col };
    }),
  );
}

const readGrid = (rows: CellValue[][], underOne: boolean) => {
  const r = analyse([grid(rows, underOne)], DEFAULT_CONFIG);
  return r.projects.map(({ project: p }) => ({
    layout: p.layout,
    target: p.columns.target,
    actual: p.columns.actual ?? null,
    targets: p.indicators.map((i) => i.target.raw),
    doubts: p.doubts?.length ?? 0,
    errors: r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.rule),
  }));
};

test.each([
  ['指标值', '上年度实际水平', '本年度目标值', false],
  ['指标值', '上年度实际水平', '本年度目标值', true],
  ['年度指标值', '上年实际完成', '本年目标', false],
  ['绩效指标值', '上一年度完成值', '本年度指标值', true],
] as [string, string, string, boolean][])('%j over %j | %j (levels under one head: %j): the target is this year’s column E', (parent, last, here, underOne) => {
  expect(readGrid(twoRowHead(parent, last, here, underOne), underOne)).toEqual([
    { layout: 'target', target: 5, actual: null, targets: ['≥5000吨', '100%', '0起', '≥90%'], doubts: 0, errors: [] },
  ]);
});
