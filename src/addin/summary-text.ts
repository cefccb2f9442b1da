/** The short summary 一键校验 shows without the pane: Chinese first, English when Office is English. */
import type { Lang, ValidateResult } from '../ui/host';

export interface SummaryView {
  title: string;
  lines: string[];
  close: string;
}

export function summaryOf(r: ValidateResult, lang: Lang): SummaryView {
  const sum = (k: 'errors' | 'warnings' | 'infos') => r.projects.reduce((n, p) => n + p[k], 0);
  // A long-term grid beside its 年度 grid is the same project: counted once.
  const n = r.projects.filter((p) => p.partOf === undefined).length;
  if (lang === 'en') {
    return {
      title: 'Jixiao — one-click check',
      lines: [
        r.projects.length
          ? `${n} project(s): ${sum('errors')} error(s), ${sum('warnings')} warning(s), ${sum('infos')} note(s); ${r.marked} cell(s) marked${r.notes ? ' with comments' : ''}.`
          : 'No performance indicator table was found in this sheet.',
        ...r.projects.map(
          (p) => `${p.partOf !== undefined ? `Long-term indicators of project ${p.partOf}` : `Project ${p.index}: ${p.name}`} — ${p.errors} error(s), ${p.warnings} warning(s)`,
        ),
        'Open 打开助手 (Open assistant) for details and fixes.',
      ],
      close: 'Close',
    };
  }
  return {
    title: '绩效表助手 · 一键校验',
    lines: [
      r.projects.length
        ? `共 ${n} 个项目：错误 ${sum('errors')}，警告 ${sum('warnings')}，提示 ${sum('infos')}；已标记 ${r.marked} 个单元格${r.notes ? '并加批注' : '（此版本 Excel 不支持批注，详情请在助手中查看）'}。`
        : '当前工作表中没有找到绩效指标表（需要“三级指标”“指标值”等表头）。',
      ...r.projects.map((p) => `${p.partOf !== undefined ? `项目 ${p.partOf} 的长期绩效指标` : `项目 ${p.index}：${p.name}`} — 错误 ${p.errors}，警告 ${p.warnings}`),
      '点击“打开助手”查看每条问题、依据与修正。',
    ],
    close: '关闭',
  };
}

/** Dialog URLs carry the summary in the hash (never sent to a server). */
export function encodeSummary(v: SummaryView): string {
  return encodeURIComponent(JSON.stringify(v));
}

export function decodeSummary(hash: string): SummaryView | null {
  try {
    const v = JSON.parse(decodeURIComponent(hash.replace(/^#/, ''))) as SummaryView;
    return v && typeof v.title === 'string' && Array.isArray(v.lines) ? v : null;
  } catch {
    return null;
  }
}
