/** The JSON report in pieces: byte for byte JSON.stringify, for any value and for real reports. */
import fc from 'fast-check';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateMerged } from '../../bench/merged';
import { jsonChunks } from '../../src/cli/json-chunks';
import { main } from '../../src/cli/main';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { fileReport } from '../../src/engine/report';
import { readGrids } from '../../src/gateways/xlsx/read';
import { fixture } from '../helpers/fixtures';

const joined = (v: unknown, depth?: number, size?: number) => [...jsonChunks(v, depth, size)].join('');

describe('jsonChunks', () => {
  test('any JSON-like value: the bytes of JSON.stringify, at every depth and piece size', () => {
    const odd = fc.constantFrom(undefined, () => 1, Symbol('s'), new Date(0), { toJSON: () => undefined }, { toJSON: (k: string) => `key ${k}` }, Object.create(null));
    const value = fc.letrec((tie) => ({
      tree: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), odd, fc.array(tie('tree')), fc.dictionary(fc.string(), tie('tree'))),
    })).tree;
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 64 }), (v, depth, size) => {
        expect(joined(v, depth, size)).toBe(JSON.stringify(v) ?? '');
      }),
      { numRuns: 500 },
    );
  });

  test('pieces are at least the asked size except the last', () => {
    const pieces = [...jsonChunks({ a: Array.from({ length: 500 }, (_, i) => ({ i, s: 'x'.repeat(i % 7) })) }, 4, 100)];
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces.slice(0, -1)) expect(p.length).toBeGreaterThanOrEqual(100);
  });

  test.each(['seed-tianjin-2024.xlsx', 'real-01-anhui-chizhou.xlsx', 'generation-b.xlsx', 'value-spellings.xlsx'])('the report of %s', async (name) => {
    const report = fileReport(fixture(name), analyse(await readGrids(fixture(name)), DEFAULT_CONFIG));
    expect(joined(report)).toBe(JSON.stringify(report));
  });

  test('one large file is written in pieces as it is made, the same bytes as the collected report', async () => {
    const file = await generateMerged(1000, fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-json-')));
    const kept: string[] = [];
    await main(['check', '--json', file], { log: (s) => kept.push(s), err: () => {} });
    const pieces: string[] = [];
    await main(['check', '--json', file], { log: () => pieces.push('<log>'), err: () => {}, write: (s) => pieces.push(s) });
    expect(pieces.join('')).toBe(kept.join('\n') + '\n');
    // Pieces of ~64 KB: the report of 1 000 rows (~1 MB) comes in many.
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1 << 17);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});
