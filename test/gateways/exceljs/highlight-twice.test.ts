/**
 * `fill --highlight` on its own output through the ExcelJS path (the package edit made to refuse,
 * as it does for what it cannot write): each note keeps the text once, as after one run.
 */
import { readFileSync, writeFileSync } from 'fs';
import * as ExcelJS from 'exceljs';
import { main } from '../../../src/cli/main';
import { fixture } from '../../helpers/fixtures';
import { tempDir } from './tmp';

jest.mock('../../../src/gateways/xlsx-write/package', () => {
  const { Unsupported } = jest.requireActual('../../../src/gateways/xlsx-write/sheet');
  return {
    writePlan: () => {
      throw new Unsupported('test: the ExcelJS path');
    },
  };
});

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function notesOf(file: string): Promise<Record<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, string> = {};
  wb.eachSheet((ws) =>
    ws.eachRow((row) => row.eachCell((c) => c.note && (out[`${ws.name}!${c.address}`] = typeof c.note === 'string' ? c.note : c.note.texts!.map((t) => t.text).join('')))),
  );
  return out;
}

test('fill --highlight twice through ExcelJS: the second run adds no note text', async () => {
  const input = tmp.path('seed.xlsx');
  writeFileSync(input, readFileSync(fixture('seed-tianjin-2024.xlsx')));
  const once = tmp.path('once.xlsx');
  const twice = tmp.path('twice.xlsx');
  const quiet = { log: () => undefined, err: () => undefined };
  expect(await main(['fill', input, '--highlight', '-o', once], quiet)).toBeLessThan(2);
  expect(await main(['fill', once, '--highlight', '-o', twice], quiet)).toBeLessThan(2);
  const notes = await notesOf(once);
  expect(Object.values(notes).some((t) => t.includes('绩效表助手'))).toBe(true);
  expect(await notesOf(twice)).toEqual(notes);
});
