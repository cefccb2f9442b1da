/** HeaderRows: a Map of header hits by row whose get reads an array by row number — it must answer as the Map does. */
import { HeaderRows, type HeaderHit } from '../../src/sheet/reader';

const hit = (row: number): HeaderHit => ({ row, cols: { level3: 1, target: 2 }, left: 1, right: 2 });

describe('HeaderRows', () => {
  test('get, has, delete and clear answer as a Map of the same entries', () => {
    const rows = new HeaderRows();
    const map = new Map<number, HeaderHit[]>();
    for (const r of [5, 1, 1048576, 24, 0]) {
      rows.set(r, [hit(r)]);
      map.set(r, [hit(r)]);
    }
    rows.delete(24);
    map.delete(24);
    for (const r of [0, 1, 2, 5, 24, 25, 1048576, 1048577, -1, 1.5, NaN]) {
      expect(rows.get(r)).toEqual(map.get(r));
      expect(rows.has(r)).toBe(map.has(r));
    }
    expect([...rows.keys()]).toEqual([...map.keys()]);
    rows.get(5)!.push(hit(5));
    expect(rows.get(5)).toHaveLength(2);
    rows.clear();
    expect(rows.get(5)).toBeUndefined();
    expect(rows.size).toBe(0);
  });
});
