/**
 * fill keeps each project's inserted block flat while the rest is planned (edit-pack.ts): the edits handed on
 * must be the very edits planned — same keys in the same order, same values, same order of edits.
 */
import { pack, unpack } from '../../src/cli/edit-pack';
import { literalFor } from '../../src/cli/edit-literals';
import { analyseFile } from '../../src/cli/check-file';
import { configFor } from '../../src/cli/options';
import { planAll } from '../../src/engine/planner';
import { readGrids } from '../../src/gateways/xlsx/read';
import type { Edit } from '../../src/sheet/plan';
import { fixture } from '../helpers/fixtures';

const back = (sheet: string, edits: Edit[]): Edit[] => {
  const out: Edit[] = [];
  unpack(pack(sheet, edits), (e) => out.push(e));
  return out;
};

describe('pack / unpack', () => {
  it('gives back every edit of fill plans, key for key and in order', async () => {
    const cfg = configFor(undefined, undefined);
    let inserts = 0;
    for (const name of ['seed-tianjin-2024.xlsx', 'real-04-sichuan-qingshen.xlsx', 'real-05-sichuan-daying.xlsx', 'variants/v01-national-target-school.xlsx']) {
      const file = fixture(name);
      const grids = await readGrids(file);
      const plan = planAll(grids, analyseFile(file, grids, cfg, undefined), cfg, { fill: true });
      for (const sheet of new Set(plan.edits.map((e) => e.sheet))) {
        const mine = plan.edits.filter((e) => e.sheet === sheet);
        inserts += mine.filter((e) => e.kind === 'insertRows').length;
        const again = back(sheet, mine);
        expect(again).toStrictEqual(mine);
        again.forEach((e, k) => expect(Object.keys(e)).toEqual(Object.keys(mine[k])));
      }
    }
    expect(inserts).toBeGreaterThan(0);
  });

  it('keeps keys whose value is undefined, null, 0 or empty, and edits of another sheet as they are', () => {
    const edits = [
      { kind: 'value', sheet: 'A', row: 1, col: 2, value: null },
      { kind: 'value', sheet: 'A', row: 3, col: 4, value: 0, numFormat: undefined },
      { kind: 'formula', sheet: 'A', row: 5, col: 6, formula: 'SUM(A1:A2)', cached: '', numFormat: '0.00' },
      { kind: 'bold', sheet: 'A', row: 5, col: 6 },
      { kind: 'insertRows', sheet: 'A', at: 7, count: 2, formatFrom: 6 },
    ] as Edit[];
    const again = back('A', edits);
    expect(again).toStrictEqual(edits);
    expect(Object.keys(again[1])).toEqual(['kind', 'sheet', 'row', 'col', 'value', 'numFormat']);
    const mixed = [edits[0], { ...edits[3], sheet: 'B' }] as Edit[];
    expect(back('A', mixed)).toStrictEqual(mixed);
  });

  it('makes every shape of edit a fill plan holds as a literal, the same edit key for key', async () => {
    const cfg = configFor(undefined, undefined);
    const seen = new Set<string>();
    for (const name of ['seed-tianjin-2024.xlsx', 'real-04-sichuan-qingshen.xlsx', 'real-05-sichuan-daying.xlsx', 'variants/v01-national-target-school.xlsx']) {
      const file = fixture(name);
      const grids = await readGrids(file);
      for (const e of planAll(grids, analyseFile(file, grids, cfg, undefined), cfg, { fill: true }).edits) {
        const keys = Object.keys(e);
        const make = literalFor(keys, e.kind);
        if (e.kind !== 'copyFormat') expect([e.kind, keys.join(','), !!make]).toEqual([e.kind, keys.join(','), true]);
        if (!make) continue;
        seen.add(`${e.kind}:${keys.length}`);
        const values = keys.filter((k) => k !== 'kind' && k !== 'sheet').map((k) => (e as unknown as Record<string, unknown>)[k]);
        const again = make(e.sheet, ['x', ...values], 1);
        expect(again).toStrictEqual(e);
        expect(Object.keys(again)).toEqual(keys);
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });
});
