/**
 * The Office-backed Host (Excel JavaScript API). Placeholder so the task pane builds: the lead
 * replaces the body. Loaded lazily by src/taskpane/index.tsx after Office.onReady.
 */
import type { Host } from '../ui/host';

export async function createOfficeHost(): Promise<Host> {
  throw new Error('未实现：Office 宿主尚未接入（src/addin/office-host.ts）');
}
