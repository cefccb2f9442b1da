/** Build small Grids for tests: a standard indicator grid with optional extra columns and rows above. */
import { makeGrid, type CellValue, type Grid, type Merge } from '../../src/sheet/grid';

export const TARGET_HEADER = ['一级指标', '二级指标', '三级指标', '指标值'];
export const SELFEVAL_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];

export interface TableOptions {
  header?: string[];
  /** Rows placed above the header (name, budget, funds block…). */
  above?: CellValue[][];
  below?: CellValue[][];
  merges?: Merge[];
  name?: string;
  numFormats?: Record<string, string>;
}

/** The header row number of a table built with `table()`. */
export function headerRow(opts: TableOptions = {}): number {
  return (opts.above?.length ?? 0) + 1;
}

export function table(rows: CellValue[][], opts: TableOptions = {}): Grid {
  const values = [...(opts.above ?? []), opts.header ?? TARGET_HEADER, ...rows, ...(opts.below ?? [])];
  const g = makeGrid(
    opts.name ?? 'Sheet1',
    values.map((r) => [...r]),
    opts.merges ?? [],
  );
  if (opts.numFormats) {
    g.numFormats = values.map(() => []);
    for (const [addr, fmt] of Object.entries(opts.numFormats)) {
      const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
      const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      g.numFormats[Number(m[2]) - 1][col - 1] = fmt;
    }
  }
  return g;
}

/** A target table with 预算数 above it, as the seed has. */
export function targetTable(rows: CellValue[][], budget = 100, opts: TableOptions = {}): Grid {
  return table(rows, {
    ...opts,
    above: opts.above ?? [
      ['项目名称', '测试项目'],
      ['预算数', budget, '其中：财政资金', budget],
      ['其他资金', null],
    ],
  });
}

/** Cells (“D6”) holding formulas saved with no result, as the xlsx readers give them: a formula, no value. */
export function noResult(g: Grid, cells: Record<string, string>, saved: Record<string, string> = {}): Grid {
  g.formulas = g.values.map(() => []);
  g.noResult = g.values.map(() => []);
  for (const [addr, f] of Object.entries({ ...cells, ...saved })) {
    const m = /^([A-Z])(\d+)$/.exec(addr)!;
    const [r, c] = [Number(m[2]) - 1, m[1].charCodeAt(0) - 65];
    g.formulas[r][c] = f;
    if (addr in cells) {
      g.values[r][c] = null;
      g.noResult[r][c] = true;
    }
  }
  return g;
}

/**
 * A small 自评表 (four indicators, a funds line fully executed) whose first row — 设备购置数量 — takes the
 * target, the actual and a typed 得分 under test; the rest score full marks.
 */
export function selfSheet(target: CellValue, actual: CellValue, score: CellValue = null): Grid {
  return table(
    [
      ['产出指标', '数量指标', '设备购置数量', target, actual, 30, score, null],
      ['产出指标', '质量指标', '验收合格率', '≥95%', '96%', 30, null, null],
      ['效益指标', '社会效益指标', '受益人数', '≥500人', 600, 30, null, null],
      ['满意度指标', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, null, null],
    ],
    {
      header: SELFEVAL_HEADER,
      above: [
        ['项目名称', '设备项目'],
        ['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['年度资金总额:', 100, 100, 100, 10, null, null],
      ],
    },
  );
}
