/**
 * Evidence labels that several rules rest on. For developers only (RuleMeta.evidence, the developer
 * docs): users see the public citation (cite.ts), never these labels.
 * [V] verbatim text seen; [R] recalled wording of an official document, not re-checked; [P] practice.
 */

/** 《项目支出绩效评价管理办法》（财预〔2020〕10号）, its wording recalled, not re-checked against the original. */
export const EVALUATION_MEASURES_2020 = '财预〔2020〕10号 [R]';

/** The 2024 public 天津 table the seed projects come from. */
export const TIANJIN_2024_SEED = 'seed 天津 2024 公开表 [V]';
