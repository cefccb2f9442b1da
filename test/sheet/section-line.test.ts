/**
 * Lines inside a grid that the table goes on after (src/sheet/section-line.ts): a section title with
 * indicator rows under it, a printed page's number line; and the limits — prose, a wrapped name's tail
 * and closing lines still end or join as before. Variants v116 and v144 exercise them end to end.
 */
import { columnNumbers, pageLine } from '../../src/sheet/section-line';
import { recogniseSheet } from '../../src/sheet/recognise';
import { table } from '../helpers/table';

const row = (l1: string, l2: string, l3: string, t: string) => [l1, l2, l3, t];
const line = (t: string) => [t, null, null, null];

describe('page lines', () => {
  test.each(['第 2 页', '第2页 共5页', '第 2 页，共 5 页', '共5页 第2页', '- 3 -', '—3—', '2/5', 'Page 2 of 5'])('%s is a page line', (t) =>
    expect(pageLine([t, '', ''])).toBe(true),
  );
  test.each(['第2页说明', '2024年', '页码', '注：第2页'])('%s is not', (t) => expect(pageLine([t])).toBe(false));
  test('two cells are not a page line', () => expect(pageLine(['第 2 页', '共 5 页'])).toBe(false));
});

describe('section titles inside a grid', () => {
  const rows = [
    line('建设期绩效指标'),
    row('产出指标', '数量指标', '新建停车泊位', '≥1200个'),
    row('产出指标', '质量指标', '验收合格率', '100%'),
    line('（二）运营期绩效指标'),
    row('效益指标', '经济效益指标', '年均收费收入', '≥960万元'),
    row('满意度指标', '服务对象满意度指标', '用户满意度', '≥90%'),
  ];

  test('the grid goes on under each section title, the titles are not indicators', () => {
    const p = recogniseSheet(table(rows)).projects;
    expect(p).toHaveLength(1);
    expect(p[0].indicators.map((x) => x.level3)).toEqual(['新建停车泊位', '验收合格率', '年均收费收入', '用户满意度']);
    expect(p[0].rows.filter((r) => r.code === 'sectionLine').map((r) => r.row)).toEqual([2, 5]);
  });

  test('a line that holds a value is no section title', () => {
    const p = recogniseSheet(
      table([row('产出指标', '数量指标', '新建停车泊位', '≥1200个'), line('运营期年均收入约960万元'), row('效益指标', '经济效益指标', '年均收费收入', '≥960万元')]),
    ).projects;
    expect(p[0].rows.some((r) => r.code === 'sectionLine')).toBe(false);
  });

  test('a title with no indicator row under it ends the table', () => {
    const p = recogniseSheet(table([row('产出指标', '数量指标', '新建停车泊位', '≥1200个'), line('评价结论'), line('经费保障及时、足额。')])).projects;
    expect(p[0].indicators).toHaveLength(1);
    expect(p[0].rows.some((r) => r.code === 'sectionLine')).toBe(false);
  });

  test('a wrapped name’s tail in the 三级 column is not a section title', () => {
    const p = recogniseSheet(
      table([row('产出指标', '数量指标', '农村生活污水治理行政', '≥12个'), [null, null, '村数量', null], row('产出指标', '质量指标', '污水治理率', '≥90%')]),
    ).projects;
    expect(p[0].rows.some((r) => r.code === 'sectionLine')).toBe(false);
  });
});

describe('a printed page of a flat list', () => {
  const header = ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'];
  const ind = (name: string, l3: string) => [name, '产出指标', '数量指标', l3, '≥1个'];
  const title = ['2024年度部门项目支出绩效目标汇总表', null, null, null, null];

  test('the page line, the title repeated and the header again: one project goes on', () => {
    const g = table([ind('甲项目', '指标一'), ind('甲项目', '指标二'), ['第 1 页', null, null, null, null], title, header, ind('甲项目', '指标三'), ind('乙项目', '指标四')], {
      header,
      above: [title],
    });
    const p = recogniseSheet(g).projects;
    expect(p.map((x) => [x.name, x.indicators.length])).toEqual([
      ['甲项目', 3],
      ['乙项目', 1],
    ]);
  });

  test('elsewhere a page line changes nothing: the same projects as without it', () => {
    const rows = (page: boolean) => [
      ind('甲项目', '指标一'),
      ...(page ? [['第 1 页', null, null, null, null]] : []),
      ['2024年度另一张清单', null, null, null, null],
      header,
      ind('甲项目', '指标三'),
    ];
    const read = (page: boolean) => recogniseSheet(table(rows(page), { header, above: [title] })).projects.map((x) => [x.name, x.indicators.map((i) => i.level3)]);
    expect(read(true)).toEqual(read(false));
  });
});

describe('column-number rows and a 一级 subtotal', () => {
  test.each([[['甲', '乙', '丙', '1', '2', '3']], [['栏次', '1', '2', '3', '4']], [['A', 'B', 'C', 'D']], [['①', '②', '③']]])('%j numbers the columns', (t) =>
    expect(columnNumbers(t)).toBe(true),
  );
  test.each([[['产出指标', '数量指标', '1']], [['1', '1', '1']], [['甲', '乙']]])('%j does not', (t) => expect(columnNumbers(t)).toBe(false));

  test('under the header: not an indicator, the grid goes on', () => {
    const p = recogniseSheet(table([['甲', '乙', '丙', '1'], row('产出指标', '数量指标', '培训人数', '≥100人')])).projects[0];
    expect(p.indicators.map((x) => x.level3)).toEqual(['培训人数']);
    expect(p.rows.find((r) => r.row === 2)?.code).toBe('columnNumbers');
  });

  test('“产出指标 | 小计” with its weight is a subtotal, not a placeholder', () => {
    const p = recogniseSheet(table([row('产出指标', '数量指标', '培训人数', '≥100人'), ['产出指标', '小计', null, null], row('效益指标', '社会效益指标', '就业率', '≥90%')]))
      .projects[0];
    expect(p.indicators).toHaveLength(2);
    expect(p.rows.find((r) => r.row === 3)?.role).toBe('subtotal');
  });
});
