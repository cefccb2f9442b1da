/**
 * The writing side of `fill` and `insert`, behind one function so that `check` never loads the
 * spreadsheet library: it is required here, on first use.
 */
import type { Plan } from '../sheet/plan';

export interface Writable {
  /** Parts of the input the output cannot keep (told to the user before writing). */
  losses: { zh: string }[];
  /** Applies the plan and writes the result (never over the input, never half-written). */
  save(plan: Plan, out: string, opts: { inputPath: string; force?: boolean }): Promise<void>;
}

export async function openForWrite(file: string): Promise<Writable> {
  const { openForWrite: open } = await import('../gateways/exceljs/read');
  const { applyPlan } = await import('../gateways/exceljs/apply');
  const { writeWorkbook } = await import('../gateways/exceljs/write');
  const { workbook, losses } = await open(file);
  return {
    losses,
    async save(plan, out, opts) {
      applyPlan(workbook, plan);
      await writeWorkbook(workbook, out, opts);
    },
  };
}
