/**
 * A generated 项目支出绩效自评表 of the demo shape, of any length, for the preview page, the
 * benchmarks and the gateway tests: a title row, a header row, then indicator rows with
 * 一级指标 (column A) and 二级指标 (column B) merged vertically over their groups, short Chinese
 * text and numbers in eight columns (A–H). Deterministic for a given size and seed.
 */
import type { Merge } from '../sheet/grid';
import type { DoubleWorkbookData } from '../double';

const LEVEL1 = ['产出指标', '效益指标', '满意度指标', '成本指标'];
const LEVEL2: Record<string, string[]> = {
  产出指标: ['数量指标', '质量指标', '时效指标'],
  效益指标: ['社会效益指标', '经济效益指标', '可持续影响指标'],
  满意度指标: ['服务对象满意度指标'],
  成本指标: ['经济成本指标', '社会成本指标'],
};
const LEVEL3 = [
  '培训人次',
  '覆盖率',
  '验收合格率',
  '完成及时率',
  '惠及人数',
  '设备完好率',
  '群众满意度',
  '项目预算控制数',
  '资金到位率',
  '信息公开率',
  '整改完成率',
  '新增就业岗位',
];
const TARGETS = ['≥95%', '=100%', '≥1200人次', '≤50万元', '≥90%', '2024年12月底前', '达成', '≥85分'];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DemoOptions {
  /** Indicator rows (the sheet has two more: title and header). */
  rows: number;
  name?: string;
  seed?: number;
  /** Rows per 二级指标 group (merged in column B); 一级 groups span three of them. */
  groupRows?: number;
}

export const DEMO_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

/** First indicator row of a demo sheet. */
export const DEMO_FIRST_ROW = 3;

export function demoWorkbook(opts: DemoOptions): DoubleWorkbookData {
  const name = opts.name ?? '绩效自评表';
  const random = rng(opts.seed ?? 7);
  const g2 = opts.groupRows ?? 4;
  const g1 = g2 * 3;
  const values: (string | number | null)[][] = [];
  const merges: Merge[] = [];
  values.push(['项目支出绩效自评表', null, null, null, null, null, null, null]);
  merges.push({ top: 1, left: 1, bottom: 1, right: 8 });
  values.push([...DEMO_HEADER]);
  const first = DEMO_FIRST_ROW;
  const last = first + opts.rows - 1;
  for (let i = 0; i < opts.rows; i++) {
    const row = first + i;
    const l1 = LEVEL1[Math.floor(i / g1) % LEVEL1.length];
    const l2list = LEVEL2[l1];
    const l2 = l2list[Math.floor(i / g2) % l2list.length];
    const target = TARGETS[Math.floor(random() * TARGETS.length)];
    const actual = target === '达成' ? '达成' : Math.round(random() * 1000) / 10;
    const weight = [5, 10, 10, 20][Math.floor(random() * 4)];
    values.push([
      i % g1 === 0 ? l1 : null,
      i % g2 === 0 ? l2 : null,
      `${LEVEL3[Math.floor(random() * LEVEL3.length)]}${(i % 97) + 1}`,
      target,
      actual,
      weight,
      null,
      random() < 0.1 ? '无' : null,
    ]);
    if (i % g1 === 0) merges.push({ top: row, left: 1, bottom: Math.min(row + g1 - 1, last), right: 1 });
    if (i % g2 === 0) merges.push({ top: row, left: 2, bottom: Math.min(row + g2 - 1, last), right: 2 });
  }
  return {
    sheets: [{ name, values, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left) }],
    activeSheet: name,
  };
}
