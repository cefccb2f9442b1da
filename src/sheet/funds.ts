/**
 * Money above the indicator grid: the target table's 预算数 / 其中：财政资金 / 其他资金 label–value
 * pairs, or the self-evaluation funds block (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分).
 */
import type { Amount, Funds } from '../domain/model';
import { parseAmount } from '../domain/value';
import { cellText, cellValue, mergeAt, numFormat, rowWidth, type Grid } from './grid';
import { foldHeader, roleOf } from './headers';
import { amountInLabel, labelledAmounts, leadingAmount } from './amount-text';
import { fundsLine } from './funds-line';
import { sourcesSum } from './funds-sources';
import { headsTaskList, taskListTotal } from './funds-tasks';
import { otherParts } from './funds-others';
import { partsLine, sentenceFunds } from './funds-sentence';
import { moneyByYear } from './funds-by-year';
import { yearOfInvestment } from './funds-year';
import { taskListBlock } from './funds-task-total';
import { moneyByKind } from './funds-kinds';
import { memoise } from '../domain/memo';
import { subHeadRoles } from './funds-sub-heads';

type FundsRole = 'initial' | 'total' | 'executed' | 'weight' | 'rate' | 'score' | 'reason';

// 得分 first: Hubei heads the score “得分(20分*执行率)”.
const FUNDS_PATTERNS: [FundsRole | 'yearTotal', RegExp][] = [
  ['score', /^得分(?!计算)/],
  // 执行率 | 1 | 执行率得分 | 10 on one line (v113): the score, not a second rate.
  ['score', /^(预算)?执行率得分$/],
  ['rate', /执行率/],
  ['initial', /^(年初预算数|年初预算|年初数)/],
  ['total', /^(全年预算数|调整后预算数|调整后预算|全年预算|预算数\(A\)|预算数)/],
  // The 目标表's words on a 自评表's one-line funds block (“年度资金总额 | 256 | 全年执行数 | 250”): a header still needs an 执行数.
  // 资金总数 / 预算总数 (a hospital's 自评表, as on its 申报表): the year's budget too.
  ['total', /^(年度资金总额|项目资金总额|资金总额|项目总预算|资金总数|预算总数)/],
  ['executed', /^(全年执行数|预算执行数|执行数|实际支出|全年支出数)/],
  ['weight', /^(分值|权重)/],
  ['reason', /^(原因|偏差原因|未完成原因)/],
  // 年度预算数 | 48 | 全年执行数 | 47.28 (自评表 one-line funds, v358, v389): the budget only where no other total heads the row.
  ['yearTotal', /^年度预算数/],
];

// Labels of the total row and its 其中 rows (module level: a literal inside a function is a new RegExp per call).
const TOTAL_LABEL = /总额|合计|总计/;
const FISCAL = /财政/;
// The budget kinds of 预算管理一体化 forms (一般公共预算, 政府性基金预算, 国有资本经营预算) are 其中 lines too, filled or not.
const PART_LABEL = /^(其中|财政|本年|当年|上年|其他|单位资金|财政专户|一般公共预算|政府性基金|国有资本经营)/;
const FISCAL_PART = /财政|拨款|一般公共预算|政府性基金|国有资本经营/;
const OTHER_PART = /^其他/;

/** Whether a line's label is one of a funds block's 其中 lines (其中：…, 财政拨款, 上年结转, 其他资金 …). */
export const isFundsPart = (label: string): boolean => PART_LABEL.test(foldHeader(label));

// Asked of every cell above each table: once per text.
const fundsRole = memoise((text): FundsRole | 'yearTotal' | null => {
  const t = foldHeader(text);
  if (!t || t.length > 24) return null;
  for (let i = 0; i < FUNDS_PATTERNS.length; i++) {
    const role = FUNDS_PATTERNS[i][0],
      re = FUNDS_PATTERNS[i][1];
    if (re.test(t)) return role;
  }
  return null;
});

export function emptyFunds(): Funds {
  return {
    headerRow: null,
    row: null,
    initial: null,
    total: null,
    fiscal: null,
    other: null,
    executed: null,
    parts: [],
    weight: null,
    rate: null,
    rateValue: null,
    score: null,
    reasonCol: null,
    cols: {},
  };
}

function amountAt(g: Grid, row: number, col: number): Amount | null {
  const v = cellValue(g, row, col);
  if (v === null || v === '') return null;
  const a = parseAmount(v, numFormat(g, row, col));
  if (a.value === null) return null;
  return { value: a.value, number: a.number, row, col };
}

/** Column of each role in a funds header row (the first, if repeated), or null when the row is not one. */
function headerRoles(g: Grid, r: number, left: number, right: number): Map<FundsRole, number> | null {
  let roles: Map<FundsRole, number> | null = null;
  let year: number | undefined;
  for (let c = left, w = Math.min(right, rowWidth(g, r)); c <= w; c++) {
    const role = fundsRole(cellText(g, r, c));
    if (!role) continue;
    roles ??= new Map();
    if (role === 'yearTotal') year ??= c;
    else if (!roles.has(role)) roles.set(role, c);
  }
  if (year !== undefined && !roles!.has('total')) roles!.set('total', year);
  // Heads over two rows (预算数 over 年初 | 全年): the second row names the columns under a spanning head.
  if (roles && r < g.rowCount) {
    const found = roles;
    const sub = subHeadRoles(
      r,
      left,
      Math.min(right, rowWidth(g, r + 1)),
      (row, col) => foldHeader(cellText(g, row, col)),
      (col) => [...found].find(([, c]) => c === col)?.[0],
      (row, col) => mergeAt(g, row, col),
    );
    if (sub) for (const [k, c] of sub) roles.set(k, c);
  }
  const money = roles ? (roles.has('total') ? 1 : 0) + (roles.has('initial') ? 1 : 0) : 0;
  if (roles && money > 0 && roles.has('executed')) return roles;
  // 预算执行率 | 96% | 分值 | 10 | 得分 | 9.6: the rate alone, no amounts (read as a line only, funds-line.ts).
  return roles && money === 0 && !roles.has('executed') && roles.has('rate') && (roles.has('weight') || roles.has('score')) ? roles : null;
}

const GRID_HEAD = new Set(['level1', 'level2', 'level3']);

/** Whether row r holds a grid header's 一级指标 / 二级指标 / 三级指标. */
function headsGrid(g: Grid, r: number, left: number, right: number): boolean {
  for (let c = left, w = Math.min(right, rowWidth(g, r)); c <= w; c++) if (GRID_HEAD.has(roleOf(cellText(g, r, c).trim()) ?? '')) return true;
  return false;
}

/** Find a funds header in rows [from, to) and read the total row and its 其中 parts below it. */
export function readFundsBlock(g: Grid, from: number, to: number, left = 1, right = g.colCount): Funds | null {
  let rateLine: Funds | null = null;
  for (let r = from; r < to; r++) {
    if (!g.values[r - 1]) continue;
    const roles = headerRoles(g, r, left, lineEnd(g, r, right));
    if (!roles || headsTaskList(g, r, left, right)) continue;
    const line = fundsLine(
      roles,
      r,
      (row, col) => amountAt(g, row, col),
      emptyFunds,
      (row, col) => mergeAt(g, row, col)?.right ?? col,
      // Only beside a label that spans columns: a merged label's line keeps its 其中 lines below it. The grid's header
      // under the line (v312: 一级指标 | … | 2024 over 年度指标值) is no amounts row of a block either.
      (row, col) => (mergeAt(g, r, col) !== undefined && cellText(g, row, col).trim() !== '') || headsGrid(g, row, left, right),
    );
    if (line && !roles.has('executed')) rateLine ??= line;
    else if (line) return line;
    if (!roles.has('executed')) continue; // a rate alone is read only as label | value pairs
    const f = emptyFunds();
    f.headerRow = r;
    f.reasonCol = roles.get('reason') ?? null;
    const totalCol = roles.get('total') ?? roles.get('initial')!;
    f.cols = { total: totalCol, executed: roles.get('executed'), rate: roles.get('rate'), weight: roles.get('weight'), score: roles.get('score') };
    for (let rr = r + 1; rr < Math.min(to, r + 8); rr++) {
      const label = foldHeader(cellText(g, rr, left) || firstText(g, rr, left, right));
      const total = amountAt(g, rr, totalCol);
      const executed = roles.has('executed') ? amountAt(g, rr, roles.get('executed')!) : null;
      if (f.row === null) {
        if (!total && !executed && !TOTAL_LABEL.test(label)) continue;
        f.row = rr;
        f.initial = roles.has('initial') ? amountAt(g, rr, roles.get('initial')!) : null;
        f.total = total;
        f.executed = executed;
        f.weight = roles.has('weight') ? amountAt(g, rr, roles.get('weight')!) : null;
        f.score = roles.has('score') ? amountAt(g, rr, roles.get('score')!) : null;
        // “年度财政资金总额” (湖北): the total row is itself the fiscal money.
        if (FISCAL.test(label)) f.fiscal = total;
        if (f.reasonCol !== null) f.reason = cellText(g, rr, f.reasonCol).trim();
        if (roles.has('rate')) {
          const c = roles.get('rate')!;
          f.rate = amountAt(g, rr, c);
          const a = parseAmount(cellValue(g, rr, c), numFormat(g, rr, c));
          // “100%” and a cell showing 1 formatted as % both mean 1; a bare 1 (Hubei) is a ratio too.
          if (a.value !== null) f.rateValue = a.percent ? a.value / 100 : a.value > 1.5 ? a.value / 100 : a.value;
        }
        continue;
      }
      // “其中：基本支出” then “项目支出”: rows with amounts after a 其中 row are its siblings.
      if (PART_LABEL.test(label) || (f.parts.length > 0 && (total || executed) && label.length <= 12 && !TOTAL_LABEL.test(label))) {
        f.parts.push({ label, row: rr, total, executed });
        if (FISCAL_PART.test(label) && !f.fiscal) f.fiscal = total;
        if (OTHER_PART.test(label)) [f.other, f.otherLine] = [total, true];
        continue;
      }
      break;
    }
    return f;
  }
  const tasks = taskListBlock(g, from, to, left, right, headerRoles, amountAt, emptyFunds); // a task list's 合计 line (funds-task-total.ts)
  return tasks ?? (rateLine && withRate(readBudgetLabels(g, from, to, left, right), rateLine));
}

/** 预算执行率 | 96% | 分值 | 10 | 得分 with no amounts on its line: the budget from the labels above (项目总预算 | 65), the rate, 分值 and 得分 from the line. */
function withRate(f: Funds, line: Funds): Funds {
  f.headerRow = line.headerRow;
  f.row = line.row;
  f.weight = line.weight;
  f.rate = line.rate;
  f.rateValue = line.rateValue;
  f.score = line.score;
  f.cols = line.cols;
  return f;
}

/**
 * A funds line may run on past the table's band (年度预算数 | … | 分值 | 10 | 得分 | 9.5 over ten columns, the grid over
 * eight): its cells continue without a gap; an empty column ends it (a table beside starts past one).
 */
function lineEnd(g: Grid, r: number, right: number): number {
  let c = right;
  for (const w = rowWidth(g, r); c < w; c++) {
    const v = cellValue(g, r, c + 1);
    if (v === null || v === '') break;
  }
  return c;
}

function firstText(g: Grid, row: number, left: number, right: number): string {
  for (let c = left, w = Math.min(right, rowWidth(g, row)); c <= w; c++) {
    const t = cellText(g, row, c).trim();
    if (t) return t;
  }
  return '';
}

const LABELS: [keyof Pick<Funds, 'total' | 'fiscal' | 'other'>, RegExp][] = [
  [
    'fiscal',
    /^(其中[:：]?)?(财政资金|财政拨款|财政拨款数|当年财政拨款|本年财政拨款|中央补助|中央资金|上级补助|上级资金|上级专项资金|省级补助|市级补助|县级补助|财政补助资金|(中央|省级|市级|县级|本级)财政(资金|补助))/,
  ],
  ['other', /^(其中[:：]?)?((当年|本年度?)?其他资金|地方资金|地方配套|自筹资金|单位自筹|自有资金|社会资金)/],
  [
    'total',
    /^(预算数|资金总额|资金总数|预算总数|年度资金总额|(当年|本年度?)资金总额|项目资金总额|项目总预算|全年预算|本年预算|总预算|预算总额|项目预算|年度预算|预算资金|预算金额|项目总金额|项目金额|资金金额|年度金额|资金需求|项目资金(\([^)]*\))?(?=[:：]|$)|专项资金(总额|规模)|基金预算(总额|数)?(?=[:：(]|$)|部门预算总额|项目总投资|总投资|申报金额|申请金额|申请资金|资金规模|项目资金规模|(预算|资金)(?=[:：]))/,
  ],
];

const ONE_LEVEL = /(中央|省级|市级|县级|本级)财政(资金|补助)/;
/** “中长期资金总额”, “实施期资金总额”: the money of the whole period, beside the year's; its column's parts are that period's too. */
const PERIOD_MONEY = /^(中长期|长期|实施期|整个实施期|项目周期|实施周期|总体)(资金|预算|金额)/;

type LabelKey = (typeof LABELS)[number][0];

/** What readBudgetLabels asks of a folded text, once per text (the labels above every stacked table repeat): the labels it matches, in order. */
const labelFacts = memoise((t): { period: boolean; batch: boolean; keys: LabelKey[]; pairs: { key: LabelKey | undefined; amount: Amount }[] } => ({
  period: PERIOD_MONEY.test(t),
  batch: BATCH.test(t),
  keys: LABELS.filter(([, re]) => re.test(t)).map(([key]) => key),
  pairs: labelledAmounts(t, 0, 0).map((x) => ({ key: LABELS.find(([, re]) => re.test(x.label))?.[0], amount: x.amount })),
}));

/**
 * Target-table budget: label cells followed (to the right) by an amount. With no total on the
 * sheet, the sub-totals add up to it (财政拨款 小计 + 其他资金).
 */
export function readBudgetLabels(g: Grid, from: number, to: number, left = 1, right = g.colCount): Funds {
  const f = emptyFunds();
  let levelOnly = false;
  let otherLabel = false;
  const periodCols = new Set<number>();
  const batches: Amount[] = [];
  for (let r = from; r < to; r++) {
    for (let c = left, w = Math.min(right, rowWidth(g, r)); c <= w; c++) {
      const t = foldHeader(cellText(g, r, c));
      if (!t) continue;
      const facts = labelFacts(t);
      if (facts.period) periodCols.add(c);
      if (periodCols.has(c)) continue;
      for (let i = 0, list = facts.pairs; i < list.length; i++) {
        const x = list[i];
        if (x.key && !f[x.key]) f[x.key] = { ...x.amount, row: r, col: c };
      }
      if (facts.batch) {
        const a = nextAmount(g, r, c, right, true);
        if (a) batches.push(a);
      }
      for (let i = 0, list = facts.keys; i < list.length; i++) {
        const key = list[i];
        if (f[key]) continue;
        const a = amountInLabel(t, r, c) ?? nextAmount(g, r, c, right) ?? batchesSum(g, r, c, right) ?? amountBelow(g, r, c, to);
        if (a) f[key] = a;
        if (a && key === 'fiscal') levelOnly = ONE_LEVEL.test(t);
        if (key === 'other') otherLabel = true;
        break;
      }
    }
  }
  // “其中：省级财政资金” alone under a total is one level's share among sources the sheet does not list:
  // not the fiscal part that, with 其他资金, makes up the budget.
  if (levelOnly && f.total && !otherLabel) f.fiscal = null;
  if (otherLabel || f.other) f.otherLine = true;
  sentenceFunds(g, f); // “项目资金总额 120 万元，其中财政拨款 100 万元，其他资金 20 万元” in one cell (funds-sentence.ts)
  partsLine(g, from, to, left, right, f); // 年度资金总额：160 over “其中：上级资金120，本级资金40” (funds-sentence.ts)
  moneyByYear(g, from, to, left, right, f); // 上年度预算安排 | 上年度实际执行 | 本年度申请金额: this year's column (funds-by-year.ts)
  // “本次下达资金 200 | 已下达资金 300” and no total line: the batches make up the year's money.
  if (!f.total && batches.length >= 2) f.total = sumOf(batches);
  if (!f.total) taskListTotal(g, from, to, left, right, f); // 部门整体: the 年度主要任务 list's 合计 line (funds-tasks.ts)
  if (!f.total) moneyByKind(g, from, to, left, right, f); // 财政补助资金 | 事业收入 over amounts, 资金性质 … 合计 (funds-kinds.ts)
  // 中央资金 | 市级资金 and no total: the sources together are the fiscal money.
  if (!f.total) f.fiscal = sourcesSum(g, from, to, left, right) ?? f.fiscal;
  if (!f.total && f.other && f.fiscal?.sumOf) f.fiscal = withoutOther(f.fiscal, f.other); // 中央补助 | 地方资金: 地方资金 is the other money, not fiscal
  if (!f.total && !f.noTotal && f.fiscal && f.fiscal.value !== null) {
    const parts = [f.fiscal, f.other].filter((a): a is Amount => !!a && a.value !== null);
    const value = parts.reduce((s, a) => s + a.value!, 0);
    const rounded = Math.round(value * 1e6) / 1e6;
    f.total = { value: rounded, number: String(rounded), row: f.fiscal.row, col: f.fiscal.col, sumOf: parts.length === 1 && parts[0].sumOf ? parts[0].sumOf : parts };
  }
  yearOfInvestment(g, from, to, left, right, f); // 项目总投资 | 其中：本年度安排: the year's money (funds-year.ts)
  otherParts(g, from, to, left, right, f); // 自有资金：0万元 | 其他：300万元: the other money in several parts (funds-others.ts)
  return f;
}

/** The sources' sum without the line also read as 其他资金 (it is added once, as the other money). */
function withoutOther(fiscal: Amount, other: Amount): Amount {
  const rest = fiscal.sumOf!.filter((p) => p.row !== other.row || p.col !== other.col);
  return rest.length === fiscal.sumOf!.length || rest.length === 0 ? fiscal : rest.length === 1 ? rest[0] : sumOf(rest);
}

function sumOf(parts: Amount[]): Amount {
  const rounded = Math.round(parts.reduce((s, a) => s + a.value!, 0) * 1e6) / 1e6;
  return { value: rounded, number: String(rounded), row: parts[0].row, col: parts[0].col, sumOf: parts };
}

/** The amount after a label; a batch label's own amount may stand under a batch heading (batch: true). */
function nextAmount(g: Grid, row: number, col: number, right = g.colCount, batch = false): Amount | null {
  for (let c = col + 1; c <= Math.min(right, col + 3); c++) {
    const t = cellText(g, row, c).trim();
    if (!t || (!batch && sentNowOrBefore(g, row, c))) continue;
    const a = amountAt(g, row, c) ?? amountInSentence(t, row, c);
    if (a) return a;
    // Another amount's label: “项目资金 | 中长期资金总额 | 1200” is not a 项目资金 of 1200.
    if (isMoneyLabel(t)) return null;
  }
  return null;
}

/** A column headed 本次下达 / 已下达 (福建 county forms): one batch of the year's money, not its total. */
const BATCH = /^(其中[:：]?)?(本次|本批|此次|已|前期|提前|上次|前次|以前年度)(下达|安排|拨付)/;

/** Whether the column's heading above (the first text up to four rows up) names one batch of the money. */
function sentNowOrBefore(g: Grid, row: number, col: number): boolean {
  for (let r = row - 1; r >= Math.max(1, row - 4); r--) {
    const t = cellText(g, r, col).trim();
    if (t && amountAt(g, r, col) === null) return BATCH.test(foldHeader(t));
  }
  return false;
}

/**
 * A total line whose amounts stand only under batch headings (本次下达 | 已下达, no 合计 column): the year's
 * money is their sum — when at least two batches are headed, so that no batch is missing.
 */
function batchesSum(g: Grid, row: number, col: number, right = g.colCount): Amount | null {
  let headed = 0;
  const parts: Amount[] = [];
  for (let c = col + 1; c <= Math.min(right, col + 4); c++) {
    if (!sentNowOrBefore(g, row, c)) {
      if (amountAt(g, row, c)) return null;
      continue;
    }
    headed++;
    const a = amountAt(g, row, c);
    if (a) parts.push(a);
  }
  return headed >= 2 && parts.length ? sumOf(parts) : null;
}

export function isMoneyLabel(text: string): boolean {
  const t = foldHeader(text);
  return PERIOD_MONEY.test(t) || LABELS.some(([, re]) => re.test(t));
}

/**
 * “资金总额 | 财政拨款 | 其他资金” over one row of amounts (部门整体 目标表, 年度预算申请): the amount under
 * the label. Not a column of amounts (a task list's 财政拨款 column), whose first figure is one task's.
 */
function amountBelow(g: Grid, row: number, col: number, to: number): Amount | null {
  if (row + 1 >= to) return null;
  const a = amountAt(g, row + 1, col);
  if (!a || amountAt(g, row + 2, col)) return null;
  return a;
}

/** “一般公共预算安排77300万元” (广东): the amount is inside a sentence. */
function amountInSentence(t: string, row: number, col: number): Amount | null {
  const lead = leadingAmount(t, row, col);
  if (lead) return lead;
  const m = /(\d[\d,，]*(?:\.\d+)?)\s*(?:亿元|万元|元)/.exec(t);
  if (!m) return null;
  const number = m[1].replace(/[,，]/g, '');
  return { value: Number(number), number, row, col };
}
