/**
 * Rules in the style of ESLint rules: an id, meta (titles, the citation, the default severity, the fix
 * kind, the message templates), and create(), which reports through a context. Severity lives in configuration.
 */
import type { Config } from '../config';
import type { IndicatorRow, Project, Role } from '../model';
import type { ProjectScore } from '../scoring';
import type { Severity } from '../severity';

export interface RuleMeta {
  /** Short Chinese title, then English. */
  title: string;
  titleEn: string;
  /** What the rule checks and why, in Chinese (shown in docs and the pane). */
  description: string;
  /** The 依据 users see: a public document (《…》（财预〔2020〕10号）…) or 实务惯例 / 通行做法 (cite.ts). */
  source: string;
  /** For developers only (docs/rules.md): what the rule rests on, with evidence labels: “财预〔2020〕10号 [R]; 池州 2022 [P]”. */
  evidence: string;
  /** Default severity; a variant (e.g. "percent") may have its own. */
  severity: Severity;
  variants?: Record<string, Severity>;
  /** True when the rule's findings carry a fix (safe or suggested). */
  fixable: boolean;
  /**
   * What its fix is: 'safe' — applying writes the edit (the plan builder and the pane's 应用 use only
   * these); 'suggest' — shown as a suggestion to type by hand, never written. Absent: no fix.
   */
  fix?: FixKind;
  /** Message templates by messageId (“{name}” is filled from the report's data); English beside each. */
  messages: Record<string, string>;
  messagesEn: Record<string, string>;
}

export type FixKind = 'safe' | 'suggest';

export interface Fix {
  row: number;
  col: number;
  value: string | number;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Sheet row and column of the cell the finding is about. */
  row: number;
  col: number;
  variant?: string;
  fix?: Fix;
}

export interface RuleContext {
  project: Project;
  score: ProjectScore;
  config: Config;
  report(r: Report): void;
  /** Column of a role, falling back to the first column of the grid. */
  col(role: Role): number;
  /** The A1 name of a cell (“D12”), from the caller: the domain does not spell spreadsheet addresses. */
  cellName(row: number, col: number): string;
  /** Column of the 指标值 for a row (the cell most findings point at). */
  valueCell(ind: IndicatorRow): { row: number; col: number };
  /**
   * The other projects of the same file, when the engine supplies them (cross-table rules such as
   * SE-15 compare a 自评表 with the approved 目标表). Absent → such rules do nothing.
   */
  related?: Project[];
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  /** Runs the rule on one project; findings go through ctx.report. */
  create(ctx: RuleContext): void;
}

/** Spells a cell's address for findings and messages; the engine passes the sheet's own (A1). */
export type CellName = (row: number, col: number) => string;

export interface Diagnostic {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  row: number;
  col: number;
  /** Index of the project (1-based across the file), or 0 for file-level findings. */
  project: number;
  message: string;
  messageEn: string;
  source: string;
  fixable: boolean;
  fix?: Fix;
}

const PLACE = /\{(\w+)\}/g;
/** Each template split once at its “{name}” places: text, name, text, name, …, text (a report prints tens of thousands of messages from ~100 templates). */
const pieces = new Map<string, string[]>();

function split(template: string): string[] {
  const out: string[] = [];
  let from = 0;
  PLACE.lastIndex = 0;
  for (let m = PLACE.exec(template); m; m = PLACE.exec(template)) {
    out.push(template.slice(from, m.index), m[1]);
    from = m.index + m[0].length;
  }
  out.push(template.slice(from));
  return out;
}

export function format(template: string, data: Record<string, string | number> = {}): string {
  let parts = pieces.get(template);
  if (!parts) {
    if (pieces.size >= 1000) pieces.clear();
    pieces.set(template, (parts = split(template)));
  }
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (parts[i] in data ? String(data[parts[i]]) : `{${parts[i]}}`) + parts[i + 1];
  return out;
}
