/**
 * The ribbon's callbacks (ribbon.xml names them as `ribbon.OnAddinLoad`, `ribbon.OnAction`, …):
 * 一键校验 runs the pane's controller and says the outcome in one dialog; 打开助手 opens the
 * task pane (the same React pane as in Excel), or shows it again when it was closed.
 */
import { summaryOf } from '../addin/summary-text';
import type { WpsApplication, WpsGlobal } from './wps-api';
import { connectToWps } from './connect';

const PANE_KEY = 'jixiao.taskpane';

export interface RibbonEnv {
  app: () => WpsApplication | undefined;
  wps: () => WpsGlobal | undefined;
  /** The task pane page beside this one. */
  paneUrl: () => string;
  alert: (text: string) => void;
}

export function makeRibbon(env: RibbonEnv) {
  const openPane = (): void => {
    const wps = env.wps();
    const app = env.app();
    if (!wps || !app) throw new Error('请在 WPS 表格中使用绩效表助手');
    const id = app.PluginStorage?.getItem(PANE_KEY);
    const old = id !== undefined && id !== null && id !== '' ? wps.GetTaskPane(id as string | number) : null;
    if (old) {
      old.Visible = true;
      return;
    }
    const pane = wps.CreateTaskPane(env.paneUrl(), '绩效表助手');
    app.PluginStorage?.setItem(PANE_KEY, pane.ID);
    pane.Visible = true;
  };

  const check = async (): Promise<void> => {
    const app = env.app();
    if (!app?.ActiveWorkbook) return env.alert('请先打开要校验的绩效表，再点“一键校验”。');
    const r = await connectToWps(app).validate();
    const view = summaryOf(r, 'zh');
    env.alert([view.title, ...view.lines].join('\n'));
  };

  return {
    OnAddinLoad(ribbonUI: unknown): boolean {
      const app = env.app();
      if (app && typeof app.ribbonUI !== 'object') app.ribbonUI = ribbonUI;
      return true;
    },
    /** Both buttons; failures become one Chinese line, never a stack. */
    OnAction(control: { Id: string }): Promise<void> {
      const run = control.Id === 'jixiaoCheck' ? check : control.Id === 'jixiaoPane' ? async () => openPane() : async () => undefined;
      return run().catch((e: unknown) => env.alert(`绩效表助手：${e instanceof Error ? e.message : String(e)}`));
    },
    GetImage(): string {
      return 'assets/icon-32.png';
    },
    OnGetEnabled(): boolean {
      return true;
    },
  };
}
