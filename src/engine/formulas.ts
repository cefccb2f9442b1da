/**
 * Excel formulas for the self-evaluation columns, mirroring src/domain/scoring.ts so that a later
 * edit of 实际完成值 recalculates in Excel. Only functions every Excel since 2010 has (no LET).
 */
import type { Config } from '../domain/config';
import type { IndicatorRow } from '../domain/model';
import type { Method } from '../domain/scoring';

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The actual value B as a number: a number cell as is (×100 when the cell is a percentage, since
 * Excel stores 96% as 0.96), text with the unit stripped (“50个” → 50).
 */
export function numberOf(ref: string, unit: string | null, percentCell: boolean): string {
  const k = percentCell ? '*100' : '';
  const strip = unit && unit !== '%' ? `SUBSTITUTE(SUBSTITUTE(${ref}&"",${q(unit)},""),"%","")` : `SUBSTITUTE(${ref}&"","%","")`;
  return `IF(ISNUMBER(${ref}),${ref}${k},VALUE(${strip}))`;
}

export function rowScoreFormula(ind: IndicatorRow, m: Method, w: number, actualRef: string, percentCell: boolean, cfg: Config): string | null {
  const r = (x: string) => `ROUND(${x},${cfg.places})`;
  if (m === 'qualitative') {
    const has = (word: string) => `ISNUMBER(SEARCH(${q(word)},${actualRef}))`;
    const part = r(`${w}*${cfg.qualitative.部分达成}`);
    const fail = r(`${w}*${cfg.qualitative.未达成}`);
    const pass = r(`${w}*${cfg.qualitative.达成}`);
    return `IF(${actualRef}="","",IF(OR(${has('部分')},${has('基本')}),${part},IF(OR(${has('未达')},${has('未完成')}),${fail},IF(OR(${has('达成')},${has('完成')},${has('达到')}),${pass},""))))`;
  }
  if (m !== 'positive' && m !== 'equal' && m !== 'reverse') return null;
  const A = ind.target.number;
  if (A === null) return null;
  const B = `MAX(${numberOf(actualRef, ind.target.unit, percentCell)},0)`;
  let body: string;
  if (m === 'reverse') {
    const over = cfg.reverseMethod === 'linear'
      ? `IF(${B}>=2*${A},0,${w}*(1-(${B}-${A})/${A}))`
      : `${w}*${A}/${B}`;
    body = Number(A) <= 0 ? `IF(${B}<=${A},${w},0)` : `IF(${B}<=${A},${w},${over})`;
  } else if (Number(A) === 0) {
    body = m === 'equal' ? `IF(${B}<=0,${w},0)` : `IF(${B}>=0,${w},0)`;
  } else {
    body = `IF(${B}>=${A},${w},${w}*${B}/${A})`;
  }
  return `IF(${actualRef}="","",IFERROR(${r(`MIN(${body},${w})`)},""))`;
}

export function executionRateFormula(executedRef: string, budgetRef: string): string {
  return `IF(OR(${executedRef}="",N(${budgetRef})<=0),"",${executedRef}/${budgetRef})`;
}

export function executionScoreFormula(rateRef: string, weight: number, places: number): string {
  return `IF(${rateRef}="","",ROUND(MIN(${rateRef},1)*${weight},${places}))`;
}

/** Σ scores + execution score, blank until every counted cell has a score; rescaled when rows are 不适用. */
export function totalFormula(scoreRuns: string[], execRef: string, places: number, rescaleBy: number | null): string {
  const blanks = scoreRuns.map((x) => `COUNTBLANK(${x})`).join('+') || '0';
  const sum = `SUM(${[...scoreRuns, execRef].join(',')})`;
  const value = rescaleBy ? `${sum}/${rescaleBy}*100` : sum;
  return `IF(OR(${blanks}>0,${execRef}=""),"",ROUND(${value},${places}))`;
}

export function gradeFormula(totalRef: string, g: Config['grades']): string {
  return `IF(${totalRef}="","",IF(${totalRef}>=${g.优},"优",IF(${totalRef}>=${g.良},"良",IF(${totalRef}>=${g.中},"中","差"))))`;
}

/** Contiguous runs of rows as ranges in one column: [9,10,11,14] → ["G9:G11","G14"]. */
export function runs(col: string, rows: number[]): string[] {
  const out: string[] = [];
  const sorted = [...rows].sort((a, b) => a - b);
  let i = 0;
  while (i < sorted.length) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    out.push(i === j ? `${col}${sorted[i]}` : `${col}${sorted[i]}:${col}${sorted[j]}`);
    i = j + 1;
  }
  return out;
}
