/**
 * Whether one workbook's `check` can run in the launcher's own thread (bin/jixiao.js). The launcher runs
 * the CLI in a worker so that running out of memory ends in one Chinese line: a worker's heap can fail,
 * the process's cannot. Starting that worker costs ~40 ms CPU, 5–20 % of a check of 1 000–10 000 rows.
 * A check's peak heap is about 12× the parts it inflates (100 000 rows: ~390 MB for 33 MB), so a package
 * whose parts, as its zip directory declares them (inflating never goes past a declared size), add up
 * to at most 1/64 of the heap left after a fixed base (the code, the report's text) cannot come near the
 * limit: it runs here, without the worker. A heap made small on purpose (--max-old-space-size) keeps the worker.
 */
import { readFileSync, statSync } from 'fs';
import { readDirectory } from '../gateways/xlsx/zip';

/** The heap is at least this many times the package's declared parts when a check runs without a worker. */
export const HEAP_SHARE = 64;
/** Heap kept aside before the share is counted: a small check alone needs tens of MB. */
export const HEAP_BASE = 256 * 1024 * 1024;

export function fitsInThread(file: string, heapLimit: number): boolean {
  const cap = (heapLimit - HEAP_BASE) / HEAP_SHARE;
  if (cap <= 0) return false;
  let buf: Buffer;
  try {
    if (statSync(file).size > cap) return false;
    buf = readFileSync(file);
  } catch {
    // Missing or unreadable: the check says so in one line, reading nothing.
    return true;
  }
  let dir;
  try {
    dir = readDirectory(buf);
  } catch {
    // Not a zip the reader can open: it is refused in one line before anything is inflated.
    return true;
  }
  let total = 0;
  for (const e of dir.values()) total += e.size;
  return total <= cap;
}
