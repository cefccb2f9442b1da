/** Types shared across the domain layer. Pure data, no behaviour. */

export type Op = '≥' | '>' | '=' | '≤' | '<';

export type ValueKind = 'quantitative' | 'qualitative' | 'missing';

/** The three grades of a qualitative 实际完成值 (10号: 达成 / 部分达成 / 未达成). */
export type Grade = '达成' | '部分达成' | '未达成';

/** A 指标值 or 实际完成值 cell, parsed (docs/domain.md §8.3). */
export interface ParsedValue {
  /** The cell as found (stringified; Excel numbers keep JS spelling). */
  raw: string;
  kind: ValueKind;
  /** Operator, canonical. A number written without one reads as “=” (opImplicit true); null for text. */
  op: Op | null;
  /** True when no operator was written (VAL-11): scoring treats it as "=" (or "≤" for cost rows). */
  opImplicit: boolean;
  /** The number, exact decimal as a string ("2395.81"), for decimal arithmetic. */
  number: string | null;
  /** The number as a JS number, for JSON output. */
  value: number | null;
  /** Canonical unit ("%", "个", "人次", "万元", "date", …) or null. */
  unit: string | null;
  /** The unit as written, before canonicalisation ("百分号", "条数据"). */
  rawUnit: string | null;
  /** For dates (“2024年12月底前”, Excel serials in a 时效 row): ISO yyyy-mm[-dd]. */
  date: string | null;
  /** Placeholder text (`**`, `XX`, `-`) — VAL-01. */
  placeholder: boolean;
  /** A range such as "90%-95%": `number` is its low bound (op ≥). */
  range: boolean;
  /** The high bound of a range (“90%-95%”, “≥90%且≤95%”), exact decimal; absent otherwise. */
  upper?: string;
  /** "不适用" (SE-14). */
  notApplicable: boolean;
  /** For a qualitative actual value: the grade it names, if it names one. */
  grade: Grade | null;
  /**
   * What normalisation changed, for NRM-06 messages: e.g. 'fullwidth', 'percent-word', 'thousands', 'postfix-op', 'serial-date',
   * 'unit-in-number', 'unit-from-header' (the column header's unit), 'relative' (较上年增长5%), 'periodic' (每年4次), 'deadline-words' (年底前),
   * 'approx' (完成95%, 约120人, 120余人: words around the number), 'percent-word' (百分之九十, 千分之五).
   */
  changes: string[];
}
