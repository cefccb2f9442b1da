/**
 * Money written as one sentence under 资金总额及构成 (乡镇 and county 项目绩效目标表): “项目资金总额 120 万元，其中财政拨款
 * 100 万元，其他资金 20 万元”, colons or none, parts in brackets or not. The label read the sentence's first amount as the
 * total; here the sentence's own words say which amount is the total and which are its fiscal and other parts. A sentence
 * of parts only (“财政拨款80万元，自筹资金20万元”) makes the total their sum, not its first part.
 */
import type { Amount, Funds } from '../domain/model';
import { cellText, cellValue, rowWidth, type Grid } from './grid';

const AMOUNT = /(\d[\d,，]*(?:\.\d+)?)\s*(亿元|万元|千元|元|亿|万)/g;
// A clause's end: its label is the text after the last of these before the amount.
const CLAUSE = /[，,；;。、\s()（）]/;
const TOTAL = /(总额|总计|合计|总预算|预算总数|资金总数|总投资|资金规模)$|^(预算|预算数|预算资金|项目资金|项目预算)$/;
const OTHER = /自筹|自有|其他|社会|单位资金|地方配套|群众|贷款|捐赠|事业收入|经营收入/;
const FISCAL = /财政|拨款|中央|省级|市级|县级|区级|本级|上级|补助|一般公共预算|政府性基金|国有资本经营|专项资金/;

// 'aside': money the sentence names that is neither a source split nor unknown — a batch (本次下达), a carry-over, a bond.
type Kind = 'total' | 'fiscal' | 'other' | 'aside';
const ASIDE = /下达|追加|结转|结余|债券/;

interface Part {
  kind: Kind | null;
  amount: Amount;
  /** The clause as written (“道路配套20万元”), for saying which amount was not read. */
  text: string;
}

function kindOf(label: string): Kind | null {
  if (!label) return null;
  if (TOTAL.test(label)) return 'total';
  if (ASIDE.test(label)) return 'aside';
  if (OTHER.test(label)) return 'other';
  return FISCAL.test(label) ? 'fiscal' : null;
}

/** The label of the clause an amount closes: the words after the clause's start, without 其中 and a colon. */
function labelBefore(text: string, from: number, at: number): string {
  const head = text.slice(from, at).replace(/[\s:：]+$/, '');
  let i = head.length;
  while (i > 0 && !CLAUSE.test(head[i - 1])) i--;
  return head
    .slice(i)
    .replace(/^(其中|含)[:：]?/, '')
    .replace(/[:：为是计共约]+$/, '')
    .trim();
}

// “120万元，其中…” / “120万元（其中：…）”: an amount whose parts follow is the whole, whatever its own label says.
const PARTS_FOLLOW = /^[\s，,；;。：:]*[（(]?\s*(其中|含)/;

/**
 * The sentence's amounts, each with its label's kind. A bracket after a part splits that part further (“财政拨款185.9万元
 * （其中：上级…）”) and is not read; a bracket after the total lists the total's parts (“总额120万元（财政拨款100万元、自筹20万元）”)
 * and is read as if written without it.
 */
export function sentenceParts(text: string, row: number, col: number): Part[] {
  const out: Part[] = [];
  let end = 0;
  let depth = 0;
  let scanned = 0;
  // The bracket depths whose amounts are the total's parts (opened right after the total).
  let openAfter: Kind | null = null;
  let partsDepth = -1;
  for (const m of text.matchAll(AMOUNT)) {
    const at = m.index!;
    for (let i = scanned; i < at; i++) {
      const ch = text[i];
      if (ch === '（' || ch === '(') {
        depth++;
        if (depth === 1 && openAfter === 'total') partsDepth = 1;
      } else if ((ch === '）' || ch === ')') && depth > 0) {
        if (depth === partsDepth) partsDepth = -1;
        depth--;
      } else if (!/[\s，,；;。：:]/.test(ch) && depth === 0) openAfter = null;
    }
    scanned = at + m[0].length;
    if (depth === 0 || (depth === 1 && partsDepth === 1)) {
      const number = m[1].replace(/[,，]/g, '');
      const label = labelBefore(text, end, at);
      const kind = kindOf(label) ?? (depth === 0 && PARTS_FOLLOW.test(text.slice(scanned)) ? 'total' : null);
      out.push({ kind, amount: { value: Number(number), number, row, col }, text: `${label}${m[0]}` });
      openAfter = depth === 0 ? kind : null;
    } else openAfter = null;
    end = scanned;
  }
  return out;
}

const sum = (parts: Amount[]): Amount => {
  if (parts.length === 1) return parts[0];
  const value = Math.round(parts.reduce((s, a) => s + a.value!, 0) * 1e6) / 1e6;
  return { value, number: String(value), row: parts[0].row, col: parts[0].col, sumOf: parts };
};

const inCell = (a: Amount | null, row: number, col: number): boolean => !!a && a.row === row && a.col === col;

/**
 * When the total (or a part) was read from a cell holding such a sentence, the sentence's own labels settle the
 * total, the fiscal part and the other part. An amount whose label says neither (a use — “道路配套20万元” — or a
 * source this reader does not know) is left out, and named in `f.unread` so the reader says it could not place it;
 * the rest is read. A sentence of uses only (“道路硬化80万元，桥梁维修20万元”) leaves the parts unknown.
 */
export function sentenceFunds(g: Grid, f: Funds): void {
  const a = f.total ?? f.fiscal;
  if (!a || a.sumOf) return;
  const v = cellValue(g, a.row, a.col);
  if (typeof v !== 'string') return a === f.total ? partsBeside(g, f, a) : undefined;
  const parts = sentenceParts(v, a.row, a.col);
  if (parts.length < 2 && a === f.total) return partsBeside(g, f, a); // “120万元” alone: the sentence may stand beside it
  if (parts.length < 2) return;
  wholeFirst(parts);
  const unread = parts.filter((p) => p.kind === null && p.amount.value !== 0).map((p) => p.text);
  if (unread.length) f.unread = unread;
  const of = (k: Kind) => parts.filter((p) => p.kind === k).map((p) => p.amount);
  const [total, fiscal, other] = [of('total'), of('fiscal'), of('other')];
  if (!total.length && unread.length) return noTotal(f, a, fiscal, other);
  if (total.length > 1 || (!total.length && !(fiscal.length && other.length))) return;
  // 上年结转 beside 财政拨款 and 其他资金 is a source of its own: the parts named would not add up to the total.
  if (parts.some((p) => p.kind === 'aside' && p.amount.value !== 0)) {
    if (total.length && (f.total === null || inCell(f.total, a.row, a.col))) f.total = total[0];
    return;
  }
  const own = (x: Amount | null) => x === null || inCell(x, a.row, a.col);
  if (fiscal.length && own(f.fiscal)) f.fiscal = sum(fiscal);
  if (other.length && own(f.other)) {
    f.other = sum(other);
    f.otherLine = true;
  }
  if (own(f.total)) f.total = total.length ? total[0] : sum([...fiscal, ...other]);
}

/**
 * Parts only, one of them unplaced (“财政拨款80万元，道路配套20万元”): neither the first amount nor the sum is provably the
 * budget, so the total is left unread — not guessed — and the named parts are read; `noTotal` makes the reader say so
 * (and keeps funds.ts from adding the parts up). Only a total read from this very cell is dropped.
 */
function noTotal(f: Funds, a: Amount, fiscal: Amount[], other: Amount[]): void {
  const own = (x: Amount | null) => x === null || inCell(x, a.row, a.col);
  if (!own(f.total)) return;
  f.total = null;
  f.noTotal = true;
  if (fiscal.length && own(f.fiscal)) f.fiscal = sum(fiscal);
  else if (!fiscal.length && inCell(f.fiscal, a.row, a.col)) f.fiscal = null;
  if (other.length && own(f.other)) {
    f.other = sum(other);
    f.otherLine = true;
  } else if (!other.length && inCell(f.other, a.row, a.col)) f.other = null;
}

/**
 * “项目经费120万元，财政拨款100万元，自筹20万元”, “项目经费120万元，道路硬化100万元，桥梁维修20万元”: an unlabelled first amount
 * that the rest add up to is the total.
 */
function wholeFirst(parts: Part[]): void {
  const [first, ...rest] = parts;
  if (first.kind !== null || rest.some((p) => p.kind === 'total' || p.kind === 'aside')) return;
  const s = Math.round(rest.reduce((t, p) => t + p.amount.value!, 0) * 1e6) / 1e6;
  if (s === first.amount.value) first.kind = 'total';
}

/**
 * 资金总额及构成 | 120 | 其中财政拨款100万元，其他资金20万元: the total in a number cell, its parts as a sentence in the next
 * filled cell. Read only when every amount's label is a part (fiscal or other) and the table names no part elsewhere.
 */
function partsBeside(g: Grid, f: Funds, a: Amount): void {
  if (f.fiscal || f.other) return;
  for (let c = a.col + 1; c <= Math.min(g.colCount, a.col + 3); c++) {
    const v = cellValue(g, a.row, c);
    if (v === null || v === undefined || v === '') continue;
    if (typeof v !== 'string') return;
    const parts = sentenceParts(v, a.row, c);
    if (parts.length < 2 || parts.some((p) => p.kind === null || p.kind === 'total' || p.kind === 'aside')) return;
    const of = (k: Kind) => parts.filter((p) => p.kind === k).map((p) => p.amount);
    const [fiscal, other] = [of('fiscal'), of('other')];
    if (fiscal.length) f.fiscal = sum(fiscal);
    if (other.length) {
      f.other = sum(other);
      f.otherLine = true;
    }
    return;
  }
}

const PARTS_LINE = /^其中\s*[:：]\s*(.+)$/;
const PART_CLAUSE = /^([^\d:：]{2,12}?)\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:亿元|万元|千元|元|亿|万)?$/;

/**
 * “年度资金总额：160” over “其中：上级资金120，本级资金40” (a district form; no unit, the head says 万元): a 其中 line listing
 * two or more sources, each a fiscal or other label with its amount. Read when the total is known and no part was read, and
 * only when every clause is such a part.
 */
export function partsLine(g: Grid, from: number, to: number, left: number, right: number, f: Funds): void {
  if (!f.total || f.fiscal || f.other) return;
  for (let r = from; r < to; r++) {
    for (let c = left, w = Math.min(right, rowWidth(g, r)); c <= w; c++) {
      const m = PARTS_LINE.exec(cellText(g, r, c).trim());
      if (!m) continue;
      const clauses = m[1].split(/[，,、；;]\s*|\s+(?=\D)/).filter(Boolean);
      if (clauses.length < 2) continue;
      const parts: { kind: Kind | null; amount: Amount }[] = [];
      for (const t of clauses) {
        const x = PART_CLAUSE.exec(t.trim());
        if (!x) break;
        const number = x[2].replace(/,/g, '');
        parts.push({ kind: kindOf(x[1].trim()), amount: { value: Number(number), number, row: r, col: c } });
      }
      if (parts.length !== clauses.length || parts.some((p) => p.kind !== 'fiscal' && p.kind !== 'other')) continue;
      const of = (k: Kind) => parts.filter((p) => p.kind === k).map((p) => p.amount);
      if (of('fiscal').length) f.fiscal = sum(of('fiscal'));
      if (of('other').length) {
        f.other = sum(of('other'));
        f.otherLine = true;
      }
      return;
    }
  }
}
