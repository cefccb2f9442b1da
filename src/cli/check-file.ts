/** One file of `jixiao check`, as text and as its JSON report: the unit a worker thread runs. */
import { analyse, analysisCounts, type Analysis } from '../engine/analyse';
import { fileReport } from '../engine/report';
import { JixiaoInputError } from '../gateways/exceljs/errors';
import { readGrids } from '../gateways/xlsx/read';
import { blankSheetLines } from '../gateways/xlsx/blank-sheets';
import type { Config } from '../domain/config';
import type { Grid } from '../sheet/grid';
import type { Project } from '../domain/model';
import { debugText, failureLine } from './failure';
import { jsonChunks } from './json-chunks';
import { formatCheck, formatExplain } from './text';
import type { ReadCorrections } from '../engine/corrections';

export interface CheckOptions {
  json: boolean;
  verbose: boolean;
  /** `--explain`: how each table was read, instead of the findings. */
  explain?: boolean;
  /** `--map`: a person's corrections to the reading. */
  map?: ReadCorrections;
  /** The JSON report as pieces made while written (`reportChunks`), not one string (a batch worker posts the pieces one by one). */
  stream?: boolean;
}

export type FileResult =
  | { file: string; ok: true; text: string; report: string; reportChunks?: Iterable<string>; counts: ReturnType<typeof analysisCounts>; notices?: string[] }
  | { file: string; ok: false; zh: string; en: string };

/** The analysis of a workbook's grids; a workbook without any indicator table is refused. `infosCounted`: see analyse. */
export function analyseFile(file: string, grids: Grid[], cfg: Config, map?: ReadCorrections, infosCounted = false): Analysis {
  const analysis = analyse(grids, cfg, map, infosCounted);
  refuseNoTable(
    file,
    grids,
    analysis.projects.map((r) => r.project),
  );
  return analysis;
}

/** No indicator table found, or only headers with nothing under them: one line, as the reader saw it. */
export function refuseNoTable(file: string, grids: Grid[], projects: Project[]): void {
  if (!projects.length) {
    const names = grids.map((g) => `“${g.name}”`).join('、') || '（无）';
    throw new JixiaoInputError(`${file}：在工作表 ${names} 中没有找到绩效指标表（需要“三级指标”“指标值”等表头）`, `${file}: no indicator table found`);
  }
  // A header with nothing under it would read as "0 个指标，错误 0": all clear, which it is not.
  if (projects.every((p) => !p.indicators.length && p.funds.row === null)) {
    const p = projects[0];
    throw new JixiaoInputError(
      `${file}：工作表“${p.sheet}”第 ${p.headerRow} 行有指标表表头，但表头下没有任何指标行，无法校验或自评`,
      `${file}: a header at row ${p.headerRow} but no indicator rows under it`,
    );
  }
}

/** The analysis and the reader's notices; the grids die with this frame, not the caller's (large reports are made after). */
async function analysedFile(file: string, cfg: Config, map: ReadCorrections | undefined, infosCounted: boolean): Promise<{ analysis: Analysis; notices: string[] }> {
  const grids = await readGrids(file);
  return { analysis: analyseFile(file, grids, cfg, map, infosCounted), notices: blankSheetLines(grids) };
}

/** The text report without --verbose prints only the number of infos (formatCheck): each is counted, not kept as a finding. */
export function infosOnlyCounted(opts: CheckOptions): boolean {
  return !opts.json && !opts.explain && !opts.verbose;
}

export async function checkFile(file: string, cfg: Config, opts: CheckOptions): Promise<FileResult> {
  try {
    const { analysis, notices } = await analysedFile(file, cfg, opts.map, infosOnlyCounted(opts));
    return {
      file,
      ok: true,
      ...(notices.length ? { notices } : {}),
      text: opts.json ? '' : opts.explain ? formatExplain(file, analysis) : formatCheck(file, analysis, opts.verbose),
      // Compact: a 100 000-row report indented is several times larger for no reader.
      report: opts.json && !opts.stream ? JSON.stringify(fileReport(file, analysis)) : '',
      ...(opts.json && opts.stream ? { reportChunks: jsonChunks(fileReport(file, analysis)) } : {}),
      counts: analysisCounts(analysis),
    };
  } catch (e) {
    if (e instanceof JixiaoInputError) return { file, ok: false, zh: e.zh, en: e.en };
    // In a batch one file's unforeseen failure is its own line; the other files are still checked.
    const dbg = debugText(e);
    if (dbg) process.stderr.write(`${dbg}\n`);
    return { file, ok: false, zh: `${file}：${failureLine(e)}`, en: `${file}: ${e instanceof Error ? e.name : 'failure'}` };
  }
}
