/**
 * Older 申报表 carry a 长期 (中长期, 实施期, 总体) 绩效指标 grid above or below the 年度 one, under one
 * 项目名称. A year's self-evaluation scores 实际完成值 against the 年度指标值 (the 自评表 of 财预〔2020〕10号:
 * 全年实际值(B)/年度指标值(A)), so the long-term grid of such a project is read and checked, not self-evaluated.
 */
import type { Project } from '../domain/model';
import { canonicalName } from '../domain/text';
import { cellText, type Grid } from './grid';

const NUMBERING = /^([一二三四五六七八九十]+|\d+)[、.．]|^[(（][一二三四五六七八九十\d]+[)）]/;
const LONG = /^(中长期|长期|实施期|总体)(绩效)?(指标|目标)/;
const ANNUAL = /^(本)?年度(绩效)?(指标|目标)/;

export type Horizon = 'long' | 'annual';

/**
 * The title line just above a grid's header (within three rows, nearest first): 长期绩效指标, 年度绩效指标…
 * Only a line of one or two cells counts, so an indicator named “长期目标达成率” is no title.
 */
export function gridHorizon(g: Grid, from: number, headerRow: number, left: number, right: number): Horizon | null {
  for (let r = headerRow - 1; r >= Math.max(from, headerRow - 3, 1); r--) {
    const texts: string[] = [];
    for (let c = left; c <= right; c++) {
      const t = cellText(g, r, c).replace(/\s+/g, '');
      if (t && texts[texts.length - 1] !== t) texts.push(t); // a merged title repeats its text
    }
    if (!texts.length || texts.length > 2) continue;
    const t = texts[0].replace(NUMBERING, '');
    if (LONG.test(t)) return 'long';
    if (ANNUAL.test(t)) return 'annual';
  }
  return null;
}

/** A long-term grid whose project (same name, same sheet) also has an 年度 grid becomes part of that one. */
export function linkLongTerm(projects: Project[], horizons: (Horizon | null)[]): void {
  const annual = new Map<string, number>();
  projects.forEach((p, i) => {
    const key = canonicalName(p.name);
    if (horizons[i] === 'annual' && !annual.has(key)) annual.set(key, p.index);
  });
  projects.forEach((p, i) => {
    const of = horizons[i] === 'long' ? annual.get(canonicalName(p.name)) : undefined;
    if (of !== undefined) p.partOf = of;
  });
}
