/**
 * `fill`: the self-evaluation columns (docs/contracts.md §4) as a plan. Existing columns are used in place
 * (empty cells filled, nothing a person typed overwritten); missing ones are added to the right of
 * the table; each project gets a funds line and a total line where it has none.
 */
import type { Config } from '../domain/config';
import type { IndicatorRow, Project } from '../domain/model';
import type { ProjectScore, RowScore } from '../domain/scoring';
import { isReasonPlaceholder, reasonPlaceholder } from '../domain/reason-placeholder';
import { formatValue } from '../domain/value';
import { percentFormat } from '../domain/format-words';
import { cellFormula, cellText, cellValue, numFormat, type Grid } from '../sheet/grid';
import { address, colLetters } from '../sheet/a1';
import { SEVERITY_COLORS, type Edit } from '../sheet/plan';
import { inPoints } from './formula-weight';
import { holdsAlready } from './fill-same';
import { pointsOf, scoresInHundredths } from './fraction-scores';
import { dateScoreFormula } from './formula-date';
import { rateScoreFormula } from './formula-rate';
import { executionRateFormula, executionScoreFormula, gradeFormula, pointsRef, rowScoreFormula, runs, totalFormula } from './formulas';

export const SELF_EVAL_LABELS = { actual: '实际完成值', weight: '分值', score: '得分', reason: '偏差原因分析及改进措施' } as const;
type SeRole = keyof typeof SELF_EVAL_LABELS;

/**
 * The exact shapes of the formulas this product writes (formulas.ts), so a re-run may replace
 * them; any other formula is the user's and is never touched — a loose pattern once took a
 * person's own ROUND(MIN(E6/C6,1)*F6,2) for ours.
 */
const REF = '\\$?[A-Z]{1,3}\\$?\\d+';
const AREF = `(?:${REF}|ASC\\(${REF}\\))`; // the actual read through ASC (session 16, formula-asc.ts), or as before
// What the actual's reading may do before its text is read (formulas.ts numberOf): a bare number in the sheet's money unit
// (sheetUnit), a %-cell's number ×100 or a number ≤ 1 ×100 (session 8), text holding only a fraction ×100 (session 9).
const N = `--\\(${REF}&""\\)`;
const READ_AHEAD =
  `(IF\\(ISNUMBER\\((?:${N}|--SUBSTITUTE\\(${REF},"%","x"\\))\\),IF\\(AND\\(${N}>0,${N}\\*${N}\\*[\\d.]+[<>][\\d.]+\\),${N}(\\*[\\d.]+)?(/[\\d.]+)?,${N}\\),)?` +
  `(IF\\(ISNUMBER\\(${REF}\\),(${REF}\\*100|IF\\(${REF}<=1,${REF}\\*100,${REF}\\)),)?` +
  `(IF\\(ISNUMBER\\(SEARCH\\("%",${REF}\\)\\)\\+NOT\\(ISNUMBER\\(${N}\\)\\),)?` +
  // … an actual in another unit of the target's quantity, or its rate unit typed short (formulas.ts otherUnit): “万元”, “元” searched first
  `(IF\\(ISNUMBER\\(SEARCH\\("(?:[^"]|"")*",${REF}\\)\\),)*`;

const BARE = `SUBSTITUTE\\(SUBSTITUTE\\(${REF}," ",""\\),"\u3000",""\\)`;

const OURS = [
  // row score, qualitative
  new RegExp(`^IF\\(${REF}="","",IFERROR\\(ROUND\\(${REF}\\*IF\\(OR\\(ISNUMBER\\(SEARCH\\("部分",`),
  // … with, before the words, the 是/否 answers (a 是/否 target) and the target repeated word for word (actualGrade)
  new RegExp(
    `^IFERROR\\(ROUND\\((${REF}|--SUBSTITUTE\\(SUBSTITUTE\\(${REF},"分",""\\)," ",""\\)|[\\d.]+)(?:\\*100)?\\*` + // ×100: a 权重 of fractions (formula-weight.ts)
      `(IF\\(SUBSTITUTE\\(${REF}," ",""\\)="[是否]",[\\d.]+,)*` +
      `(IF\\(SUBSTITUTE\\(SUBSTITUTE\\(${REF}," ",""\\),"\u3000",""\\)="(?:[^"]|"")*",[\\d.]+,)?` +
      // … the none and direction layers (value-none.ts, value-direction.ts): words searched in the actual without spaces
      `(IF\\(COUNT\\(SEARCH\\(\\{"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*\\},(?:"\\|"&)?${BARE}(?:&"\\|")?\\)\\),(?:[\\d.]+|NA\\(\\)),)*` +
      `(?:IF\\(COUNT\\(SEARCH\\(\\{"部分",|LOOKUP\\(9\\^9,SEARCH\\(\\{"达成",)`, // the grade words: by grade (session 12), one LOOKUP (session 13)
  ),
  // row score, quantitative: B is always MAX(0, the actual without its unit)
  new RegExp(`^IFERROR\\(ROUND\\(.*MAX\\(0,(--)?SUBSTITUTE\\(${REF},"[^"]*",""\\).*\\),""\\)$`),
  // … and, since operators typed with the actual are read, the same with “≥”/“≤” dropped first (a number ≤ 1 under a % target read ×100)
  new RegExp(`^IFERROR\\(ROUND\\(.*MAX\\(0,${READ_AHEAD}--SUBSTITUTE\\(SUBSTITUTE\\(SUBSTITUTE\\(${AREF},"≥",""\\),"≤",""\\),"[^"]*",""\\).*\\),""\\)$`),
  // … and for a count per year (“次/年”), the year's count (“次”) dropped too
  new RegExp(`^IFERROR\\(ROUND\\(.*MAX\\(0,${READ_AHEAD}--SUBSTITUTE\\(SUBSTITUTE\\(SUBSTITUTE\\(SUBSTITUTE\\(${AREF},"≥",""\\),"≤",""\\),"[^"]*",""\\),"[^"]*",""\\).*\\),""\\)$`),
  // … and with the actual's own spelling read past (words dropped, full-width or Chinese numerals swapped for digits: formulas.ts spellingOf)
  new RegExp(`^IFERROR\\(ROUND\\(.*MAX\\(0,${READ_AHEAD}--(SUBSTITUTE\\()+${AREF},"≥",""\\),"≤",""\\)(,"(?:[^"]|"")*","(?:[^"]|"")*"\\))+.*\\),""\\)$`),
  // row score, a deadline (formula-date.ts): the weight when the actual's serial day is before the day after it
  new RegExp(`^IFERROR\\(IF\\(AND\\(ISNUMBER\\((${REF})\\),ABS\\(\\1-50000\\)<=30000\\),IF\\(\\1<[\\d.]+,.+,0\\),NA\\(\\)\\),""\\)$`),
  // execution rate and score
  new RegExp(`^IF\\(OR\\(${REF}="",N\\(${REF}\\)<=0\\),"",${REF}/${REF}\\)$`),
  new RegExp(`^IF\\((${REF}|\\(${REF}/${REF}\\))="","",ROUND\\(MIN\\(\\1,1\\)\\*[\\d.]+,\\d+\\)\\)$`),
  // total and grade
  new RegExp(`^IF\\(OR\\((COUNTBLANK\\([^)]*\\)\\+?)*(0)?>0,.*=""\\),"",ROUND\\(SUM\\(`),
  new RegExp(`^IF\\((${REF})="","",IF\\(\\1>=[\\d.]+,"优",IF\\(\\1>=[\\d.]+,"良",IF\\(\\1>=[\\d.]+,"中","差"\\)\\)\\)\\)$`),
];

export function isOurFormula(f: string | null): boolean {
  if (!f) return false;
  const t = f.replace(/^=/, '');
  return OURS.some((re) => re.test(t));
}

interface Ctx {
  g: Grid;
  p: Project;
  s: ProjectScore;
  cfg: Config;
  edits: Edit[];
  /** Edits on rows fill inserts (the grid's cells at those coordinates are the rows below): every one is written. */
  inserted?: true;
}

// Two literals, not a spread of a conditional object: a plan holds a million of these.
function put(c: Ctx, row: number, col: number, value: string | number | null, numFmt?: string): void {
  const e: Edit = numFmt ? { kind: 'value', sheet: c.g.name, row, col, value, numFormat: numFmt } : { kind: 'value', sheet: c.g.name, row, col, value };
  if (c.inserted || !holdsAlready(c.g, e)) c.edits.push(e);
}

function formula(c: Ctx, row: number, col: number, f: string, cached: string | number | null, numFmt?: string): void {
  const e: Edit = numFmt
    ? { kind: 'formula', sheet: c.g.name, row, col, formula: f, cached, numFormat: numFmt }
    : { kind: 'formula', sheet: c.g.name, row, col, formula: f, cached };
  if (c.inserted || !holdsAlready(c.g, e)) c.edits.push(e);
}

function label(c: Ctx, row: number, col: number, text: string): void {
  put(c, row, col, text);
  c.edits.push({ kind: 'bold', sheet: c.g.name, row, col });
}

/** Empty, or holding something we wrote earlier (our formula or our stub). */
function ours(c: Ctx, row: number, col: number): boolean {
  const t = cellText(c.g, row, col).trim();
  const f = cellFormula(c.g, row, col);
  if (f) return isOurFormula(f);
  return t === '' || isReasonPlaceholder(t);
}

function columnsFor(p: Project): Record<SeRole, number> & { added: SeRole[] } {
  const added: SeRole[] = [];
  let next = p.lastCol + 1;
  const col = (role: SeRole) => {
    const c = p.columns[role];
    if (c !== undefined) return c;
    added.push(role);
    return next++;
  };
  return { actual: col('actual'), weight: col('weight'), score: col('score'), reason: col('reason'), added };
}

function reasonFact(ind: IndicatorRow, rs: RowScore): string {
  const a = ind.actual ? formatValue(ind.actual) : '';
  const t = formatValue(ind.target);
  if (rs.reasonNeeded === 'over') return `实际完成 ${a}，超出指标值 ${t} 较多，请说明是否指标值设定偏低`;
  const pct = rs.completion !== null ? `，完成 ${(rs.completion * 100).toFixed(2)}%` : '';
  return `实际完成 ${a}，未达到指标值 ${t}${pct}`;
}

function fillRows(c: Ctx, cols: ReturnType<typeof columnsFor>): void {
  const { g, p, s, cfg } = c;
  p.indicators.forEach((ind, i) => {
    const rs = s.rows[i];
    const r = ind.row;
    const pctTarget = ind.target.unit === '%';
    const actualFmt = ind.actualFrom ? numFormat(g, ind.actualFrom.row, ind.actualFrom.col) : numFormat(g, r, cols.actual);
    // Added columns copy the table's last column's format: a date or percent there (a 时效 target)
    // would show 分值 8.33 as a date. Such cells get General back.
    const copied = numFormat(g, r, p.lastCol);
    const plain = (role: SeRole) => (cols.added.includes(role) && copied && copied !== 'General' && copied !== '@' ? 'General' : undefined);
    // These set a format with an empty value: never over a cell that holds something (a remark typed beside the table).
    const free = (cols.added.includes('actual') && pctTarget) || plain('actual') ? ours(c, r, cols.actual) : false;
    if (free && cols.added.includes('actual') && pctTarget) c.edits.push({ kind: 'value', sheet: g.name, row: r, col: cols.actual, value: null, numFormat: '0.00%' });
    else if (free && plain('actual')) c.edits.push({ kind: 'value', sheet: g.name, row: r, col: cols.actual, value: null, numFormat: 'General' });
    const percentCell = cols.added.includes('actual') ? pctTarget : percentFormat(actualFmt);
    if (rs.weight !== null && ours(c, r, cols.weight) && ind.sheetWeight === null) put(c, r, cols.weight, rs.weight, plain('weight'));
    if (rs.weight !== null && rs.method && ours(c, r, cols.score) && (ind.sheetScore === null || ind.scoreIsFormula)) {
      // A 分值 merged over several rows (merged-points.ts): the merge's cell holds the group's points, each row a share.
      const wf = ind.weightFrom;
      const weightRef = inPoints(
        p,
        wf // a 权重 column of fractions: ×100 (formula-weight.ts)
          ? `(${pointsRef(address(wf.row, wf.col), cellValue(g, wf.row, wf.col), null)}/${wf.n})`
          : pointsRef(address(r, cols.weight), cellValue(g, r, cols.weight), ind.sheetWeight ?? rs.weight),
        ind.sheetWeight ?? rs.weight,
      );
      // An actual merged down over several indicators: Excel reads the covered cell as empty, the merge's cell holds it.
      const actualRef = ind.actualFrom ? address(ind.actualFrom.row, ind.actualFrom.col) : address(r, cols.actual);
      const f =
        // An approximate actual (约40套) is not scored: the formula is the one for an empty cell, which reads no number in it.
        rowScoreFormula(rs.blocked === 'approx' ? { ...ind, actual: null } : ind, rs.method, weightRef, actualRef, percentCell, cfg, p.money?.unit) ??
        dateScoreFormula(ind, rs.method, weightRef, actualRef, cellValue(g, r, cols.actual));
      const cached = rs.score ?? '';
      if (f) formula(c, r, cols.score, f, cached, plain('score'));
      else if (rs.score !== null) put(c, r, cols.score, rs.score, plain('score'));
    }
    const reasonOwn = cellText(g, r, cols.reason).trim();
    // A row under a 偏差原因 merged down from a row above (indicator.ts reasonText): the merge's text is its reason, its cell is not fill's.
    if (reasonOwn === '' && ind.reason !== '') return;
    if (rs.reasonNeeded && (reasonOwn === '' || isReasonPlaceholder(reasonOwn)) && ind.actual) {
      // The same stub a run before wrote (and flagged): left as it is.
      const stub = reasonPlaceholder(reasonFact(ind, rs));
      if (cellText(g, r, cols.reason) === stub) return;
      put(c, r, cols.reason, stub);
      c.edits.push({ kind: 'fill', sheet: g.name, row: r, col: cols.reason, color: SEVERITY_COLORS.warning });
    } else if (!rs.reasonNeeded && isReasonPlaceholder(reasonOwn)) {
      put(c, r, cols.reason, null);
    }
  });
}

/**
 * New columns look like the table: each cell takes the format of the table's last column in its row. The added
 * columns are side by side (columnsFor): one copy-format edit a row covers them all.
 */
function headerLabels(c: Ctx, cols: ReturnType<typeof columnsFor>): void {
  const from = c.p.lastCol;
  const rows = [c.p.headerRow, ...c.p.repeatedHeaders, ...c.p.indicators.flatMap((x) => [x.row, ...(x.fragmentRows ?? [])])];
  const n = cols.added.length;
  if (!n) return;
  const first = cols[cols.added[0]];
  for (const r of rows) {
    c.edits.push(
      n === 1
        ? { kind: 'copyFormat', sheet: c.g.name, row: r, col: first, fromRow: r, fromCol: from }
        : { kind: 'copyFormat', sheet: c.g.name, row: r, col: first, fromRow: r, fromCol: from, cols: n },
    );
  }
  for (const role of cols.added) for (const r of [c.p.headerRow, ...c.p.repeatedHeaders]) label(c, r, cols[role], SELF_EVAL_LABELS[role]);
}

/** Funds line in place (a 自评表's funds block, or the one an earlier run wrote) — or null when the table has none. */
function fundsInPlace(c: Ctx): string | null {
  const { p, s, cfg } = c;
  const f = p.funds;
  const k = f.cols;
  if (s.execution.fromRate) return rateOnlyInPlace(c);
  if (f.headerRow === null || f.row === null || k.total === undefined || k.executed === undefined) return null;
  const row = f.row;
  // The cells the engine read (全年预算数, or 年初预算数 when that is blank).
  const budget = f.total ?? { row, col: k.total };
  const executed = f.executed ?? { row, col: k.executed };
  const budgetRef = address(budget.row, budget.col);
  const execRef = address(executed.row, executed.col);
  // Amounts typed as text (“150.00万元”) are numbers to the engine, not to Excel: then the
  // rate and its score go in as values, so the sheet shows what the pane does.
  const live = [budget, executed].every((x) => typeof cellValue(c.g, x.row, x.col) !== 'string');
  const rateRef = k.rate !== undefined ? address(row, k.rate) : `(${execRef}/${budgetRef})`;
  if (k.rate !== undefined && ours(c, row, k.rate)) {
    if (live) formula(c, row, k.rate, executionRateFormula(execRef, budgetRef), s.execution.rate ?? '', '0.00%');
    else put(c, row, k.rate, s.execution.rate, '0.00%');
  }
  if (k.weight !== undefined && ours(c, row, k.weight) && !cellFormula(c.g, row, k.weight)) put(c, row, k.weight, s.execution.weight);
  if (f.reasonCol !== null) executionReason(c, row, f.reasonCol);
  if (k.score === undefined) return null;
  if (ours(c, row, k.score)) {
    if (live || k.rate !== undefined) formula(c, row, k.score, executionScoreFormula(rateRef, s.execution.weight, cfg.places), s.execution.score ?? '');
    else put(c, row, k.score, s.execution.score);
  }
  return pointsOf(c.g, p, row, k.score, f.score?.value); // ×100 when typed as a fraction (fraction-scores.ts)
}

/** 预算执行率 | 96% | 分值 | 10 | 得分: the rate the sheet gives is the funds line's (formula-rate.ts); null when it has no 得分 cell. */
function rateOnlyInPlace(c: Ctx): string | null {
  const { p, s, cfg } = c;
  const f = p.funds;
  const k = f.cols;
  if (f.row === null || !f.rate || k.score === undefined) return null;
  const row = f.row;
  if (k.weight !== undefined && ours(c, row, k.weight) && !cellFormula(c.g, row, k.weight)) put(c, row, k.weight, s.execution.weight);
  const rateRef = address(f.rate.row, f.rate.col);
  if (ours(c, row, k.score)) formula(c, row, k.score, rateScoreFormula(rateRef, s.execution.weight, cfg.places), s.execution.score ?? '');
  return pointsOf(c.g, p, row, k.score, f.score?.value);
}

/**
 * The execution line the reader took from inside the grid or just under it (预算执行率 | 100% | 97.6% |
 * 10 | 9.76): when the funds block has no 得分, that line is the funds line — its empty cells are
 * filled, and no second 预算执行情况 block is added. Null when the sheet has no such line.
 */
function execLineInPlace(c: Ctx, cols: ReturnType<typeof columnsFor>): string | null {
  const { g, p, s, cfg } = c;
  const line = p.rows.find((x) => x.role === 'funds' && x.code === 'execLine');
  if (!line) return null;
  const row = line.row;
  const f = p.funds;
  // 执行率: the line's own, else the funds block's cell, else computed on the line from the block's amounts.
  let rateRef: string | null = null;
  if (f.rate && f.rate.row === row) rateRef = address(row, f.rate.col);
  else if (f.rate && f.cols.rate !== undefined) rateRef = address(f.rate.row, f.rate.col);
  else if (f.total && f.executed && ours(c, row, cols.actual)) {
    const live = [f.total, f.executed].every((x) => typeof cellValue(g, x.row, x.col) !== 'string');
    if (live) formula(c, row, cols.actual, executionRateFormula(address(f.executed.row, f.executed.col), address(f.total.row, f.total.col)), s.execution.rate ?? '', '0.00%');
    else put(c, row, cols.actual, s.execution.rate, '0.00%');
    rateRef = address(row, cols.actual);
  }
  if (ours(c, row, cols.weight) && !cellFormula(g, row, cols.weight)) put(c, row, cols.weight, s.execution.weight);
  if (ours(c, row, cols.score)) {
    if (rateRef) formula(c, row, cols.score, executionScoreFormula(rateRef, s.execution.weight, cfg.places), s.execution.score ?? '');
    else if (s.execution.score !== null) put(c, row, cols.score, s.execution.score);
  }
  return address(row, cols.score);
}

/** SE-10: 执行率 under the threshold wants a reason: a flagged stub, removed again once it is met. */
function executionReason(c: Ctx, row: number, col: number): void {
  const rate = c.s.execution.rate;
  const own = cellText(c.g, row, col).trim();
  const needed = rate !== null && rate < c.cfg.executionReasonBelow;
  if (needed && (own === '' || isReasonPlaceholder(own))) {
    const pct = (Math.round(rate! * 10000) / 100).toFixed(2);
    const stub = reasonPlaceholder(`预算执行率 ${pct}%，低于 ${c.cfg.executionReasonBelow * 100}%`);
    if (cellText(c.g, row, col) === stub) return;
    put(c, row, col, stub);
    c.edits.push({ kind: 'fill', sheet: c.g.name, row, col, color: SEVERITY_COLORS.warning });
  } else if (!needed && isReasonPlaceholder(own)) put(c, row, col, null);
}

function scoreRuns(c: Ctx, scoreCol: number): { runs: string[]; rescale: number | null; typed: string[] } {
  // A 分值 typed as text the engine cannot read (“二十分”) leaves the pane without a total: its blank 得分 is counted, so Excel has none either.
  const wc = c.p.columns.weight;
  const unread = (x: IndicatorRow) => wc !== undefined && x.sheetWeight === null && typeof cellValue(c.g, x.row, wc) === 'string' && cellText(c.g, x.row, wc).trim() !== '';
  const rows = c.p.indicators.filter((x, i) => !c.s.rows[i].excluded && (c.s.rows[i].weight !== null || unread(x))).map((x) => x.row);
  const anyExcluded = c.s.rows.some((r) => r.excluded);
  // Scores typed as text (“18分”): SUM would skip them, so each is read on its own.
  const typed = rows.filter((r) => typeof cellValue(c.g, r, scoreCol) === 'string' && cellText(c.g, r, scoreCol).trim() !== '' && !cellFormula(c.g, r, scoreCol));
  const asText = new Set(typed);
  const refs = typed.map((r) => pointsRef(address(r, scoreCol), cellValue(c.g, r, scoreCol), c.p.indicators.find((x) => x.row === r)?.sheetScore ?? null));
  // 0.28 typed under a 权重 of 0.3: read ×100, as the pane reads it (fraction-scores.ts).
  for (const [r, ref] of scoresInHundredths(c.g, c.p, rows, scoreCol)) if (!asText.has(r) && asText.add(r)) refs.push(ref);
  return { runs: runs(colLetters(scoreCol), asText.size ? rows.filter((r) => !asText.has(r)) : rows), rescale: anyExcluded ? c.s.weightTotal : null, typed: refs };
}

function totalInPlace(c: Ctx, cols: ReturnType<typeof columnsFor>, execRef: string): boolean {
  const t = c.p.total;
  if (!t) return false;
  const col = t.scoreCol ?? cols.score;
  const { runs: rr, rescale, typed } = scoreRuns(c, cols.score);
  if (ours(c, t.row, col) && (t.score === null || t.scoreCol === null))
    formula(c, t.row, col, totalFormula(rr, execRef, c.cfg.places, rescale, typed), (c.s.sheet ?? c.s).total ?? '');
  if (t.gradeCol && !t.grade) formula(c, t.row, t.gradeCol, gradeFormula(address(t.row, col), c.cfg.grades), (c.s.sheet ?? c.s).grade ?? '');
  return true;
}

// Indexed once per grid: scanning every merge for each project is quadratic on stacked tables.
const ONE_ROW = new WeakMap<Grid, Map<number, Grid['merges']>>();
function oneRowMerges(g: Grid, row: number): Grid['merges'] {
  let byRow = ONE_ROW.get(g);
  if (!byRow) {
    byRow = new Map();
    for (const m of g.merges) if (m.top === m.bottom) (byRow.get(m.top) ?? byRow.set(m.top, []).get(m.top)!).push(m);
    ONE_ROW.set(g, byRow);
  }
  return byRow.get(row) ?? [];
}

/** A grid's merges over more than one row, by top row, and the bottom furthest down among the first i of them. */
const TALL = new WeakMap<Grid, { tops: Int32Array; lowest: Int32Array }>();

function tallMerges(g: Grid): { tops: Int32Array; lowest: Int32Array } {
  let t = TALL.get(g);
  if (!t) {
    const tall = g.merges.filter((m) => m.bottom > m.top).sort((a, b) => a.top - b.top);
    const tops = new Int32Array(tall.length);
    const lowest = new Int32Array(tall.length);
    tall.forEach((m, i) => {
      tops[i] = m.top;
      lowest[i] = Math.max(i ? lowest[i - 1] : 0, m.bottom);
    });
    TALL.set(g, (t = { tops, lowest }));
  }
  return t;
}

/**
 * The first row at or below `at` that no merged area spans from above: rows inserted inside a merge would
 * split it (a funds block merged down beside the grid's end, v186). Only the merges that start at or above
 * the row before are asked, by a binary search: of those, the bottom furthest down says whether one goes on past
 * it (a map of every row of every merge was ~0.5 M entries at 100 000 rows, for one question per table).
 */
export function belowMerges(g: Grid, at: number): number {
  const { tops, lowest } = tallMerges(g);
  for (;;) {
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tops[mid] <= at - 1) lo = mid + 1;
      else hi = mid;
    }
    if (!lo || lowest[lo - 1] < at) return at;
    at = lowest[lo - 1] + 1;
  }
}

/** Inserted funds and total lines under the table (bottom-up order is the caller's job). */
function insertedLines(c: Ctx, cols: ReturnType<typeof columnsFor>, needFunds: boolean, execRefInPlace: string | null): Edit[] {
  const { g, p, s, cfg } = c;
  const out: Edit[] = [];
  const sub: Ctx = { ...c, edits: out, inserted: true };
  // Under an execution line read just below the grid, so the total's reference to it stays put.
  const execLine = needFunds ? 0 : (p.rows.find((x) => x.role === 'funds' && x.code === 'execLine')?.row ?? 0);
  const at = belowMerges(g, Math.max(p.endRow, p.total?.row ?? 0, execLine) + 1);
  const count = (needFunds ? 2 : 0) + (p.total ? 0 : 1);
  const first = Math.min(...(Object.values(p.columns) as number[]));
  // No grid columns read (a 自评表 with its funds block only): no column to put the lines' labels in.
  if (count === 0 || !Number.isFinite(first)) return out;
  // Formats and one-row merges come from the last indicator row, not a closing 其他说明 | 无 line merged across the
  // target column (v85: its B:E merge hid the new block's 全年预算数, so a second fill never read the block back).
  const from = p.indicators.length ? p.indicators[p.indicators.length - 1].row : p.endRow;
  out.push({ kind: 'insertRows', sheet: g.name, at, count, formatFrom: from });
  // Numbers carry their own format where the copied row shows a % or a date (known for its filled
  // cells only, so any such cell marks the row); a plain row adds nothing to the request.
  const fmts = g.numFormats?.[from - 1] ?? [];
  const risky = fmts.some((f) => !!f && /%|[ymdh]/i.test(f.replace(/"[^"]*"|\[[^\]]*\]/g, '')) && !/general/i.test(f));
  const own = (col: number, fmt = 'General'): string | undefined => (risky && numFormat(g, from, col) !== fmt ? fmt : undefined);
  const c0 = Math.min(cols.actual, cols.weight, cols.score, cols.reason);
  let r = at;
  // The sheet's own funds block below the grid moves down with the inserted rows: the new 总分 refers to its 得分 where it lands.
  let execRef = execRefInPlace ? belowInserted(execRefInPlace, at, count) : '""';
  if (needFunds) {
    label(sub, r, first, '预算执行情况');
    // “全年预算数” heads the budget cell so a later run reads this block back as the funds;
    // “原因” heads the cell for the execution-rate explanation (SE-10), where there is room.
    label(sub, r, p.columns.target ?? c0 - 1, '全年预算数');
    // The new rows copy the last indicator row's one-row merged areas (一级+二级 merged on a
    // 满意度 row): a label inside one would vanish into the area's first cell.
    const hidden = (col: number) => oneRowMerges(g, from).some((m) => m.left < col && col <= m.right);
    const reasonCol = [p.columns.description, p.columns.level2].find((x) => x !== undefined && x !== first && x !== p.columns.level3 && x !== p.columns.target && !hidden(x));
    if (reasonCol !== undefined) label(sub, r, reasonCol, '原因');
    ['全年执行数', '执行率', '分值', '得分'].forEach((t, k) => label(sub, r, c0 + k, t));
    r++;
    label(sub, r, first, '年度资金总额');
    const budgetCol = p.columns.target ?? c0 - 1;
    if (p.columns.level3 !== undefined && p.columns.level3 !== first && !hidden(p.columns.level3)) put(sub, r, p.columns.level3, `全年预算数（${p.money.unit}）`);
    const budgetRef = address(r, budgetCol);
    // Relative, so that the funds lines of tables alike are the same up to a copy (tiles.ts).
    // A budget the sheet gives only as its parts (财政拨款 + 其他资金) is their sum here too.
    const t = p.funds.total;
    if (t) formula(sub, r, budgetCol, (t.sumOf ?? [t]).map((x) => `${colLetters(x.col)}${x.row}`).join('+'), t.value, own(budgetCol, '0.00'));
    const e = p.funds.executed;
    // The inserted rows copy the last indicator row's formats (a % or a date in a 时效 row): a
    // number written where such a format would land carries its own, so 分值 10 never shows as 1000%.
    // The sheet's own 执行数 cell, when it has one, is referred to (=K9), as the budget is: one figure to keep up to date.
    if (e && e.row > 0 && cellValue(g, e.row, e.col) === e.value) formula(sub, r, c0, address(e.row, e.col), e.value, '0.00');
    else put(sub, r, c0, e?.value ?? null, '0.00');
    const rateRef = address(r, c0 + 1);
    formula(sub, r, c0 + 1, executionRateFormula(address(r, c0), budgetRef), s.execution.rate ?? '', '0.00%');
    put(sub, r, c0 + 2, s.execution.weight, own(c0 + 2));
    formula(sub, r, c0 + 3, executionScoreFormula(rateRef, s.execution.weight, cfg.places), s.execution.score ?? '', own(c0 + 3));
    if (reasonCol !== undefined) executionReason(sub, r, reasonCol);
    execRef = address(r, c0 + 3);
    r++;
    // The sheet's own 合计 above the new block counts its 得分, as a second run (reading the block back) would write it.
    if (p.total) totalInPlace(sub, cols, execRef);
  }
  if (!p.total) {
    const { runs: rr, rescale, typed } = scoreRuns(c, cols.score);
    const totalCol = needFunds ? c0 + 1 : cols.score;
    label(sub, r, needFunds ? c0 : first, '总分');
    formula(sub, r, totalCol, totalFormula(rr, execRef, cfg.places, rescale, typed), (s.sheet ?? s).total ?? '', own(totalCol));
    label(sub, r, totalCol + 1, '等级');
    formula(sub, r, totalCol + 2, gradeFormula(address(r, totalCol), cfg.grades), (s.sheet ?? s).grade ?? '', own(totalCol + 2));
  }
  return out;
}

/** A1 reference `ref` as it reads once `count` rows are inserted at row `at` (rows from `at` on move down). */
function belowInserted(ref: string, at: number, count: number): string {
  return ref.replace(/^(\$?[A-Z]+\$?)(\d+)$/, (m, c: string, row: string) => (Number(row) >= at ? `${c}${Number(row) + count}` : m));
}

export interface FillResult {
  /** Edits at the table's own rows (original coordinates). */
  inPlace: Edit[];
  /** insertRows + their contents, for this project; apply projects bottom-up. */
  inserted: Edit[];
}

export function planFillProject(g: Grid, p: Project, s: ProjectScore, cfg: Config): FillResult {
  const c: Ctx = { g, p, s, cfg, edits: [] };
  const cols = columnsFor(p);
  headerLabels(c, cols);
  fillRows(c, cols);
  const execRef = fundsInPlace(c) ?? execLineInPlace(c, cols);
  const needFunds = execRef === null;
  if (!needFunds) totalInPlace(c, cols, execRef!);
  const inserted = insertedLines(c, cols, needFunds, execRef);
  return { inPlace: c.edits, inserted };
}
