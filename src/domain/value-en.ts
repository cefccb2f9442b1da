/**
 * English deadlines with month names (“by December 31, 2024”, “Dec 2024”, “end of 2024”) and money
 * (“RMB 1.2 million”, “¥500,000”, “50 thousand yuan”) respelled in Chinese for the value grammar.
 * Pure; a text that is not one of these comes back as it is (dates: null).
 */
import Big from 'big.js';

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const MONTH_INDEX = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Each shape names which groups hold month, day and year.
const SHAPES: [RegExp, { m?: number; d?: number; y?: number }][] = [
  [new RegExp(`^${MONTH}\\s*${DAY},?\\s+${YEAR}$`, 'i'), { m: 1, d: 2, y: 3 }],
  [new RegExp(`^${DAY}\\s+${MONTH},?\\s+${YEAR}$`, 'i'), { d: 1, m: 2, y: 3 }],
  [new RegExp(`^${MONTH},?\\s+${YEAR}$`, 'i'), { m: 1, y: 2 }],
  [new RegExp(`^${MONTH}\\s*${DAY}$`, 'i'), { m: 1, d: 2 }],
  [new RegExp(`^${DAY}\\s+${MONTH}$`, 'i'), { d: 1, m: 2 }],
  [new RegExp(`^${MONTH}$`, 'i'), { m: 1 }],
  [new RegExp(`^${YEAR}$`), { y: 1 }],
];
const QUARTER = /^Q([1-4]),?\s*(\d{4})$/i;
const QUARTER_FIRST = /^(\d{4})\s*Q([1-4])$/i;
const SYMBOL_OP = /^([≥≤<>=]+)\s*/;
const DONE = /^(?:completed|finished|done|achieved)\s*(?:(on|in|by|before)\s+)?/i;
const BEFORE = /^(?:by|before|no later than|not later than|prior to|on or before|until|till|deadline:?)\s+/i;
const END = /^end(?:\s+of\s+|-)(?:the\s+)?/i;

/** “by December 31, 2024” → “2024年12月31日前”; null when the text is not an English date. */
export function englishDate(text: string): string | null {
  let t = text.trim();
  const sym = SYMBOL_OP.exec(t);
  if (sym) t = t.slice(sym[0].length);
  const done = DONE.exec(t);
  if (done) t = t.slice(done[0].length);
  const before = !!(done && /by|before/i.test(done[1] ?? '')) || BEFORE.test(t);
  t = t.replace(BEFORE, '').replace(/^the\s+/i, '');
  const end = END.test(t);
  t = t.replace(END, '').replace(/\.$/, '');
  // “Q4 2024”, “2024 Q4”: by the end of that quarter.
  const q = QUARTER.exec(t) ?? QUARTER_FIRST.exec(t);
  if (q) {
    const [quarter, year] = q[0].toUpperCase().startsWith('Q') ? [q[1], q[2]] : [q[2], q[1]];
    return `${sym ? sym[1] : ''}${year}年第${quarter}季度${before ? '前' : ''}${done ? '完成' : ''}`;
  }
  for (let i = 0; i < SHAPES.length; i++) {
    const re = SHAPES[i][0],
      at = SHAPES[i][1];
    const m = re.exec(t);
    if (!m) continue;
    const month = at.m ? MONTH_INDEX.indexOf(m[at.m].slice(0, 3).toLowerCase()) + 1 : 0;
    // A bare month or year is a date only when the words around it say so (“end of May”, not “May”).
    if (!at.d && !(at.m && at.y) && !end && !before && !done) return null;
    const y = at.y ? `${m[at.y]}年` : '';
    const mo = month ? `${month}月` : '';
    const d = at.d ? `${Number(m[at.d])}日` : '';
    return `${sym ? sym[1] : ''}${y}${mo}${d}${end ? '底' : ''}${before ? '前' : ''}${done ? '完成' : ''}`;
  }
  return null;
}

const CURRENCY = /(?:(?<![A-Za-z])(?:RMB|CNY)\.?|[¥￥])\s*(?=\d)/i;
const SCALED = /(\d+(?:\.\d+)?)\s*(million|billion|thousand)\b\s*(?:(?:yuan|RMB|CNY)\b|元)?/i;
const CHINESE_SCALE = /^(\d+(?:[.,]\d+)*)\s*(万元|亿元|万|亿|元)?/;

/** “RMB 1.2 million” → “120万元”, “¥500,000” → “500000元”; other text unchanged. */
export function englishMoney(text: string): string {
  let out = text;
  const cur = CURRENCY.exec(out);
  if (cur) out = out.slice(0, cur.index) + out.slice(cur.index + cur[0].length);
  const sc = SCALED.exec(out);
  if (sc) {
    const n = new Big(sc[1]);
    const money = !!cur || sc[0].length > sc[1].length + sc[2].length + 1 || /元|yuan|rmb|cny/i.test(sc[0].slice(sc[1].length));
    const scale = sc[2].toLowerCase();
    // In money, millions are written as 万元 (the forms' unit), billions as 亿元.
    const zh = money
      ? scale === 'million'
        ? `${n.times(100).toFixed()}万元`
        : scale === 'billion'
          ? `${n.times(10).toFixed()}亿元`
          : `${n.times(1000).toFixed()}元`
      : n.times(scale === 'million' ? 1e6 : scale === 'billion' ? 1e9 : 1000).toFixed();
    return out.slice(0, sc.index) + zh + out.slice(sc.index + sc[0].length).replace(/^\s*(?:yuan|RMB|CNY)\b/i, '');
  }
  if (!cur) return text;
  // A currency sign before the number: its unit is 元 (万 and 亿 become 万元 and 亿元).
  const rest = out.slice(cur.index);
  const m = CHINESE_SCALE.exec(rest);
  if (!m) return text;
  const unit = m[2] === undefined ? '元' : m[2].endsWith('元') ? m[2] : `${m[2]}元`;
  return out.slice(0, cur.index) + m[1] + unit + rest.slice(m[0].length);
}
