/**
 * Connects the pane to real Excel: its Host is the controller wired to `Excel.run` and
 * `Office.context`. Loaded lazily by the task pane after Office.onReady, and by the ribbon's 一键校验 command.
 */
import type { Host } from '../ui/host';
import { Controller } from './controller';

export async function connectToExcel(): Promise<Host> {
  const ctx = Office.context;
  const lang = (ctx.displayLanguage || 'zh-CN').toLowerCase().startsWith('zh') ? 'zh' : 'en';
  return new Controller({
    excel: Excel,
    isSetSupported: (name, version) => ctx.requirements.isSetSupported(name, version),
    settings: ctx.document.settings,
    lang,
  });
}
