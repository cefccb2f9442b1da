/**
 * Where the pane runs: in Excel (Office.js), in WPS 表格 (a WPS 加载项 page: `wps` and
 * `Application` with an ET workbook), or in the browser preview (neither; `?host=wps` shows the
 * WPS shell against its fake).
 */
export type HostKind = 'excel' | 'wps' | 'preview';

export function detectHost(w: unknown = globalThis): HostKind {
  const g = w as { Office?: { context?: { host?: unknown } }; wps?: { CreateTaskPane?: unknown }; Application?: { ActiveWorkbook?: unknown } };
  // WPS first: some WPS builds also define a partial `Office` object for compatibility.
  if (g.wps && typeof g.wps.CreateTaskPane === 'function' && g.Application && 'ActiveWorkbook' in g.Application) return 'wps';
  if (g.Office && g.Office.context !== undefined) return 'excel';
  return 'preview';
}
