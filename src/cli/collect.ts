/**
 * A full garbage collection at the end of a phase of a large `fill`, when the phase's garbage has just
 * died (the grids after planning, the moved formulas' old text after the insert batch). V8 grows the
 * old generation to ~2–3× the live heap before it collects on its own; at 100 000 rows that headroom
 * filled with dead cells was most of the peak (730 MB for ~200 MB live).
 * V8's `gc` is there when the isolate was made with --expose-gc: bin/jixiao.js gives it to fill's worker
 * (bundle-load.ts, FILL_V8_FLAGS). Elsewhere (tests, the API) nothing is collected: V8 decides alone.
 */
import * as v8 from 'v8';

/** Below this much heap in use the garbage cannot matter to the peak, and a collection is not worth its time. */
const MIN_HEAP = 128 * 1048576;

/** Collects now if V8's gc is exposed and the heap holds at least MIN_HEAP (in use, live or dead). */
export function collectIfLarge(min = MIN_HEAP): boolean {
  const gc = (globalThis as { gc?: unknown }).gc;
  if (typeof gc !== 'function' || v8.getHeapStatistics().used_heap_size < min) return false;
  (gc as () => void)();
  return true;
}
