/**
 * The plan written into the package itself: on every fixture workbook (and one with a chart, a
 * picture, notes, a threaded comment and macros) the output equals the ExcelJS path's cell by
 * cell, every cell and part outside the plan is as it was, and the package is one Excel opens.
 */
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { openForWrite } from '../../../src/cli/open-write';
import { configFor } from '../../../src/cli/options';
import { analyse } from '../../../src/engine/analyse';
import { planInsert } from '../../../src/engine/insert';
import { STANDARD_ROWS } from '../../../src/domain/standard-rows';
import { Package } from '../../../src/gateways/xlsx/input';
import { gridsOf, workbookParts } from '../../../src/gateways/xlsx/read';
import { writePlan } from '../../../src/gateways/xlsx-write/package';
import type { Edit, Plan } from '../../../src/sheet/plan';
import { FIXTURES } from '../../helpers/fixtures';
import { tempDir } from '../exceljs/tmp';
import { differences, load, packageProblems, parts, view } from './package-check';
import { footprint, lostCells, MAY_CHANGE, planOf, viaExcelJS } from './roundtrip';
import { cellName, legacyDrawingWorkbook, notedWorkbook } from './notes-fixture';
import { RICH_PARTS, richWorkbook } from './rich-fixture';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const EXAMPLES = path.join(__dirname, '..', '..', '..', 'examples');
const FILES = [
  ...readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(FIXTURES, f)),
  ...readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => path.join(EXAMPLES, f)),
];

/** Cells of the input with a threaded comment, as sheet!A1 (the planner's notes come before its inserts: input coordinates). */
function threadedCells(buf: Buffer): Set<string> {
  const p = parts(buf);
  const names = new Map(workbookParts(Package.open('', buf)).sheets.map((s) => [s.part, s.name]));
  const out = new Set<string>();
  for (const [part, sheet] of names) {
    const rels = p.get(path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`))?.toString('utf8') ?? '';
    for (const m of rels.matchAll(/Type="[^"]*\/threadedComment" Target="([^"]+)"/g)) {
      const xml = p.get(path.posix.normalize(path.posix.join(path.posix.dirname(part), m[1])))!.toString('utf8');
      for (const r of xml.matchAll(/<threadedComment\b[^>]*\sref="([^"]+)"/g)) out.add(`${sheet}!${r[1]}`);
    }
  }
  return out;
}

/** The seed's --highlight notes, in input coordinates, to put threads and notes on (and one thread elsewhere). */
function notedCells(): { threaded: string[]; noted: string[] } {
  const notes = planOf(readFileSync(path.join(FIXTURES, 'seed-tianjin-2024.xlsx')), true).edits.filter((e) => e.kind === 'note');
  const at = notes.map((e) => cellName(e.row, e.col));
  expect(at.length).toBeGreaterThan(6);
  return { threaded: [at[0], at[3], 'B60'], noted: [at[1], at[5]] };
}

async function cases(): Promise<[string, Buffer][]> {
  return [
    ...FILES.map((f) => [path.basename(f), readFileSync(f)] as [string, Buffer]),
    ['rich (chart, picture, notes, threaded comment, macros)', await richWorkbook()],
    ['threads and notes as Excel writes them', await notedWorkbook(notedCells())],
    ['a header picture (VML)', await legacyDrawingWorkbook('header picture')],
    ['a check box (VML)', await legacyDrawingWorkbook('check box')],
  ];
}

describe('fill written into the package', () => {
  let all: [string, Buffer][];
  beforeAll(async () => {
    all = await cases();
  });

  /** The package edit of `plan` equals the ExcelJS path cell by cell (notes included) and changes nothing else. */
  async function sameAsExcelJS(name: string, buf: Buffer, plan: Plan): Promise<void> {
    {
      const out = writePlan(buf, plan);
      expect([name, packageProblems(out)]).toEqual([name, []]);
      const output = await load(out);
      expect([name, differences(view(await viaExcelJS(buf, plan)), view(output))]).toEqual([name, []]);
      expect([name, lostCells(await load(buf), output, plan)]).toEqual([name, []]);
      const before = parts(buf);
      const after = parts(out);
      for (const [part, bytes] of before) {
        if (part === 'xl/calcChain.xml') continue;
        if (!MAY_CHANGE.test(part)) expect([name, part, after.get(part)?.equals(bytes)]).toEqual([name, part, true]);
      }
      // The project's own reader reads it back.
      expect(gridsOf(Package.open('', out)).length).toBe(gridsOf(Package.open('', buf)).length);
    }
  }

  test('every fixture: same cells as the ExcelJS path, nothing else changed, a package Excel opens', async () => {
    for (const [name, buf] of all) await sameAsExcelJS(name, buf, planOf(buf));
  }, 120_000);

  test('--highlight: notes written as comments + VML parts, same notes as the ExcelJS path; none beside a threaded comment', async () => {
    let withNotes = 0;
    let withThreads = 0;
    for (const [name, buf] of all) {
      const plan = planOf(buf, true);
      if (!plan.edits.some((e) => e.kind === 'note')) continue;
      // A cell with a threaded comment gets no note (Excel holds one or the other): the output is the plan without it, and says so.
      const threaded = threadedCells(buf);
      const onThread = (e: Edit) => e.kind === 'note' && threaded.has(`${e.sheet}!${cellName(e.row, e.col)}`);
      const kept = { edits: plan.edits.filter((e) => !onThread(e)) };
      const said: { zh: string }[] = [];
      expect(writePlan(buf, plan, said).equals(writePlan(buf, kept))).toBe(true);
      const left = plan.edits.filter((e): e is Extract<Edit, { kind: 'note' }> => onThread(e));
      expect(said.length).toBe(left.length ? new Set(left.map((e) => e.sheet)).size : 0);
      // Named where the output has them (after the plan's inserts), where the fill colour marks them.
      const moved = footprint(plan).map;
      for (const e of left) expect(said.map((x) => x.zh).join('\n')).toContain(`${cellName(moved(e.sheet)(e.row), e.col)}、`.replace(/、$/, ''));
      if (left.length) withThreads++;
      // Everything else as the ExcelJS path (a note on a noted cell appended to it).
      await sameAsExcelJS(name, buf, kept);
      withNotes++;
    }
    expect(withNotes).toBeGreaterThan(3);
    expect(withThreads).toBeGreaterThan(0);
  }, 120_000);

  test('insert: every project of every fixture, rows of several categories, equals the ExcelJS path; nothing else changes', async () => {
    const picks = [STANDARD_ROWS[0], STANDARD_ROWS[Math.floor(STANDARD_ROWS.length / 2)], STANDARD_ROWS[STANDARD_ROWS.length - 1]];
    let written = 0;
    for (const [name, buf] of all) {
      const grids = gridsOf(Package.open('', buf));
      const analysis = analyse(grids, configFor(undefined));
      for (const r of analysis.projects.slice(0, 4)) {
        let plan: Plan;
        try {
          plan = planInsert(
            grids.find((g) => g.name === r.project.sheet)!,
            r.project,
            picks,
          );
        } catch {
          continue;
        }
        const out = writePlan(buf, plan);
        written++;
        expect([name, r.project.index, packageProblems(out)]).toEqual([name, r.project.index, []]);
        const output = await load(out);
        expect([name, r.project.index, differences(view(await viaExcelJS(buf, plan)), view(output))]).toEqual([name, r.project.index, []]);
        expect([name, r.project.index, lostCells(await load(buf), output, plan)]).toEqual([name, r.project.index, []]);
      }
    }
    expect(written).toBeGreaterThan(10);
  }, 300_000);

  test('chart, picture, notes, threaded comment and macros survive; what sits below inserted rows moves with them', async () => {
    const buf = all.find(([n]) => n.startsWith('rich'))![1];
    const plan = planOf(buf);
    expect(plan.edits.some((e) => e.kind === 'insertRows')).toBe(true);
    const before = parts(buf);
    const after = parts(writePlan(buf, plan));
    for (const p of RICH_PARTS) expect([p, after.has(p)]).toEqual([p, true]);
    for (const p of ['xl/media/image1.png', 'xl/vbaProject.bin', 'xl/persons/person.xml']) expect(after.get(p)!.equals(before.get(p)!)).toBe(true);
    const move = footprint(plan).map('绩效目标表');
    const text = (p: string) => after.get(p)!.toString('utf8');
    expect(text('xl/charts/chart1.xml')).toContain(`<c:f>绩效目标表!$E$${move(120)}:$E$${move(126)}</c:f>`);
    expect(text('xl/threadedComments/threadedComment1.xml')).toContain(`ref="C${move(120)}"`);
    expect(text('xl/comments1.xml')).toContain(`ref="C${move(120)}"`);
    expect(text('xl/drawings/vmlDrawing1.vml')).toContain(`<x:Row>${move(120) - 1}</x:Row>`);
    expect(text('xl/drawings/drawing1.xml')).toContain(`<xdr:row>${move(101) - 1}</xdr:row>`);
    expect(text('xl/drawings/drawing1.xml')).toContain('<xdr:row>2</xdr:row>');
  });

  test('the CLI writer keeps them and warns of nothing, --highlight included; it says which notes it left out beside threads', async () => {
    const buf = all.find(([n]) => n.startsWith('rich'))![1];
    const file = tmp.path('rich.xlsx');
    writeFileSync(file, buf);
    const w = await openForWrite(file);
    expect(await w.apply(planOf(buf))).toEqual([]);
    expect(w.notices()).toEqual([]);
    const out = tmp.path('rich-out.xlsx');
    await w.save(out, { inputPath: file });
    expect(parts(readFileSync(out)).get('xl/vbaProject.bin')!.equals(parts(buf).get('xl/vbaProject.bin')!)).toBe(true);
    const highlighted = await openForWrite(file);
    expect(await highlighted.apply(planOf(buf, true))).toEqual([]);
    const [, threads] = all.find(([n]) => n.startsWith('threads'))!;
    const noted = tmp.path('threads.xlsx');
    writeFileSync(noted, threads);
    const w2 = await openForWrite(noted);
    expect(await w2.apply(planOf(threads, true))).toEqual([]);
    const [a, b] = notedCells().threaded.map((ref) => {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      return `${m[1]}${footprint(planOf(threads, true)).map('绩效目标表')(Number(m[2]))}`;
    });
    expect(w2.notices().map((n) => n.zh)).toEqual([
      `输出文件中工作表“绩效目标表”的 ${a}、${b} 已有线程批注，Excel 中一个单元格不能同时有线程批注和批注，这些单元格未加批注（标色照常）。`,
    ]);
  });
});
