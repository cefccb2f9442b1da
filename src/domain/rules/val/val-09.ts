/** VAL-09 比较符号方向与指标性质相反 — Operator direction contradicts the indicator. */
import { isCostName, isNegativeName, isSpendingCap, isSpendingCapRate, nameClass } from '../../units';
import type { IndicatorRow } from '../../model';
import type { Rule } from '../types';
import { cite } from '../cite';
import { nameOf } from '../util';
import { isDepartmentWide } from '../hie/department';
import { WRITTEN_OPS } from './shared';
import { moneyPaidOut } from './money-paid';

// On a 部门整体 table 人均 / 生均公用经费 is a level the department guarantees (不低于标准), not a cost to cap.
const PER_HEAD_FUNDING = /(人均|生均|户均).*经费/;

/** Lower is better for this row: a money amount (cost level or cost name), a negative name, or 反向. */
function lowerBetter(ind: IndicatorRow, departmentWide: boolean): 'cost' | 'negative' | 'nature' | null {
  const name = ind.level3;
  const cls = nameClass(name);
  if (isNegativeName(name)) return 'negative';
  if (departmentWide && PER_HEAD_FUNDING.test(name)) return ind.nature === '反向' ? 'nature' : null;
  if ((isCostName(name) && !moneyPaidOut(ind)) || (ind.cost && (cls === null || cls === 'money' || cls === 'rateMoney'))) return 'cost';
  if (ind.nature === '反向') return 'nature';
  return null;
}

export const VAL09: Rule = {
  id: 'VAL-09',
  meta: {
    title: '比较符号方向与指标性质相反',
    titleEn: 'Operator direction contradicts the indicator',
    description:
      '成本指标是“预期控制范围”，应写“≤”（上限）；超支率、投诉率、事故数、差错率、结余率、受害率、发生率、发案率等越低越好（以 % 或 ‰ 计均可），也应写“≤”。写成“≥”“>”时提示。反之，正向的比率（合格率、完成率、满意度 …）写成“≤”“<”时提示。支出的控制率、变动率（“三公”经费控制率 ≤100%）是上限，写“≤”不提示，写成“≥”“>”时提示（压减率、压缩率是要达到的降幅，写“≥”不提示）；部门整体表的人均（生均）公用经费是保障水平，写“≥”不提示。指标性质列为“反向”/“正向”时以其为准。',
    source: cite('VAL-09'),
    evidence: '财预〔2021〕101号 成本“预期控制范围” [V secondary]；seed 项目 6 [V]',
    severity: 'warning',
    fixable: false,
    messages: {
      cost: '“{name}”是成本指标，应为“≤”（控制上限），却写成“{op}”',
      spendingCap: '“{name}”是支出控制率（实际支出不超过预算或上年），应为“≤”（上限），却写成“{op}”',
      negative: '“{name}”越低越好，应为“≤”，却写成“{op}”',
      nature: '“{name}”指标性质为“反向”，比较符号却是“{op}”',
      positive: '“{name}”是正向比率指标，应为“≥”或“=”，却写成“{op}”',
      naturePositive: '“{name}”指标性质为“正向”，比较符号却是“{op}”',
    },
    messagesEn: {
      cost: '“{name}” is a cost indicator and should use “≤” (an upper limit), but is written with “{op}”',
      spendingCap: '“{name}” holds spending to its budget (or last year’s) and should use “≤” (an upper limit), but is written with “{op}”',
      negative: 'Lower is better for “{name}”, so it should use “≤”, but is written with “{op}”',
      nature: '“{name}” is marked 反向 (reverse), but its operator is “{op}”',
      positive: '“{name}” is a positive rate and should use “≥” or “=”, but is written with “{op}”',
      naturePositive: '“{name}” is marked 正向 (positive), but its operator is “{op}”',
    },
  },
  create(ctx) {
    const departmentWide = isDepartmentWide(ctx.project);
    for (let i = 0, list = ctx.project.indicators; i < list.length; i++) {
      const ind = list[i];
      const t = ind.target;
      const op = t.kind === 'quantitative' ? WRITTEN_OPS(t) : null;
      if (!op || t.unit === 'date') continue;
      const down = lowerBetter(ind, departmentWide);
      const report = (messageId: string) => ctx.report({ messageId, data: { name: nameOf(ind), op }, ...ctx.valueCell(ind) });
      if (op === '≥' || op === '>') {
        // “较上年下降10%” on 投诉数量: the ≥ bounds the fall, which is the way a lower-is-better count should go.
        if (down && t.changes.includes('relative-fall')) continue;
        if (down) report(down);
        else if (ind.nature !== '正向' && isSpendingCapRate(ind.level3)) report('spendingCap');
        continue;
      }
      if (op === '≤' || op === '<') {
        if (ind.nature === '正向') report('naturePositive');
        else if (!down && !ind.cost && !isSpendingCap(ind.level3) && (nameClass(ind.level3) === 'percent' || nameClass(ind.level3) === 'satisfaction')) report('positive');
      }
    }
  },
};
