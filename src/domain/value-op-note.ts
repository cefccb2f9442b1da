/**
 * An operator written with a note right after it that the bound counts (“≥（含）95%”, “不低于（含）90%”, “不超过(含)800元”),
 * or a word of limit before the figure (“至少达到12000平方米”, “最低15年”, “最高800元/平方米”, “上限为5%”), as published
 * 目标表 write them: respelled as the operator the grammar reads (≥95%, 不低于90%, 不低于15年, 不超过800元/平方米).
 * Also 不超出 for 不超过, and the column's own word typed before the figure (“目标值≥100人”, “指标值：≥95%”). Only right before
 * a digit (or an operator): “最高人民法院”, “最低生活保障标准”, “目标明确” are words, not limits.
 */
const OPS = '≥|≤|≧|≦|>=|<=|=>|=<|>|<|＞|＜|不低于|不少于|不小于|不高于|不超过|不大于|大于等于|小于等于|大于或等于|小于或等于|至少|至多';
const NOTED = new RegExp(`^(${OPS})[(（]\\s*含(?:本数)?\\s*[)）](?=\\d)`);
// “不超出20万元”, “不超越”: 不超过 in other words.
const BEYOND = /^不(?:超出|超越)(?=\d)/;
// The column's own word typed before the target: “目标值≥100人”, “指标值：≥95%”, “年度目标值95%”.
const LABEL = /^(?:年度)?(?:目标值|指标值|计划值|标准值|预期值|目标)[:：]?(?=[≥≤≧≦><=＞＜]|\d|(?:不低于|不少于|不小于|不高于|不超过|不大于|至少|至多|达到|达|大于|小于)\d)/;
const LIMIT = /^(?:(至少|最少|最低|下限)|(至多|最多|最高|上限))(?:达到|达|为|是)?(?=\d)/;

/**
 * The value respelled, or null when it has neither. `c`: the value without spaces. A symbol's note is marked 'op-symbol'
 * (NRM-06 offers “≥95%”, and Excel's formula reads past what is typed before the figure, as for “≥=95%”); a word's
 * operator is marked 'word-op' by the grammar that reads it.
 */
export function opNote<T extends { changes: string[] }>(c: string, respell: (s: string) => T): T | null {
  const n = NOTED.exec(c);
  if (n) {
    const inner = respell(n[1] + c.slice(n[0].length));
    return /^[≥≤≧≦><=＞＜]/.test(n[1]) ? { ...inner, changes: ['op-symbol', ...inner.changes] } : inner;
  }
  const b = BEYOND.exec(c);
  if (b) return respell('不超过' + c.slice(b[0].length));
  const l = LABEL.exec(c);
  if (l) {
    const inner = respell(c.slice(l[0].length));
    return { ...inner, changes: ['op-symbol', ...inner.changes.filter((x) => x !== 'op-symbol')] };
  }
  const w = LIMIT.exec(c);
  if (w && w[0] !== '至少' && w[0] !== '至多') return respell((w[1] ? '不低于' : '不超过') + c.slice(w[0].length));
  return null;
}

/** An operator cell of its own with the note after it (“≥（含）”, “≤(含本数)”): the operator alone. */
export function withoutIncluded(s: string): string {
  return s.replace(/[(（]含(?:本数)?[)）]$/, '');
}
