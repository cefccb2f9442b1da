/**
 * A 数量指标 row counting money paid out to people or places (发放耕地地力保护补贴 ≥800万元, 兑付补助资金, 拨付奖补资金): the
 * amount delivered is the quantity the project promises, so ≥ is its natural bound — not a cost target to cap with ≤
 * (财预〔2021〕101号 puts 成本 under 成本指标, 发放数量 under 数量指标). A row under 成本指标, or a money name with no word of
 * paying out (项目成本), is still a cost.
 */
import type { IndicatorRow } from '../../model';

const PAID_OUT = /(发放|兑付|兑现|拨付|下达|补贴|补助|奖补|奖励|救助|资助|慰问|抚恤)/;

export function moneyPaidOut(ind: IndicatorRow): boolean {
  return !ind.cost && /数量/.test(ind.level2 ?? ind.level2Text ?? '') && PAID_OUT.test(ind.level3);
}
