/**
 * `fill` from reading to the output bytes, with the plan handed to the package writer edit by edit
 * as it is made: a 100 000-row plan is a million edit objects, and kept whole they outlived every
 * garbage collection of the write. Only what the package edit cannot do goes through ExcelJS
 * (open-write.ts), planned again from the file, since that path needs the whole plan.
 */
import type { Config } from '../domain/config';
import { counts, startAnalysis, type Analysis } from '../engine/analyse';
import { forgetMemos } from '../domain/memo';
import type { ReadCorrections } from '../engine/corrections';
import { checkRoom, FillRoomError, fillsBeside, planAll, planEach, type PlanOptions } from '../engine/planner';
import { planFillProject } from '../engine/fill';
import { rowReleaser } from '../engine/grid-release';
import { JixiaoInputError } from '../gateways/exceljs/errors';
import { readGrids, readGridsKept } from '../gateways/xlsx/read';
import { refuseTwinSheets } from './sheet-twins';
import type { Grid } from '../sheet/grid';
import { editCells, type Edit, type Plan } from '../sheet/plan';
import { analyseFile, refuseNoTable } from './check-file';
import { collectIfLarge } from './collect';
import { pack, unpack, type Packed } from './edit-pack';
import { openForWrite } from './open-write';
import { projectLine } from './text';

/** Excel's last column (XFD) and row. */
const MAX_COL = 16384;
const MAX_ROW = 1048576;

/** Rows a plan inserts, by sheet. */
export function insertedRows(plan: Plan): Map<string, number> {
  const added = new Map<string, number>();
  for (const e of plan.edits) if (e.kind === 'insertRows') added.set(e.sheet, (added.get(e.sheet) ?? 0) + e.count);
  return added;
}

/**
 * Inserted rows push everything below them down; a cell already near row 1 048 576 would fall off the
 * sheet (and the file would not open). Excel refuses such an insert; so do we, in one line.
 */
export function refusePushedOff(file: string, grids: Grid[], added: Map<string, number>): void {
  for (const g of grids) {
    const n = added.get(g.name) ?? 0;
    if (n && g.rowCount + n > MAX_ROW) {
      throw new JixiaoInputError(
        `${file}：工作表“${g.name}”第 ${g.rowCount} 行有内容，插入 ${n} 行会把它推出 Excel 的最后一行（${MAX_ROW}），与 Excel 一样不予插入；请删除表格下方远处的单元格后再试`,
        `${file}: inserting ${n} rows would push row ${g.rowCount} of "${g.name}" off the sheet`,
      );
    }
  }
}

/** The planner's own refusals, in the user's terms. */
function planning(file: string, grids: Grid[], run: () => void): void {
  try {
    run();
  } catch (e) {
    if (e instanceof FillRoomError) throw new JixiaoInputError(`${file}：${e.message}`, e.message);
    // A table that reaches column XFD leaves no room for the self-evaluation columns.
    if (e instanceof RangeError && grids.some((g) => g.colCount >= MAX_COL - 8)) {
      throw new JixiaoInputError(`${file}：表格右侧已到 Excel 的最后一列 XFD，没有位置添加自评列`, `${file}: no room for the self-evaluation columns`);
    }
    throw e;
  }
}

type Save = (out: string, opts: { inputPath: string; force?: boolean }) => Promise<void>;

export interface Filled {
  /** Edits in the plan. */
  count: number;
  /** One line per project, and the findings' counts. */
  lines: string[];
  c: ReturnType<typeof counts>;
  /** Parts the output cannot keep (ExcelJS path only), and what it leaves out on purpose. */
  losses: { zh: string }[];
  notices: { zh: string }[];
  save: Save;
  /** Parts lost after all: the package edit failed while writing out and `save` wrote the ExcelJS way (told after it). */
  lateLosses?: () => { zh: string }[];
}

async function analysed(file: string, cfg: Config, map: ReadCorrections | undefined): Promise<{ grids: Grid[]; analysis: Analysis }> {
  const grids = await readGrids(file);
  refuseTwinSheets(file, grids);
  return { grids, analysis: analyseFile(file, grids, cfg, map) };
}

/** The file as read for the plan, handed to the writer: its bytes and its large worksheets inflated (readGridsKept). */
type Start = (input: Buffer, sheets: Map<string, Buffer>) => Promise<(e: Edit) => void>;

/**
 * Reads, analyses and plans, each edit handed to what `start` returns once the file is analysed.
 * Its own call, so that the grids and findings (hundreds of MB at 100 000 rows) die when it returns:
 * held in the caller's frame, even in a spent temporary, they stayed alive through the whole write.
 */
async function planInto(file: string, cfg: Config, map: ReadCorrections | undefined, opts: PlanOptions, start: Start): Promise<{ lines: string[]; c: ReturnType<typeof counts> }> {
  if (!opts.fix && !opts.highlight && opts.fill !== false) return planByProject(file, cfg, map, start);
  const { grids, input, sheets } = await readGridsKept(file);
  refuseTwinSheets(file, grids);
  const analysis = analyseFile(file, grids, cfg, map);
  const lines = analysis.projects.map(projectLine);
  const c = counts(analysis.diagnostics);
  const each = await start(input, sheets);
  const added = new Map<string, number>();
  const counted = (e: Edit) => {
    if (e.kind === 'insertRows') added.set(e.sheet, (added.get(e.sheet) ?? 0) + e.count);
    each(e);
  };
  planning(file, grids, () => planEach(grids, analysis, cfg, opts, counted));
  refusePushedOff(file, grids, added);
  return { lines, c };
}

/**
 * `fill` without --fix or --highlight: each project checked, counted and planned in turn, so that one
 * project's findings and score are alive at a time, not every project's (~70 MB at 100 000 rows).
 * The same edits in the same order as planEach: every project's in-place edits, then the inserted
 * blocks bottom-up.
 */
async function planByProject(file: string, cfg: Config, map: ReadCorrections | undefined, start: Start): Promise<{ lines: string[]; c: ReturnType<typeof counts> }> {
  const { grids, input, sheets: inflated } = await readGridsKept(file);
  refuseTwinSheets(file, grids);
  const run = startAnalysis(grids, map);
  refuseNoTable(file, grids, run.found);
  // The reader's caches are not asked again: held through the plan, they only raised the heap V8 allows.
  forgetMemos();
  const each = await start(input, inflated);
  const lines: string[] = new Array<string>(run.found.length);
  const c = { errors: 0, warnings: 0, infos: 0 };
  const checked = (i: number) => {
    // Only counted here (the summary line): infos are not made findings of their own (~185 000 at 100 000 rows).
    const r = run.check(i, cfg, true);
    lines[i] = projectLine(r);
    const k = counts(r.diagnostics);
    c.errors += k.errors;
    c.warnings += k.warnings;
    c.infos += k.infos + (r.countedInfos ?? 0);
    return r;
  };
  const added = new Map<string, number>();
  const one = (e: Edit) => {
    if (e.kind === 'insertRows') added.set(e.sheet, (added.get(e.sheet) ?? 0) + e.count);
    each(e);
  };
  const add = (xs: Edit[]) => {
    for (const e of xs) one(e);
  };
  const inserted: { sheet: string; row: number; edits: Packed }[] = [];
  // Each sheet's projects listed first: a project planned is let go (run.release). Grouped in one pass:
  // a filter per sheet was sheets × projects (1 000 small sheets: a million tests).
  const bySheet = new Map<string, number[]>(grids.map((g) => [g.name, []]));
  run.found.forEach((p, i) => bySheet.get(p.sheet)?.push(i));
  const sheets = grids.map((g) => bySheet.get(g.name)!);
  grids.forEach((g, k) => {
    const here = sheets[k];
    if (here.length > 1) planning(file, grids, () => checkRoom(here.map((i) => run.found[i])));
    // Rows above every table still to plan are let go as the plan goes down (grid-release.ts).
    const released = rowReleaser(
      g,
      here.map((i) => run.found[i]),
    );
    for (const [n, i] of here.entries()) {
      const r = checked(i);
      // As planEach: a long-term grid, a table laid across and a funds block alone get no self-evaluation columns.
      if (fillsBeside(r.project)) {
        planning(file, grids, () => {
          const f = planFillProject(g, r.project, r.score, cfg);
          add(f.inPlace);
          if (f.inserted.length) inserted.push({ sheet: g.name, row: r.project.endRow, edits: pack(g.name, f.inserted) });
        });
      }
      run.release(i);
      released(n);
    }
  });
  // A project on no sheet's grid (none is) would still be counted and listed.
  for (let i = 0; i < lines.length; i++) if (lines[i] === undefined) checked(i);
  inserted.sort((a, b) => (a.sheet === b.sheet ? b.row - a.row : 0));
  planning(file, grids, () => {
    for (const x of inserted) unpack(x.edits, one);
  });
  refusePushedOff(file, grids, added);
  return { lines, c };
}

/** Reads, analyses, plans and writes `file`'s output bytes (saved by the caller through `save`). */
export async function fillFile(file: string, cfg: Config, map: ReadCorrections | undefined, opts: PlanOptions): Promise<Filled> {
  const { packageWriter } = await import('../gateways/xlsx-write/package');
  const { writeStreamed } = await import('../gateways/exceljs/write');
  // Anything the package edit cannot do (it says which), or any surprise in it: the ExcelJS path below.
  const tried = <T>(f: () => T): T | null => {
    try {
      return f();
    } catch (e) {
      if (e instanceof JixiaoInputError) throw e;
      return null;
    }
  };
  let writer: ReturnType<typeof packageWriter> | null = null;
  let count = 0;
  // The worksheets the plan never opened in the writer: let go once planned.
  let unopened: Map<string, Buffer> | undefined;
  const { lines, c } = await planInto(file, cfg, map, opts, async (input, sheets) => {
    unopened = sheets;
    writer = tried(() => packageWriter(input, sheets));
    // As tried(), without a closure per edit (a 100 000-row plan has a million edits).
    return (e: Edit) => {
      count += editCells(e);
      if (!writer) return;
      try {
        writer.add(e);
      } catch (x) {
        if (x instanceof JixiaoInputError) throw x;
        writer = null;
      }
    };
  });
  (unopened as Map<string, Buffer> | undefined)?.clear();
  unopened = undefined;
  const notices: { zh: string }[] = [];
  const w = writer as ReturnType<typeof packageWriter> | null;
  writer = null;
  // The grids and the planning's garbage are dead now, then the old text of every moved formula: collected
  // before the next phase adds its own (a large fill's peak was mostly dead cells, see collect.ts).
  collectIfLarge();
  const done = w && tried(() => (w.finish(), collectIfLarge())) !== null ? w : null;
  // Written into the output file as it is made (a 100 000-row package is ~12 MB, deflated pieces and all).
  const write = done ? tried(() => done.prepare(notices)) : null;
  const slowly = async () => {
    const again = await analysed(file, cfg, map);
    let plan: Plan = { edits: [] };
    planning(file, again.grids, () => (plan = planAll(again.grids, again.analysis, cfg, opts)));
    const slow = await openForWrite(file);
    return { losses: await slow.apply(plan), slow };
  };
  if (write) {
    let late: { zh: string }[] = [];
    const save: Save = async (out, o) => {
      try {
        await writeStreamed(write, out, o);
      } catch (e) {
        if (e instanceof JixiaoInputError) throw e;
        // The package edit failed half-way through writing out (its half file is gone): the ExcelJS way.
        const s = await slowly();
        late = s.losses;
        await s.slow.save(out, o);
      }
    };
    return { count, lines, c, losses: [], notices, save, lateLosses: () => late };
  }
  const { losses, slow } = await slowly();
  return { count, lines, c, losses, notices: slow.notices(), save: (out, o) => slow.save(out, o) };
}
