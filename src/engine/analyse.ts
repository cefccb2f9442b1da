/** The engine's read side: recognise every table, score it, run the rules. Pure: grids in, findings out. */
import { DEFAULT_CONFIG, type Config } from '../domain/config';
import type { Halves, Project, Transposed } from '../domain/model';
import { RULES, runRules, type InfoCount } from '../domain/rules';
import { canonicalName } from '../domain/text';
import type { Diagnostic } from '../domain/rules/types';
import { nothingHere } from '../domain/recipient-none';
import { scoreProject, type ProjectScore } from '../domain/scoring';
import { address } from '../sheet/a1';
import type { Grid } from '../sheet/grid';
import { recogniseSheet } from '../sheet/recognise';
import { linkLongTerm, type Horizon } from '../sheet/horizon';
import { sheetCell } from '../sheet/transposed';
import { workbookCoverName } from '../sheet/cover-name';
import { halvesCell } from '../sheet/two-halves';
import { sheetCorrections, type ReadCorrections } from './corrections';

/** Rules whose messages quote the sheet's own amounts: they speak the sheet's unit (their templates say 万元). */
const SHEET_MONEY = new Set(['CST-01', 'SE-11']);
/** Rules about one 指标值 cell, run again on each recipient's column. */
const VALUE_RULES = RULES.filter((r) => r.id.startsWith('VAL-'));

/**
 * Each recipient's targets (区域绩效目标表: one column per county or town) get the value rules (VAL)
 * as if that column were the table's 指标值; findings point at the recipient's cell.
 */
function recipientFindings(p: Project, score: ProjectScore, config: Config): Diagnostic[] {
  const out: Diagnostic[] = [];
  p.recipients!.forEach((r, k) => {
    const shadow: Project = {
      ...p,
      columns: { ...p.columns, target: r.col },
      indicators: p.indicators.filter((ind) => !nothingHere(ind.recipientTargets?.[k])).map((ind) => ({ ...ind, target: ind.recipientTargets?.[k] ?? ind.target })),
    };
    // Notes said once per table (VAL-11) are not repeated per recipient.
    for (const d of runRules(shadow, score, config, address, VALUE_RULES)) if (d.col === r.col && d.severity !== 'info') out.push(d);
  });
  return out;
}

function inSheetUnit(d: Diagnostic, unit: string): void {
  // Findings build their message lazily (a getter): this one is fixed once, in the sheet's unit.
  Object.defineProperty(d, 'message', { value: d.message.replaceAll('万元', unit), enumerable: true });
}

export interface ProjectResult {
  project: Project;
  score: ProjectScore;
  diagnostics: Diagnostic[];
  /** Only when the caller asked to count infos (analyse's `infosCounted`): how many infos this project has, none of them in `diagnostics`. */
  countedInfos?: number;
}

export interface Analysis {
  projects: ProjectResult[];
  diagnostics: Diagnostic[];
  /** Sheets in which no indicator table was found. */
  emptySheets: string[];
}

/** Tables that name no project: the sheet's name stood in. */
const namelessOf = (found: Project[]): Project[] => found.filter((p) => p !== undefined && p.nameCell === null && p.name === p.sheet);

/** Tables that name no project (the sheet's name stood in) take the one name the workbook's table-less sheets (封面) state. */
function nameFromCover(found: Project[], grids: Grid[], emptySheets: string[]): void {
  const nameless = namelessOf(found);
  if (!nameless.length || !emptySheets.length) return;
  const empty = new Set(emptySheets);
  const cover = workbookCoverName(grids.filter((g) => empty.has(g.name)));
  if (!cover) return;
  for (const p of nameless) {
    p.name = cover.name;
    p.nameFrom = { sheet: cover.sheet, row: cover.row, col: cover.col };
  }
}

/** `infosCounted`: the caller only counts infos (the text report without --verbose) — each project's are counted (countedInfos), not kept as findings. */
export function analyse(grids: Grid[], config: Config = DEFAULT_CONFIG, corrections?: ReadCorrections, infosCounted = false): Analysis {
  const run = startAnalysis(grids, corrections);
  const projects: ProjectResult[] = run.found.map((_, i) => run.check(i, config, infosCounted));
  return { projects, diagnostics: allDiagnostics(projects), emptySheets: run.emptySheets };
}

/**
 * Recognition once, then checking project by project: the pane checks one at a time so it can
 * show progress and let the page breathe; the CLI simply checks them all.
 */
export function startAnalysis(
  grids: Grid[],
  corrections?: ReadCorrections,
): {
  found: Project[];
  emptySheets: string[];
  check(i: number, config: Config, infosCounted?: boolean): ProjectResult;
  /** Lets project i go once checked and used (`fill` plans project by project); kept while SE-15 may compare another project with it. */
  release(i: number): void;
  /** Whether a table names no project (the pane, reading one sheet, then looks at the others for a 封面). */
  nameless(): boolean;
  /**
   * Before any check: names nameless tables from sheets read apart from `grids` (the pane's 当前工作表 scope reads
   * only the active sheet; `others` are the top-left corners of the rest). Only those holding no table count.
   */
  nameFromOthers(others: Grid[]): void;
} {
  const found: Project[] = [];
  const emptySheets: string[] = [];
  const horizons: (Horizon | null)[] = [];
  const sure: boolean[] = [];
  for (const g of grids) {
    const r = recogniseSheet(g, found.length + 1, sheetCorrections(corrections, g.name));
    if (!r.projects.length) emptySheets.push(g.name);
    // not push(...ps): a flat list can hold more projects than a call takes arguments
    for (let i = 0; i < r.projects.length; i++) {
      found.push(r.projects[i]);
      horizons.push(r.horizons[i]);
      sure.push(r.sure[i]);
    }
  }
  nameFromCover(found, grids, emptySheets);
  linkLongTerm(found, horizons, sure);
  // SE-15 compares a 自评表 with the 目标表 of the same project name elsewhere in the file.
  const byName = new Map<string, Project[]>();
  let keys: string[] = [];
  const index = (): void => {
    byName.clear();
    keys = found.map((p) => canonicalName(p.name));
    found.forEach((p, i) => {
      // A long-term grid is not the approved 年度 targets a 自评表 is held to.
      if (p.partOf !== undefined) return;
      const same = byName.get(keys[i]);
      if (same) same.push(p);
      else byName.set(keys[i], [p]);
    });
  };
  index();
  return {
    found,
    emptySheets,
    check(i, config, infosCounted = false) {
      const project = found[i];
      const score = scoreProject(project, config);
      const infos: InfoCount | undefined = infosCounted ? { count: 0 } : undefined;
      const diagnostics = runRules(project, score, config, address, undefined, byName.get(keys[i]), infos);
      if (project.recipients) for (const d of recipientFindings(project, score, config)) diagnostics.push(d);
      if (project.money.unit !== '万元') for (const d of diagnostics) if (SHEET_MONEY.has(d.rule)) inSheetUnit(d, project.money.unit);
      if (project.transposed) for (const d of diagnostics) onSheet(d, project.transposed);
      if (project.halves) for (const d of diagnostics) onHalves(d, project.halves);
      const result: ProjectResult = { project, score: project.partOf === undefined ? score : unscored(score), diagnostics };
      if (infos) result.countedInfos = infos.count;
      return result;
    },
    release(i) {
      const same = byName.get(keys[i]);
      if (same && (same.length > 1 || same[0] !== found[i])) return;
      byName.delete(keys[i]);
      (found as (Project | undefined)[])[i] = undefined;
    },
    nameless: () => namelessOf(found).length > 0,
    nameFromOthers(others) {
      const bare = others.filter((g) => !recogniseSheet(g).projects.length);
      if (!bare.length || !namelessOf(found).length) return;
      nameFromCover(
        found,
        bare,
        bare.map((g) => g.name),
      );
      index();
    },
  };
}

/** A finding on a table laid across names the sheet's cell; its fix would be planned on the upright table, so none is offered. */
function onSheet(d: Diagnostic, at: Transposed): void {
  const c = sheetCell(at, d.row, d.col);
  d.row = c.row;
  d.col = c.col;
  d.cell = address(c.row, c.col);
  d.fix = undefined;
  d.fixable = false;
}

/** A finding on a table printed in two halves names the sheet's cell (and row); one on a cell that moved offers no fix (it was planned on the stacked table). */
function onHalves(d: Diagnostic, h: Halves): void {
  const c = halvesCell(h, d.row, d.col);
  if (c.row === d.row && c.col === d.col) return;
  const [zh, en] = [d.message.replaceAll(`第 ${d.row} 行`, `第 ${c.row} 行`), d.messageEn.replaceAll(`Row ${d.row}`, `Row ${c.row}`).replaceAll(`row ${d.row}`, `row ${c.row}`)];
  Object.defineProperty(d, 'message', { value: zh, enumerable: true });
  Object.defineProperty(d, 'messageEn', { value: en, enumerable: true });
  d.row = c.row;
  d.col = c.col;
  d.cell = address(c.row, c.col);
  d.fix = undefined;
  d.fixable = false;
}

/** A long-term grid beside its 年度 one: the year is scored against the 年度 targets, so this grid carries no weights or scores. */
function unscored(s: ProjectScore): ProjectScore {
  const rows = s.rows.map((r) => ({ ...r, weight: null, weightSource: null, score: null, completion: null, reasonNeeded: null, grade: null }));
  return { rows, execution: { ...s.execution, score: null }, buckets: {}, weightTotal: null, total: null, grade: null };
}

/** Projects as a person counts them: a long-term grid is part of its 年度 one (Project.partOf). */
export function projectCount(a: Analysis): number {
  let n = 0;
  for (const r of a.projects) if (r.project.partOf === undefined) n++;
  return n;
}

export function analysisOf(projects: ProjectResult[], emptySheets: string[]): Analysis {
  return { projects, diagnostics: allDiagnostics(projects), emptySheets };
}

/**
 * Every finding in project order. Index loops, here and in counts: run once over ~200 000 findings, mostly
 * before V8 optimises them, where for…of allocates an iterator result per element.
 */
function allDiagnostics(projects: ProjectResult[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (let i = 0; i < projects.length; i++) {
    const ds = projects[i].diagnostics;
    for (let k = 0; k < ds.length; k++) out.push(ds[k]);
  }
  return out;
}

export function counts(diags: Diagnostic[]): { errors: number; warnings: number; infos: number } {
  let errors = 0,
    warnings = 0,
    infos = 0;
  for (let i = 0; i < diags.length; i++) {
    const s = diags[i].severity;
    if (s === 'error') errors++;
    else if (s === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos };
}

/** The analysis's totals, with the infos of projects that only counted them (ProjectResult.countedInfos). */
export function analysisCounts(a: Analysis): { errors: number; warnings: number; infos: number } {
  const c = counts(a.diagnostics);
  for (let i = 0; i < a.projects.length; i++) c.infos += a.projects[i].countedInfos ?? 0;
  return c;
}
