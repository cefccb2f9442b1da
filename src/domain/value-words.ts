/**
 * Values written in Traditional characters or in English ("不少於90%", "at least 90%", "100 persons",
 * "≤ 10 working days") respelled as the Chinese the value grammar reads, so they get the same op, number
 * and unit. Pure; only spellings listed here change, anything else is left as written.
 */
import { englishDate, englishMoney } from './value-en';

// Traditional → Simplified for the characters that occur in operators, units, date words and grades.
// prettier-ignore
const TRADITIONAL: Record<string, string> = {
  於: '于', 個: '个', 項: '项', 內: '内', 達: '达', 過: '过', 時: '时', 萬: '万', 億: '亿', 場: '场', 臺: '台',
  條: '条', 間: '间', 處: '处', 戶: '户', 隻: '只', 頭: '头', 課: '课', 組: '组', 隊: '队', 節: '节', 塊: '块',
  週: '周', 學: '学', 點: '点', 號: '号', 滿: '满', 張: '张', 冊: '册', 門: '门', 輛: '辆', 棟: '栋', 鐘: '钟',
  畝: '亩', 噸: '吨', 種: '种', 類: '类', 盞: '盏', 輪: '轮', 屆: '届', 維: '维', 適: '适', 預: '预', 標: '标',
  較: '较', 圓: '圆', 結: '结', 驗: '验', 發: '发', 撥: '拨', 實: '实', 辦: '办', 線: '线', 畢: '毕', 後: '后',
  歲: '岁', 為: '为', 與: '与', 數: '数', 幣: '币', 頃: '顷', 層: '层', 級: '级', 優: '优', 無: '无',
};
const TRADITIONAL_CHARS = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');
// Most texts have neither: one test, nothing allocated (units are read for every value of a large sheet).
const FOREIGN = new RegExp(`[A-Za-z¥￥${Object.keys(TRADITIONAL).join('')}]`);

const LATIN = /[A-Za-z]/;

// Operators written before the number; longest phrases first so "less than or equal to" beats "less than".
// prettier-ignore
const EN_PREFIX: [RegExp, string][] = [
  [/^(?:greater|more|higher) than or equal to\b/i, '≥'],
  [/^(?:less|lower|fewer) than or equal to\b/i, '≤'],
  [/^equal to or (?:greater|more|higher) than\b/i, '≥'],
  [/^equal to or (?:less|lower|fewer) than\b/i, '≤'],
  [/^(?:at least|no less than|not less than|no fewer than|not fewer than|no lower than|not lower than|not below|minimum(?: of)?|min\.?)(?=\s|\d|$)/i, '≥'],
  [/^(?:at most|no more than|not more than|no greater than|not greater than|no higher than|not higher than|not exceeding|not to exceed|does not exceed|up to|within|maximum(?: of)?|max\.?)(?=\s|\d|$)/i, '≤'],
  [/^(?:more than|greater than|higher than|over|above|exceeding|exceeds)(?=\s|\d|$)/i, '>'],
  [/^(?:less than|fewer than|lower than|below|under)(?=\s|\d|$)/i, '<'],
  [/^(?:equal to|equals|exactly|reach(?:es)?|achieve[ds]?)(?=\s|\d|$)/i, '='],
];
// A deadline: "before 2024-12-31", "by 2024-12-31", "no later than 2024-12" (the date grammar reads 截至 as ≤).
const EN_BY_DATE = /^(?:no later than|not later than|before|by)\s+(?=\d{4}[-/.]\d)/i;

// Ranges: “between 90% and 95%”, “from 3 to 5 days”, “90% to 95%” (read as 介于…之间 / 90%-95%).
const EN_BETWEEN = /^between\s+(\S.*?)\s+and\s+(\S.*)$/i;
const EN_TO = /^(?:from\s+)?(\d\S*)\s*(?:to|-)\s*(\d.*)$/i;

// Bounds written after the quantity: "95% or above", "3 days or less".
// prettier-ignore
const EN_POSTFIX: [RegExp, string][] = [
  [/\s*(?:or|and) (?:more|above|higher|greater|over)$/i, '以上'],
  [/\s*(?:or|and) (?:less|fewer|below|lower|under)$/i, '以下'],
];

// Units after a number. Latin symbols already read as units ("km", "kWh") stay as written.
// prettier-ignore
const EN_UNITS: [string, string][] = [
  ['percentage ?points?', '个百分点'], ['per ?cent', '%'],
  ['person[- ]?times?', '人次'], ['man[- ]?times?', '人次'], ['persons?', '人'], ['people', '人'], ['participants?', '人'],
  ['(?:working|work|business) ?days?', '工作日'], ['calendar ?days?', '天'], ['days?', '天'],
  ['hours?', '小时'], ['hrs?', '小时'], ['minutes?', '分钟'], ['mins?', '分钟'], ['seconds?', '秒'],
  ['weeks?', '周'], ['months?', '个月'], ['quarters?', '季度'], ['years?', '年'], ['yrs?', '年'],
  ['times', '次'], ['sessions?', '场次'], ['households?', '户'], ['schools?', '所'], ['villages?', '村'],
  ['enterprises?', '家'], ['companies', '家'], ['company', '家'], ['sets?', '套'], ['copies', '份'], ['copy', '份'],
  ['items?', '个'], ['pieces?', '个'], ['pcs', '个'], ['units?', '个'], ['projects?', '个'],
  ['ten ?thousand ?yuan', '万元'], ['million ?yuan', '百万元'], ['yuan', '元'], ['rmb', '元'], ['cny', '元'],
  ['kilomet(?:er|re)s?', '公里'], ['square ?met(?:er|re)s?', '平方米'], ['met(?:er|re)s?', '米'], ['tonnes?', '吨'], ['tons?', '吨'],
];
const EN_UNIT = new RegExp(`(\\d%?)\\s*(${EN_UNITS.map((u) => u[0]).join('|')})(?![A-Za-z])`, 'gi');
const EN_UNIT_LIST = EN_UNITS.map(([re, zh]) => [new RegExp(`^(?:${re})$`, 'i'), zh] as const);

// “200 yuan per person”, “17 yuan/person/day” → 200元/人, 17元/人·天.
const EN_PER = /(元|万元|次|个|人次)((?:\s*(?:\/|\bper\b)\s*[A-Za-z]+)+)/gi;
// prettier-ignore
const PER_WORDS: Record<string, string> = {
  person: '人', people: '人', capita: '人', head: '人', participant: '人', student: '生', household: '户',
  day: '天', month: '月', year: '年', time: '次', mu: '亩',
};

function unitWord(word: string): string {
  for (let i = 0; i < EN_UNIT_LIST.length; i++) {
    const re = EN_UNIT_LIST[i][0],
      zh = EN_UNIT_LIST[i][1];
    if (re.test(word)) return zh;
  }
  return word;
}

/** The text with Traditional characters simplified; 'traditional' in changes when any was. */
function simplify(s: string, changes: string[]): string {
  TRADITIONAL_CHARS.lastIndex = 0;
  if (!TRADITIONAL_CHARS.test(s)) return s;
  changes.push('traditional');
  return s.replace(TRADITIONAL_CHARS, (c) => TRADITIONAL[c]);
}

/** English operator, unit and bound words respelled in Chinese; 'english' in changes when any was. */
function fromEnglish(s: string, changes: string[]): string {
  // “by December 31, 2024” → 2024年12月31日前: a whole cell, or nothing.
  const date = LATIN.test(s) ? englishDate(s) : null;
  if (date !== null) {
    changes.push('english');
    return date;
  }
  // “RMB 1.2 million”, “¥500,000” → 120万元, 500000元.
  const money = englishMoney(s);
  if (money !== s) changes.push('english');
  return fromEnglishWords(money, changes);
}

function fromEnglishWords(s: string, changes: string[]): string {
  if (!LATIN.test(s)) return s;
  let out = s.trim();
  const byDate = EN_BY_DATE.exec(out);
  const between = EN_BETWEEN.exec(out);
  const to = EN_TO.exec(out);
  if (byDate) out = '截至' + out.slice(byDate[0].length);
  else if (between) out = `介于${between[1]}与${between[2]}之间`;
  else if (to) out = `${to[1]}-${to[2]}`;
  else {
    for (let i = 0; i < EN_PREFIX.length; i++) {
      const re = EN_PREFIX[i][0],
        op = EN_PREFIX[i][1];
      const m = re.exec(out);
      if (m) {
        out = op + out.slice(m[0].length).trimStart();
        break;
      }
    }
  }
  for (let i = 0; i < EN_POSTFIX.length; i++) {
    const re = EN_POSTFIX[i][0],
      post = EN_POSTFIX[i][1];
    out = out.replace(re, post);
  }
  out = out.replace(EN_UNIT, (_, num: string, word: string) => num + unitWord(word));
  out = out.replace(EN_PER, (all, unit: string, tail: string) => {
    const per = tail
      .split(/\/|\bper\b/i)
      .map((x) => x.trim())
      .filter((x) => x !== '');
    const zh = per.map((x) => PER_WORDS[x.toLowerCase().replace(/s$/, '')]);
    return zh.every((x) => x !== undefined) ? `${unit}/${zh.join('·')}` : all;
  });
  if (out === s.trim()) return s;
  if (!changes.includes('english')) changes.push('english');
  return out;
}

// Shared by every unchanged text: callers copy before adding to it.
const NONE: readonly string[] = Object.freeze([]);

/** A unit as written in a unit column or after a number ("個", "persons", "workingdays") in Chinese. */
export function chineseUnit(s: string): { text: string; changes: string[] } {
  if (!FOREIGN.test(s)) return { text: s, changes: NONE as string[] };
  const changes: string[] = [];
  const simple = simplify(s, changes);
  if (!LATIN.test(simple)) return { text: simple, changes };
  const zh = unitWord(simple.trim());
  if (zh === simple.trim()) return { text: simple, changes };
  changes.push('english');
  return { text: zh, changes };
}

/** "不少於90%" → "不少于90%", "at least 90 persons" → "≥90人". Other text comes back unchanged. */
export function chineseSpelling(s: string): { text: string; changes: string[] } {
  if (!FOREIGN.test(s)) return { text: s, changes: NONE as string[] };
  const changes: string[] = [];
  const text = fromEnglish(simplify(s, changes), changes);
  return { text, changes };
}
