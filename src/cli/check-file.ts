/** One file of `jixiao check`, as text and as its JSON report: the unit a worker thread runs. */
import { analyse, counts, type Analysis } from '../engine/analyse';
import { fileReport } from '../engine/report';
import { JixiaoInputError } from '../gateways/exceljs/errors';
import { readGrids } from '../gateways/xlsx/read';
import type { Config } from '../domain/config';
import type { Grid } from '../sheet/grid';
import { formatCheck } from './text';

export interface CheckOptions {
  json: boolean;
  verbose: boolean;
}

export type FileResult =
  | { file: string; ok: true; text: string; report: string; counts: ReturnType<typeof counts> }
  | { file: string; ok: false; zh: string; en: string };

/** The analysis of a workbook's grids; a workbook without any indicator table is refused. */
export function analyseFile(file: string, grids: Grid[], cfg: Config): Analysis {
  const analysis = analyse(grids, cfg);
  if (!analysis.projects.length) {
    const names = grids.map((g) => `“${g.name}”`).join('、') || '（无）';
    throw new JixiaoInputError(
      `${file}：在工作表 ${names} 中没有找到绩效指标表（需要“三级指标”“指标值”等表头）`,
      `${file}: no indicator table found`,
    );
  }
  return analysis;
}

export async function checkFile(file: string, cfg: Config, opts: CheckOptions): Promise<FileResult> {
  try {
    const analysis = analyseFile(file, await readGrids(file), cfg);
    return {
      file, ok: true,
      text: opts.json ? '' : formatCheck(file, analysis, opts.verbose),
      // Compact: a 100 000-row report indented is several times larger for no reader.
      report: opts.json ? JSON.stringify(fileReport(file, analysis)) : '',
      counts: counts(analysis.diagnostics),
    };
  } catch (e) {
    if (e instanceof JixiaoInputError) return { file, ok: false, zh: e.zh, en: e.en };
    throw e;
  }
}
