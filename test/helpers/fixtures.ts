/** Load committed fixture workbooks once per test file. */
import * as path from 'path';
import { readWorkbook } from '../../src/gateways/exceljs/read';
import type { Grid } from '../../src/sheet/grid';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');
export const fixture = (name: string) => path.join(FIXTURES, name);

const cache = new Map<string, Promise<Grid[]>>();

export function grids(name: string): Promise<Grid[]> {
  if (!cache.has(name))
    cache.set(
      name,
      readWorkbook(fixture(name)).then((r) => r.grids),
    );
  return cache.get(name)!;
}

export function expected<T = any>(name: string): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(path.join(FIXTURES, name));
}
