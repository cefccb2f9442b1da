/**
 * An undo record as the history keeps it (in the settings, or in custom XML parts): its JSON
 * (encodeUndo), or — from COMPRESS_FROM characters — `z` and the base64 of that JSON deflated.
 * A 自评 record is the same few runs project after project: at 50 000 rows its ~2.8 MB of JSON
 * deflate to ~0.5 MB of base64, small enough for the settings, so no custom XML part is written
 * (自评 5 → 4 syncs) or read back (撤销 6 → 5). Text starting with `{` is JSON, as every earlier
 * record was: those read as before; so does a record whose deflated text would be no shorter.
 */
import { deflateRaw, inflateRaw } from 'pako';
import { decodeUndo, encodeUndo, type UndoRecord } from '../gateways/office';

/** Characters of JSON from which a record is deflated (smaller ones stay readable in the settings). */
export const COMPRESS_FROM = 16 * 1024;

export function recordText(r: UndoRecord): string {
  const json = encodeUndo(r);
  if (json.length < COMPRESS_FROM) return json;
  const known = deflated.get(json);
  if (known !== undefined) return known;
  const z = `z${toBase64(deflateRaw(new TextEncoder().encode(json), { level: 6 }))}`;
  // Text that does not deflate (base64 adds a third) stays JSON.
  const text = z.length < json.length ? z : json;
  remember(deflated, json, text);
  remember(inflated, text, json);
  return text;
}

/** The record a text holds; throws on a text that is neither JSON nor a deflated record. */
export function recordOfText(text: string): UndoRecord {
  if (!text.startsWith('z')) return decodeUndo(text);
  let json = inflated.get(text);
  if (json === undefined) {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflateRaw(fromBase64(text.slice(1))));
    remember(inflated, text, json);
  }
  return decodeUndo(json);
}

/*
 * Every history save writes all its entries and every read decodes them all: without these, a
 * 50 000-row 自评 kept in the history would be deflated (or inflated) again at each command. Keyed
 * by text, never by record object, so a record changed in place can never be answered stale.
 */
const KEEP = 8;
const deflated = new Map<string, string>();
const inflated = new Map<string, string>();

function remember(m: Map<string, string>, key: string, value: string): void {
  m.delete(key);
  m.set(key, value);
  if (m.size > KEEP) m.delete(m.keys().next().value as string);
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
