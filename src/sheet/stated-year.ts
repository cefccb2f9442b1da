/**
 * The year a table states above it decides between several years' columns of one role (2024年 | 2025年 | 2026年指标值
 * under “2024年度项目支出绩效目标表”): the stated year's column, not the latest (header-year.ts picks the latest).
 */
import { foldHeader, roleOf } from './headers';
import { headerYear } from './header-year';
import type { HeaderHit, Reader } from './reader';

/** “（2024年度）”, “2024年度项目支出绩效目标表”: a year a line above the table states (not a range 2024—2026年). */
const STATED_YEAR = /(?<![\d—–~～-])((?:19|20)\d{2})\s*年(?!\s*[—–~～-])/;
/** How far above the header a title or year line is looked for. */
const ABOVE = 8;

/**
 * Where the title above says the table's year (“2024年度”) and one column of a role names that year among
 * several years' columns (2024年 | 2025年 | 2026年指标值), that column holds the role — not the latest year.
 */
export function statedYearColumns(rd: Reader, h: HeaderHit): void {
  const texts = rd.rowTexts(h.row, h.left, h.right);
  const yearOf = (c: number) => headerYear(foldHeader(texts[c - 1] ?? ''));
  for (let k = 0, list = ['target', 'actual'] as const; k < list.length; k++) {
    const role = list[k];
    const c = h.cols[role];
    if (c === undefined || yearOf(c) === null) continue;
    const same = texts.map((t, i) => (t && roleOf(t) === role && yearOf(i + 1) !== null ? i + 1 : 0)).filter((x) => x > 0);
    if (same.length < 2) continue;
    const year = statedYear(rd, h);
    const want = year === null ? undefined : same.find((x) => yearOf(x) === year);
    if (want !== undefined) h.cols[role] = want;
  }
}

function statedYear(rd: Reader, h: HeaderHit): number | null {
  for (let r = h.row - 1; r >= Math.max(1, h.row - ABOVE); r--) {
    for (let i = 0, list = rd.rowTexts(r, h.left, h.right); i < list.length; i++) {
      const t = list[i];
      const m = t ? STATED_YEAR.exec(t) : null;
      if (m) return Number(m[1]);
    }
  }
  return null;
}
