/**
 * A full garbage collection at the end of a phase of a large `fill`, when the phase's garbage has just
 * died (the grids after planning, the moved formulas' old text after the insert batch). V8 grows the
 * old generation to ~2–3× the live heap before it collects on its own; at 100 000 rows that headroom
 * filled with dead cells was most of the peak (730 MB for ~200 MB live).
 */
import * as v8 from 'v8';
import * as vm from 'vm';

/** Below this much heap in use the garbage cannot matter to the peak, and a collection is not worth its time. */
const MIN_HEAP = 128 * 1048576;

let gc: (() => void) | null = null;

/** Collects now if the heap holds at least MIN_HEAP (in use, live or dead). */
export function collectIfLarge(min = MIN_HEAP): boolean {
  if (v8.getHeapStatistics().used_heap_size < min) return false;
  if (!gc) {
    // V8 gives the gc function to contexts made while the flag is on: one such context, then the flag off again.
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
    v8.setFlagsFromString('--no-expose-gc');
  }
  gc();
  return true;
}
