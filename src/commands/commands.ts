/**
 * Function file for the ribbon (manifest.xml: FunctionName "validateAll"): 一键校验 runs the same
 * controller as the pane, marks problem cells, and shows a short summary in a dialog. Whatever
 * happens, event.completed() is called, or Excel keeps the button busy.
 */
import { encodeSummary, summaryOf, type SummaryView } from '../addin/summary-text';

function showSummary(view: SummaryView): Promise<void> {
  const url = `${window.location.origin}/summary.html#${encodeSummary(view)}`;
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { height: 40, width: 30, displayInIframe: true }, (res) => {
      if (res.status !== Office.AsyncResultStatus.Succeeded) return resolve();
      const dialog = res.value;
      const done = () => { dialog.close(); resolve(); };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, done);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

async function validateAll(event: Office.AddinCommands.Event): Promise<void> {
  const lang = (Office.context.displayLanguage || 'zh-CN').toLowerCase().startsWith('zh') ? 'zh' : 'en';
  try {
    const { createOfficeHost } = await import(/* webpackChunkName: "office-host" */ '../addin/office-host');
    const host = await createOfficeHost();
    await showSummary(summaryOf(await host.validate(), lang));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await showSummary({ title: lang === 'zh' ? '一键校验未完成' : 'Check not completed', lines: [message], close: lang === 'zh' ? '关闭' : 'Close' });
  } finally {
    event.completed();
  }
}

// office.js is loaded by a blocking <script> before this bundle, so Office exists here.
Office.onReady(() => Office.actions.associate('validateAll', validateAll));

export { validateAll };
