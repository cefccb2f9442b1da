/**
 * The Office-backed Host: every pane action as one Excel batch — read a snapshot, run the engine,
 * apply its plan, keep the undo journal in the document. Works the same against real Excel
 * (`Excel`, `Office.context`) and against the Excel test double (preview, tests).
 */
import type { Config } from '../domain/config';
import { STANDARD_ROWS, standardRow, rowValueText } from '../domain/standard-rows';
import { analysisOf, startAnalysis, type Analysis, type ProjectResult } from '../engine/analyse';
import type { ReadCorrections } from '../engine/corrections';
import { readingOf, type ReadingProject } from '../engine/reading';
import { planInsert } from '../engine/insert';
import { fixEdits, highlightEdits, planAll } from '../engine/planner';
import {
  applyPlan,
  detectCapabilities,
  planSafeRevert,
  prereadBytes,
  prereadMarks,
  PREREAD_MAX,
  readOtherCorners,
  readSnapshot,
  revert,
  revertPrelude,
  rowsInGrid,
  runBatch,
  safeRevert,
  stepCounts,
  type Preread,
  type Capabilities as GwCaps,
  type ReadHint,
  type IsSetSupported,
  type ListedPart,
  type SafeRevertReport,
  type SettingsLike,
  type Snapshot,
  type UndoRecord,
  type XlContext,
  type XlRunner,
  PART_LOST,
} from '../gateways/office';
import { parseRect } from '../sheet/a1';
import { editCells, type Plan } from '../sheet/plan';
import type { Capabilities, Finding, Host, Lang, Progress, ProjectSummary, RuleView, Settings, StandardRowView, UndoStep, ValidateResult } from '../ui/host';
import { forgetMarksLost, marksLost, movedDown, movedUp, partIdsOf, readHistory, refreshSettings, updateHistory, type HistoryEntry } from './history';
import { deleteJournalParts, deletePartsOps, hasParts, keepOutside, listJournalParts, orphanParts, recordOf } from './journal-store';
import { correctionsMovedDown, correctionsMovedUp, readCorrections, writeCorrections } from './corrections-store';
import { configOf, readSettings, writeSettings } from './settings';
import { exclusive, type Hold } from './busy';
import { findingId, ruleViews, summaries, toFinding } from './summaries';

export interface ControllerDeps {
  excel: XlRunner;
  isSetSupported: IsSetSupported;
  settings: SettingsLike;
  lang: Lang;
}

/** Notes per validation (each is its own Excel request); the pane lists every finding anyway. */
const MAX_NOTES = 300;
/** Answer bytes the list of the workbook's parts may take in the read's first sync (ids and namespaces). */
const LIST_BYTES = 2048;
/** What the last read measured of the sheet (bytes per row, last row): sizes the next read. */
const HINT_KEY = 'jixiao.readHint';

type OnProgress = ((p: Progress) => void) | undefined;

/** Tell the pane what is happening (Chinese first; fraction null = indeterminate). */
const showProgress = (on: OnProgress, message: string, messageEn: string, fraction: number | null = null, warnings: string[] = []) =>
  on?.(warnings.length ? { message, messageEn, fraction, warnings } : { message, messageEn, fraction });

/** Let the pane paint between steps: long work never holds the UI thread for long. */
const letPanePaint = () => new Promise<void>((r) => setTimeout(r, 0));

export class Controller implements Host {
  private caps: GwCaps;
  private last: Analysis | null = null;
  private lastGrids: Snapshot['grids'] = [];
  private readHint: ReadHint | null = null;
  /** This runtime's claim on the document while a command runs (busy.ts). */
  private readonly id = Math.random().toString(36).slice(2);
  /** Custom XML parts (ExcelApi 1.5): where records too big for the settings go (journal-store.ts). */
  private readonly parts: boolean;

  constructor(private deps: ControllerDeps) {
    this.caps = detectCapabilities(deps.isSetSupported);
    this.parts = hasParts(deps.isSetSupported);
  }

  capabilities(): Capabilities {
    return { ...this.caps, lang: this.deps.lang };
  }

  private config(): Config {
    return configOf(readSettings(this.deps.settings));
  }

  /** The engine's analysis, one project at a time, yielding so progress shows and the pane stays responsive. */
  private async analyse(ctx: XlContext, snap: Snapshot, cfg: Config, on: OnProgress): Promise<Analysis> {
    const rows = snap.grids.reduce((n, g) => n + g.rowCount, 0);
    showProgress(on, `正在识别 ${snap.grids.length} 个工作表（${rows} 行）…`, `Recognising ${snap.grids.length} sheet(s) (${rows} rows)…`);
    await letPanePaint();
    // The user's corrections (识别结果) kept with the document: every command reads through them.
    const run = startAnalysis(snap.grids, readCorrections(this.deps.settings));
    // Only the active sheet read and a table naming no project: its name may be on a 封面 sheet.
    if (snap.scope === 'sheet' && run.nameless()) run.nameFromOthers(await readOtherCorners(ctx, snap.active));
    const results: ProjectResult[] = [];
    let t = Date.now();
    for (let i = 0; i < run.found.length; i++) {
      const project = run.found[i];
      if (Date.now() - t > 40) {
        showProgress(
          on,
          `项目 ${i + 1}/${run.found.length}：${project.name}（${project.indicators.length} 行）`,
          `Project ${i + 1}/${run.found.length}: ${project.name} (${project.indicators.length} rows)`,
          i / run.found.length,
        );
        await letPanePaint();
        t = Date.now();
      }
      results.push(run.check(i, cfg));
    }
    return analysisOf(results, run.emptySheets);
  }

  /**
   * One command = one Excel batch: read → engine → apply. A validation first takes off the marks
   * of the previous one (checked like any undo: marks the user changed since stay). The command's
   * undo record joins the history; the entries before it move down past any rows it inserts.
   */
  private command<T>(
    on: OnProgress,
    work: (ctx: XlContext, snap: Snapshot, a: Analysis, cfg: Config) => Plan | null,
    after: (a: Analysis, applied: UndoRecord | null) => T,
    opts: { asMarks?: boolean; label: string },
  ): Promise<T> {
    return exclusive(this.deps.settings, this.id, (hold) => this.commandNow(on, work, after, opts, hold));
  }

  private async commandNow<T>(
    on: OnProgress,
    work: (ctx: XlContext, snap: Snapshot, a: Analysis, cfg: Config) => Plan | null,
    after: (a: Analysis, applied: UndoRecord | null) => T,
    opts: { asMarks?: boolean; label: string },
    hold: Hold,
  ): Promise<T> {
    // The claim's last refresh (busy.ts) left the settings as the document has them.
    const cfg = this.config();
    showProgress(on, '正在读取工作表…（若正在编辑单元格，请先按 Enter 结束编辑）', 'Reading the sheet… (finish any cell edit with Enter first)');
    let warnings: string[] = [];
    const r = await runBatch(
      this.deps.excel,
      async (ctx) => {
        // The previous marks: their fills read in the read's first sync, checked against the read,
        // and taken off first thing in the write's first sync — no sync of their own.
        let old = opts.asMarks ? lastMarks(readHistory(this.deps.settings)) : null;
        // Marks kept in parts are read first; missing or changed, they are dropped and the user told.
        let lostMarks: HistoryEntry | null = null;
        if (old?.stored) {
          const record = await recordOf(ctx, old);
          if (record) old = { kind: old.kind, record };
          else [lostMarks, old] = [old, null];
        }
        if (lostMarks) warnings = [MARKS_PART_LOST];
        const pre = old && prereadBytes(old.record) <= PREREAD_MAX ? old : null;
        let preread: Preread | undefined;
        // The workbook's parts listed in the read's first sync: those an interrupted command left are swept at the history save.
        let listed: (() => ListedPart[] | null) | undefined;
        const parts = this.parts;
        const snap = await readSnapshot(ctx, {
          scope: readSettings(this.deps.settings).scope,
          capabilities: this.caps,
          hint: this.hint(),
          prelude:
            pre || parts
              ? () => {
                  if (parts) listed = listJournalParts(ctx);
                  if (pre) preread = prereadMarks(ctx, pre.record);
                }
              : undefined,
          preludeBytes: (pre ? prereadBytes(pre.record) : 0) + (parts ? LIST_BYTES : 0),
        });
        this.rememberHint(snap.hint);
        // A protected sheet takes no marks (Excel refuses every change): the findings are still shown.
        const locked = new Set(snap.sheets.filter((s) => s.protected).map((s) => s.name));
        let prelude: { run: () => void; bytes: number } | undefined;
        if (old && !(opts.asMarks && old.record.sheets.some((u) => locked.has(u.name)))) {
          const checked = await planSafeRevert(ctx, old.record, {
            capabilities: this.caps,
            preread,
            grids: new Map(snap.sheets.map((s) => [s.name, s.grid])),
            notes: new Map(snap.sheets.map((s) => [s.name, s.notes])),
          });
          if (checked.record) {
            for (const u of checked.record.sheets) {
              // The read saw the old notes; the write must not: they go first.
              const notes = snap.sheets.find((s) => s.name === u.name)?.notes;
              for (const a of u.notesAdded) notes?.delete(a);
              for (const n of u.notesReplaced) notes?.set(n.address, n.content);
            }
            prelude = revertPrelude(ctx, checked.record) ?? undefined;
            if (!prelude) await revert(ctx, checked.record, { calculationMode: snap.calculationMode });
          }
          const gone = old.record.createdAt;
          await this.updateHistory((h) => h.filter((e) => e.record.createdAt !== gone), undefined, ctx);
        }
        const a = await this.analyse(ctx, snap, cfg, on);
        this.last = a;
        this.lastGrids = snap.grids;
        let plan = work(ctx, snap, a, cfg);
        if (plan && opts.asMarks && locked.size) {
          warnings = [...warnings, `工作表“${[...locked].join('”“')}”受保护，未标记单元格（结果见任务窗格）；取消保护（审阅 › 撤消工作表保护）后再校验即可标记。`];
          plan = { ...plan, edits: plan.edits.filter((e) => !locked.has(e.sheet)) };
        }
        if (!plan || !plan.edits.length) {
          if (lostMarks) {
            const lost = lostMarks.record.createdAt;
            await this.updateHistory((h) => h.filter((e) => e.record.createdAt !== lost), undefined, ctx);
          }
          if (prelude) {
            ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
            prelude.run();
            await ctx.sync();
          }
          return after(a, null);
        }
        const planned = plan.edits.reduce((n, e) => n + editCells(e), 0);
        showProgress(on, `正在写入 ${planned} 处修改…`, `Writing ${planned} changes…`);
        const marks = opts.asMarks ? null : lastMarks(readHistory(this.deps.settings));
        const marksRecord = marks ? await recordOf(ctx, marks) : null;
        const res = await applyPlan(ctx, plan, snap, { capabilities: this.caps, fillUnderMark: marksRecord ? fillsUnder(marksRecord, snap.grids) : undefined, prelude });
        warnings = [...warnings, ...res.warnings];
        if (opts.asMarks && !old && marksLost(this.deps.settings)) {
          warnings = [...warnings, MARKS_LOST_NOW];
          forgetMarksLost(this.deps.settings);
        }
        res.undo.label = opts.label;
        // Counted as 撤销's line will count them: cells outside the inserted rows, and the rows (undo-count.ts).
        const counted = stepCounts(res.undo);
        [res.undo.changes, res.undo.rows] = [counted.cells, counted.rows];
        const inserts = new Map<string, { at: number; count: number }[]>();
        for (const e of plan.edits) if (e.kind === 'insertRows') inserts.set(e.sheet, [...(inserts.get(e.sheet) ?? []), { at: e.at, count: e.count }]);
        let entry: HistoryEntry = { kind: opts.asMarks ? 'marks' : 'edit', record: res.undo };
        if (this.parts) entry = await keepOutside(ctx, this.deps.settings, entry);
        const lost = lostMarks?.record.createdAt;
        const added = entry;
        const kept = await this.updateHistory(
          (h) => {
            correctionsMovedDown(this.deps.settings, inserts);
            return [...movedDown(lost ? h.filter((e) => e.record.createdAt !== lost) : h, inserts), added];
          },
          hold,
          ctx,
          { listed: listed?.() },
        ).catch(async (e: unknown) => {
          // The history not saved: the parts just written are referred to by nothing — they go.
          if (added.stored) await deleteJournalParts(ctx, added.stored.ref.ids);
          throw e;
        });
        if (!kept.some((e) => e.record.createdAt === res.undo.createdAt)) warnings = [...warnings, UNDO_NOT_KEPT];
        return after(a, res.undo);
      },
      { undoGroup: this.caps.undoGroup },
    );
    if (r.waitedForCellEdit) showProgress(on, '已等待 Excel 结束单元格编辑后完成。', 'Waited for Excel to leave cell-edit mode.', 1, warnings);
    else showProgress(on, '完成。', 'Done.', 1, warnings);
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
      if (h && Number.isFinite(h.rowBytes) && h.rowBytes > 0 && Number.isFinite(h.rows))
        return (this.readHint = { rowBytes: h.rowBytes, rows: h.rows, ...(Number.isFinite(h.wire) && h.wire > 1 ? { wire: h.wire } : {}) });
    } catch {
      // an unreadable hint is no hint
    }
    return null;
  }

  private rememberHint(h: ReadHint | null): void {
    this.readHint = h;
    this.storeHint();
  }

  private storeHint(): void {
    const h = this.readHint;
    if (h)
      this.deps.settings.set(HINT_KEY, JSON.stringify({ rowBytes: Math.round(h.rowBytes * 10) / 10, rows: h.rows, ...(h.wire ? { wire: Math.ceil(h.wire * 100) / 100 } : {}) }));
  }

  /**
   * The history changed and saved; the hint set since the last save rides along (a refresh drops
   * unsaved values). With `last`, the command's claim leaves with this save (busy.ts).
   */
  private async updateHistory(
    change: (h: HistoryEntry[]) => HistoryEntry[],
    last?: Hold,
    ctx?: XlContext,
    parts: { deleted?: string[]; listed?: ListedPart[] | null } = {},
  ): Promise<HistoryEntry[]> {
    let seen: HistoryEntry[] = [];
    const next = await updateHistory(this.deps.settings, (h) => {
      this.storeHint();
      last?.give();
      const out = change(h);
      seen = [...h, ...out];
      return out;
    });
    if (last) last.given = true;
    // Parts of the records that left the history go with them (ctx: inside the command's batch).
    const keep = new Set([...partIdsOf(next), ...(parts.deleted ?? [])]);
    const gone = [...new Set(partIdsOf(seen))].filter((id) => !keep.has(id));
    // Parts no entry refers to (a command interrupted before its history save), old enough not to be another runtime's in flight.
    if (parts.listed) gone.push(...orphanParts(parts.listed, new Set([...keep, ...partIdsOf(seen), ...partIdsOf(readHistory(this.deps.settings))])));
    if (gone.length) {
      if (ctx) await deleteJournalParts(ctx, gone);
      else await this.deps.excel.run({}, (c) => deleteJournalParts(c, gone));
    }
    return next;
  }

  /** Take off the marks of the last validation, if any, and drop them from the history. */
  private async dropMarks(ctx: XlContext, hold: Hold): Promise<SafeRevertReport | null> {
    const marks = lastMarks(readHistory(this.deps.settings));
    if (!marks && marksLost(this.deps.settings)) return refusal(MARKS_LOST_CLEAR);
    if (!marks) return null;
    const record = await recordOf(ctx, marks);
    const rep = record ? await safeRevert(ctx, record, { capabilities: this.caps, wire: this.hint()?.wire }) : refusal(PART_LOST);
    await this.updateHistory((h) => h.filter((e) => e.record.createdAt !== marks.record.createdAt), hold, ctx);
    return rep;
  }

  async validate(on?: (p: Progress) => void): Promise<ValidateResult> {
    return this.command(
      on,
      (_ctx, _snap, a) => ({ edits: highlightEdits(a.diagnostics, { maxNotes: MAX_NOTES }) }),
      (a) => ({
        projects: summaries(a),
        findings: a.diagnostics.map((d) => toFinding(d, this.lastGrids)),
        marked: new Set(a.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.sheet}!${d.cell}`)).size,
        notes: this.caps.notes,
      }),
      { asMarks: true, label: '校验标记' },
    );
  }

  clearMarks(): Promise<void> {
    return exclusive(this.deps.settings, this.id, (hold) => this.clearMarksNow(hold));
  }

  private async clearMarksNow(hold: Hold): Promise<void> {
    const r = await runBatch(this.deps.excel, (ctx) => this.dropMarks(ctx, hold), { undoGroup: this.caps.undoGroup });
    if (r.value?.refused) throw new Error(r.value.message.replace('未执行撤销', '未清除标记'));
  }

  async applyFixes(ids?: string[], on?: (p: Progress) => void): Promise<number> {
    let n = 0;
    await this.command(
      on,
      (_ctx, _snap, a) => {
        const wanted = ids ? new Set(ids) : null;
        const chosen = a.diagnostics.filter((d) => d.fix && (!wanted || wanted.has(findingId(d))));
        const edits = fixEdits(chosen);
        n = edits.length;
        return { edits };
      },
      () => n,
      { label: '规范化修正' },
    );
    return n;
  }

  async fillSelfEvaluation(on?: (p: Progress) => void): Promise<ProjectSummary[]> {
    const cfg = this.config();
    // Scores come from the plan's cached values; a second read would cost syncs, so the summary is
    // re-derived from the analysis the plan was built on.
    return this.command(
      on,
      (_ctx, snap, a) => planAll(snap.grids, a, cfg, { fill: true }),
      (a) => summaries(a),
      { label: '自评' },
    );
  }

  standardRows(): StandardRowView[] {
    return STANDARD_ROWS.map((r) => ({
      id: r.id,
      category: r.category,
      level1: r.level1,
      level2: r.level2,
      level3: r.level3,
      value: rowValueText(r, null),
      source: r.source,
    }));
  }

  rules(): RuleView[] {
    return ruleViews();
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
    return this.command(
      on,
      (_ctx, snap, a) => {
        const target = a.projects.find((x) => x.project.index === project);
        if (!target) throw new Error(`当前表中没有项目 ${project}（共 ${a.projects.length} 个），请先校验`);
        const grid = snap.grids.find((g) => g.name === target.project.sheet)!;
        return planInsert(grid, target.project, rows, this.config());
      },
      () => rows.length,
      { label: '插入标准指标' },
    );
  }

  /**
   * Revert the newest entry of the history — only what is still provably the add-in's. Returns
   * what it did (one line), false when there is nothing to undo; throws the one-line reason when
   * nothing could be reverted safely (the entry is dropped then: Excel's own undo or the user's
   * edits already replaced it).
   */
  undo(): Promise<boolean | string> {
    return exclusive(this.deps.settings, this.id, (hold) => this.undoNow(hold));
  }

  private async undoNow(hold: Hold): Promise<boolean | string> {
    const top = readHistory(this.deps.settings).pop();
    if (!top) return false;
    let partsDeleted: string[] = [];
    const r = await runBatch(
      this.deps.excel,
      async (ctx) => {
        // A record kept in parts is read first; a part missing or changed refuses (and the step goes).
        const record = await recordOf(ctx, top);
        if (!record) return refusal(PART_LOST);
        // Its parts go in the revert's last sync, not in a sync of their own (50 000 rows: 7 → 6).
        const ids = top.stored?.ref.ids ?? [];
        const rep = await safeRevert(ctx, record, { capabilities: this.caps, tail: deletePartsOps(ctx, ids), wire: this.hint()?.wire });
        if (!rep.refused) partsDeleted = ids;
        return rep;
      },
      { undoGroup: this.caps.undoGroup },
    );
    const rep = r.value;
    // A protected sheet changed nothing: the entry stays, to be undone once the sheet is unprotected.
    if (rep.protectedSheets) throw new Error(rep.message);
    await this.updateHistory(
      (h) => {
        correctionsMovedUp(this.deps.settings, rep.deletedRows);
        // In the entries' own numbering: after the user moved rows, the sheet's differs (undo-moved-frame).
        return movedUp(
          h.filter((e) => e.record.createdAt !== top.record.createdAt),
          rep.deletedAsRecorded ?? rep.deletedRows,
        );
      },
      hold,
      undefined,
      { deleted: partsDeleted },
    );
    if (rep.refused) throw new Error(rep.message);
    return this.deps.lang === 'en' ? (rep.messageEn ?? rep.message) : rep.message;
  }

  async canUndo(): Promise<boolean> {
    await refreshSettings(this.deps.settings);
    return readHistory(this.deps.settings).length > 0;
  }

  /** The history, newest first: “自评（851 处修改）”. */
  async undoHistory(): Promise<UndoStep[]> {
    await refreshSettings(this.deps.settings);
    return readHistory(this.deps.settings)
      .reverse()
      .map((e) => ({
        label: e.record.label ?? (e.kind === 'marks' ? '校验标记' : '修改'),
        changes: e.record.changes ?? null,
        ...(e.record.rows !== undefined ? { rows: e.record.rows } : {}),
        at: e.record.createdAt,
      }));
  }

  /** How each table of the last validation was read (识别结果). */
  reading(): ReadingProject[] {
    if (!this.last) return [];
    const grids = new Map(this.lastGrids.map((g) => [g.name, g]));
    const all = this.last.projects.map((r) => r.project);
    return all.map((p) => readingOf(p, grids.get(p.sheet), undefined, all));
  }

  async loadCorrections(): Promise<ReadCorrections> {
    await refreshSettings(this.deps.settings);
    return readCorrections(this.deps.settings);
  }

  async saveCorrections(c: ReadCorrections): Promise<void> {
    await refreshSettings(this.deps.settings);
    await writeCorrections(this.deps.settings, c);
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
    await refreshSettings(this.deps.settings);
    return readSettings(this.deps.settings);
  }

  async saveSettings(s: Settings): Promise<void> {
    await refreshSettings(this.deps.settings);
    await writeSettings(this.deps.settings, s);
  }
}

const MARKS_LOST_CLEAR =
  '未清除标记：上次校验的标记记录已被移除（其后的操作记录超出了文档可保存的大小），本助手无法再分辨哪些填充色和批注是它加的，因此一处也没有改动。请手动清除这些单元格的填充色和批注。';
const UNDO_NOT_KEPT =
  '此次操作的撤销记录超出了文档设置可保存的大小（Office 约 2 MB），未能保存：“撤销上次操作”无法撤销它（Excel 自己的撤销 Ctrl+Z 仍可用，或关闭工作簿不保存）。表格很大时，可按项目或分表分批操作。';
const MARKS_PART_LOST = '上次校验的标记记录（保存在工作簿内的自定义 XML 部件中）已缺失或损坏：本助手无法再分辨那次留下的填充色和批注，未去掉它们，请手动清除。';
const MARKS_LOST_NOW = '更早一次校验的标记记录已被移除（操作记录超出了文档可保存的大小）：那次留下的填充色和批注不会被“清除标记”去掉，请手动清除。';

function refusal(message: string): SafeRevertReport {
  return { refused: true, restored: 0, leftAlone: 0, rowsDeleted: 0, deletedRows: {}, rowsKept: 0, notes: [], message, syncs: 0 };
}

function lastMarks(h: HistoryEntry[]): HistoryEntry | null {
  for (let i = h.length - 1; i >= 0; i--) if (h[i].kind === 'marks') return h[i];
  return null;
}

/**
 * The fill each marked cell had before the marks, by sheet and cell where the cell is now (the user
 * may have moved rows since the 校验: rowsInGrid finds them in the grids just read): new columns copy
 * the table's formats from their neighbours, never a mark's colour.
 */
function fillsUnder(marks: UndoRecord, grids: Snapshot['grids']): (sheet: string, row: number, col: number) => string | null | undefined {
  const m = new Map<string, string | null>();
  for (const s of marks.sheets) {
    const grid = grids.find((g) => g.name === s.name);
    const now = grid ? rowsInGrid(s, grid) : (row: number) => row;
    for (const f of s.fills) {
      for (const a of f.addresses.flatMap((l) => l.split(','))) {
        const r = parseRect(a.trim());
        if (!r) continue;
        for (let row = r.top; row <= r.bottom; row++) {
          const at = now(row);
          if (at !== null) for (let col = r.left; col <= r.right; col++) m.set(`${s.name}!${at},${col}`, f.color);
        }
      }
    }
  }
  return (sheet, row, col) => m.get(`${sheet}!${row},${col}`);
}

export type { Finding };
