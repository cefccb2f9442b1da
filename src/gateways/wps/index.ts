/** The WPS 表格 gateway: the shared Office-shaped gateway carried out on ET's object model, and the journal kept in the document. */
export { EtRunner, EtContext } from './xl';
export { EtDocumentSettings } from './journal';
export { JOURNAL_SHEET } from './session';
export { runAction } from './actions';
export type { EtApplication } from '../../wps-api/et';

/** What WPS offers of the Excel API requirement sets the gateway asks about: notes and merged-area reads, no undo group. */
export function wpsIsSetSupported(name: string, minVersion?: string): boolean {
  if (name !== 'ExcelApi') return false;
  const minor = Number((minVersion ?? '1.1').split('.')[1] ?? 0);
  return minor <= 18;
}
