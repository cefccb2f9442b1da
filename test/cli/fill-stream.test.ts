/**
 * `fill` hands the plan to the package writer edit by edit and deflates the sheet as it is written
 * out: the output must be the bytes of the whole plan written at once, and when the package edit
 * gives up half-way (during planning or while writing out), the ExcelJS path gets the whole plan.
 */
import { mkdirSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { analyseFile } from '../../src/cli/check-file';
import { configFor } from '../../src/cli/options';
import { counts } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { projectLine } from '../../src/cli/text';
import { Package } from '../../src/gateways/xlsx/input';
import { gridsOf, readGrids } from '../../src/gateways/xlsx/read';
import * as pkgWriter from '../../src/gateways/xlsx-write/package';
import { editCells, type Edit } from '../../src/sheet/plan';
import { fixture } from '../helpers/fixtures';
import { tempDir } from '../gateways/exceljs/tmp';

jest.mock('../../src/gateways/xlsx-write/package', () => {
  const real = jest.requireActual('../../src/gateways/xlsx-write/package');
  return { ...real, packageWriter: jest.fn(real.packageWriter) };
});
const real = jest.requireActual<typeof pkgWriter>('../../src/gateways/xlsx-write/package');
const mocked = pkgWriter.packageWriter as jest.MockedFunction<typeof pkgWriter.packageWriter>;

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { log: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const FILES = ['seed-tianjin-2024.xlsx', 'real-04-sichuan-qingshen.xlsx', 'real-05-sichuan-daying.xlsx', 'variants/v01-national-target-school.xlsx'];

async function wholePlan(file: string, fix: boolean) {
  const cfg = configFor(undefined, undefined);
  const grids = await readGrids(file);
  const analysis = analyseFile(file, grids, cfg);
  return { ...planAll(grids, analysis, cfg, { fix, highlight: fix, fill: true }), counts: counts(analysis.diagnostics), lines: analysis.projects.map(projectLine) };
}

const values = (buf: Buffer) => gridsOf(Package.open('', buf)).map((g) => [g.name, g.values]);

describe.each(FILES)('%s', (name) => {
  const file = fixture(name);
  test.each([false, true])('streamed output = the whole plan written at once (--fix --highlight: %s)', async (fix) => {
    const output = tmp.path(`${name.replace(/\W/g, '_')}-${fix}.xlsx`);
    const r = await run('fill', file, '-o', output, '--force', ...(fix ? ['--fix', '--highlight'] : []));
    const plan = await wholePlan(file, fix);
    // The cells changed: a copy-format run counts each of its cells.
    expect(r.out).toContain(`（${plan.edits.reduce((n, e) => n + editCells(e), 0)} 处修改`);
    expect(r.out).toContain(`；错误 ${plan.counts.errors}，警告 ${plan.counts.warnings}，提示 ${plan.counts.infos}`);
    // Checked project by project (no --fix), the lines and counts are still those of the whole analysis.
    for (const line of plan.lines) expect(r.out).toContain(line);
    expect(readFileSync(output).equals(real.writePlan(readFileSync(file), plan))).toBe(true);
  });
});

describe('the package edit giving up half-way: the ExcelJS path writes the whole plan', () => {
  const file = fixture('seed-tianjin-2024.xlsx');
  let expected: { out: string; values: unknown };

  beforeAll(async () => {
    const output = tmp.path('seed-package.xlsx');
    const r = await run('fill', file, '-o', output, '--force');
    expected = { out: r.out.replace(output, 'OUT'), values: values(readFileSync(output)) };
  });

  test('refused at the 50th edit while planning', async () => {
    let added = 0;
    mocked.mockImplementationOnce((buf) => {
      const w = real.packageWriter(buf);
      return {
        ...w,
        add(e: Edit) {
          if (++added === 50) throw new real.Unsupported('test: refused mid-plan');
          w.add(e);
        },
      };
    });
    const output = tmp.path('seed-mid-plan.xlsx');
    const r = await run('fill', file, '-o', output, '--force');
    expect(added).toBe(50);
    expect(r.out.replace(output, 'OUT')).toBe(expected.out);
    expect(values(readFileSync(output))).toEqual(expected.values);
  });

  test('refused while writing out', async () => {
    mocked.mockImplementationOnce((buf) => {
      const w = real.packageWriter(buf);
      return { ...w, prepare: () => () => Promise.reject(new Error('test: failed while writing out')) };
    });
    const output = tmp.path('seed-write-out.xlsx');
    const r = await run('fill', file, '-o', output, '--force');
    expect(r.out.replace(output, 'OUT')).toBe(expected.out);
    expect(values(readFileSync(output))).toEqual(expected.values);
  });

  test('failing half-way through the file: its half is removed, and the ExcelJS path writes the output', async () => {
    mocked.mockImplementationOnce((buf) => {
      const w = real.packageWriter(buf);
      return {
        ...w,
        prepare: (notices) => {
          const write = w.prepare(notices);
          return async (fh) => {
            await write(fh);
            throw new Error('test: failed after the bytes were written');
          };
        },
      };
    });
    const dir = tmp.path('half');
    mkdirSync(dir);
    const output = join(dir, 'out.xlsx');
    const r = await run('fill', file, '-o', output);
    expect(r.code).toBe(0);
    expect(r.out.replace(output, 'OUT')).toBe(expected.out);
    expect(values(readFileSync(output))).toEqual(expected.values);
    expect(readdirSync(dir)).toEqual(['out.xlsx']);
  });

  test('the file system refusing the write: one Chinese line, exit 2, no file left', async () => {
    mocked.mockImplementationOnce((buf) => {
      const w = real.packageWriter(buf);
      return {
        ...w,
        prepare: () => async () => {
          throw Object.assign(new Error('no space'), { code: 'ENOSPC', syscall: 'write' });
        },
      };
    });
    const dir = tmp.path('full');
    mkdirSync(dir);
    const output = join(dir, 'out.xlsx');
    const r = await run('fill', file, '-o', output);
    expect(r.code).toBe(2);
    expect(r.err).toContain('磁盘空间不足');
    expect(readdirSync(dir)).toEqual([]);
  });
});
