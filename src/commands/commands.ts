/**
 * Function file for the ribbon (manifest.xml: FunctionName "validateAll"): 一键校验 runs the same
 * controller as the pane, marks problem cells, and shows a short summary in a dialog. Whatever
 * happens, event.completed() is called, or Excel keeps the button busy.
 */
import { encodeSummary, summaryOf, type SummaryView } from '../addin/summary-text';

/** Lines a dialog URL carries: 50+ projects are summed up, not listed one by one. */
const MAX_LINES = 12;

/** summary.html beside this page, wherever the add-in is deployed (https://host/jixiao/ too). */
export function summaryUrl(view: SummaryView, base: string = window.location.href): string {
  const lines = view.lines.length > MAX_LINES ? [...view.lines.slice(0, MAX_LINES - 1), `…… 另有 ${view.lines.length - MAX_LINES + 1} 行，请在助手中查看全部结果。`] : view.lines;
  return `${new URL('summary.html', base).href.replace(/#.*$/, '')}#${encodeSummary({ ...view, lines })}`;
}

function showSummary(view: SummaryView): Promise<void> {
  const url = summaryUrl(view);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 40, width: 30, displayInIframe: true }, (res) => {
      // No dialog (blocked, another one open): the marks are on the sheet; the button must not stay busy.
      if (res.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = res.value;
      const done = () => {
        dialog.close();
        resolve();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

async function validateAll(event: Office.AddinCommands.Event): Promise<void> {
  let completed = false;
  const complete = () => {
    if (!completed) event.completed();
    completed = true;
  };
  const lang = (Office.context.displayLanguage || 'zh-CN').toLowerCase().startsWith('zh') ? 'zh' : 'en';
  try {
    const { connectToExcel } = await import(/* webpackChunkName: "addin" */ '../addin/connect');
    const host = await connectToExcel();
    await showSummary(summaryOf(await host.validate(), lang));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    try {
      await showSummary({ title: lang === 'zh' ? '一键校验未完成' : 'Check not completed', lines: [message], close: lang === 'zh' ? '关闭' : 'Close' });
    } catch {
      // nothing more to show: the button is released below
    }
  } finally {
    complete();
  }
}

// office.js is loaded by a blocking <script> before this bundle, so Office exists here.
Office.onReady(() => Office.actions.associate('validateAll', validateAll));

export { validateAll };
