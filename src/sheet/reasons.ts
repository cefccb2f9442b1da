/**
 * Why the reader took a row as it did, and what it was not sure of: one code per kind of reason, its
 * Chinese text here (the `reason` of the JSON report and `--explain`), the data it quotes from the
 * sheet kept apart so the pane can say the same in English (src/ui/i18n.ts, keys `reason.<code>`).
 * A new reason: add its code and Chinese text here, its English there (a test checks both).
 */
import type { ReasonData } from '../domain/model';

export const REASON_ZH = {
  // rows
  header: '表头',
  repeatedHeader: '分页后重复的表头',
  goalBlockHeader: '第 {n} 个绩效目标分块的表头（{points} 分）：以下各行是该分块的指标，分值在块内分配',
  halvesHeader: '表头：表格分左右两半打印（{right} 列接续 {left} 列的指标），按一张表读取，各指标指向其所在的单元格；fill 不在两半表旁添加自评列',
  repeatedTitle: '分页后重复的表题',
  projectNameLine: '项目名称行：“{name}”',
  horizonLine: '“{text}”：以下各行是该期限的绩效指标',
  sectionLine: '“{text}”是表内的分段标题，以下各行仍是本项目的指标',
  pageLine: '“{text}”是打印页码行，表格在下一页继续',
  level2Line: '“{text}”是写在三级指标列的二级指标分段行，以下各行属于该二级指标',
  level1Line: '“{text}”是一级指标分段行，以下各行属于该一级指标',
  level2Across: '“{text}”是二级指标分段行，以下各行属于该二级指标',
  gridFunds: '“{text}”是表内的预算资金行：按项目资金读取，不是指标',
  noteInside: '“{text}”是指标之间的说明行，以下各行仍是本项目的指标',
  columnNumbers: '栏次行（“{text}”）：表头下为各列编号，不是指标',
  blank: '表格内的空行',
  indicator: '指标行',
  indicatorNoName: '指标行（有指标值，缺三级指标名称）',
  fragment: '分页续行：并入上一行的指标',
  mergedTail: '三级指标“{name}”向下合并的续行：并入该指标',
  hiddenCopy: '隐藏行：与第 {row} 行的指标“{name}”相同（上年或模板留下的副本），不读取',
  hiddenIndicator: '隐藏行中的指标：按指标读取（隐藏只影响打印，不改变指标表；如不是指标，请更正）',
  correctedIndicator: '按人工更正：是指标',
  correctedNot: '按人工更正：不是指标',
  funds: '预算执行情况（资金）行',
  execLine: '“{text}”是预算执行率（资金）行，按资金执行情况读取，不是指标',
  totalLine: '总分行',
  sheetTotal: '“{text}”是表格自带的总分行：按合计读取并核对',
  listTotal: '“{text}”是多项目清单中的合计行，不是指标',
  subtotal: '“{text}”是小计行，不是指标（不计入项目）',
  note: '“{text}”是表后说明，表格到此结束',
  unitLine: '“{text}”是金额单位说明行',
  headerUnitLine: '表头第二行“{text}”：指标值各列的计量单位',
  placeholder: '模板占位行（“{text}”），未填写指标',
  unitOnly: '模板行（“{text}”）的指标值处只有“{unit}”，未填写数值，不是已设定的指标',
  onlyLevel2: '只有二级指标“{text}”，未填写三级指标和指标值',
  onlyLevel1: '只有一级指标“{text}”，未填写三级指标和指标值',
  level2Points: '二级指标“{text}”的分值 {points}，由其下 {n} 项三级指标均分（不是指标）',
  level1Points: '一级指标“{text}”的分值 {points}，由其下 {n} 项三级指标均分（不是指标）',
  level2PointsOne: '二级指标“{text}”的分值 {points}，由其下三级指标承接（不是指标）',
  level1PointsOne: '一级指标“{text}”的分值 {points}，由其下三级指标承接（不是指标）',
  empty: '没有三级指标和指标值',
  // where the money unit was read
  moneyStated: '“{text}”',
  moneyHeader: '表头“{text}”',
  moneyThousands: '金额“{text}”带千位分隔符',
  moneyDefault: '默认（表中未注明单位，按万元）',
  // doubts
  noTargetColumn: '没有找到“指标值”列：指标值无法读取，请用 --map 指明哪一列是指标值',
  transposedTable:
    '表格横排：第 {column} 列自第 {row} 行起是指标名称和指标值，每列一个指标；按转置后读取（各行以表中的列标出，各条提示指向表中单元格），fill 不在横排表旁添加自评列',
  sentenceUnread: '资金构成中“{text}”未能判断是财政拨款还是其他资金，未计入；已读取其余金额，请核对资金来源',
  levelsShifted: '“一级指标”列（{column}）填的是二级指标（数量指标、质量指标等），“二级指标”列（{names}）是指标名称：按二级、三级指标读取',
  sentenceNoTotal: '资金构成中“{text}”未能判断是财政拨款还是其他资金，资金总额无法确定，未读取（不按各项相加推算）；请核对资金来源或填写资金总额',
  severalTargetColumns: '有多列像指标值（{columns}）：按 {column} 列“{header}”读取，其余各列未核对；如有误请用 --map 指明',
} as const;

export type ReasonCode = keyof typeof REASON_ZH;

/** A reason as the reader gives it: the Chinese text, its code, and the sheet text it quotes. */
export interface Reason {
  reason: string;
  code: ReasonCode;
  data?: ReasonData;
}

function fill(template: string, data: ReasonData): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? data[k] : m));
}

// Reasons without data are the same object each time (one per row of a 100 000-row table).
const PLAIN = new Map<ReasonCode, Reason>();

export function reason(code: ReasonCode, data?: ReasonData): Reason {
  if (!data) {
    let r = PLAIN.get(code);
    if (!r) PLAIN.set(code, (r = { reason: REASON_ZH[code], code }));
    return r;
  }
  return { reason: fill(REASON_ZH[code], data), code, data };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The reason as shown after its row's role (“表头：…”): a reason that begins by naming the role again (“表头：表格分左右两半打印…”,
 * “Header row: the table…”) loses that lead, so the role is said once; a reason that only names the role stays whole.
 */
export function reasonAfterRole(role: string, text: string): string {
  const m = new RegExp(`^${escapeRe(role)}(?:行| row| line)?\\s*[：:]\\s*`, 'i').exec(text);
  return m && m[0].length < text.length ? text.slice(m[0].length) : text;
}
