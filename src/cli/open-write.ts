/**
 * The writing side of `fill` and `insert`, behind one function so that `check` never loads the
 * spreadsheet library. The plan is first written as edits to the package itself (every part it
 * does not touch copied as it is); only what that cannot do yet goes through ExcelJS, loaded here
 * on first use, and only then are parts lost.
 */
import type { Plan } from '../sheet/plan';

export interface Writable {
  /** Makes the output for `plan`; returns the parts of the input it cannot keep (told to the user before writing). */
  apply(plan: Plan): Promise<{ zh: string }[]>;
  /** What the output leaves out on purpose (a note beside a threaded comment), one Chinese line each; after apply(). */
  notices(): { zh: string }[];
  /** Writes the output (never over the input, never half-written). */
  save(out: string, opts: { inputPath: string; force?: boolean }): Promise<void>;
}

export async function openForWrite(file: string): Promise<Writable> {
  const { readInput } = await import('../gateways/xlsx/input');
  const { writePlanStreamed } = await import('../gateways/xlsx-write/package');
  const { writeBytes, writeWorkbook } = await import('../gateways/exceljs/write');
  const { JixiaoInputError } = await import('../gateways/exceljs/errors');
  const input = await readInput(file);
  let save: Writable['save'] | null = null;
  let notices: { zh: string }[] = [];
  return {
    notices: () => notices,
    async apply(plan) {
      try {
        const said: { zh: string }[] = [];
        const bytes = await writePlanStreamed(input, plan, said);
        notices = said;
        save = (out, opts) => writeBytes(async () => bytes, out, opts);
        return [];
      } catch (e) {
        if (e instanceof JixiaoInputError) throw e;
        // Anything the package edit cannot do (it says which) is done the ExcelJS way.
      }
      const { openForWrite: open } = await import('../gateways/exceljs/read');
      const { applyPlan } = await import('../gateways/exceljs/apply');
      const { workbook, losses } = await open(file);
      applyPlan(workbook, plan);
      save = (out, opts) => writeWorkbook(workbook, out, opts);
      return losses;
    },
    async save(out, opts) {
      if (!save) throw new Error('apply() before save()');
      await save(out, opts);
    },
  };
}
