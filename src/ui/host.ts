/**
 * What the task pane can ask of its host — the one meaning of "host" in this code. The pane's
 * components receive it as props and never touch Office.js. Implementations: the add-in's Controller
 * (src/addin/controller.ts; connect.ts wires it to Excel, preview/demo-excel.ts to the Excel double)
 * and the pane tests' FakeHost.
 */
import type { ReadCorrections } from '../engine/corrections';
import type { ReadingProject } from '../engine/reading';
import type { LostRow } from '../engine/score-view';
import type { Severity } from '../sheet/plan';

export type Lang = 'zh' | 'en';

export interface Finding {
  id: string;
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  project: number;
  message: string;
  messageEn: string;
  source: string;
  /** The rule's title (the pane groups findings by rule under it). */
  ruleTitle?: string;
  ruleTitleEn?: string;
  /** A safe fix (its rule's meta.fix is 'safe'): the pane offers 预览 / 应用, and applying writes it. */
  fix?: FixChange;
  /** A suggested change ('suggest' rules): shown before → after for the user to type; never applied. */
  suggestion?: FixChange;
}

export interface FixChange {
  cell: string;
  before: string;
  after: string;
}

export interface ProjectSummary {
  index: number;
  /** A long-term grid of project partOf (its 年度 grid): listed with its findings, not counted as a project. */
  partOf?: number;
  sheet: string;
  name: string;
  layout: 'target' | 'selfeval';
  indicators: number;
  errors: number;
  warnings: number;
  infos: number;
  /** After 自评: total and grade, or null while 实际完成值 are missing. */
  total: number | null;
  grade: string | null;
  /** Typed 得分 that differ from the formulas' are in `total` (as in Excel's SUM): how many, and the formulas' own total. */
  typedScores?: { rows: number; computed: number | null };
  executionRate: number | null;
  /** Rows still lacking 实际完成值 / a 偏差原因. */
  missingActuals: number;
  missingReasons: number;
  /** Rows scored below their 分值, or lacking a required 偏差原因 (the 自评 tab's “lost points”). */
  lost?: LostRow[];
  /** The project's 三级指标 names (inserting one it already has is warned about). */
  names?: string[];
}

export type { LostRow, ReadCorrections, ReadingProject };

export interface ValidateResult {
  projects: ProjectSummary[];
  findings: Finding[];
  /** Cells coloured (and annotated where notes are supported). */
  marked: number;
  notes: boolean;
}

export interface StandardRowView {
  id: string;
  category: string;
  level1: string;
  level2: string;
  level3: string;
  value: string;
  source: string;
}

/** A rule as the 设置 tab lists it (its severity can be changed or turned off). */
export interface RuleView {
  id: string;
  title: string;
  titleEn: string;
  /** The default severity, before the user's setting. */
  severity: Severity;
}

export interface Settings {
  scheme: 'national' | 'hubei' | 'sichuan';
  grades: { 优: number; 良: number; 中: number };
  overAchievementRatio: number;
  executionReasonBelow: number;
  reverseMethod: 'ratio' | 'linear';
  /** Severity overrides per rule id ('off' disables). */
  severity: Record<string, Severity | 'off'>;
  scope: 'sheet' | 'workbook';
}

export interface Progress {
  /** Chinese first: “正在读取工作表…”, “项目 3/7：学生资助… 120 行”. */
  message: string;
  messageEn: string;
  /** 0..1, or null when indeterminate. */
  fraction: number | null;
  /**
   * Lines the user must read once the command is done (Chinese): notes left out beside threaded
   * comments, Excel in manual calculation, notes this Excel cannot write. Sent with the last progress.
   */
  warnings?: string[];
}

export interface Capabilities {
  notes: boolean;
  mergedAreas: boolean;
  undoGroup: boolean;
  /** Display language from Office. */
  lang: Lang;
}

/** One step of the add-in's undo history. */
export interface UndoStep {
  /** 自评, 校验标记, 规范化修正, 插入标准指标. */
  label: string;
  /**
   * Cells changed, null when unknown. With `rows`: the cells outside the inserted rows (the unit of
   * 撤销's line); without (a step saved before session 21): rows inserted count once per row.
   */
  changes: number | null;
  /** Rows inserted, where the step says. */
  rows?: number;
  /** ISO time of the action. */
  at: string;
}

export interface Host {
  capabilities(): Capabilities;
  validate(onProgress?: (p: Progress) => void): Promise<ValidateResult>;
  clearMarks(): Promise<void>;
  /** Apply the safe fixes with these finding ids (all fixable ones when omitted). */
  applyFixes(ids?: string[], onProgress?: (p: Progress) => void): Promise<number>;
  fillSelfEvaluation(onProgress?: (p: Progress) => void): Promise<ProjectSummary[]>;
  standardRows(): StandardRowView[];
  /** The rules the checks run, for the 设置 tab's severity list. */
  rules(): RuleView[];
  /** Projects of the last validation, for the insert target picker. */
  projects(): ProjectSummary[];
  insertRows(project: number, rowIds: string[]): Promise<number>;
  /**
   * Revert the newest step of the add-in's history (also after the pane was reopened): only what
   * the user has not changed since. false: nothing to undo; a string: what was done, in one line.
   */
  undo(): Promise<boolean | string>;
  canUndo(): Promise<boolean>;
  /** The add-in's last several actions, newest first (the pane shows “撤销：自评（851 处修改）”). */
  undoHistory?(): Promise<UndoStep[]>;
  select(sheet: string, cell: string): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(s: Settings): Promise<void>;
  /** How each table of the last validation was read (识别结果); absent where the host cannot say. */
  reading?(): ReadingProject[];
  /** The user's corrections to the reading, kept with the document; the next validation reads through them. */
  loadCorrections?(): Promise<ReadCorrections>;
  saveCorrections?(c: ReadCorrections): Promise<void>;
}

export const DEFAULT_SETTINGS: Settings = {
  scheme: 'national',
  grades: { 优: 90, 良: 80, 中: 60 },
  overAchievementRatio: 1.3,
  executionReasonBelow: 0.9,
  reverseMethod: 'ratio',
  severity: {},
  scope: 'sheet',
};
