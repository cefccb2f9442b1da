/**
 * The line 撤销 gives the pane: what it took back, then why anything was left. A count of 0 is not
 * said (“已撤销 0 处修改，删除插入的 1 行” after 插入标准指标, whose only change is the row): the
 * line names only what happened. Chinese first; English for an English pane (the lines other
 * modules add — a sheet gone, header cells Excel renamed — stay as they are).
 */

export interface RevertCounts {
  restored: number;
  rowsDeleted: number;
  leftAlone: number;
  rowsKept: number;
  notes: string[];
}

export const leftAloneNote = (n: number): string => `${n} 处在上次操作之后已被改动、已由 Excel 撤销或所在行已删除，保持原样。`;
export const rowsKeptNote = (n: number): string => `${n} 行插入的行已不在或其中已有其他内容，未删除。`;

/**
 * 撤销 of a 自评 that added columns (formats copied in: only 自评 copies them): a colour the user set
 * on a row it inserted or a cell of a column it added goes with the row / the cleared formats — the
 * check reads values, not each cell's format (reading every inserted cell's fill would cost reads at
 * 50 000 rows), so it is said rather than detected.
 */
export const COLOUR_NOTE = '您在自评插入的行和新增的列中设置的颜色不会保留（撤销只核对这些单元格的内容，连同格式一并去掉）。';
export const COLOUR_NOTE_EN = 'Colours you set on the rows and columns the self-evaluation added are not kept (undo checks their contents and takes their formats off with them).';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The line for `r` (its notes as safe-revert.ts made them), in Chinese or English. */
export function revertLine(r: RevertCounts, lang: 'zh' | 'en' = 'zh'): string {
  const explained = r.leftAlone > 0 || r.rowsKept > 0;
  if (lang === 'en') {
    const head =
      r.restored && r.rowsDeleted
        ? `Undid ${plural(r.restored, 'change', 'changes')} and deleted ${plural(r.rowsDeleted, 'inserted row', 'inserted rows')}`
        : r.rowsDeleted
          ? `Undid the insertion of ${plural(r.rowsDeleted, 'row', 'rows')}`
          : r.restored
            ? `Undid ${plural(r.restored, 'change', 'changes')}`
            : 'Undo done';
    if (!explained) return `${head}.`;
    const notes = r.notes.map((n) =>
      n === leftAloneNote(r.leftAlone)
        ? `${plural(r.leftAlone, 'change was left as it is', 'changes were left as they are')}: changed since, undone by Excel (Ctrl+Z), or in a deleted row. `
        : n === rowsKeptNote(r.rowsKept)
          ? `${plural(r.rowsKept, 'inserted row was', 'inserted rows were')} not deleted: gone already or holding other content now. `
          : n,
    );
    return `${head}; ${notes.join('').trimEnd()}`;
  }
  const head =
    r.restored && r.rowsDeleted
      ? `已撤销 ${r.restored} 处修改${explained ? '、' : '，'}删除插入的 ${r.rowsDeleted} 行`
      : r.rowsDeleted
        ? `已撤销插入的 ${r.rowsDeleted} 行`
        : r.restored
          ? `已撤销 ${r.restored} 处修改`
          : '已执行撤销';
  return explained ? `${head}；${r.notes.join('')}` : `${head}。`;
}
