/**
 * Builds src/preview/demo-grid.json from the bundled example workbook, so that the browser preview
 * gets the demo sheet without bundling ExcelJS:
 *
 *   node scripts/run-ts.js scripts/preview-data.ts [input.xlsx] [output.json]
 *
 * The JSON is the Excel test double's workbook format (src/double: values, formulas with '=',
 * number formats, fills, bold, merges, notes) plus the column widths for the preview grid.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import { address } from '../src/sheet/a1';
import { readWorkbook } from '../src/gateways/exceljs/read';
import type { PreviewData } from '../src/preview/data';

const ROOT = path.resolve(__dirname, '..');
export const DEMO_XLSX = path.join(ROOT, 'examples', '天津电子信息职业技术学院-2024项目支出绩效目标表.xlsx');
const INPUT = process.argv[2] ?? DEMO_XLSX;
const OUTPUT = process.argv[3] ?? path.join(ROOT, 'src', 'preview', 'demo-grid.json');

function excelSerial(d: Date): number {
  return Math.round((d.getTime() / 86400000 + 25569) * 1e6) / 1e6;
}

function fillOf(cell: ExcelJS.Cell): string | null {
  const f = cell.fill as ExcelJS.FillPattern | undefined;
  if (!f || f.type !== 'pattern' || f.pattern !== 'solid') return null;
  const argb = f.fgColor?.argb;
  return argb && /^[0-9A-Fa-f]{8}$/.test(argb) ? `#${argb.slice(2).toUpperCase()}` : null;
}

function noteOf(cell: ExcelJS.Cell): string | null {
  const n = cell.note as string | ExcelJS.Comment | undefined;
  if (!n) return null;
  if (typeof n === 'string') return n;
  return (n.texts ?? []).map((t) => t.text).join('');
}

/** The preview data for a workbook (what gets written to demo-grid.json). */
export async function buildPreviewData(input: string): Promise<PreviewData> {
  const { workbook, grids } = await readWorkbook(input);
  const data: PreviewData = {
    source: path.basename(input),
    workbook: { sheets: [], activeSheet: workbook.worksheets[0]?.name },
    columnWidths: {},
  };
  for (const g of grids) {
    const ws = workbook.getWorksheet(g.name)!;
    const notes: Record<string, string> = {};
    const rows = Array.from({ length: g.rowCount }, (_, i) => i + 1);
    const cols = Array.from({ length: g.colCount }, (_, j) => j + 1);
    const at = <T>(f: (cell: ExcelJS.Cell, r: number, c: number) => T) => rows.map((r) => cols.map((c) => f(ws.getCell(r, c), r, c)));
    data.workbook.sheets.push({
      name: g.name,
      values: g.values.map((row) =>
        cols.map((c) => {
          const v = row[c - 1] ?? null;
          return v instanceof Date ? excelSerial(v) : v;
        }),
      ),
      formulas: at((_, r, c) => {
        const f = g.formulas?.[r - 1]?.[c - 1];
        return f ? `=${f}` : null;
      }),
      numberFormats: at((_, r, c) => g.numFormats?.[r - 1]?.[c - 1] ?? null),
      fills: at((cell) => fillOf(cell)),
      bold: at((cell) => (cell.font?.bold ? true : null)),
      merges: g.merges.map((m) => ({ ...m })).sort((a, b) => a.top - b.top || a.left - b.left),
      notes,
    });
    at((cell, r, c) => {
      const n = noteOf(cell);
      if (n) notes[address(r, c)] = n;
    });
    data.columnWidths[g.name] = cols.map((c) => ws.getColumn(c).width ?? 9);
  }
  return data;
}

async function main(): Promise<void> {
  const data = await buildPreviewData(INPUT);
  await fs.writeFile(OUTPUT, JSON.stringify(data) + '\n', 'utf8');
  const sizes = data.workbook.sheets.map((s) => `${s.name} ${s.values.length}×${s.values[0]?.length ?? 0}`).join('，');
  console.log(`已写入 ${path.relative(ROOT, OUTPUT)}（${sizes}）`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
