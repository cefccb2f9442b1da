/** Deadlines in a value cell: “2024年12月底前”, “12月底之前完成”, “2021-12-31”, “≤2024年12月”, Excel serials. Pure. */
import type { Op } from './types';
import { readOp, type Read } from './value-read';
import { chineseNumber } from './value-numerals';

// What is to be done by the deadline, after it: “完成”, “前完成项目验收”, “底前全部拨付到位”, “前投入使用” — a verb of
// finishing and, after it, words only (a figure after it, “前完成率100%”, “前完成3次”, makes the cell no deadline).
const DEADLINE_VERB = '完成|完工|竣工|建成|到位|结束|办结|发放|拨付|支付|验收|上线|交付|实施|投入|投用|开工|启动|落实|上报|报送|印发|出台|安装|移交|通过';
export const DATE_TAIL = new RegExp(`^(?:(?:全部|按时|按期|如期|基本)?(?:${DEADLINE_VERB})[\\p{Script=Han}、，,]{0,16})?$`, 'u');
const DATE_MD = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?(底|末|份|初|上旬|中旬|下旬)?(前|之前|以前|止|以内|之内)?(.*)$/;
const DATE_Y = /^(\d{4})年(?:度)?(年底|年末|底|末)?(前|之前|以前|止|内|之内|以内)?(.*)$/;
// “不晚于2025年12月31日”, “最迟11月底”: the latest date, an operator written in words.
const LATEST = /^(?:不晚于|不迟于|最迟于?|最晚于?)/;
// “（含）”, “(含当日)” inside a date (“12月31日（含）前”): the deadline's own day counts, as ≤ says.
const INCLUSIVE_NOTE = /[(（]含[^)）]{0,4}[)）]/g;
// “十二月底前”, “六月三十日”: a month (and day) in Chinese numerals.
const CN_MONTH_DAY = /([零〇一二两三四五六七八九十]{1,3})(?=月(?!份?[零〇一二两三四五六七八九十\d]+[次个]))|(?<=月)([零〇一二两三四五六七八九十]{1,3})(?=[日号])/g;

function digitsInDate(s: string): string {
  if (!/[一二三四五六七八九十]/.test(s)) return s;
  return s.replace(CN_MONTH_DAY, (all: string) => {
    const n = chineseNumber(all);
    return n && n.len === all.length ? n.digits : all;
  });
}
const DATE_ISO = /^(\d{4})([-/.])(\d{1,2})(?:\2(\d{1,2}))?(前|之前|以前|止)?$/;
// “12/31前”, “6.30之前”: a month and day without the year, only with the word that makes it a deadline (“12/31” alone may be a share).
const DATE_SLASH_MD = /^(\d{1,2})[/.](\d{1,2})(前|之前|以前)$/;

const pad = (n: number) => String(n).padStart(2, '0');

function isoDate(y: number | null, m: number | null, d: number | null): string | null {
  if (y !== null && (y < 1900 || y > 2199)) return null; // covers every serial in [20000, 80000]
  if (m !== null && (m < 1 || m > 12)) return null;
  // Day must exist in that month; a year-less 2月29日 is allowed (2000 is a leap year).
  if (d !== null && (d < 1 || m === null || d > new Date(Date.UTC(y ?? 2000, m, 0)).getUTCDate())) return null;
  if (m === null) return y === null ? null : String(y);
  const md = pad(m) + (d === null ? '' : '-' + pad(d));
  return y === null ? '--' + md : `${y}-${md}`;
}

/** "2024年12月底前", "12月底之前完成", "2021-12-31", "≤2024年12月" → date (compact text, no spaces). */
export function readDate(c: string): Read | null {
  let s = c;
  let op: Op | null = null;
  const changes: string[] = [];
  s = digitsInDate(s.replace(INCLUSIVE_NOTE, ''));
  const latest = LATEST.exec(s);
  if (latest) {
    op = '≤';
    s = s.slice(latest[0].length);
    changes.push('word-op');
  }
  const o = latest ? null : readOp(s);
  if (o) {
    op = o.op;
    s = s.slice(o.len);
    if (o.word) changes.push('word-op');
  }
  const lead = /^(截至到|截止到|截至|截止|在|于)/.exec(s);
  if (lead) {
    s = s.slice(lead[0].length);
    if (lead[0].startsWith('截')) op = op ?? '≤';
  }
  const num = (x: string | undefined) => (x === undefined ? null : Number(x));
  let date: string | null = null;
  let before: string | undefined;
  let m = DATE_MD.exec(s);
  // A year-less month needs a day, 底 or 前 ("≤12月" may be a duration of 12 months).
  if (m && DATE_TAIL.test(m[6]) && (m[1] || m[3] || m[4] || m[5])) {
    date = isoDate(num(m[1]), num(m[2]), num(m[3]));
    before = m[5];
  } else if ((m = DATE_Y.exec(s)) && DATE_TAIL.test(m[4]) && (m[2] || m[3])) {
    date = isoDate(num(m[1]), null, null);
    before = m[3];
  } else if ((m = DATE_ISO.exec(s)) && (m[2] !== '.' || m[4])) {
    date = isoDate(num(m[1]), num(m[3]), num(m[4]));
    before = m[5];
  } else if ((m = DATE_SLASH_MD.exec(s)) && (date = isoDate(null, num(m[1]), num(m[2])))) before = m[3];
  if (date === null) return null;
  if (before) {
    op = op ?? '≤';
    changes.push('postfix-op');
  }
  const opWritten = op !== null;
  return { op: op ?? '≤', opWritten, number: null, unit: 'date', rawUnit: null, date, range: false, changes };
}

export function dateText(iso: string): string {
  const m = /^(?:(\d{4})|--)(?:-?(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return `${y}年底`;
  const md = `${Number(mo)}月` + (d ? `${Number(d)}日` : y ? '' : '底');
  return (y ? `${y}年` : '') + md;
}

/** Excel serial → ISO date. Serial 1 is 1900-01-01 and Excel counts a 1900-02-29, so from 61 on day 0 is 1899-12-30. */
export function serialToIso(serial: number): string {
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}
