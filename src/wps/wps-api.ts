/**
 * The WPS 加载项 globals the shell uses besides ET's object model: `wps` (task panes) and
 * `Application.PluginStorage` (this WPS session only: it is not saved with any document, so it
 * only remembers which task pane is ours).
 */
import type { EtApplication } from '../wps-api/et';

export interface WpsTaskPane {
  readonly ID: number | string;
  Visible: boolean;
}

export interface WpsGlobal {
  CreateTaskPane(url: string, title?: string): WpsTaskPane;
  GetTaskPane(id: number | string): WpsTaskPane | null;
}

export interface PluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: unknown): void;
}

export type WpsApplication = EtApplication & { PluginStorage?: PluginStorage; ribbonUI?: unknown };

export interface WpsWindow {
  wps?: WpsGlobal;
  Application?: WpsApplication;
}
