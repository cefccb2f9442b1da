/**
 * The name label of a fund's or a policy's table rather than a project's: 资金名称, 专项资金名称, and on 区域（转移支付）
 * forms 政策名称, 转移支付（政策）名称, 政策（项目）名称, 专项资金（政策）名称, 补助资金名称 — a fund word, optionally glossed
 * by another in brackets, then 名称. On folded text (ASCII brackets, no spaces).
 */
const FUND = '(?:(?:政府性)?基金项目|专项资金项目|转移支付项目|转移支付资金|转移支付|专项资金|补助资金|专项|资金|政策)';
const GLOSS = '(?:\\((?:项目|资金|政策|专项|专项资金|转移支付)\\))?';

export const FUND_NAME = `(?:${FUND}${GLOSS}|项目\\((?:资金|政策)\\))名称`;
