/**
 * Hostile cases for what the package edit now writes itself (docs/file-io.md): parts under a
 * namespace prefix, rows and cells without `r`, threads on cells `fill --highlight` marks; data
 * tables, no styles part (or no cellXfs), several comments parts on the sheet --highlight notes.
 * Built on the seed by the package-writer tests' own fixtures; each must read like the plain seed
 * (the ones built on the rich workbook: like it) and fill with no loss warning.
 */
import { readFileSync } from 'fs';
import { generatorWorkbook, prefixed, SPREADSHEETML, withoutAddresses } from '../../test/gateways/xlsx-write/generator-fixture';
import { notedWorkbook } from '../../test/gateways/xlsx-write/notes-fixture';
import { dataTableWorkbook, manyCommentsWorkbook, unstyledWorkbook } from '../../test/gateways/xlsx-write/fallback-fixtures';
import { richWorkbook } from '../../test/gateways/xlsx-write/rich-fixture';
import { fixture } from '../../test/helpers/fixtures';
import type { HostileCase } from './cases';

const seed = async () => readFileSync(fixture('seed-tianjin-2024.xlsx'));

const base = { check: 'report', fill: 'report', highlight: true, like: seed } as const;

export const GENERATOR_CASES: HostileCase[] = [
  { ...base, name: 'every part under a namespace prefix (<x:worksheet>)', file: 'prefixed.xlsx', build: () => generatorWorkbook(prefixed, SPREADSHEETML), fillErr: [] },
  { ...base, name: 'rows and cells without r', file: 'no-r.xlsx', build: () => generatorWorkbook(withoutAddresses), fillErr: [] },
  {
    ...base,
    name: 'threaded comments on cells --highlight marks',
    file: 'threads.xlsx',
    // E19 and E20 get notes from --highlight on the seed; E19 holds a thread, so no note there (one line says so).
    build: () => notedWorkbook({ threaded: ['E19', 'C7'], noted: ['E20'] }),
    fillErr: [/^注意：.*E19.*线程批注/],
  },
  { ...base, name: 'data tables (模拟运算表) beside the indicator table', file: 'data-table.xlsx', build: dataTableWorkbook, like: undefined, fillErr: [] },
  { ...base, name: 'no styles part at all', file: 'no-styles.xlsx', build: () => unstyledWorkbook('no part'), like: undefined, fillErr: [] },
  { ...base, name: 'a styles part without cellXfs', file: 'no-cellxfs.xlsx', build: () => unstyledWorkbook('no cellXfs'), like: undefined, fillErr: [] },
  // E20 gets a note from --highlight on the seed: it is noted in the second part already.
  { ...base, name: 'three comments parts on the sheet --highlight notes', file: 'many-comments.xlsx', build: () => manyCommentsWorkbook(['E20']), like: richWorkbook, fillErr: [] },
];
