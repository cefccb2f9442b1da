/**
 * “自评得分不完整” on a flat 自评 list (项目名称 | 预算数 | 执行数 | 一级指标 …, each project's amounts merged down its
 * rows): a project whose 执行数 cell is empty was told “未读到全年执行数（执行数）” — as if the list had no such column —
 * naming no cell. Now the empty cell is named, on the project's own first row, in the text and in score.incomplete.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { fileReport } from '../../src/engine/report';
import { projectLine } from '../../src/cli/text';
import { makeGrid, type CellValue } from '../../src/sheet/grid';
import { FLAT } from '../../scripts/fixtures/variant-hunt2-s22';

const WIDTH = 10;

/** The list from row 4 on; `executed[i]` / `budget[i]` replace project i's amounts (null: the cell left empty). */
function flat(yuan: boolean, budget: (number | null | undefined)[], executed: (number | null | undefined)[]) {
  const k = yuan ? 10000 : 1;
  const rows: CellValue[][] = [
    ['2024年度项目支出绩效自评汇总表', ...Array<CellValue>(WIDTH - 1).fill(null)],
    ['填报单位：县卫生健康局', null, null, null, null, null, null, `单位：${yuan ? '元' : '万元'}`, null, null],
    ['项目名称', yuan ? '全年预算数' : '预算数（万元）', yuan ? '全年执行数' : '执行数（万元）', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
  ];
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  FLAT.forEach((p, i) => {
    const top = rows.length + 1;
    p.rows.forEach(([l1, l2, l3, t, a, w], j) => {
      const b = budget[i] === null ? null : (budget[i] ?? p.budget) * k;
      const e = executed[i] === null ? null : (executed[i] ?? p.executed) * k;
      rows.push(j === 0 ? [p.name, b, e, l1, l2, l3, t, a, w, w] : [null, null, null, l1, l2, l3, t, a, w, w]);
    });
    for (const col of [1, 2, 3]) merges.push({ top, left: col, bottom: top + p.rows.length - 1, right: col });
  });
  return makeGrid('自评汇总', rows, merges);
}

test.each([false, true])('an empty 执行数 cell is named on its project’s row (元: %j)', (yuan) => {
  const a = analyse([flat(yuan, [], [null, undefined])], DEFAULT_CONFIG);
  expect(projectLine(a.projects[0])).toMatch(/自评得分不完整：全年执行数未填（C4）$/);
  expect(fileReport('x.xlsx', a).projects[0].score).toMatchObject({ total: null, incomplete: [{ what: 'executed', cells: ['C4'] }] });
  expect(a.projects[1].score.total).not.toBeNull();
});

test('the second project’s empty 执行数: C8', () => {
  const a = analyse([flat(false, [], [undefined, null])], DEFAULT_CONFIG);
  expect(a.projects[0].score.total).not.toBeNull();
  expect(fileReport('x.xlsx', a).projects[1].score).toMatchObject({ total: null, incomplete: [{ what: 'executed', cells: ['C8'], text: '全年执行数未填（C8）' }] });
});

test('both amounts empty: the 预算数 cell and the 执行数 cell are named', () => {
  const a = analyse([flat(false, [null], [null])], DEFAULT_CONFIG);
  expect(fileReport('x.xlsx', a).projects[0].score).toMatchObject({
    total: null,
    incomplete: [
      { what: 'budget', cells: ['B4'] },
      { what: 'executed', cells: ['C4'] },
    ],
  });
});
