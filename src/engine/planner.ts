/** Compose the engine's plans: safe fixes, highlights, self-evaluation fill. Pure: analysis in, edits out. */
import { shortCite } from '../domain/rules/cite';
import type { Config } from '../domain/config';
import { RULES } from '../domain/rules';
import type { Diagnostic } from '../domain/rules/types';
import type { Grid } from '../sheet/grid';
import { SEVERITY_COLORS, type Edit, type Plan, type Severity } from '../sheet/plan';
import type { Project } from '../domain/model';
import { colLetters } from '../sheet/a1';
import type { Analysis } from './analyse';
import { planFillProject, SELF_EVAL_LABELS } from './fill';

/** `fill` cannot add a table's self-evaluation columns: another table stands where they would go. */
export class FillRoomError extends Error {}

function rowSpan(p: Project): [number, number] {
  const last = p.rows.length ? p.rows[p.rows.length - 1].row : p.endRow;
  return [p.headerRow, Math.max(p.endRow, p.total?.row ?? 0, last)];
}

/** Tables side by side: the columns a table gets must not land on its neighbour. */
export function checkRoom(projects: Project[]): void {
  // Only tables whose rows overlap can collide: sorted by top row, with the running lowest bottom,
  // each table looks at those neighbours only (a stacked sheet of 7 000 tables compared every pair).
  const spans = projects.map((q, i) => ({ q, i, span: rowSpan(q) })).sort((a, b) => a.span[0] - b.span[0] || a.i - b.i);
  const reach: number[] = [];
  for (const x of spans) reach.push(Math.max(x.span[1], reach.length ? reach[reach.length - 1] : -Infinity));
  for (const p of projects) {
    // A grid fill leaves as it is (a 实施期 grid beside its 年度 one) gets no columns: its neighbour is no obstacle.
    if (!fillsBeside(p)) continue;
    const added = (Object.keys(SELF_EVAL_LABELS) as (keyof typeof SELF_EVAL_LABELS)[]).filter((k) => p.columns[k] === undefined).length;
    if (!added) continue;
    const from = p.lastCol + 1;
    const to = p.lastCol + added;
    const [top, bottom] = rowSpan(p);
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].span[0] <= bottom) lo = mid + 1;
      else hi = mid;
    }
    // The first neighbour in the sheet's order, as the check of every pair found it.
    let hit: { q: Project; i: number } | null = null;
    for (let k = lo - 1; k >= 0 && reach[k] >= top; k--) {
      const { q, i, span } = spans[k];
      if (q === p || span[1] < top || q.lastCol < from || q.firstCol > to) continue;
      if (!hit || i < hit.i) hit = { q, i };
    }
    if (hit) {
      const q = hit.q;
      throw new FillRoomError(
        `工作表“${p.sheet}”项目 ${p.index}“${p.name}”右侧没有空位添加自评列（需要 ${colLetters(from)}–${colLetters(to)} 列，` +
          `项目 ${q.index}“${q.name}”的表格在 ${colLetters(q.firstCol)}–${colLetters(q.lastCol)} 列）：请把两张表上下排列或在中间插入 ${added} 列后再运行`,
      );
    }
  }
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** A finding whose fix its rule declares safe (meta.fix): only those are ever written. */
export function isSafeFix<D extends Pick<Diagnostic, 'rule' | 'fix'>>(d: D): d is D & Required<Pick<Diagnostic, 'fix'>> {
  return !!d.fix && SAFE.has(d.rule);
}

const SAFE = new Set(RULES.filter((r) => r.meta.fix === 'safe').map((r) => r.id));

/** The safe fixes, one edit per cell. Suggested fixes are shown to the user, never written. */
export function fixEdits(diags: Diagnostic[]): Edit[] {
  const seen = new Set<string>();
  const out: Edit[] = [];
  for (const d of diags) {
    if (!isSafeFix(d)) continue;
    const key = `${d.sheet}!${d.fix.row}:${d.fix.col}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: 'value', sheet: d.sheet, row: d.fix.row, col: d.fix.col, value: d.fix.value });
  }
  return out;
}

/**
 * One fill per problem cell (its worst severity) and one note listing every finding on it. Notes
 * stop at `maxNotes` cells (worst first): in Excel each note is its own request, and a sheet with
 * thousands of findings is read in the pane, not in thousands of notes.
 */
export function highlightEdits(diags: Diagnostic[], opts: { includeInfo?: boolean; maxNotes?: number } = {}): Edit[] {
  const cells = new Map<string, Diagnostic[]>();
  for (const d of diags) {
    if (d.severity === 'info' && !opts.includeInfo) continue;
    const key = `${d.sheet}\u0000${d.row}\u0000${d.col}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key)!.push(d);
  }
  const out: Edit[] = [];
  const notes: { rank: number; edit: Edit }[] = [];
  for (const list of cells.values()) {
    const worst = list.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
    const { sheet, row, col } = worst;
    out.push({ kind: 'fill', sheet, row, col, color: SEVERITY_COLORS[worst.severity] });
    const text = ['绩效表助手：', ...list.map((d) => `【${d.rule} ${LABEL[d.severity]}】${d.message}（依据：${shortCite(d.source)}）`)].join('\n');
    notes.push({ rank: RANK[worst.severity], edit: { kind: 'note', sheet, row, col, text } });
  }
  const max = opts.maxNotes ?? Infinity;
  const kept = notes.length > max ? [...notes].sort((a, b) => b.rank - a.rank).slice(0, max) : notes;
  for (const n of kept) out.push(n.edit);
  return out;
}

export interface PlanOptions {
  fix?: boolean;
  highlight?: boolean;
  fill?: boolean;
}

/**
 * Whether `fill` adds self-evaluation columns beside a project's grid: not a long-term grid (the 年度 grid
 * gets them), not a table laid across or printed in two halves (no rows to write beside), and not a sheet
 * where no grid column was read (a 自评表 with its funds block only: nothing to put the columns beside).
 */
export function fillsBeside(p: Project): boolean {
  return p.partOf === undefined && !p.transposed && !p.halves && Object.values(p.columns).some((c) => c !== undefined);
}

export function planAll(grids: Grid[], analysis: Analysis, cfg: Config, opts: PlanOptions): Plan {
  const edits: Edit[] = [];
  planEach(grids, analysis, cfg, opts, (e) => edits.push(e));
  return { edits };
}

/**
 * The plan's edits handed to `each` in plan order as they are made, so that a writer can apply a
 * project's edits while the next is planned (a 100 000-row plan is a million edit objects).
 */
export function planEach(grids: Grid[], analysis: Analysis, cfg: Config, opts: PlanOptions, each: (e: Edit) => void): void {
  // push(...big) overflows the stack on 100k-row sheets: one at a time.
  const add = (xs: Edit[]) => {
    for (const x of xs) each(x);
  };
  if (opts.fix) add(fixEdits(analysis.diagnostics));
  if (opts.highlight) add(highlightEdits(analysis.diagnostics));
  if (opts.fill !== false) {
    const inserted: { sheet: string; row: number; edits: Edit[] }[] = [];
    // Grouped in one pass: a filter per sheet was sheets × projects (1 000 small sheets: a million tests).
    const bySheet = new Map<string, Analysis['projects']>(grids.map((g) => [g.name, []]));
    for (const x of analysis.projects) bySheet.get(x.project.sheet)?.push(x);
    for (const g of grids) {
      const here = bySheet.get(g.name)!;
      if (here.length > 1) checkRoom(here.map((x) => x.project));
      for (const r of here) {
        // A long-term grid keeps its rows as they are: the self-evaluation columns go beside the 年度 grid only.
        // A table laid across has no rows to write beside: fill leaves it as it is (check reads it).
        if (!fillsBeside(r.project)) continue;
        const f = planFillProject(g, r.project, r.score, cfg);
        add(f.inPlace);
        if (f.inserted.length) inserted.push({ sheet: g.name, row: r.project.endRow, edits: f.inserted });
      }
    }
    // Insert bottom-up so every inserted block's coordinates are still the original ones.
    inserted.sort((a, b) => (a.sheet === b.sheet ? b.row - a.row : 0));
    for (const x of inserted) add(x.edits);
  }
}
