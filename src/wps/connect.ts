/**
 * The Host for WPS 表格: the same controller as in Excel (src/addin), driven through the WPS
 * gateway — one session per command, the journal in a very hidden sheet of the workbook.
 */
import { Controller } from '../addin/controller';
import { EtDocumentSettings, EtRunner, wpsIsSetSupported, type EtApplication } from '../gateways/wps';
import type { Host, Lang } from '../ui/host';

export interface WpsHost extends Host {
  /** Batches and syncs made so far (WPS has no round trips; the bench counts calls on the fake). */
  readonly runner: EtRunner;
}

export function connectToWps(app: EtApplication, lang: Lang = 'zh'): WpsHost {
  const runner = new EtRunner(app);
  const host = new Controller({ excel: runner, isSetSupported: wpsIsSetSupported, settings: new EtDocumentSettings(app), lang });
  return Object.assign(host, { runner });
}
