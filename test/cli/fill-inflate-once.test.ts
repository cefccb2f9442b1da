/**
 * `fill` inflates a large worksheet once: the reader's bytes are handed to the package writer, which
 * edits those bytes. Inflated twice, the 10 000-row bench sheet cost a second inflate and a second
 * 32 MB inflate buffer, which set off a full garbage collection for external memory. The output must
 * be the bytes the writer makes when it inflates the part itself. Small sheets are kept too (at their
 * size): 1 000 small sheets were 1 000 more inflates.
 */
import { readFileSync } from 'fs';
import { main } from '../../src/cli/main';
import * as zip from '../../src/gateways/xlsx/zip';
import * as pkgWriter from '../../src/gateways/xlsx-write/package';
import { gridsOf, KEEP_FROM } from '../../src/gateways/xlsx/read';
import { Package } from '../../src/gateways/xlsx/input';
import { generateMerged } from '../../bench/merged';
import { smallSheets } from '../../bench/fill-shapes';
import { fixture } from '../helpers/fixtures';
import { tempDir } from '../gateways/exceljs/tmp';

jest.mock('../../src/gateways/xlsx/zip', () => {
  const real = jest.requireActual('../../src/gateways/xlsx/zip');
  return { ...real, inflate: jest.fn(real.inflate) };
});
jest.mock('../../src/gateways/xlsx-write/package', () => {
  const real = jest.requireActual('../../src/gateways/xlsx-write/package');
  return { ...real, packageWriter: jest.fn(real.packageWriter) };
});
const inflate = zip.inflate as jest.MockedFunction<typeof zip.inflate>;
const writer = pkgWriter.packageWriter as jest.MockedFunction<typeof pkgWriter.packageWriter>;
const real = jest.requireActual<typeof pkgWriter>('../../src/gateways/xlsx-write/package');

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const quiet = { log: () => undefined, err: () => undefined };
const SHEET = 'xl/worksheets/sheet1.xml';

/** How many times each part was inflated during `run`. */
async function inflated(run: () => Promise<unknown>): Promise<Map<string, number>> {
  inflate.mockClear();
  await run();
  const n = new Map<string, number>();
  for (const [, e] of inflate.mock.calls) n.set(e.name, (n.get(e.name) ?? 0) + 1);
  return n;
}

describe('fill inflates a large worksheet once', () => {
  let file: string;
  beforeAll(async () => {
    // 4 000 stacked indicator rows: a sheet part of ~1.3 MB (~0.32 MB per 1 000 rows), past KEEP_FROM.
    file = await generateMerged(4000, tmp.path('big'));
  }, 60000);

  test.each([[[]], [['--fix', '--highlight']]])(
    'the reader’s bytes go to the writer, the output as when it inflates them itself (%p)',
    async (flags) => {
      const a = tmp.path('a.xlsx');
      const n = await inflated(() => main(['fill', file, '-o', a, '--force', ...flags], quiet));
      expect(n.get(SHEET)).toBe(1);
      const given = writer.mock.calls[writer.mock.calls.length - 1][1];
      // Taken out of the map by the writer once its sheet was opened.
      expect(given?.size).toBe(0);
      // The writer left to inflate the part itself.
      writer.mockImplementationOnce((buf) => real.packageWriter(buf));
      const b = tmp.path('b.xlsx');
      const m = await inflated(() => main(['fill', file, '-o', b, '--force', ...flags], quiet));
      expect(m.get(SHEET)).toBe(2);
      expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    },
    120000,
  );

  // Small sheets too: 1 000 small sheets were each inflated by the reader and again by the writer (a zlib
  // stream and a 64 KB block each time). Kept at their size, not in the 64 KB block they were inflated into.
  test.each([['seed-tianjin-2024.xlsx'], ['sheets']])(
    'every small sheet is inflated once, kept at its size, the output as when the writer inflates it (%s)',
    async (which) => {
      const small = which === 'sheets' ? await smallSheets(12, tmp.path('sheets')) : fixture(which);
      const a = tmp.path('s-a.xlsx');
      const n = await inflated(() => main(['fill', small, '-o', a, '--force'], quiet));
      const parts = [...n.keys()].filter((p) => p.startsWith('xl/worksheets/'));
      expect(parts.length).toBeGreaterThan(0);
      expect(Math.max(...inflate.mock.calls.filter(([, e]) => e.name.startsWith('xl/worksheets/')).map(([, e]) => e.size))).toBeLessThan(KEEP_FROM);
      expect(parts.every((p) => n.get(p) === 1)).toBe(true);
      const given = writer.mock.calls[writer.mock.calls.length - 1][1]!;
      expect(given.size).toBe(0);
      writer.mockImplementationOnce((buf) => real.packageWriter(buf));
      const b = tmp.path('s-b.xlsx');
      const m = await inflated(() => main(['fill', small, '-o', b, '--force'], quiet));
      expect(parts.some((p) => m.get(p) === 2)).toBe(true);
      expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    },
    60000,
  );

  test('a small sheet is kept at its size, not in the block it was inflated into', () => {
    const keep = new Map<string, Buffer>();
    gridsOf(Package.open('x.xlsx', readFileSync(fixture('seed-tianjin-2024.xlsx'))), keep);
    expect(keep.size).toBeGreaterThan(0);
    // (A part under 4 KB is copied into Node's shared 8 KB pool.)
    for (const b of keep.values()) expect(b.buffer.byteLength).toBeLessThanOrEqual(Math.max(b.length, Buffer.poolSize));
  });
});
