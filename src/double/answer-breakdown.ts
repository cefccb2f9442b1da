/**
 * Where a sync's answer goes (ExcelDoubleOptions.answerBreakdown): the answered actions grouped by
 * what they read — the object path with each range address cut to its columns (F9:H2000 → F:H),
 * and the properties loaded — with their count and bytes (each action's value as JSON, UTF-8, no
 * envelope). For measuring, never for the add-in: a sync's `responseBytes` is the figure that counts.
 */
import type { Action, DObject } from './proxy/base';
import type { AnswerPart } from './session';
import { wireBytes } from './wire';

export function answerBreakdown(results: { action: Action; value: unknown }[], escapesNonAscii: boolean): AnswerPart[] {
  const by = new Map<string, AnswerPart>();
  for (const { action, value } of results) {
    const what = `${pathOf(action.obj)}.${action.name}${selectOf(action.args)}`;
    const part = by.get(what) ?? { what, count: 0, bytes: 0 };
    part.count++;
    part.bytes += wireBytes(JSON.stringify(value ?? null), escapesNonAscii);
    by.set(what, part);
  }
  return [...by.values()].sort((a, b) => b.bytes - a.bytes);
}

/** The object's path from its range (or sheet-level object) down, addresses cut to their columns. */
function pathOf(o: DObject | null): string {
  const names: string[] = [];
  for (let x = o; x && names.length < 4; x = x._parent) {
    if (x._name === 'getRange' || x._name === 'getRanges') {
      names.unshift(`${x._name}(${columnsOf(String(x._args[0] ?? ''))})`);
      break;
    }
    names.unshift(x._name);
  }
  return names.join('.');
}

function columnsOf(address: string): string {
  return address
    .split(',')
    .map((a) =>
      a
        .replace(/^.*!/, '')
        .replace(/\$/g, '')
        .replace(/[0-9]+/g, ''),
    )
    .slice(0, 3)
    .join(',');
}

function selectOf(args: unknown): string {
  const select = (args as { Select?: unknown } | null)?.Select;
  return Array.isArray(select) ? `(${select.join(',')})` : '';
}
