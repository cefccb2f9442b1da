/**
 * Older 申报表 carry a 长期 (中长期, 实施期, 总体) 绩效指标 grid above or below the 年度 one, under one
 * 项目名称. A year's self-evaluation scores 实际完成值 against the 年度指标值 (the 自评表 of 财预〔2020〕10号:
 * 全年实际值(B)/年度指标值(A)), so the long-term grid of such a project is read and checked, not self-evaluated.
 */
import type { Project } from '../domain/model';
import { memoise } from '../domain/memo';
import { canonicalName } from '../domain/text';
import { cellText, type Grid } from './grid';
import type { Reader } from './reader';

const NUMBERING = /^([一二三四五六七八九十]+|\d+)[、.．]|^[(（][一二三四五六七八九十\d]+[)）]/;
const LONG = /^(中长期|长期|实施期|总体)(绩效)?(指标|目标)/;
const ANNUAL = /^(本)?年度(绩效)?(指标|目标)/;

export type Horizon = 'long' | 'annual';

// Cells above every stacked table, asked per table: each text squeezed once.
const SPACES = /\s+/g;
const NOT_BLANK = /\S/;
const squeezed = memoise((s) => s.replace(SPACES, ''));

/** Every title gridHorizon takes (LABEL, LONG, ANNUAL) ends its name in 指标 or 目标. */
const NAMED_CHAR = '标';

/** Whether the first cell of row r in [left, right] that is not blank holds `ch` (as the squeezed text would). */
function firstTextHas(g: Grid, r: number, left: number, right: number, ch: string): boolean {
  for (let c = left; c <= right; c++) {
    const raw = cellText(g, r, c);
    if (raw && NOT_BLANK.test(raw)) return raw.indexOf(ch) >= 0;
  }
  return false;
}

/**
 * The title line just above a grid's header (within three rows, nearest first): 长期绩效指标, 年度绩效指标…
 * Only a line of one or two cells counts, so an indicator named “长期目标达成率” is no title.
 */
export function gridHorizon(g: Grid, from: number, headerRow: number, left: number, right: number): Horizon | null {
  for (let r = headerRow - 1; r >= Math.max(from, headerRow - 3, 1); r--) {
    if (!firstTextHas(g, r, left, right, NAMED_CHAR)) continue; // its first text names no horizon: nothing below can
    const texts: string[] = [];
    for (let c = left; c <= right; c++) {
      const t = squeezed(cellText(g, r, c));
      if (t && texts[texts.length - 1] !== t) texts.push(t); // a merged title repeats its text
    }
    if (!texts.length || texts.length > 2) continue;
    const t = texts[0].replace(NUMBERING, '');
    const named = labelHorizon(t);
    if (named) return named;
    if (LONG.test(t)) return 'long';
    if (ANNUAL.test(t)) return 'annual';
  }
  return null;
}

/** A title naming the long-term table (“××项目中长期绩效目标表”), or a sheet named so (“中长期目标”). */
const LONG_TITLE = /(中长期|长期|实施期)(项目)?绩效(目标|指标)(申报)?表?$/;
const LONG_SHEET = /^(中长期|长期|实施期)(绩效)?(目标|指标)/;

/** Every LONG_TITLE has this character: a line with a cell that is not blank and lacks it is no such title. */
const LONG_CHAR = '期';

/** Long-term by the sheet's name or a one-cell title line above the grid (from the end of the table above). */
export function titleHorizon(g: Grid, from: number, headerRow: number, left: number, right: number): Horizon | null {
  if (LONG_SHEET.test(g.name.replace(/\s+/g, ''))) return 'long';
  for (let r = from; r < headerRow; r++) {
    let text = '';
    let n = 0;
    for (let c = left; c <= right && n < 2; c++) {
      const raw = cellText(g, r, c);
      // Asked of every cell between stacked tables (100 000 rows: ~800 000 memo lookups): the common line is settled here.
      if (raw.indexOf(LONG_CHAR) < 0) {
        if (NOT_BLANK.test(raw)) n = 2; // a text without 期: the line is not one long-term title
        continue;
      }
      const t = squeezed(raw);
      if (t && t !== text) {
        text = t;
        n++;
      }
    }
    if (n === 1 && text.length <= 40 && LONG_TITLE.test(text)) return 'long';
  }
  return null;
}

/** A whole cell naming a horizon: “一、长期绩效指标”, “中长期\n绩效指标”, “（二）本年度绩效指标：” — not “年度目标完成率”. */
const LABEL = /^(中长期|长期|实施期|总体|本?年度)(绩效)?(指标|目标)(?:[(（][^)）]*[)）])?[:：]?$/;

/** Years for the word: “2024—2026年” is a period (中长期), “2024年度” / “2024年” one year. */
const YEARS = /^((?:19|20)\d{2})年?(?:[-—–~～至到]((?:19|20)?\d{2,4})年?)?度?/;

function yearsAsWord(t: string): string {
  const m = YEARS.exec(t);
  return m ? (m[2] ? '中长期' : '年度') + t.slice(m[0].length) : t;
}

const labelHorizon = memoise((t): Horizon | null => {
  const m = LABEL.exec(yearsAsWord(t.replace(/\s+/g, '').replace(NUMBERING, '')));
  return !m ? null : m[1].endsWith('年度') ? 'annual' : 'long';
});

/** Where a grid's rows change horizon: a section line across the grid, or a label merged down a column left of every role. */
export interface HorizonBreak {
  row: number;
  horizon: Horizon;
  /** A line of its own (not an indicator), or the first row beside a label cell (an indicator too). */
  line: boolean;
}

/** Row r's horizon break, if any: texts are the row's own texts, count how many are not empty, firstRole the leftmost role column. */
export function horizonBreak(rd: Reader, r: number, texts: string[], first: string, firstRole: number, count: number): HorizonBreak | null {
  if (count === 1 && first.length <= 24) {
    const hz = labelHorizon(first);
    if (hz) return { row: r, horizon: hz, line: true };
  }
  for (let c = 1; c < firstRole && c <= texts.length; c++) {
    const t = texts[c - 1];
    if (!t || t.length > 24 || rd.mergedFromAbove(r, c)) continue;
    const hz = labelHorizon(t);
    if (hz) return { row: r, horizon: hz, line: false };
  }
  return null;
}

/** A header whose first cells, left of every role, name a horizon (a label merged from the header down the grid). */
export function headerHorizon(rd: Reader, h: { row: number; left: number; cols: object }): Horizon | null {
  const firstRole = Math.min(...(Object.values(h.cols) as number[]));
  for (let c = h.left; c < firstRole; c++) {
    const t = rd.own(h.row, c).trim();
    const hz = t && t.length <= 24 ? labelHorizon(t) : null;
    if (hz) return hz;
  }
  return bracketHorizon(rd, h);
}

/** “二级指标(长期)”, “指标值（年度）”: a horizon in brackets after the role heads (one grid's 长期 and 年度 halves side by side). */
const BRACKETED = /[(（](中长期|长期|实施期|本?年度)[)）]$/;

/** The horizon every bracketed role head of the header names (all alike), or null. */
function bracketHorizon(rd: Reader, h: { row: number; cols: object }): Horizon | null {
  let found: Horizon | null = null;
  for (let i = 0, cols = Object.values(h.cols) as number[]; i < cols.length; i++) {
    const m = BRACKETED.exec(squeezed(rd.own(h.row, cols[i])));
    if (!m) continue;
    const hz: Horizon = m[1].endsWith('年度') ? 'annual' : 'long';
    if (found && found !== hz) return null;
    found = hz;
  }
  return found;
}

export interface HorizonPart {
  p: Project;
  horizon: Horizon | null;
  /** Named so by a section line, a label cell or a title: sure enough to join a project with no 年度 title. */
  sure: boolean;
}

/**
 * One read grid as its horizons' grids: the rows from a break to the next go to that break's horizon, those
 * above the first break keep the grid's own; a part without indicators joins the next one (or the last).
 */
export function splitHorizons(p: Project, breaks: HorizonBreak[], own: Horizon | null, sure: boolean): HorizonPart[] {
  if (!breaks.length) return [{ p, horizon: own, sure }];
  const cuts = [{ row: -Infinity, horizon: own }, ...breaks];
  const parts = cuts.map((c, i) => ({ p: { ...p, indicators: [], rows: [], repeatedHeaders: [], total: null, doubts: [] } as Project, horizon: c.horizon, sure: sure || i > 0 }));
  let k = 0;
  const at = (row: number): Project => {
    while (k + 1 < cuts.length && cuts[k + 1].row <= row) k++;
    return parts[k].p;
  };
  for (let i = 0, list = p.rows; i < list.length; i++) {
    const x = list[i];
    at(x.row).rows.push(x);
  }
  k = 0;
  for (let i = 0, list = p.indicators; i < list.length; i++) {
    const x = list[i];
    at(x.row).indicators.push(x);
  }
  k = 0;
  for (let i = 0, list = p.repeatedHeaders; i < list.length; i++) {
    const x = list[i];
    at(x).repeatedHeaders.push(x);
  }
  // Consecutive parts of one horizon, and parts without indicators, join the part after them.
  const kept: HorizonPart[] = [];
  let carry: Project | null = null;
  parts.forEach((x, i) => {
    if (carry) {
      x.p.rows = [...carry.rows, ...x.p.rows];
      x.p.indicators = [...carry.indicators, ...x.p.indicators];
      x.p.repeatedHeaders = [...carry.repeatedHeaders, ...x.p.repeatedHeaders];
      carry = null;
    }
    const next = parts[i + 1];
    if (next && (!x.p.indicators.length || next.horizon === x.horizon)) carry = x.p;
    else kept.push(x);
  });
  // A last part without indicators (the next grid's title line closing this one) stays with the part before.
  const tail = kept[kept.length - 1].p;
  if (kept.length > 1 && !tail.indicators.length) {
    kept.pop();
    const prev = kept[kept.length - 1].p;
    for (let i = 0, list = tail.rows; i < list.length; i++) {
      const x = list[i];
      prev.rows.push(x);
    }
    for (let i = 0, list = tail.repeatedHeaders; i < list.length; i++) {
      const x = list[i];
      prev.repeatedHeaders.push(x);
    }
  }
  for (let i = 0; i < kept.length; i++) {
    const x = kept[i];
    x.p.endRow = x.p.indicators.length ? x.p.indicators[x.p.indicators.length - 1].row : x.p.headerRow;
  }
  const last = kept[kept.length - 1].p;
  last.total = p.total;
  last.endRow = p.endRow;
  return kept;
}

/**
 * A long-term grid becomes part of its project's 年度 grid (same name): on its sheet first, else on another.
 * Named long-term for sure (a section line, a label, a title), it joins a grid of that name with no horizon,
 * a target table first, when no 年度 one exists.
 */
export function linkLongTerm(projects: Project[], horizons: (Horizon | null)[], sure: boolean[]): void {
  const byName = new Map<string, number[]>();
  const keys = projects.map((p) => canonicalName(p.name));
  projects.forEach((_, i) => {
    if (horizons[i] === 'long') return;
    const list = byName.get(keys[i]);
    if (list) list.push(i);
    else byName.set(keys[i], [i]);
  });
  projects.forEach((p, i) => {
    if (horizons[i] !== 'long' || p.partOf !== undefined) return;
    let best = -1;
    let rank = Infinity;
    for (let ix = 0, list = byName.get(keys[i]) ?? []; ix < list.length; ix++) {
      const j = list[ix];
      const q = projects[j];
      if (horizons[j] !== 'annual' && !sure[i]) continue;
      const k = (horizons[j] === 'annual' ? 0 : 4) + (q.sheet === p.sheet ? 0 : 2) + (q.layout === 'target' ? 0 : 1);
      if (k < rank) [best, rank] = [j, k];
    }
    if (best >= 0) p.partOf = projects[best].index;
  });
}
