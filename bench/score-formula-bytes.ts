/**
 * What 撤销's read-back of 自评's columns costs, and what each way of writing the 得分 formulas shorter
 * would save (issue 8: 撤销 at 50 000 rows takes 5 syncs, ≤ 4 asked). On the bench workbook
 * (bench/grid-gen.ts) in the Excel double: 校验 then 自评 as the pane runs them, then F:H's formulas
 * read back as 撤销's first step reads them (one row's brackets for the three cells), in UTF-8 and
 * with every non-ASCII character escaped (\uXXXX, the double's wireEscapesNonAscii). Each variant
 * rewrites the formula text only to count its bytes: nothing here is written to a workbook.
 *
 *   node --max-old-space-size=7000 scripts/run-ts.js bench/score-formula-bytes.ts 50000
 *
 * Deterministic (no timers).
 */
import { Controller } from '../src/addin/controller';
import { createExcelDouble, fromGrid } from '../src/double';
import { escapedLength } from '../src/double/wire';
import { utf8Length } from '../src/domain/utf8';
import { colNumber } from '../src/sheet/a1';
import { generateGrid } from './grid-gen';

type Variant = [string, (f: string, row: number, col: number) => string];

/** A1 references as R1C1 relative to the cell (what a formulasR1C1 read would return). */
function r1c1(f: string, row: number, col: number): string {
  return f.replace(/(?<![A-Z"])([A-Z]{1,3})(\d+)(?![\d(])/g, (_m, c: string, r: string) => {
    const dr = Number(r) - row;
    const dc = colNumber(c) - col;
    return `R${dr ? `[${dr}]` : ''}C${dc ? `[${dc}]` : ''}`;
  });
}

const WORDS = /\{"达成"[^}]*\}/g;
const SHARES = /,\{10,[\d,]*\}\)\/10/g;

const VARIANTS: Variant[] = [
  ['as written', (f) => f],
  ['formulasR1C1 read instead', r1c1],
  ['“/1” dropped (target 1)', (f) => f.replace(/\/1(?=\),2\),""\)$)/, '')],
  ['SUBSTITUTE(x,"a",) — new text omitted', (f) => f.replace(/,""\)(?!$)/g, ',)')],
  ['qualitative word and share arrays as two workbook names', (f) => f.replace(WORDS, 'JXW').replace(SHARES, ',JXS)/10')],
];

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 10000);
  const xl = createExcelDouble(fromGrid(generateGrid(rows)), { settingsLimit: Infinity, payloadLimit: Infinity });
  const o = xl.office;
  const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
  await h.validate();
  await h.fillSelfEvaluation();
  // The read below is one sync (no payload limit above): the commands size theirs by the gateway's budget as always.
  const { top, cells } = await xl.run(async (ctx) => {
    const used = ctx.workbook.worksheets.getActiveWorksheet().getUsedRange().load('rowIndex,rowCount');
    await ctx.sync();
    const r = ctx.workbook.worksheets
      .getActiveWorksheet()
      .getRange(`F${used.rowIndex + 1}:H${used.rowIndex + used.rowCount}`)
      .load('formulas');
    await ctx.sync();
    return { top: used.rowIndex + 1, cells: r.formulas as unknown[][] };
  });
  const kinds = new Map<string, { n: number; bytes: number }>();
  for (const [name, rewrite] of VARIANTS) {
    let utf8 = 0;
    let escaped = 0;
    cells.forEach((row, i) => {
      const out = row.map((v, j) => (typeof v === 'string' && v.startsWith('=') ? rewrite(v, top + i, 6 + j) : v));
      const json = JSON.stringify(out) + ',';
      utf8 += utf8Length(json);
      escaped += escapedLength(json);
      if (name === 'as written') {
        const f = String(row[2]);
        const kind = !f.startsWith('=IFERROR') ? 'other' : f.includes('LOOKUP(9^9') ? 'qualitative' : f.includes('COUNT(') ? 'rate' : 'quantitative';
        const k = kinds.get(kind) ?? { n: 0, bytes: 0 };
        k.n++;
        k.bytes += utf8Length(JSON.stringify(f));
        kinds.set(kind, k);
      }
    });
    console.log(`${rows} rows — F:H read back, ${name}: ${(utf8 / 1024).toFixed(0)} KB (escaped ${(escaped / 1024).toFixed(0)} KB)`);
  }
  for (const [k, v] of kinds) console.log(`  H ${k}: ${v.n} cells, ${(v.bytes / v.n).toFixed(0)} bytes each as JSON (UTF-8)`);
}

void main();
