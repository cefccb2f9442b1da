/**
 * The 总分 the sheet shows once filled: a 得分 the accountant typed is their own judgement — fill never writes over it,
 * and the total line fill writes (SUM of the 得分 column plus the 预算执行 得分) counts it. The pane and the text report
 * give that number, so they agree with Excel, and say how many typed scores differ from what the formulas give and
 * what the formulas alone would total (SE-06 names each row). Pure.
 */
import type { Config } from './config';
import { dec, round, sum } from './decimal';
import type { Project } from './model';
import { breakdownRows } from './breakdown-rows';

export interface SheetTotal {
  total: number | null;
  grade: '优' | '良' | '中' | '差' | null;
  /** Typed 得分 (rows, and the 预算执行 line) whose value differs from the computed one. */
  typed: number;
}

const EPS = 1e-9;

/** What it reads of scoring.ts's ProjectScore (not imported: scoring.ts calls this). */
interface Scored {
  rows: { excluded: boolean; weight: number | null; score: number | null }[];
  execution: { score: number | null };
  weightTotal: number | null;
}

/** `gradeOf` comes in from scoring.ts (which calls this) to keep the import one-way. */
export function sheetTotal(p: Project, s: Scored, cfg: Config, gradeOf: (t: number, cfg: Config) => SheetTotal['grade']): SheetTotal {
  const none: SheetTotal = { total: null, grade: null, typed: 0 };
  const parts = breakdownRows(p.indicators);
  const values: number[] = [];
  let typed = 0;
  for (let i = 0; i < s.rows.length; i++) {
    const r = s.rows[i];
    if (r.excluded) continue;
    if (r.weight === null) {
      if (parts.has(i)) continue;
      return none;
    }
    const ind = p.indicators[i];
    const own = ind.sheetScore !== null && !ind.scoreIsFormula ? ind.sheetScore : null;
    const v = own ?? r.score;
    if (v === null) return none;
    if (own !== null && (r.score === null || Math.abs(own - r.score) > EPS)) typed++;
    values.push(v);
  }
  const fs = p.funds.score?.value ?? null;
  const exec = fs ?? s.execution.score;
  if (!values.length || exec === null) return none;
  if (fs !== null && (s.execution.score === null || Math.abs(fs - s.execution.score) > EPS)) typed++;
  const S = sum(values).plus(exec);
  const anyExcluded = s.rows.some((r) => r.excluded);
  const total = anyExcluded ? (s.weightTotal ? round(S.div(s.weightTotal).times(100), cfg.places) : null) : round(dec(S), cfg.places);
  return { total, grade: total === null ? null : gradeOf(total, cfg), typed };
}
