/**
 * An undo record too big for the document settings (Office keeps ~2 MB of them, history.ts), kept in
 * custom XML parts (workbook.customXmlParts, ExcelApi 1.5) instead: the workbook's own store, which
 * the pane and the ribbon's runtime both see, and which stays with the file. The settings keep only a
 * small reference (the parts' ids in order, the text's length and checksum).
 *
 * A part holds one slice of the record's text as the text of one element. Each slice stays under
 * PART_WIRE_BYTES as the request carries it in the worst case (XML-escaped, then JSON with every
 * non-ASCII character written \uXXXX), which also keeps it under the size one part may have on Office
 * on the web (about 1 MB: OfficeDev/office-js#2408; double/session.ts XML_PART_LIMIT). PARTS_PER_SYNC
 * slices ride one sync, under the 5 MB payload.
 *
 * Reading checks the text against its length and checksum: a part deleted or changed outside the
 * add-in gives a JournalPartError (one Chinese line), never a partial record.
 *
 * A part's namespace carries the time it was written (`urn:jixiao:journal:1:<ms>`; session 20 wrote
 * `urn:jixiao:journal:1` alone). A command interrupted between writing its parts and saving the
 * history (the pane closed, Excel gone) leaves parts nothing refers to: the next command's history
 * save sweeps them (sweepable) — listed in its read's first sync, deleted with the parts leaving the
 * history. Never a part the history refers to, and never a young one: another runtime's command may
 * have written it and not yet saved its history (the claim, addin/busy.ts, keeps two commands apart,
 * but one whose claim went stale may still be running) — a part is swept only once it is older than
 * a command can take between its parts and its save.
 */
import type { XlContext, XlCustomXmlPartCollection } from './api';
import { ACTION_OVERHEAD } from '../pipeline/batching';
import type { Op } from '../pipeline/ops';

export const JOURNAL_NS = 'urn:jixiao:journal:1';
export const PART_WIRE_BYTES = 900_000;
export const PARTS_PER_SYNC = 4;

/** Where a record's text is: its parts' ids in order, its length and FNV-1a checksum. */
export interface PartRef {
  ids: string[];
  n: number;
  h: string;
}

export class JournalPartError extends Error {}

export const PART_LOST =
  '未执行撤销：这一步的撤销记录（保存在工作簿内的自定义 XML 部件中）已缺失或损坏，无法确认哪些单元格是本助手改的，因此表格一处也没有改动。这一步已从撤销列表移除；如需还原，可关闭工作簿不保存，或用 Excel 自己的撤销（Ctrl+Z）。';

export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** A character's bytes in the part's XML as the wire may carry it: escaped for XML, then for JSON, non-ASCII as \uXXXX. */
function wireCost(c: number): number {
  if (c === 0x26) return 5; // &amp;
  if (c === 0x3c || c === 0x3e) return 4; // &lt; &gt;
  if (c === 0x22 || c === 0x5c) return 2; // \" \\
  return c < 0x20 || c >= 0x80 ? 6 : 1;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text cut into slices, each one part's XML. */
export function partsOf(text: string, budget = PART_WIRE_BYTES, ns = JOURNAL_NS): string[] {
  const open = (i: number) => `<j xmlns="${ns}" i="${i}">`;
  const room = budget - 2 * (open(0).length + 20) - 4;
  const out: string[] = [];
  let start = 0;
  let cost = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const w = wireCost(c);
    // A surrogate pair stays in one slice.
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? wireCost(text.charCodeAt(i + 1)) : 0;
    if (cost + w + pair > room && i > start) {
      out.push(text.slice(start, i));
      start = i;
      cost = 0;
    }
    cost += w + pair;
    if (pair) i++;
  }
  if (start < text.length || !out.length) out.push(text.slice(start));
  return out.map((s, i) => `${open(i)}${escapeXml(s)}</j>`);
}

/** The slice an element holds (lenient: an XML declaration or a namespace prefix Excel may add). */
export function sliceOf(xml: string): string | null {
  const m = /<(?:[\w.-]+:)?j\b[^>]*>([\s\S]*)<\/(?:[\w.-]+:)?j\s*>\s*$/.exec(xml);
  if (!m) return null;
  return m[1].replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) =>
    e === 'lt'
      ? '<'
      : e === 'gt'
        ? '>'
        : e === 'amp'
          ? '&'
          : e === 'quot'
            ? '"'
            : e === 'apos'
              ? "'"
              : String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)),
  );
}

function parts(ctx: XlContext): XlCustomXmlPartCollection {
  const c = ctx.workbook.customXmlParts;
  if (!c) throw new JournalPartError(PART_LOST);
  return c;
}

/** Add the record's text as parts (PARTS_PER_SYNC a sync). On failure the parts added so far go again, and the error is thrown. */
export async function writeJournalParts(ctx: XlContext, text: string, now = Date.now()): Promise<PartRef> {
  const xml = partsOf(text, PART_WIRE_BYTES, `${JOURNAL_NS}:${now}`);
  const ids: string[] = [];
  try {
    for (let i = 0; i < xml.length; i += PARTS_PER_SYNC) {
      const added = xml.slice(i, i + PARTS_PER_SYNC).map((x) => parts(ctx).add(x).load('id'));
      await ctx.sync();
      ids.push(...added.map((p) => p.id));
    }
  } catch (e) {
    await deleteJournalParts(ctx, ids);
    throw e;
  }
  return { ids, n: text.length, h: checksum(text) };
}

/** The record's text, checked; a JournalPartError when a part is missing or its text is not what was written. */
export async function readJournalParts(ctx: XlContext, ref: PartRef): Promise<string> {
  const slices: string[] = [];
  for (let i = 0; i < ref.ids.length; i += PARTS_PER_SYNC) {
    const got = ref.ids.slice(i, i + PARTS_PER_SYNC).map((id) => parts(ctx).getItemOrNullObject(id).getXml());
    try {
      await ctx.sync();
    } catch {
      throw new JournalPartError(PART_LOST); // a part deleted: its getXml fails
    }
    for (const g of got) {
      const s = typeof g.value === 'string' ? sliceOf(g.value) : null;
      if (s === null) throw new JournalPartError(PART_LOST);
      slices.push(s);
    }
  }
  const text = slices.join('');
  if (text.length !== ref.n || checksum(text) !== ref.h) throw new JournalPartError(PART_LOST);
  return text;
}

/** Delete parts (one sync; where one is already gone, each of the others on its own). Never throws. */
export async function deleteJournalParts(ctx: XlContext, ids: string[]): Promise<void> {
  if (!ids.length) return;
  try {
    for (const id of ids) parts(ctx).getItemOrNullObject(id).delete();
    await ctx.sync();
  } catch {
    for (const id of ids) {
      try {
        parts(ctx).getItemOrNullObject(id).delete();
        await ctx.sync();
      } catch {
        // already gone
      }
    }
  }
}

/**
 * The parts' deletion as work for another command's last sync (撤销: the revert's, safe-revert.ts) —
 * no sync of its own. Only for parts read in the same batch (they are there: a part already gone
 * would fail that sync). Queued after every write, so a refused delete leaves the writes done.
 */
export function deletePartsOps(ctx: XlContext, ids: string[]): Op[] {
  if (!ids.length) return [];
  const run = (): void => {
    for (const id of ids) parts(ctx).getItemOrNullObject(id).delete();
  };
  return [{ phase: Number.MAX_SAFE_INTEGER, bytes: 2 * ACTION_OVERHEAD * ids.length, resp: 64 * ids.length, actions: [{ kind: 'custom', run }] }];
}

/** A part of the workbook as listed: its id and namespace. */
export interface ListedPart {
  id: string;
  ns: string;
}

/**
 * Queue the list of the workbook's parts (ids and namespaces: a few dozen bytes each) into the
 * caller's next sync; after it, the getter gives the list (null when it was not read).
 */
export function listJournalParts(ctx: XlContext): () => ListedPart[] | null {
  const all = ctx.workbook.customXmlParts;
  if (!all?.load) return () => null;
  all.load('items/id,items/namespaceUri');
  return () => {
    try {
      return (all.items ?? []).map((p) => ({ id: p.id, ns: String(p.namespaceUri ?? '') }));
    } catch {
      return null; // its sync failed or was sent again without it
    }
  };
}

/**
 * The journal's parts no entry refers to and written more than `olderThan` ms before `now` (a part of
 * session 20, without a time, counts as old). `referenced`: every part the history refers to, before
 * and after the change being saved.
 */
export function sweepable(listed: ListedPart[] | null, referenced: Set<string>, now: number, olderThan: number): string[] {
  const out: string[] = [];
  for (const p of listed ?? []) {
    if (referenced.has(p.id)) continue;
    if (p.ns === JOURNAL_NS) out.push(p.id);
    else if (p.ns.startsWith(`${JOURNAL_NS}:`)) {
      const at = Number(p.ns.slice(JOURNAL_NS.length + 1));
      if (Number.isFinite(at) && now - at > olderThan) out.push(p.id);
    }
  }
  return out;
}
