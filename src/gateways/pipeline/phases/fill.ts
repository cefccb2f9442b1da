/** Fill phase: fills grouped by colour and bold, one multi-area action per address list. */
import { ACTION_OVERHEAD, addressLists } from '../batching';
import { PHASE, type Action, type Op } from '../ops';
import { cellOf, pushTo } from '../work';
import type { SheetJob } from './job';

export function fillPhase(job: SheetJob): Op[] {
  const { work } = job;
  const ops: Op[] = [];
  const onAreas = (phase: number, cells: { row: number; col: number }[], action: (areas: string) => Action): void => {
    for (const list of addressLists(cells, job.addressChunk)) ops.push({ phase, bytes: ACTION_OVERHEAD + list.length, resp: 0, actions: [action(list)] });
  };
  const byColor = new Map<string, { row: number; col: number }[]>();
  for (const [k, color] of work.fills) pushTo(byColor, color, cellOf(k));
  for (const [color, cells] of byColor) onAreas(PHASE.fill, cells, (areas) => ({ kind: 'setFill', sheet: work.name, areas, color }));
  onAreas(PHASE.bold, [...work.bold].map(cellOf), (areas) => ({ kind: 'setBold', sheet: work.name, areas, bold: true }));
  return ops;
}
