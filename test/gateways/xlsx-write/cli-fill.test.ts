/**
 * `jixiao fill --highlight` on workbooks the package edit used to hand to ExcelJS: threaded comments
 * and notes Excel wrote (it warned of losing the threads), worksheets with a namespace prefix or
 * without addresses (ExcelJS refused them as damaged), VML drawings that are not notes (a header
 * picture, a check box). No loss warning any more; the notes left out beside threads are named.
 */
import { readFileSync, writeFileSync } from 'fs';
import { main } from '../../../src/cli/main';
import { fixture } from '../../helpers/fixtures';
import { tempDir } from '../exceljs/tmp';
import { generatorWorkbook, prefixed, SPREADSHEETML, withoutAddresses } from './generator-fixture';
import { legacyDrawingWorkbook, notedWorkbook } from './notes-fixture';
import { load, parts } from './package-check';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { log: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('fill --highlight beside threads and notes: no loss warning, threads kept, one line for the notes left out', async () => {
  const input = tmp.path('threads.xlsx');
  // E19 and E20 get notes from --highlight on the seed (see package.test.ts); C7 holds a thread no note reaches.
  const buf = await notedWorkbook({ threaded: ['E19', 'C7'], noted: ['E20'] });
  writeFileSync(input, buf);
  const output = tmp.path('threads-out.xlsx');
  const r = await run('fill', input, '--highlight', '-o', output);
  expect(r.code).toBe(0);
  expect(r.err).not.toContain('以下内容无法写入输出文件');
  expect(r.err.split('\n')).toEqual(['注意：输出文件中工作表“绩效目标表”的 E19 已有线程批注，Excel 中一个单元格不能同时有线程批注和批注，这些单元格未加批注（标色照常）。']);
  const p = parts(readFileSync(output));
  expect(p.get('xl/persons/person.xml')!.equals(parts(buf).get('xl/persons/person.xml')!)).toBe(true);
  expect(p.get('xl/threadedComments/threadedComment1.xml')!.toString('utf8')).toContain('<threadedComment ref="E19"');
  expect(p.get('xl/comments1.xml')!.toString('utf8')).toMatch(/原有批注 E20<\/t><\/r><r><t xml:space="preserve">\n绩效表助手/);
});

test.each([
  ['prefixed', prefixed, undefined],
  ['without r', withoutAddresses, undefined],
  ['prefixed in every part', prefixed, SPREADSHEETML],
])('fill --highlight on a workbook %s: written, nothing on stderr, same report as the seed', async (name, how, which) => {
  const input = tmp.path(`${name}.xlsx`);
  writeFileSync(input, await generatorWorkbook(how, which));
  const r = await run('fill', input, '--highlight', '-o', tmp.path(`${name}-out.xlsx`));
  const seed = await run('fill', fixture('seed-tianjin-2024.xlsx'), '--highlight', '-o', tmp.path(`${name}-seed-out.xlsx`));
  expect([r.code, r.err]).toEqual([seed.code, '']);
  expect(r.out.replace(/已写入 .*?（/, '')).toBe(seed.out.replace(/已写入 .*?（/, ''));
});

test.each(['header picture', 'check box'] as const)('fill --highlight beside a %s (VML): no loss warning, the drawing kept', async (kind) => {
  const input = tmp.path(`${kind}.xlsx`);
  const buf = await legacyDrawingWorkbook(kind);
  writeFileSync(input, buf);
  const output = tmp.path(`${kind}-out.xlsx`);
  const r = await run('fill', input, '--highlight', '-o', output);
  expect([r.code, r.err]).toEqual([0, '']);
  const vml = parts(readFileSync(output)).get('xl/drawings/vmlDrawing1.vml')!.toString('utf8');
  expect(vml).toContain(kind === 'check box' ? 'ObjectType="Checkbox"' : 'o:title="单位标志"');
  expect(parts(readFileSync(output)).get('xl/comments1.xml')!.toString('utf8')).toContain('<comment ref=');
});

/** Every note of the output as ExcelJS reads it: "sheet!A1" → its text. */
async function notesOf(file: string): Promise<Record<string, string>> {
  const wb = await load(readFileSync(file));
  const out: Record<string, string> = {};
  wb.eachSheet((ws) =>
    ws.eachRow((row) => row.eachCell((c) => c.note && (out[`${ws.name}!${c.address}`] = typeof c.note === 'string' ? c.note : c.note.texts!.map((t) => t.text).join('')))),
  );
  return out;
}

test.each([
  ['the seed', async () => readFileSync(fixture('seed-tianjin-2024.xlsx'))],
  ['a sheet with notes and threads', () => notedWorkbook({ threaded: ['C7'], noted: ['E20'] })],
])('fill --highlight on its own output (%s): each note once, as after one run', async (name, build) => {
  const input = tmp.path(`${name}-again.xlsx`);
  writeFileSync(input, await build());
  const once = tmp.path(`${name}-once.xlsx`);
  const twice = tmp.path(`${name}-twice.xlsx`);
  expect((await run('fill', input, '--highlight', '-o', once)).err).toBe('');
  expect((await run('fill', once, '--highlight', '-o', twice)).err).toBe('');
  const notes = await notesOf(once);
  expect(Object.values(notes).some((t) => t.includes('绩效表助手'))).toBe(true);
  expect(await notesOf(twice)).toEqual(notes);
});
