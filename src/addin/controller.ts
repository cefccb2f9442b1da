/**
 * The Office-backed Host: every pane action as one Excel batch — read a snapshot, run the engine,
 * apply its plan, keep the undo journal in the document. Works the same against real Excel
 * (`Excel`, `Office.context`) and against the Excel test double (preview, tests).
 */
import type { Config } from '../domain/config';
import { STANDARD_ROWS, standardRow, rowValueText } from '../domain/standard-rows';
import { analysisOf, startAnalysis, type Analysis, type ProjectResult } from '../engine/analyse';
import { planInsert } from '../engine/insert';
import { fixEdits, highlightEdits, planAll } from '../engine/plan';
import {
  applyPlan, clearUndo, detectCapabilities, loadUndo, queuedRevert, readSnapshot, revert, runBatch, saveUndo, shiftUndoRows, unshiftUndoRows,
  type Capabilities as GwCaps, type ReadHint, type IsSetSupported, type SettingsLike, type Snapshot, type UndoRecord, type XlContext, type XlRunner,
} from '../gateways/office';
import type { Plan } from '../sheet/plan';
import type { Capabilities, Finding, Host, Lang, Progress, ProjectSummary, Settings, StandardRowView, ValidateResult } from '../ui/host';
import { configOf, readSettings, writeSettings } from './settings';
import { findingId, summaries, toFinding } from './summaries';

export interface ControllerDeps {
  excel: XlRunner;
  isSetSupported: IsSetSupported;
  settings: SettingsLike;
  lang: Lang;
}

const LAST_KEY = 'jixiao.undo';
/** Notes per validation (each is its own Excel request); the pane lists every finding anyway. */
const MAX_NOTES = 300;
const MARKS_KEY = 'jixiao.marks';
/** What the last read measured of the sheet (bytes per row, last row): sizes the next read. */
const HINT_KEY = 'jixiao.readHint';

type OnProgress = ((p: Progress) => void) | undefined;

const say = (on: OnProgress, message: string, messageEn: string, fraction: number | null = null) => on?.({ message, messageEn, fraction });

/** Let the pane paint between steps: long work never holds the UI thread for long. */
const breathe = () => new Promise<void>((r) => setTimeout(r, 0));

export class Controller implements Host {
  private caps: GwCaps;
  private last: Analysis | null = null;
  private lastGrids: Snapshot['grids'] = [];
  private readHint: ReadHint | null = null;

  constructor(private deps: ControllerDeps) {
    this.caps = detectCapabilities(deps.isSetSupported);
  }

  capabilities(): Capabilities {
    return { ...this.caps, lang: this.deps.lang };
  }

  private config(): Config {
    return configOf(readSettings(this.deps.settings));
  }

  /** The engine's analysis, one project at a time, yielding so progress shows and the pane stays responsive. */
  private async analyse(snap: Snapshot, cfg: Config, on: OnProgress): Promise<Analysis> {
    const rows = snap.grids.reduce((n, g) => n + g.rowCount, 0);
    say(on, `正在识别 ${snap.grids.length} 个工作表（${rows} 行）…`, `Recognising ${snap.grids.length} sheet(s) (${rows} rows)…`);
    await breathe();
    const run = startAnalysis(snap.grids);
    const results: ProjectResult[] = [];
    let t = Date.now();
    for (let i = 0; i < run.found.length; i++) {
      const project = run.found[i];
      if (Date.now() - t > 40) {
        say(on, `项目 ${i + 1}/${run.found.length}：${project.name}（${project.indicators.length} 行）`, `Project ${i + 1}/${run.found.length}: ${project.name} (${project.indicators.length} rows)`, i / run.found.length);
        await breathe();
        t = Date.now();
      }
      results.push(run.check(i, cfg));
    }
    return analysisOf(results, run.emptySheets);
  }

  /**
   * One command = one Excel batch: read → engine → apply, ≤ 4 syncs. A validation first takes
   * off the marks of the previous one: queued into the read's first sync (Office runs a batch in
   * order, so the read sees the sheet without them), or in a sync of their own when they do not
   * fit one request. Other commands leave marks on and move their undo record past any rows they
   * insert.
   */
  private async command<T>(
    on: OnProgress,
    work: (ctx: XlContext, snap: Snapshot, a: Analysis, cfg: Config) => Plan | null,
    after: (a: Analysis, applied: UndoRecord | null) => T,
    opts: { asMarks?: boolean } = {},
  ): Promise<T> {
    const cfg = this.config();
    say(on, '正在读取工作表…（若正在编辑单元格，请先按 Enter 结束编辑）', 'Reading the sheet… (finish any cell edit with Enter first)');
    const r = await runBatch(this.deps.excel, async (ctx) => {
      const marks = opts.asMarks ? loadUndo(this.deps.settings, MARKS_KEY) : null;
      const prelude = marks ? queuedRevert(ctx, marks) : null;
      if (marks && !prelude) await this.dropMarks(ctx);
      const snap = await readSnapshot(ctx, { scope: readSettings(this.deps.settings).scope, capabilities: this.caps, prelude: prelude ?? undefined, hint: this.hint() });
      this.rememberHint(snap.hint);
      if (marks && prelude) await this.forgetMarks(marks);
      const a = await this.analyse(snap, cfg, on);
      this.last = a;
      this.lastGrids = snap.grids;
      const plan = work(ctx, snap, a, cfg);
      if (!plan || !plan.edits.length) return after(a, null);
      say(on, `正在写入 ${plan.edits.length} 处修改…`, `Writing ${plan.edits.length} changes…`);
      const res = await applyPlan(ctx, plan, snap, { capabilities: this.caps });
      await saveUndo(this.deps.settings, res.undo, LAST_KEY);
      if (opts.asMarks) await saveUndo(this.deps.settings, res.undo, MARKS_KEY);
      else await this.moveMarks(plan);
      return after(a, res.undo);
    }, { undoGroup: this.caps.undoGroup });
    if (r.waitedForCellEdit) say(on, '已等待 Excel 结束单元格编辑后完成。', 'Waited for Excel to leave cell-edit mode.', 1);
    else say(on, '完成。', 'Done.', 1);
    return r.value;
  }

  /**
   * What the last read measured, to size the next one (snapshot.ts). Kept with the document too
   * (saved with the next undo journal), so a reopened pane or the ribbon's 一键校验 has it.
   */
  private hint(): ReadHint | null {
    if (this.readHint) return this.readHint;
    try {
      const h = JSON.parse(String(this.deps.settings.get(HINT_KEY) ?? 'null'));
      if (h && Number.isFinite(h.rowBytes) && h.rowBytes > 0 && Number.isFinite(h.rows)) return (this.readHint = { rowBytes: h.rowBytes, rows: h.rows });
    } catch {
      // an unreadable hint is no hint
    }
    return null;
  }

  private rememberHint(h: ReadHint | null): void {
    this.readHint = h;
    if (h) this.deps.settings.set(HINT_KEY, JSON.stringify({ rowBytes: Math.round(h.rowBytes * 10) / 10, rows: h.rows }));
  }

  private async moveMarks(plan: Plan): Promise<void> {
    let marks = loadUndo(this.deps.settings, MARKS_KEY);
    if (!marks) return;
    const bySheet = new Map<string, { at: number; count: number }[]>();
    for (const e of plan.edits) if (e.kind === 'insertRows') bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), { at: e.at, count: e.count }]);
    if (!bySheet.size) return;
    for (const [sheet, inserts] of bySheet) marks = shiftUndoRows(marks, sheet, inserts);
    await saveUndo(this.deps.settings, marks, MARKS_KEY);
  }

  /** Revert the marks of the last validation, if any (and forget them as the last operation). */
  private async dropMarks(ctx: XlContext): Promise<void> {
    const marks = loadUndo(this.deps.settings, MARKS_KEY);
    if (!marks) return;
    await revert(ctx, marks);
    await this.forgetMarks(marks);
  }

  private async forgetMarks(marks: UndoRecord): Promise<void> {
    const last = loadUndo(this.deps.settings, LAST_KEY);
    if (last && last.createdAt === marks.createdAt) await clearUndo(this.deps.settings, LAST_KEY);
    await clearUndo(this.deps.settings, MARKS_KEY);
  }

  async validate(on?: (p: Progress) => void): Promise<ValidateResult> {
    return this.command(on, (_ctx, _snap, a) => ({ edits: highlightEdits(a.diagnostics, { maxNotes: MAX_NOTES }) }), (a) => ({
      projects: summaries(a),
      findings: a.diagnostics.map((d) => toFinding(d, this.lastGrids)),
      marked: new Set(a.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.sheet}!${d.cell}`)).size,
      notes: this.caps.notes,
    }), { asMarks: true });
  }

  async clearMarks(): Promise<void> {
    await runBatch(this.deps.excel, (ctx) => this.dropMarks(ctx), { undoGroup: this.caps.undoGroup });
  }

  async applyFixes(ids?: string[], on?: (p: Progress) => void): Promise<number> {
    let n = 0;
    await this.command(on, (_ctx, _snap, a) => {
      const wanted = ids ? new Set(ids) : null;
      const chosen = a.diagnostics.filter((d) => d.fix && (!wanted || wanted.has(findingId(d))));
      const edits = fixEdits(chosen);
      n = edits.length;
      return { edits };
    }, () => n);
    return n;
  }

  async fillSelfEvaluation(on?: (p: Progress) => void): Promise<ProjectSummary[]> {
    const cfg = this.config();
    // Scores come from the plan's cached values; a second read would cost syncs, so the summary is
    // re-derived from the analysis the plan was built on.
    return this.command(on, (_ctx, snap, a) => planAll(snap.grids, a, cfg, { fill: true }), (a) => summaries(a));
  }

  standardRows(): StandardRowView[] {
    return STANDARD_ROWS.map((r) => ({
      id: r.id, category: r.category, level1: r.level1, level2: r.level2, level3: r.level3,
      value: rowValueText(r, null), source: r.source,
    }));
  }

  projects(): ProjectSummary[] {
    return this.last ? summaries(this.last) : [];
  }

  async insertRows(project: number, rowIds: string[], on?: (p: Progress) => void): Promise<number> {
    const rows = rowIds.map((id) => {
      const r = standardRow(id);
      if (!r) throw new Error(`没有编号为“${id}”的标准指标`);
      return r;
    });
    return this.command(on, (_ctx, snap, a) => {
      const target = a.projects.find((x) => x.project.index === project);
      if (!target) throw new Error(`当前表中没有项目 ${project}（共 ${a.projects.length} 个），请先校验`);
      const grid = snap.grids.find((g) => g.name === target.project.sheet)!;
      return planInsert(grid, target.project, rows, this.config());
    }, () => rows.length);
  }

  async undo(): Promise<boolean> {
    const last = loadUndo(this.deps.settings, LAST_KEY);
    if (!last) return false;
    await runBatch(this.deps.excel, async (ctx) => {
      await revert(ctx, last);
      let marks = loadUndo(this.deps.settings, MARKS_KEY);
      if (marks && marks.createdAt === last.createdAt) await clearUndo(this.deps.settings, MARKS_KEY);
      else if (marks) {
        // The undone command's inserted rows are gone again: the marks move back up.
        for (const s of last.sheets) marks = unshiftUndoRows(marks, s.name, s.insertedRows);
        await saveUndo(this.deps.settings, marks, MARKS_KEY);
      }
      await clearUndo(this.deps.settings, LAST_KEY);
    }, { undoGroup: this.caps.undoGroup });
    return true;
  }

  async canUndo(): Promise<boolean> {
    return !!loadUndo(this.deps.settings, LAST_KEY);
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.deps.excel.run({ delayForCellEdit: true }, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  async loadSettings(): Promise<Settings> {
    return readSettings(this.deps.settings);
  }

  async saveSettings(s: Settings): Promise<void> {
    await writeSettings(this.deps.settings, s);
  }
}

export type { Finding };
