/** Round trips of the package writer: a plan written into a package, checked against its input and the ExcelJS path. */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type * as ExcelJS from 'exceljs';
import { configFor } from '../../../src/cli/options';
import { analyse } from '../../../src/engine/analyse';
import { planAll } from '../../../src/engine/planner';
import { applyPlan } from '../../../src/gateways/exceljs/apply';
import { batchAt } from '../../../src/gateways/exceljs/batch';
import { openForWrite as openExcelJS } from '../../../src/gateways/exceljs/read';
import { Package } from '../../../src/gateways/xlsx/input';
import { gridsOf } from '../../../src/gateways/xlsx/read';
import { writePlan } from '../../../src/gateways/xlsx-write/package';
import { editCells, type Edit, type Plan } from '../../../src/sheet/plan';
import { moveReferences, type RowMap } from '../../../src/sheet/shift-formula';
import { load, noteText, packageProblems, parts } from './package-check';

const inSheet = (r: number, c: number) => Number.isInteger(r) && Number.isInteger(c) && r >= 1 && c >= 1;
const coords = (e: Edit): [number, number][] =>
  e.kind === 'merge'
    ? [
        [e.top, e.left],
        [e.bottom, e.right],
      ]
    : e.kind === 'insertRows'
      ? []
      : Array.from({ length: editCells(e) }, (_, k): [number, number] => [e.row, e.col + k]);

/** fill --fix's plan (--highlight adds fills and notes). */
export function planOf(buf: Buffer, highlight = false): Plan {
  const grids = gridsOf(Package.open('', buf));
  const cfg = configFor(undefined);
  const plan = planAll(grids, analyse(grids, cfg), cfg, { fix: true, highlight, fill: true });
  // The engine sometimes labels a column it could not find (col = Infinity): not the writer's to judge.
  return { edits: plan.edits.filter((e) => coords(e).every(([r, c]) => inSheet(r, c))) };
}

/** The plan applied the ExcelJS way (the fallback), read back. */
export async function viaExcelJS(buf: Buffer, plan: Plan): Promise<ExcelJS.Workbook> {
  const dir = mkdtempSync(join(tmpdir(), 'jixiao-write-'));
  try {
    const file = join(dir, 'in.xlsx');
    writeFileSync(file, buf);
    const { workbook } = await openExcelJS(file);
    applyPlan(workbook, plan);
    return await load(Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Where the plan moves each sheet's rows, and the cells it writes (final coordinates), batch by batch. */
export function footprint(plan: Plan): { map: (sheet: string) => RowMap; written: Set<string> } {
  const maps: ((sheet: string) => RowMap)[] = [];
  const cells: { sheet: string; at: [number, number][]; after: number }[] = [];
  let i = 0;
  while (i < plan.edits.length) {
    const e = plan.edits[i];
    if (e.kind !== 'insertRows') {
      cells.push({ sheet: e.sheet, at: coords(e), after: maps.length });
      i++;
      continue;
    }
    const b = batchAt(plan.edits, i);
    maps.push((sheet) => b.maps.get(sheet.toLowerCase()) ?? ((r) => r));
    for (const x of b.edits) cells.push({ sheet: x.sheet, at: coords(x), after: maps.length });
    i = b.end;
  }
  const through =
    (sheet: string, from: number): RowMap =>
    (r) =>
      maps.slice(from).reduce((row, m) => m(sheet)(row), r);
  const written = new Set<string>();
  for (const c of cells) for (const [r, col] of c.at) written.add(`${c.sheet}!${through(c.sheet, c.after)(r)}:${col}`);
  return { map: (sheet) => through(sheet, 0), written };
}

/** Cells outside the plan that changed between input and output (after the plan's row moves). */
/** `also`: cells (sheet!row:col, final coordinates) the plan changes beyond its edits' own (a merge grown to the areas it cuts). */
export function lostCells(input: ExcelJS.Workbook, output: ExcelJS.Workbook, plan: Plan, also: string[] = []): string[] {
  const { map, written } = footprint(plan);
  for (const k of also) written.add(k);
  const lost: string[] = [];
  for (const ws of input.worksheets) {
    const out = output.getWorksheet(ws.name)!;
    const m = map(ws.name);
    const mapOf = (k: string) => (input.getWorksheet(k) ? map(input.worksheets.find((w) => w.name.toLowerCase() === k)?.name ?? k) : undefined);
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const r2 = m(r);
        if (written.has(`${ws.name}!${r2}:${c}`)) return;
        const o = out.getCell(r2, c);
        const f = cell.formula ? moveReferences(cell.formula, ws.name, mapOf) : null;
        const a = JSON.stringify([f ?? (cell.type === 6 ? null : cell.value), f ? (cell.result ?? null) : null, cell.style, noteText(cell.note)]);
        const b = JSON.stringify([o.formula ? o.formula : o.type === 6 ? null : o.value, o.formula ? (o.result ?? null) : null, o.style, noteText(o.note)]);
        if (a !== b) lost.push(`${ws.name}!${cell.address} → ${o.address}: ${a.slice(0, 160)} ≠ ${b.slice(0, 160)}`);
      });
    });
  }
  return lost;
}

/** Parts that may change: the ones holding what the plan writes or the rows it moves (and a sheet's relationships to new notes parts). */
export const MAY_CHANGE =
  /^(xl\/worksheets\/[^/]+\.xml|xl\/worksheets\/_rels\/[^/]+\.xml\.rels|xl\/styles\.xml|xl\/sharedStrings\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/charts\/chart\d+\.xml|xl\/drawings\/[^/]+\.(xml|vml)|xl\/tables\/[^/]+\.xml|xl\/comments\d*\.xml|xl\/threadedComments\/[^/]+\.xml)$/;

/**
 * The plan written into the package: a package Excel opens (content types, relationships, element
 * order), read by ExcelJS and by the project's reader, no cell outside the plan changed, and every
 * part outside `mayChange` (besides the ones a plan may always touch) byte for byte. The output.
 */
export async function roundTrip(buf: Buffer, plan: Plan, mayChange?: RegExp, also: string[] = []): Promise<Buffer> {
  const out = writePlan(buf, plan);
  expect(packageProblems(out)).toEqual([]);
  const output = await load(out);
  expect(lostCells(await load(buf), output, plan, also)).toEqual([]);
  const after = parts(out);
  for (const [part, bytes] of parts(buf)) {
    if (part === 'xl/calcChain.xml' || MAY_CHANGE.test(part) || mayChange?.test(part)) continue;
    expect([part, after.get(part)?.equals(bytes)]).toEqual([part, true]);
  }
  expect(gridsOf(Package.open('', out)).length).toBe(gridsOf(Package.open('', buf)).length);
  return out;
}
