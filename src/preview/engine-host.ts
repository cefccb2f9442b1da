/**
 * A Host for the preview that runs the real engine (analyse + plans) directly on an in-memory
 * workbook (book.ts). It stands in for the Office-backed host until that one can run against the
 * Excel test double; the pane cannot tell the two apart.
 */
import { DEFAULT_CONFIG, SCHEMES, type Config } from '../domain/config';
import { ruleById } from '../domain/rules';
import { ruleViews } from '../addin/summaries';
import type { Diagnostic } from '../domain/rules/types';
import { STANDARD_ROWS, rowValueText, standardRow } from '../domain/standard-rows';
import { analyse, counts, type Analysis, type ProjectResult } from '../engine/analyse';
import { planInsert } from '../engine/insert';
import { indicatorNames, lostRows } from '../engine/score-view';
import { fixEdits, highlightEdits, isSafeFix, planAll } from '../engine/plan';
import { address, parseAddress } from '../sheet/grid';
import type { Edit } from '../sheet/plan';
import {
  DEFAULT_SETTINGS, type Capabilities, type Finding, type Host, type Lang, type Progress, type ProjectSummary,
  type RuleView, type Settings, type StandardRowView, type ValidateResult,
} from '../ui/host';
import { Book, displayText, type BookState } from './book';
import type { CellView } from './data';

const SETTINGS_KEY = 'jixiao.settings';
const UNDO_LIMIT = 20;

export interface EngineHostOptions {
  lang?: Lang;
  /** Pause between steps (ms), so progress is visible; 0 still yields to the browser. */
  stepDelay?: number;
}

export interface Selection {
  sheet: string;
  cell: string;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function progress(message: string, messageEn: string, fraction: number | null): Progress {
  return { message, messageEn, fraction };
}

export function configFromSettings(s: Settings): Config {
  return {
    ...DEFAULT_CONFIG,
    scheme: SCHEMES[s.scheme] ?? SCHEMES.national,
    grades: { ...s.grades },
    reverseMethod: s.reverseMethod,
    overAchievement: { ...DEFAULT_CONFIG.overAchievement, ratio: s.overAchievementRatio },
    executionReasonBelow: s.executionReasonBelow,
    severity: { ...s.severity },
  };
}

export function summarise(r: ProjectResult): ProjectSummary {
  const { project: p, score: s } = r;
  const c = counts(r.diagnostics);
  return {
    index: p.index, sheet: p.sheet, name: p.name, layout: p.layout, indicators: p.indicators.length,
    errors: c.errors, warnings: c.warnings, infos: c.infos,
    total: s.total, grade: s.grade, executionRate: s.execution.rate,
    missingActuals: p.indicators.filter((ind) => !ind.actual || ind.actual.kind === 'missing').length,
    missingReasons: s.rows.filter((row, i) => row.reasonNeeded && !p.indicators[i].reason.trim()).length,
    lost: lostRows(r), names: indicatorNames(r),
  };
}

export class EngineHost implements Host {
  readonly book: Book;
  private undoStack: BookState[] = [];
  private last: Analysis | null = null;
  private findings = new Map<string, { finding: Finding; diagnostic: Diagnostic }>();
  private listeners = new Set<() => void>();
  selection: Selection | null = null;

  constructor(state: BookState, private readonly opts: EngineHostOptions = {}) {
    this.book = new Book(state);
  }

  /** Called after every change to the workbook or the selection (the preview grid re-renders). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  grid(): CellView[][] {
    return this.book.view();
  }

  activeSheetName(): string {
    return this.book.activeSheet.name;
  }

  /** What a person typing into a cell does (the preview's formula bar). Not an add-in write: no undo entry. */
  setCell(sheet: string, cell: string, text: string): void {
    const { row, col } = parseAddress(cell);
    const t = text.trim();
    const value = t === '' ? null : /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : text;
    this.book.set(sheet, row, col, { v: value, f: undefined });
    this.changed();
  }

  capabilities(): Capabilities {
    return { notes: true, mergedAreas: true, undoGroup: true, lang: this.opts.lang ?? 'zh' };
  }

  private async step(p: Progress | null, onProgress?: (p: Progress) => void): Promise<void> {
    if (p) onProgress?.(p);
    await pause(this.opts.stepDelay ?? 0);
  }

  private settings(): Settings {
    const saved = this.book.state.settings[SETTINGS_KEY] as Partial<Settings> | undefined;
    return { ...DEFAULT_SETTINGS, ...saved, grades: { ...DEFAULT_SETTINGS.grades, ...saved?.grades }, severity: { ...saved?.severity } };
  }

  private sheetNames(): string[] {
    return this.settings().scope === 'workbook' ? this.book.state.sheets.map((s) => s.name) : [this.book.activeSheet.name];
  }

  private analyse(): Analysis {
    const grids = this.sheetNames().map((n) => this.book.grid(n));
    this.last = analyse(grids, configFromSettings(this.settings()));
    return this.last;
  }

  private remember(): void {
    this.undoStack.push(this.book.snapshot());
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
  }

  private apply(edits: Edit[]): void {
    for (const e of edits) this.book.apply(e);
  }

  /** Undo the validation marks: every marked cell gets its own fill and note back. */
  private unmark(): number {
    let n = 0;
    for (const s of this.book.state.sheets)
      for (const r of s.rows)
        for (const c of r ?? []) {
          if (!c?.mark) continue;
          c.fill = c.mark.fill ?? undefined;
          c.note = c.mark.note ?? undefined;
          delete c.mark;
          n++;
        }
    return n;
  }

  private markEdits(edits: Edit[]): number {
    let n = 0;
    for (const e of edits) {
      if (e.kind !== 'fill' && e.kind !== 'note') continue;
      const cell = this.book.cell(e.sheet, e.row, e.col);
      if (!cell?.mark) {
        this.book.set(e.sheet, e.row, e.col, { mark: { fill: cell?.fill ?? null, note: cell?.note ?? null } });
        if (e.kind === 'fill') n++;
      }
      this.book.apply(e);
    }
    return n;
  }

  private toFinding(d: Diagnostic, i: number): Finding {
    const fixable = !!d.fix;
    const finding: Finding = {
      id: `${i}:${d.rule}:${d.sheet}!${d.cell}`, rule: d.rule, severity: d.severity, sheet: d.sheet, cell: d.cell,
      project: d.project, message: d.message, messageEn: d.messageEn, source: d.source,
    };
    const meta = ruleById(d.rule)?.meta;
    if (meta) Object.assign(finding, { ruleTitle: meta.title, ruleTitleEn: meta.titleEn });
    if (fixable) {
      const cell = this.book.cell(d.sheet, d.fix!.row, d.fix!.col);
      const change = { cell: address(d.fix!.row, d.fix!.col), before: displayText(cell?.v ?? null, cell?.nf), after: String(d.fix!.value) };
      if (isSafeFix(d)) finding.fix = change;
      else finding.suggestion = change;
    }
    return finding;
  }

  async validate(onProgress?: (p: Progress) => void): Promise<ValidateResult> {
    await this.step(progress('正在读取工作表…', 'Reading the worksheet…', null), onProgress);
    this.remember();
    const cleared = this.unmark();
    const a = this.analyse();
    const n = a.projects.length;
    for (const [i, r] of a.projects.entries()) {
      const rows = r.project.indicators.length;
      await this.step(progress(`项目 ${i + 1}/${n}：${r.project.name}… ${rows} 行`, `Project ${i + 1}/${n}: ${r.project.name}… ${rows} rows`, (i + 1) / n), onProgress);
    }
    const marked = this.markEdits(highlightEdits(a.diagnostics));
    if (!cleared && !marked) this.undoStack.pop();
    this.findings.clear();
    const findings = a.diagnostics.map((d, i) => {
      const f = this.toFinding(d, i);
      this.findings.set(f.id, { finding: f, diagnostic: d });
      return f;
    });
    this.changed();
    return { projects: a.projects.map(summarise), findings, marked, notes: true };
  }

  async clearMarks(): Promise<void> {
    this.remember();
    if (this.unmark() === 0) this.undoStack.pop();
    this.changed();
  }

  async applyFixes(ids?: string[], onProgress?: (p: Progress) => void): Promise<number> {
    const chosen = [...this.findings.values()].filter((x) => x.finding.fix && (!ids || ids.includes(x.finding.id)));
    await this.step(progress(`正在应用 ${chosen.length} 处修正…`, `Applying ${chosen.length} fixes…`, null), onProgress);
    const edits = fixEdits(chosen.map((x) => x.diagnostic));
    if (!edits.length) return 0;
    this.remember();
    this.apply(edits);
    for (const x of chosen) this.findings.delete(x.finding.id);
    this.changed();
    return edits.length;
  }

  async fillSelfEvaluation(onProgress?: (p: Progress) => void): Promise<ProjectSummary[]> {
    await this.step(progress('正在读取工作表…', 'Reading the worksheet…', null), onProgress);
    const cfg = configFromSettings(this.settings());
    const names = this.sheetNames();
    const before = this.analyse();
    if (!before.projects.length) throw new Error('当前工作表中没有找到绩效指标表（需要“三级指标”“指标值”等表头）');
    const n = before.projects.length;
    for (const [i, r] of before.projects.entries()) {
      const rows = r.project.indicators.length;
      await this.step(progress(`项目 ${i + 1}/${n}：${r.project.name}… ${rows} 行`, `Project ${i + 1}/${n}: ${r.project.name}… ${rows} rows`, (i + 1) / n), onProgress);
    }
    const plan = planAll(names.map((s) => this.book.grid(s)), before, cfg, { fill: true });
    this.remember();
    this.apply(plan.edits);
    const after = this.analyse();
    this.changed();
    return after.projects.map(summarise);
  }

  rules(): RuleView[] {
    return ruleViews();
  }

  standardRows(): StandardRowView[] {
    return STANDARD_ROWS.map((r) => ({
      id: r.id, category: r.category, level1: r.level1, level2: r.level2, level3: r.level3,
      value: rowValueText(r, null), source: r.source,
    }));
  }

  projects(): ProjectSummary[] {
    return (this.last ?? this.analyse()).projects.map(summarise);
  }

  async insertRows(project: number, rowIds: string[]): Promise<number> {
    const rows = rowIds.map((id) => {
      const r = standardRow(id);
      if (!r) throw new Error(`没有编号为“${id}”的标准指标`);
      return r;
    });
    const target = this.analyse().projects.find((r) => r.project.index === project);
    if (!target) throw new Error(`没有项目 ${project}，请先重新校验`);
    const plan = planInsert(this.book.grid(target.project.sheet), target.project, rows, configFromSettings(this.settings()));
    this.remember();
    this.apply(plan.edits);
    this.analyse();
    this.changed();
    return rows.length;
  }

  async undo(): Promise<boolean> {
    const s = this.undoStack.pop();
    if (!s) return false;
    this.book.restore(s);
    this.last = null;
    this.findings.clear();
    this.changed();
    return true;
  }

  async canUndo(): Promise<boolean> {
    return this.undoStack.length > 0;
  }

  async select(sheet: string, cell: string): Promise<void> {
    const i = this.book.state.sheets.findIndex((s) => s.name === sheet);
    if (i < 0) throw new Error(`找不到工作表“${sheet}”`);
    this.book.state.active = i;
    this.selection = { sheet, cell };
    this.changed();
  }

  async loadSettings(): Promise<Settings> {
    return this.settings();
  }

  async saveSettings(s: Settings): Promise<void> {
    this.book.state.settings[SETTINGS_KEY] = JSON.parse(JSON.stringify(s));
    this.last = null;
  }
}
