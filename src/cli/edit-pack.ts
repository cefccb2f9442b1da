/**
 * A project's inserted block waits in `fill` until every project is planned (they go to the writer
 * bottom-up): at 100 000 rows 200 000 edit objects (~20 MB with their arrays) alive through the whole
 * plan. Kept flat meanwhile — one array a block, made to size: for each edit the number of its shape
 * (its keys in order and its kind), then its other values but the sheet — and made into the same
 * objects again, key for key, when handed on.
 */
import { flatten } from '../sheet/move-memo';
import type { Edit } from '../sheet/plan';
import { literalFor, type Maker } from './edit-literals';

interface Shape {
  keys: string[];
  kind: Edit['kind'];
  /** The edit again as an object literal of the planner's own key order, when the shape is one fill plans (edit-literals.ts). */
  make: Maker | null;
}

const shapes: Shape[] = [];
/** Shape numbers by kind: an edit's keys are compared with each, key by key (a joined key string per edit was ~2 % of a 100 000-row fill). */
const byKind = new Map<string, number[]>();

function shapeOf(e: Edit, keys: string[]): number {
  let known = byKind.get(e.kind);
  if (!known) byKind.set(e.kind, (known = []));
  for (const n of known) if (sameKeys(shapes[n].keys, keys)) return n;
  const n = shapes.length;
  shapes.push({ keys, kind: e.kind, make: literalFor(keys, e.kind) });
  known.push(n);
  return n;
}

function sameKeys(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A block as it waits: flat when every edit is on `sheet` (always so for a table's block), else the edits themselves. */
export type Packed = { sheet: string; flat: unknown[] } | Edit[];

export function pack(sheet: string, edits: Edit[]): Packed {
  // Formulas flat now, else each stays a tree of the pieces it was joined from (~4× its text) all that time.
  for (const e of edits) if (e.kind === 'formula') flatten(e.formula);
  if (edits.some((e) => e.sheet !== sheet)) return edits;
  const ids = edits.map((e) => shapeOf(e, Object.keys(e)));
  let size = 0;
  for (const id of ids) size += 1 + shapes[id].keys.length - 2;
  const flat = new Array<unknown>(size);
  let i = 0;
  edits.forEach((e, k) => {
    const s = shapes[ids[k]];
    flat[i++] = ids[k];
    for (const key of s.keys) if (key !== 'kind' && key !== 'sheet') flat[i++] = (e as unknown as Record<string, unknown>)[key];
  });
  return { sheet, flat };
}

/** The block's edits, as they were packed, each handed to `each` in order. */
export function unpack(p: Packed, each: (e: Edit) => void): void {
  if (Array.isArray(p)) {
    for (const e of p) each(e);
    return;
  }
  const f = p.flat;
  for (let i = 0; i < f.length;) {
    const s = shapes[f[i++] as number];
    if (s.make) {
      each(s.make(p.sheet, f, i));
      i += s.keys.length - 2;
      continue;
    }
    const e: Record<string, unknown> = {};
    for (const key of s.keys) e[key] = key === 'kind' ? s.kind : key === 'sheet' ? p.sheet : f[i++];
    each(e as unknown as Edit);
  }
}
