/**
 * Session 10's layout pieces (src/sheet/level1-line.ts, level2-line.ts, level-pair.ts, target-adjusted.ts,
 * target-sub.ts, page-name.ts) and their limits: what they take, and the look-alikes they must leave as
 * before. Variants v230–v249 exercise them end to end.
 */
import { levelPair } from '../../src/sheet/level-pair';
import { recogniseSheet } from '../../src/sheet/recognise';
import { table } from '../helpers/table';

const row = (l1: string, l2: string, l3: string, t: string) => [l1, l2, l3, t];
const line = (t: string) => [t, null, null, null];
const read = (rows: (string | null)[][], header?: string[]) => recogniseSheet(table(rows, header ? { header } : {})).projects;

describe('一级 section lines', () => {
  test('“一、产出指标” over rows with an empty 一级 cell names their 一级; the line is no indicator', () => {
    const p = read([line('一、产出指标'), row('', '数量指标', '培训人次', '≥100人次'), line('二、满意度指标'), row('', '服务对象满意度指标', '学员满意度', '≥90%')]);
    expect(p).toHaveLength(1);
    expect(p[0].indicators.map((i) => [i.level1, i.level3])).toEqual([
      ['产出指标', '培训人次'],
      ['满意度指标', '学员满意度'],
    ]);
    expect(p[0].rows.filter((r) => r.code === 'level1Line').map((r) => r.row)).toEqual([2, 4]);
  });

  test('a 一级 alone on its row over a row with its own 一级 stays a template row (not a heading)', () => {
    const p = read([line('产出指标'), row('产出指标', '数量指标', '培训人次', '≥100人次')]);
    expect(p[0].rows.some((r) => r.code === 'level1Line')).toBe(false);
    expect(p[0].indicators.map((i) => i.level3)).toEqual(['培训人次']);
  });

  test('“（四）成本指标” is a 二级 line under the 一级 above, “四、成本指标” a 一级 line', () => {
    const h = ['三级指标', '指标值'];
    const under = (mark: string) =>
      read(
        [
          ['一、产出指标', null],
          ['培训人次', '≥100人次'],
          [mark, null],
          ['每人培训成本', '≤800元'],
        ],
        h,
      )[0].indicators[1];
    expect([under('（四）成本指标').level1, under('（四）成本指标').level2]).toEqual(['产出指标', '成本指标']);
    expect(under('四、成本指标').level1).toBe('成本指标');
  });

  test('“二、满意度指标” in the 三级 column is a 一级 line, though 满意度指标 names a 二级 too', () => {
    const rows = [
      ['一、产出指标', null],
      ['（一）数量指标', null],
      ['培训人次', '≥100人次'],
      ['二、满意度指标', null],
      ['（一）服务对象满意度指标', null],
      ['学员满意度', '≥90%'],
    ];
    const p = read(rows, ['三级指标', '指标值']);
    expect(p[0].rows.filter((r) => r.code === 'level1Line').map((r) => r.row)).toEqual([2, 5]);
    expect(p[0].indicators.map((i) => [i.level1, i.level2])).toEqual([
      ['产出指标', '数量指标'],
      ['满意度指标', '服务对象满意度指标'],
    ]);
  });
});

describe('二级 lines across the grid', () => {
  test('“（一）数量指标” in the 一级 column over rows without a 二级: their 二级', () => {
    const p = read([line('（一）数量指标'), row('产出指标', '', '培训人次', '≥100人次'), line('（二）质量指标'), row('产出指标', '', '培训合格率', '≥95%')]);
    expect(p[0].indicators.map((i) => i.level2)).toEqual(['数量指标', '质量指标']);
    expect(p[0].rows.filter((r) => r.code === 'level2Across')).toHaveLength(2);
  });

  test('a bare 二级 alone in the 二级 column is no heading line', () => {
    const p = read([['', '数量指标', '', ''], row('产出指标', '质量指标', '培训合格率', '≥95%')]);
    expect(p[0].rows.some((r) => r.code === 'level2Across')).toBe(false);
  });
});

describe('二级 and 三级 in one cell', () => {
  test.each([
    ['数量指标：培训人次', '', '数量指标', '培训人次'],
    ['', '质量：培训合格率', '质量', '培训合格率'],
    ['', '社会效益指标: 就业率', '社会效益指标', '就业率'],
  ])('“%s” / “%s” → %s + %s', (l2, l3, a, b) => expect(levelPair(l2, l3)).toEqual({ level2: a, level3: b }));

  test.each([
    ['数量指标：培训人次', '培训人次'],
    ['', '培训人数：不少于100人'],
    ['', '说明：以验收报告为准'],
    ['', '培训人次'],
  ])('“%s” / “%s” is left as written', (l2, l3) => expect(levelPair(l2, l3)).toBeNull());

  test('under a 绩效指标 head with no 二级 column: names and 二级 read, the cell kept as written', () => {
    const p = read([['产出指标', '数量指标：培训人次', '≥100人次']], ['一级指标', '绩效指标', '指标值']);
    const i = p[0].indicators[0];
    expect([p[0].columns.level3, i.level2, i.level3, i.raw.level3, i.levelPair]).toEqual([2, '数量指标', '培训人次', '数量指标：培训人次', true]);
  });

  test('a 绩效指标 head beside a 指标内容 column is not the names column (指标内容 is, with no 三级 column: session 17)', () => {
    const p = read([['年度', '产出指标', '数量指标', '培训人次', '≥100人次']], ['绩效指标', '一级指标', '二级指标', '指标内容', '指标值']);
    expect([p[0].columns.level3, p[0].indicators[0].level3]).toEqual([4, '培训人次']);
  });
});

describe('adjusted targets', () => {
  const h = ['一级指标', '二级指标', '三级指标', '年初目标值', '调整后目标值', '实际完成值'];
  test('the adjusted column is the target; an empty adjusted cell leaves the 年初 value', () => {
    const p = read(
      [
        ['产出指标', '数量指标', '培训人次', '≥120人次', '≥100人次', '100人次'],
        ['产出指标', '质量指标', '培训合格率', '≥95%', null, '96%'],
      ],
      h,
    );
    expect([p[0].columns.target, p[0].columns.targetInitial]).toEqual([5, 4]);
    expect(p[0].indicators.map((i) => i.target.raw)).toEqual(['≥100人次', '≥95%']);
  });

  test('年度指标值 over 年初 | 调整后: the adjusted sub-column', () => {
    const g = table([['产出指标', '数量指标', '培训人次', '≥120人次', '≥100人次', '100人次']], {
      above: [['一级指标', '二级指标', '三级指标', '年度指标值', null, '实际完成值']],
      header: [null, null, null, '年初', '调整后', null] as unknown as string[],
      merges: [
        { top: 1, left: 1, bottom: 2, right: 1 },
        { top: 1, left: 2, bottom: 2, right: 2 },
        { top: 1, left: 3, bottom: 2, right: 3 },
        { top: 1, left: 4, bottom: 1, right: 5 },
        { top: 1, left: 6, bottom: 2, right: 6 },
      ],
    });
    const p = recogniseSheet(g).projects;
    expect([p[0].columns.target, p[0].columns.targetInitial, p[0].indicators[0].target.raw]).toEqual([5, 4, '≥100人次']);
  });
});

describe('a 项目名称 line at a printed page’s top', () => {
  const name = (n: string) => ['项目名称', n, null, null];
  const head = ['一级指标', '二级指标', '三级指标', '指标值'];
  test('the same line as above the header, then the header again: one project', () => {
    const g = table([row('产出指标', '数量指标', '培训人次', '≥100人次'), name('职业技能培训'), head, row('满意度指标', '服务对象满意度指标', '学员满意度', '≥90%')], {
      above: [name('职业技能培训')],
    });
    const p = recogniseSheet(g).projects;
    expect(p.map((x) => x.indicators.length)).toEqual([2]);
  });

  test('another project’s name line still starts a new project', () => {
    const g = table([row('产出指标', '数量指标', '培训人次', '≥100人次'), name('创业培训补贴'), head, row('满意度指标', '服务对象满意度指标', '学员满意度', '≥90%')], {
      above: [name('职业技能培训')],
    });
    expect(recogniseSheet(g).projects.map((x) => x.name)).toEqual(['职业技能培训', '创业培训补贴']);
  });
});
