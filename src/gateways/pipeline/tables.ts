/**
 * Excel tables (ListObjects) and the rows the plan inserts. Excel moves a table only whole: whole
 * sheet rows inserted inside one become table rows, above it move it down — but a table that
 * reaches the sheet's last row (Ctrl+T on whole columns makes one, A:E) cannot move down, and
 * Excel refuses the insert with InsertDeleteConflict after applying the syncs before it (the
 * previous marks taken off, in the same first sync). So the write path says so in one line before
 * anything is written. The tables come from the snapshot (office/snapshot-tables.ts); a host that
 * does not read them (WPS) is not checked. The double models the limit: src/double/tables.ts.
 */
import { MAX_ROWS, rectAddress } from '../../sheet/a1';
import type { SheetWork } from './work';

/** The one line refusing the plan's inserts on `work`'s sheet, or null when every table can move. */
export function tablePastEndLine(work: SheetWork): string | null {
  const tables = work.snap.tables;
  if (!tables?.length || !work.inserts.length) return null;
  const count = work.inserts.reduce((n, i) => n + i.count, 0);
  const first = work.inserts.reduce((n, i) => Math.min(n, i.at), MAX_ROWS);
  const hit = tables.find((t) => t.rect.bottom >= first && t.rect.bottom + count > MAX_ROWS);
  if (!hit) return null;
  return `未写入：工作表“${work.name}”的表格“${hit.name}”（${rectAddress(hit.rect)}）延伸到第 ${hit.rect.bottom} 行，插入 ${count} 行会把它挤出工作表，Excel 不允许。请选中表格，在“表设计 › 调整表格大小”中把它缩到有内容的行（或“转换为区域”），再重试。`;
}
