/**
 * Grid builders for the rule tests: the seed projects laid out as scripts/build-fixtures.ts lays them
 * out (title, unit line, 项目名称, 预算数 block, 绩效目标, grid with merges and page breaks), and a
 * national-layout 绩效自评表 with its funds block.
 */
import { SEED_HEADER, SEED_PROJECTS } from '../../scripts/fixtures/seed';
import { makeGrid, type CellValue, type Grid, type Merge } from '../../src/sheet/grid';
import { SELFEVAL_HEADER } from '../helpers/table';

export interface SeedLayout {
  grid: Grid;
  /** Per project (1-based index into SEED_PROJECTS): header row and the sheet row of each indicator, by 三级 text as written. */
  rows: Record<number, { headerRow: number; indicatorRows: number[] }>;
}

/** The chosen seed projects (1-based numbers), stacked in one sheet as in the fixture workbook. */
export function seedGrid(which: number[] = [1, 2, 3, 4, 5, 6, 7]): SeedLayout {
  const values: CellValue[][] = [];
  const merges: Merge[] = [];
  const rows: SeedLayout['rows'] = {};
  const put = (cells: CellValue[]) => {
    values.push(cells);
    return values.length;
  };
  which.forEach((n, k) => {
    const p = SEED_PROJECTS[n - 1];
    if (k > 0) {
      put([]);
      put([]);
    }
    const t = put([p.title]);
    merges.push({ top: t, left: 1, bottom: t, right: 5 });
    put([p.unitLine, null, null, null, p.unitLabel]);
    const nr = put(['项目名称', p.name]);
    merges.push({ top: nr, left: 2, bottom: nr, right: 5 });
    const br = put([p.budgetLabel, '预算数', p.budget, '其中：财政\n资金', p.fiscal]);
    put([null, '其他资金']);
    put([null, p.use]);
    merges.push({ top: br, left: 1, bottom: br + 2, right: 1 }, { top: br + 1, left: 3, bottom: br + 1, right: 5 }, { top: br + 2, left: 2, bottom: br + 2, right: 5 });
    const gr = put([p.goalLabel, p.goal]);
    merges.push({ top: gr, left: 2, bottom: gr, right: 5 });
    const headerRow = put([...SEED_HEADER]);
    const indicatorRows: number[] = [];
    let l1Start = -1;
    let l1End = -1;
    const closeL1 = () => {
      if (l1Start > 0 && l1End > l1Start) merges.push({ top: l1Start, left: 1, bottom: l1End, right: 1 });
      l1Start = l1End = -1;
    };
    for (const item of p.items) {
      if (item.kind === 'pageBreak') {
        closeL1();
        put([...SEED_HEADER]);
        continue;
      }
      if (item.kind === 'continuation') {
        put(item.cells.map((c) => (c === '' ? null : c)));
        continue;
      }
      const r = put([item.l1 || null, item.l2, item.l3, item.desc, item.target]);
      if (item.l1) {
        closeL1();
        l1Start = l1End = r;
      } else if (l1Start > 0) l1End = r;
      indicatorRows.push(r);
    }
    closeL1();
    rows[n] = { headerRow, indicatorRows };
  });
  return { grid: makeGrid('绩效目标表', values, merges), rows };
}

export interface FundsLine {
  initial?: CellValue;
  total?: CellValue;
  executed?: CellValue;
  weight?: CellValue;
  rate?: CellValue;
  score?: CellValue;
}

export interface SelfEvalOptions {
  name?: string;
  funds?: FundsLine;
  /** 其中 rows: [label, 全年预算数, 全年执行数]. */
  parts?: [string, CellValue, CellValue][];
  /** Extra funds column “原因” with this text on the total row (Sichuan). */
  reason?: string | null;
  total?: CellValue[];
  header?: string[];
}

/**
 * A national 绩效自评表: 项目名称, funds block (A–G, or A–H with 原因), grid header, rows.
 * Rows follow SELFEVAL_HEADER: 一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因.
 * Sheet rows: 1 name, 2 funds header, 3 total, parts…, then the grid header.
 */
export function selfEval(rows: CellValue[][], o: SelfEvalOptions = {}): Grid {
  const f = { initial: 100, total: 100, executed: 100, weight: 10, rate: '100%', score: 10, ...o.funds };
  const withReason = o.reason !== undefined;
  const values: CellValue[][] = [
    ['项目名称', o.name ?? '测试项目'],
    ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', ...(withReason ? ['原因'] : [])],
    ['年度资金总额:', f.initial, f.total, f.executed, f.weight, f.rate, f.score, ...(withReason ? [o.reason ?? null] : [])],
    ...(o.parts ?? [['其中:本年财政拨款', f.total, f.executed]]).map(([label, t, e]) => [label, null, t, e] as CellValue[]),
    o.header ?? SELFEVAL_HEADER,
    ...rows,
    ...(o.total ? [o.total] : []),
  ];
  return makeGrid('自评表', values);
}

/** Header row of a selfEval() grid. */
export function selfEvalHeaderRow(o: SelfEvalOptions = {}): number {
  return 3 + (o.parts?.length ?? 1) + 1;
}
