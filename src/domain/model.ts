/**
 * The recognised table: what the recogniser found in a sheet, with sheet coordinates kept so
 * every finding can point at a cell. Pure data.
 */
import type { Bucket, Level1, Level2 } from './catalogue';
import type { ParsedValue } from './types';

export type Role =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'description'
  | 'target'
  | 'targetPeriod'
  | 'op'
  | 'nature'
  | 'valueType'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'reason'
  | 'method'
  | 'projectName'
  | 'budget'
  /** 执行数 beside 预算数 in a flat 自评 list (one project per run of rows): the project's spending. */
  | 'executed'
  | 'remark'
  | 'targetText'
  | 'targetInitial'
  /** 指标值 over 下限 | 上限: the 上限 sub-column (the 下限 one is the target). */
  | 'targetUpper';

/** Role → 1-based column. */
export type Columns = Partial<Record<Role, number>>;

export interface IndicatorRow {
  /** The sheet row holding the 指标值 (docs/contracts.md §3). */
  row: number;
  /** Continuation rows merged into this one (NRM-04); undefined until the first (most indicators have none: no empty array kept per row). */
  fragmentRows: number[] | undefined;
  /** Of those, the lines of a 三级 cell merged down (one indicator written in two rows): not page breaks. */
  mergedRows?: number[];
  /** The 三级 name is a merge's, from a row above (one name over several targets). */
  mergedName?: true;
  /** 二级 and 三级 read from one cell (“数量指标：培训人次”): raw keeps the cell as written. */
  levelPair?: true;
  /** The 指标值 / 实际完成值 is a merge's, from a row above (one value over several indicators): the cell holding it. */
  targetFrom?: { row: number; col: number };
  actualFrom?: { row: number; col: number };
  /** A 分值 cell merged down over this row and others: its cell and how many indicators share it (merged-points.ts). */
  weightFrom?: { row: number; col: number; n: number };
  /** A 得分 cell merged down over this row and others: its cell and how many share it (SE-06 checks the group's sum). */
  scoreFrom?: { row: number; col: number; n: number };
  /** Text as found (joined fragments, whitespace intact). */
  raw: { level1: string; level2: string; level3: string; description: string };
  /** Whitespace-normalised names (NRM-01). */
  level1Text: string;
  level2Text: string;
  level3: string;
  description: string;
  level1: Level1 | null;
  level2: Level2 | null;
  /** Where the 一级/二级 came from: the row itself, filled down (NRM-03), inferred from the 二级, or absent. */
  level1From: 'cell' | 'filled' | 'inferred' | 'none';
  level2From: 'cell' | 'filled' | 'none';
  bucket: Bucket | null;
  cost: boolean;
  target: ParsedValue;
  /** Second target column (实施周期目标值), when the form has one. */
  targetPeriod: ParsedValue | null;
  actual: ParsedValue | null;
  /** Per-recipient targets of a transfer-payment 区域绩效目标表, aligned with Project.recipients. */
  recipientTargets?: ParsedValue[];
  /** 正向 / 反向 from a 指标性质 column (Inner Mongolia form). */
  nature: '正向' | '反向' | null;
  /** 定量 / 定性 from a 指标值类型 column (Hunan form). */
  valueType: '定量' | '定性' | null;
  sheetWeight: number | null;
  sheetWeightText: string | null;
  sheetScore: number | null;
  sheetScoreText: string | null;
  /** True when the 得分 cell holds a formula (ours from an earlier run, or the user's). */
  scoreIsFormula: boolean;
  /** Roles whose cell is a formula the file saved without a result (never calculated): unknown, not empty (NRM-07). */
  noResult?: Role[];
  reason: string;
}

export interface Amount {
  value: number | null;
  number: string | null;
  row: number;
  col: number;
  /** Set when the amount is the sum of these cells (财政拨款 小计 + 其他资金, with no total on the sheet). */
  sumOf?: Amount[];
}

/** What a row of a recognised table is (docs/contracts.md §3 `rows`). Only 'indicator' rows are checked and scored. */
export type RowRole = 'indicator' | 'placeholder' | 'blank' | 'subtotal' | 'total' | 'note' | 'header' | 'funds';

/** The sheet text a reason quotes (“{text}” in its template), by placeholder name. */
export type ReasonData = Record<string, string>;

export interface RowInfo {
  row: number;
  role: RowRole;
  /** Why, in Chinese, for people (`check --explain`, the JSON report). */
  reason: string;
  /** The reason's code (src/sheet/reasons.ts) and the data its text quotes, for other languages. */
  code?: string;
  data?: ReasonData;
}

/** A doubt of the reader: its Chinese text (as in `doubts`), code and data. */
export interface Doubt {
  reason: string;
  code: string;
  data?: ReasonData;
}

/** The unit the sheet's money is written in. */
export type MoneyUnit = '万元' | '元' | '千元' | '亿元';

export interface Funds {
  /** Row of the funds header (年初预算数 | 全年预算数 | …) or null for a target table. */
  headerRow: number | null;
  /** The 年度资金总额 row. */
  row: number | null;
  initial: Amount | null;
  total: Amount | null;
  fiscal: Amount | null;
  other: Amount | null;
  /** The sheet has a 其他资金 line (its amount may be empty, which says there is none); without one, other money is unknown, not 0. */
  otherLine?: boolean;
  executed: Amount | null;
  /** Sub-rows (其中：…) with their own 全年预算数 / 全年执行数, for the all-zero total row quirk. */
  parts: { label: string; row: number; total: Amount | null; executed: Amount | null }[];
  weight: Amount | null;
  rate: Amount | null;
  /** 执行率 as printed, as a fraction (1 = 100 %). */
  rateValue: number | null;
  score: Amount | null;
  /** Column of the 原因 cell in the funds block, if any. */
  reasonCol: number | null;
  /** Columns of the funds block's header, so empty cells can be filled in place. */
  cols: { total?: number; executed?: number; rate?: number; weight?: number; score?: number };
  /** Text of that 原因 cell on the total row (SE-10), when the block has one. */
  reason?: string;
  /** Amounts of a money sentence whose label names neither the total nor a source (“道路配套20万元”): not read. */
  unread?: string[];
  /** That sentence named only parts, one of them unplaced: the total is not provable and was left unread (funds-sentence.ts). */
  noTotal?: boolean;
}

export interface TotalLine {
  row: number;
  /** Column of the printed total score / weight total, if any. */
  scoreCol: number | null;
  score: number | null;
  weightCol: number | null;
  weight: number | null;
  gradeCol: number | null;
  grade: string | null;
}

export interface Project {
  sheet: string;
  /** 1-based index of the project across the file, for `--project N`. */
  index: number;
  name: string;
  nameCell: { row: number; col: number } | null;
  /** The name read from another sheet of the workbook (a 封面 with 项目名称, the table sheet naming none): nameCell stays null. */
  nameFrom?: { sheet: string; row: number; col: number };
  /** First row of the project's block (title or header). */
  startRow: number;
  headerRow: number;
  /** Last row of the indicator grid (before any total line). */
  endRow: number;
  columns: Columns;
  /** Header text per column as found. */
  headerText: Record<number, string>;
  layout: 'target' | 'selfeval';
  /** Repeated grid headers inside the table (NRM-02). */
  repeatedHeaders: number[];
  indicators: IndicatorRow[];
  funds: Funds;
  total: TotalLine | null;
  /** Weights written into labels: “产出指标(50分)”, “预算执行情况(10分)”, “绩效指标(90分)”. */
  /** blocks: 年度绩效目标1（40分） … 年度绩效目标2（40分）, each header's points for its own rows (sheet/goal-blocks.ts). */
  labelWeights: { bucket?: Partial<Record<Bucket, number>>; execution?: number; indicators?: number; blocks?: { row: number; points: number }[] };
  generation: 'A' | 'B' | 'hybrid' | 'mixed' | null;
  /** Columns the self-evaluation uses: existing or to be added by `fill`. */
  lastCol: number;
  /** First column of the table (tables side by side share rows, not columns). */
  firstCol: number;
  /** Every row of the table from the header down, with its role and the reason. */
  rows: RowInfo[];
  /** The money unit of the sheet and how it was found (“单位：元”, a 元 header, thousands separators, or the default). */
  money: { unit: MoneyUnit; from: string; code?: string; data?: ReasonData };
  /** Per-recipient 指标值 columns (one county or town each) beside the table's own 指标值. */
  recipients?: { col: number; name: string }[];
  /** The head of the table's own 指标值 column beside its recipients' (全省, 全市年度目标值); absent when the first place is itself a recipient's column. */
  areaHead?: string;
  /** What the reader was not sure of (which column holds the target…), in Chinese, for `--explain` and a finding. */
  doubts: string[];
  /** The same doubts with their codes (src/sheet/reasons.ts), where the reader gave one. */
  doubtCodes?: Doubt[];
  /** A 长期/中长期 grid of the project whose 年度 grid has this index: read and checked, never self-evaluated. */
  partOf?: number;
  /** A table laid across (labels down a column): rows and columns here are the upright table's (src/sheet/transposed.ts). */
  transposed?: Transposed;
  /** A table printed in two halves side by side: rows here are the stacked table's, the right half's below the left's (src/sheet/two-halves.ts). */
  halves?: Halves;
  /** A 权重 / 分值 column of fractions adding up to 1 (0.3 = 30 分, src/sheet/weight-fractions.ts): its weights were read ×100; `scores`: the typed 得分 too. */
  weightScale?: { scale: 100; scores: boolean };
}

/** Where the right half of a table printed in two halves lies, and where its rows are read (below the left half's last row). */
export interface Halves {
  /** The first grid row (under the header) and the left half's last indicator row. */
  top: number;
  bottom: number;
  /** Rows of the right half, from top. */
  rows: number;
  /** The right half's columns on the sheet, and how far right of the left half they lie. */
  left: number;
  right: number;
  shift: number;
}

/** Where a table laid across lies: its labels down column col from row top. */
export interface Transposed {
  top: number;
  col: number;
}
