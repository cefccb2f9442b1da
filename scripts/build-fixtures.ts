/**
 * Builds the fixture workbooks under test/fixtures/ (run: `npm run fixtures`, i.e.
 * `node scripts/run-ts.js scripts/build-fixtures.ts`).
 *
 * - seed-tianjin-2024.xlsx (+ .expected.json): the seed disclosure (7 projects) as one sheet, with the
 *   PDF's merged cells, wrapped words and page-break fragments. Also the demo workbook.
 * - real-NN-slug.xlsx (+ real-tables.expected.json): nine real published tables in their own layouts.
 * - flat-list.xlsx, generation-b.xlsx, value-spellings.xlsx, not-a-table.xlsx (+ synthetic.expected.json).
 * - variants/*.xlsx (+ variants.expected.json): the variant corpus of scripts/fixtures/variants.ts.
 *
 * Everything comes from data in scripts/fixtures/*.ts; nothing is read from ../shared. The expected JSON is
 * computed from that data while laying out the rows — never from a recogniser.
 * Same cells on every run (zip timestamps may differ).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { SEED_PROJECTS, SEED_SHEET_NAME, SEED_HEADER, SeedIndicatorRow } from './fixtures/seed';
import { REAL_WORKBOOKS } from './fixtures/real-tables';
import { buildVariants } from './fixtures/variants';
import { WorkbookSpec, SheetSpec, Scalar, CellSpec, Cell, RowSpec, span, fmt, row, ind } from './fixtures/sheet-spec';
import { normaliseCjk } from './fixtures/normalise';
import { address } from '../src/sheet/a1';

const REPO = path.resolve(__dirname, '..');
const OUT = path.join(REPO, 'test', 'fixtures');
const FIXED_DATE = new Date(Date.UTC(2024, 0, 1));

/* ------------------------------------------------------------------ */
/* styles                                                              */
/* ------------------------------------------------------------------ */

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const GREY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const FONT = 'SimSun';

function styleCell(cell: ExcelJS.Cell, opts: { bold?: boolean; grey?: boolean; border?: boolean; center?: boolean; size?: number; numFmt?: string }): void {
  // Fresh objects per cell: merged cells share style objects in ExcelJS, so never mutate in place.
  const style: Partial<ExcelJS.Style> = {
    font: { name: FONT, size: opts.size ?? 10, bold: !!opts.bold },
    alignment: { wrapText: true, vertical: 'middle', horizontal: opts.center ? 'center' : undefined },
  };
  if (opts.border) style.border = { ...BORDER };
  if (opts.grey) style.fill = { ...GREY };
  if (opts.numFmt) style.numFmt = opts.numFmt;
  cell.style = style;
}

function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'jixiao fixtures';
  wb.lastModifiedBy = 'jixiao fixtures';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function range(r1: number, c1: number, r2: number, c2: number): string {
  return `${address(r1, c1)}:${address(r2, c2)}`;
}

/* ------------------------------------------------------------------ */
/* 1. the seed workbook                                                */
/* ------------------------------------------------------------------ */

interface SeedExpectedIndicator {
  row: number;
  level1: string;
  level2: string;
  level3: string;
  desc: string;
  target: string;
  /** Only for a row completed by a continuation fragment after a page break. */
  continuationRow?: number;
}

interface SeedExpectedProject {
  index: number;
  name: string;
  nameRaw: string;
  titleRow: number;
  nameRow: number;
  budgetRow: number;
  goalRow: number;
  headerRow: number;
  /** Repeated grid headers after page breaks. */
  repeatedHeaderRows: number[];
  pageBreaks: number[];
  firstIndicatorRow: number;
  lastIndicatorRow: number;
  budget: { total: number; fiscal: number; other: null };
  level1Merges: string[];
  level2Merges: string[];
  continuationRows: number[];
  indicators: SeedExpectedIndicator[];
}

function writeSeedHeader(ws: ExcelJS.Worksheet, r: number): void {
  SEED_HEADER.forEach((h, i) => {
    const cell = ws.getCell(r, i + 1);
    cell.value = h;
    styleCell(cell, { bold: true, grey: true, border: true, center: true });
  });
}

function buildSeed(): { wb: ExcelJS.Workbook; expected: object } {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(SEED_SHEET_NAME, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  [12, 14, 22, 22, 16].forEach((w, i) => (ws.getColumn(i + 1).width = w));

  const projects: SeedExpectedProject[] = [];
  let r = 1;

  SEED_PROJECTS.forEach((p, pi) => {
    if (pi > 0) r += 2; // two empty rows between projects

    // title
    const titleRow = r;
    ws.mergeCells(r, 1, r, 5);
    ws.getCell(r, 1).value = p.title;
    styleCell(ws.getCell(r, 1), { bold: true, center: true, size: 12 });
    r++;

    // unit line
    ws.getCell(r, 1).value = p.unitLine;
    ws.getCell(r, 5).value = p.unitLabel;
    styleCell(ws.getCell(r, 1), {});
    styleCell(ws.getCell(r, 5), {});
    ws.getCell(r, 5).alignment = { horizontal: 'right', vertical: 'middle' };
    r++;

    // 项目名称
    const nameRow = r;
    ws.mergeCells(r, 2, r, 5);
    ws.getCell(r, 1).value = '项目名称';
    ws.getCell(r, 2).value = p.name;
    for (let c = 1; c <= 5; c++) styleCell(ws.getCell(r, c), { border: true });
    r++;

    // 预算规模及资金用途: three rows
    const budgetRow = r;
    ws.mergeCells(r, 1, r + 2, 1);
    ws.mergeCells(r + 1, 3, r + 1, 5);
    ws.mergeCells(r + 2, 2, r + 2, 5);
    ws.getCell(r, 1).value = p.budgetLabel;
    ws.getCell(r, 2).value = '预算数';
    ws.getCell(r, 3).value = p.budget;
    ws.getCell(r, 4).value = '其中：财政\n资金';
    ws.getCell(r, 5).value = p.fiscal;
    ws.getCell(r + 1, 2).value = '其他资金';
    ws.getCell(r + 2, 2).value = p.use;
    for (let rr = r; rr <= r + 2; rr++)
      for (let c = 1; c <= 5; c++) {
        const money = rr === r && (c === 3 || c === 5);
        styleCell(ws.getCell(rr, c), { border: true, numFmt: money ? '0.00' : undefined });
      }
    r += 3;

    // 绩效目标
    const goalRow = r;
    ws.mergeCells(r, 2, r, 5);
    ws.getCell(r, 1).value = p.goalLabel;
    ws.getCell(r, 2).value = p.goal;
    for (let c = 1; c <= 5; c++) styleCell(ws.getCell(r, c), { border: true });
    r++;

    // grid header
    const headerRow = r;
    writeSeedHeader(ws, r);
    r++;

    const indicators: SeedExpectedIndicator[] = [];
    const level1Merges: string[] = [];
    const level2Merges: string[] = [];
    const repeatedHeaderRows: number[] = [];
    const pageBreaks: number[] = [];
    const continuationRows: number[] = [];

    // open 一级 group (vertical merge in A) and open 二级 “数量指标” run (vertical merge in B)
    let l1Start = -1;
    let l1End = -1;
    let l1Carry = ''; // semantic 一级, carried through page breaks
    let l2Start = -1;
    let l2End = -1;
    let l2Value = '';
    let last: { item: SeedIndicatorRow; exp: SeedExpectedIndicator } | null = null;

    const closeL1 = () => {
      if (l1Start > 0 && l1End > l1Start) {
        ws.mergeCells(l1Start, 1, l1End, 1);
        level1Merges.push(range(l1Start, 1, l1End, 1));
      }
      l1Start = l1End = -1;
    };
    const closeL2 = () => {
      if (l2Start > 0 && l2End > l2Start) {
        ws.mergeCells(l2Start, 2, l2End, 2);
        level2Merges.push(range(l2Start, 2, l2End, 2));
      }
      l2Start = l2End = -1;
      l2Value = '';
    };

    for (const item of p.items) {
      if (item.kind === 'pageBreak') {
        closeL1();
        closeL2();
        ws.getRow(r - 1).addPageBreak();
        pageBreaks.push(r - 1);
        writeSeedHeader(ws, r);
        repeatedHeaderRows.push(r);
        r++;
        continue;
      }
      if (item.kind === 'continuation') {
        item.cells.forEach((v, i) => {
          const cell = ws.getCell(r, i + 1);
          if (v !== '') cell.value = v;
          styleCell(cell, { border: true, center: i < 2 });
        });
        if (!last) throw new Error('continuation without a preceding row');
        last.exp.level2 = normaliseCjk(last.item.l2 + item.cells[1]);
        last.exp.level3 = normaliseCjk(last.item.l3 + item.cells[2]);
        last.exp.continuationRow = r;
        continuationRows.push(r);
        r++;
        continue;
      }

      // an indicator row
      if (item.l1 !== '') {
        closeL1();
        l1Start = l1End = r;
        l1Carry = normaliseCjk(item.l1);
        ws.getCell(r, 1).value = item.l1;
      } else if (l1Start > 0) {
        l1End = r;
      } // else: blank 一级 after a page break — left blank and unmerged

      const mergeL2 = p.mergeQuantityLevel2 && item.l2 === '数量指标';
      if (mergeL2 && l2Start > 0 && l2Value === item.l2) {
        l2End = r; // covered by the run: value only in the top cell
      } else {
        closeL2();
        ws.getCell(r, 2).value = item.l2;
        if (mergeL2) {
          l2Start = l2End = r;
          l2Value = item.l2;
        }
      }
      ws.getCell(r, 3).value = item.l3;
      ws.getCell(r, 4).value = item.desc;
      ws.getCell(r, 5).value = item.target;
      for (let c = 1; c <= 5; c++) styleCell(ws.getCell(r, c), { border: true, center: c <= 2 });

      const exp: SeedExpectedIndicator = {
        row: r,
        level1: l1Carry,
        level2: normaliseCjk(item.l2),
        level3: normaliseCjk(item.l3),
        desc: normaliseCjk(item.desc),
        target: item.target,
      };
      indicators.push(exp);
      last = { item, exp };
      r++;
    }
    closeL1();
    closeL2();

    projects.push({
      index: pi + 1,
      name: normaliseCjk(p.name),
      nameRaw: p.name,
      titleRow,
      nameRow,
      budgetRow,
      goalRow,
      headerRow,
      repeatedHeaderRows,
      pageBreaks,
      firstIndicatorRow: indicators[0].row,
      lastIndicatorRow: Math.max(...indicators.map((i) => i.row), ...continuationRows),
      budget: { total: p.budget, fiscal: p.fiscal, other: null },
      level1Merges,
      level2Merges,
      continuationRows,
      indicators,
    });
  });

  const expected = {
    file: 'seed-tianjin-2024.xlsx',
    sheet: SEED_SHEET_NAME,
    columns: { level1: 'A', level2: 'B', level3: 'C', desc: 'D', target: 'E' },
    note: 'Computed by scripts/build-fixtures.ts from scripts/fixtures/seed.ts. level1/2/3 are normalised (whitespace between CJK removed, 一级 carried down through merges and page breaks, page-break fragments joined); target is the raw 指标值; row is the sheet row holding the 指标值.',
    projects,
  };
  return { wb, expected };
}

/* ------------------------------------------------------------------ */
/* 2. generic sheet specs (real tables and synthetic fixtures)         */
/* ------------------------------------------------------------------ */

interface Placed {
  v: Scalar;
  fmt?: string;
}

interface LaidOut {
  /** spec row index → sheet row number (1-based; rows start at 1) */
  rowOf: number[];
  cells: Map<string, Placed>;
  merges: { top: number; left: number; bottom: number; right: number }[];
}

function isSpec(c: Cell): c is CellSpec {
  return c !== null && typeof c === 'object' && !(c instanceof Date);
}

function layoutSheet(ws: ExcelJS.Worksheet, spec: SheetSpec): LaidOut {
  const width = spec.widths.length;
  spec.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const occupied = new Set<string>();
  const cells = new Map<string, Placed>();
  const merges: LaidOut['merges'] = [];
  const rowOf: number[] = [];

  spec.rows.forEach((rs: RowSpec, i) => {
    const r = i + 1;
    rowOf.push(r);
    let c = 1;
    for (const cell of rs.cells) {
      while (occupied.has(`${r},${c}`)) c++;
      const s: CellSpec = isSpec(cell) ? cell : { v: cell };
      const cs = s.cs ?? 1;
      const rsp = s.rs ?? 1;
      if (c + cs - 1 > width) throw new Error(`${spec.name} row ${r}: cells overflow ${width} columns`);
      for (let dr = 0; dr < rsp; dr++) for (let dc = 0; dc < cs; dc++) occupied.add(`${r + dr},${c + dc}`);
      if (cs > 1 || rsp > 1) {
        ws.mergeCells(r, c, r + rsp - 1, c + cs - 1);
        merges.push({ top: r, left: c, bottom: r + rsp - 1, right: c + cs - 1 });
      }
      cells.set(`${r},${c}`, { v: s.v, fmt: s.fmt });
      c += cs;
    }
  });

  // values and styles
  spec.rows.forEach((rs, i) => {
    const r = i + 1;
    const isTitle = rs.role === 'title';
    const isHead = rs.role === 'header' || rs.role === 'fundsHeader' || rs.role === 'section';
    const bordered = !isTitle && rs.role !== 'note';
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      const placed = cells.get(`${r},${c}`);
      styleCell(cell, {
        bold: isTitle || isHead,
        grey: rs.role === 'header' || rs.role === 'fundsHeader',
        border: bordered,
        center: isTitle || isHead,
        size: isTitle && i === 0 ? 14 : undefined,
        numFmt: placed?.fmt,
      });
      if (placed && placed.v !== null && placed.v !== undefined) cell.value = placed.v;
    }
  });
  return { rowOf, cells, merges };
}

/** The value a reader sees at (r, c): the master value of the merge covering it, else the cell itself. */
function resolve(lay: LaidOut, r: number, c: number): Placed | undefined {
  const m = lay.merges.find((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right);
  return m ? lay.cells.get(`${m.top},${m.left}`) : lay.cells.get(`${r},${c}`);
}

function jsonValue(v: Scalar | undefined): string | number | null {
  if (v === undefined || v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The cell as Excel would display it, for the few formats the fixtures use. */
function printed(p: Placed | undefined): string | null {
  if (!p || p.v === null || p.v === undefined) return null;
  const v = p.v;
  if (typeof v === 'number') {
    switch (p.fmt) {
      case '0.00%':
        return `${(v * 100).toFixed(2)}%`;
      case '0%':
        return `${Math.round(v * 100)}%`;
      case '0.00':
        return v.toFixed(2);
      case '#,##0':
        return Math.round(v).toLocaleString('en-US');
      default:
        return String(v);
    }
  }
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v;
}

const LEVEL1_WEIGHT = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/;

function sheetExpected(spec: SheetSpec, lay: LaidOut): Record<string, unknown> {
  // Only a sheet with an indicator grid has an indicator header row (the phone list's header is not one).
  const headerRows = spec.grid ? spec.rows.map((rs, i) => (rs.role === 'header' ? lay.rowOf[i] : 0)).filter((x) => x > 0) : [];
  const indicators: Record<string, unknown>[] = [];
  spec.rows.forEach((rs, i) => {
    if (rs.role !== 'indicator' || !spec.grid) return;
    const r = lay.rowOf[i];
    const e: Record<string, unknown> = { row: r };
    const formats: Record<string, string> = {};
    const dates: string[] = [];
    for (const [key, col] of Object.entries(spec.grid)) {
      if (col === undefined) continue;
      const p = resolve(lay, r, col);
      let v = jsonValue(p?.v);
      if (typeof v === 'string' && (key === 'level1' || key === 'level2' || key === 'level3' || key === 'project')) v = normaliseCjk(v);
      if (key === 'level1' && typeof v === 'string') {
        e.level1Label = v;
        const m = LEVEL1_WEIGHT.exec(v);
        e.level1Weight = m ? Number(m[1]) : null;
        v = v.replace(LEVEL1_WEIGHT, '');
      }
      e[key] = v;
      if (p?.fmt) formats[key] = p.fmt;
      if (p?.v instanceof Date) dates.push(key);
    }
    if (Object.keys(formats).length) e.formats = formats;
    // keys whose cell holds a Date (JSON value is the ISO date); a bare serial with a date format stays a number
    if (dates.length) e.dateCells = dates;
    if (rs.status) e.status = rs.status;
    indicators.push(e);
  });

  const sumOf = (key: 'weight' | 'score'): number | null => {
    const nums = indicators.map((x) => x[key]).filter((x): x is number => typeof x === 'number');
    return nums.length ? round2(nums.reduce((a, b) => a + b, 0)) : null;
  };

  const fundsRow = (i: number): Record<string, unknown> => {
    const r = lay.rowOf[i];
    const out: Record<string, unknown> = { row: r };
    for (const [key, col] of Object.entries(spec.funds ?? {})) {
      if (col === undefined) continue;
      const p = resolve(lay, r, col);
      out[key] = jsonValue(p?.v);
      if (key === 'rate') {
        out.rateFormat = p?.fmt ?? null;
        out.ratePrinted = printed(p);
      }
    }
    return out;
  };
  let funds: Record<string, unknown> | null = null;
  if (spec.funds) {
    const hi = spec.rows.findIndex((x) => x.role === 'fundsHeader');
    const ti = spec.rows.findIndex((x) => x.role === 'fundsTotal');
    funds = {
      columns: spec.funds,
      headerRow: hi >= 0 ? lay.rowOf[hi] : null,
      total: ti >= 0 ? fundsRow(ti) : null,
      subs: spec.rows.map((x, i) => (x.role === 'fundsSub' ? fundsRow(i) : null)).filter((x) => x !== null),
    };
  }

  let printedTotal: Record<string, unknown> | null = null;
  const tot = spec.rows.findIndex((x) => x.role === 'total');
  if (tot >= 0 && spec.totalCols) {
    const r = lay.rowOf[tot];
    printedTotal = {
      row: r,
      weight: spec.totalCols.weight ? jsonValue(resolve(lay, r, spec.totalCols.weight)?.v) : null,
      score: spec.totalCols.score ? jsonValue(resolve(lay, r, spec.totalCols.score)?.v) : null,
    };
  }

  const scored = indicators.filter((x) => !x.status);

  // Several projects in one flat table: group consecutive rows by the (merge-resolved) 项目名称.
  let projects: Record<string, unknown>[] | null = null;
  if (spec.grid?.project) {
    projects = [];
    for (const x of indicators) {
      const lastP = projects[projects.length - 1];
      if (lastP && lastP.name === x.project) {
        lastP.lastRow = x.row;
        lastP.indicatorCount = (lastP.indicatorCount as number) + 1;
      } else {
        projects.push({ name: x.project, budget: x.budget ?? null, firstRow: x.row, lastRow: x.row, indicatorCount: 1 });
      }
    }
  }

  return {
    sheet: spec.name,
    ...spec.facts,
    headerRow: headerRows[0] ?? null,
    headerRows,
    columns: spec.grid ?? null,
    indicatorCount: scored.length,
    emptyIndicatorRows: indicators.filter((x) => x.status === 'empty').map((x) => x.row),
    truncatedIndicatorRows: indicators.filter((x) => x.status === 'truncated').map((x) => x.row),
    firstIndicatorRow: indicators.length ? indicators[0].row : null,
    lastIndicatorRow: indicators.length ? indicators[indicators.length - 1].row : null,
    weightSum: spec.grid?.weight ? sumOf('weight') : null,
    scoreSum: spec.grid?.score ? sumOf('score') : null,
    funds,
    printedTotal,
    merges: lay.merges.map((m) => range(m.top, m.left, m.bottom, m.right)),
    ...(projects ? { projects } : {}),
    indicators,
  };
}

function buildFromSpec(spec: WorkbookSpec): { wb: ExcelJS.Workbook; expected: object } {
  const wb = newWorkbook();
  const sheets = spec.sheets.map((s) => {
    const ws = wb.addWorksheet(s.name, { pageSetup: { paperSize: 9, orientation: 'landscape' } });
    const lay = layoutSheet(ws, s);
    return sheetExpected(s, lay);
  });
  return { wb, expected: { file: spec.file, source: spec.source, sheets } };
}

/* ------------------------------------------------------------------ */
/* 3. synthetic fixtures                                               */
/* ------------------------------------------------------------------ */

const NONE = { budget: { total: null }, truncated: false, notes: [] as string[] };

const FLAT_P1 = '2024年社区养老服务补助';
const FLAT_P2 = '图书馆数字资源采购';
const FLAT_P3 = '农村公路养护';

const flatList: WorkbookSpec = {
  file: 'flat-list.xlsx',
  source: 'synthetic: three projects in one flat table (name repeated for project 1, merged vertically for 2 and 3)',
  sheets: [
    {
      name: '项目指标清单',
      widths: [28, 12, 18, 24, 16, 10],
      grid: { project: 1, level1: 2, level2: 3, level3: 4, target: 5, budget: 6 },
      rows: [
        row('header', '项目名称', '一级指标', '二级指标', '三级指标', '指标值', '预算数'),
        // project 1: everything repeated per row
        ind(FLAT_P1, '产出指标', '数量指标', '服务老年人数', '≥500人', 80),
        ind(FLAT_P1, '产出指标', '质量指标', '服务质量达标率', '≥95%', 80),
        ind(FLAT_P1, '产出指标', '成本指标', '补助资金总额', '≤80万元', 80),
        ind(FLAT_P1, '效益指标', '社会效益指标', '老年人生活质量', '明显改善', 80),
        ind(FLAT_P1, '满意度指标', '服务对象满意度指标', '老年人满意度', '≥90%', 80),
        // project 2: name, 一级 and 预算数 merged vertically
        ind(span(FLAT_P2, 1, 4), span('产出指标', 1, 2), '数量指标', '采购数据库数量', '3个', span(45.6, 1, 4, '0.00')),
        ind('时效指标', '采购完成时间', '2024年6月底前'),
        ind('效益指标', '社会效益指标', '数字资源访问量', '≥20万次'),
        ind('满意度指标', '服务对象满意度指标', '读者满意度', '≥90%'),
        // project 3: name and 预算数 merged, 一级 repeated
        ind(span(FLAT_P3, 1, 5), '产出指标', '数量指标', '养护里程', '≥120公里', span(300, 1, 5, '0.00')),
        ind('产出指标', '质量指标', '路面优良率', '≥85%'),
        ind('产出指标', '成本指标', '每公里养护成本', '≤2.5万元/公里'),
        ind('效益指标', '可持续影响指标', '公路使用寿命', '延长'),
        ind('满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥90%'),
      ],
      facts: { name: null, kind: 'target', ...NONE, notes: ['three projects; group rows by 项目名称'] },
    },
  ],
};

const genB: WorkbookSpec = {
  file: 'generation-b.xlsx',
  source: 'synthetic: a Generation-B (财预〔2021〕101号) target table, and a hybrid table on a second sheet',
  sheets: [
    {
      name: 'B型目标表',
      widths: [12, 18, 26, 16, 30],
      grid: { level1: 1, level2: 2, level3: 3, target: 4, explain: 5 },
      funds: { label: 1, total: 2 },
      rows: [
        row('title', span('2025年度项目支出绩效目标表', 5)),
        row('field', '项目名称', span('职业技能提升培训补贴', 4)),
        row('fundsTotal', '预算数(万元)', fmt(200, '0.00'), '其中：财政资金', fmt(200, '0.00'), null),
        row('field', '年度绩效目标', span('完成补贴性职业技能培训1000人，培训合格率不低于90%，促进参训人员就业增收。', 4)),
        row('header', '一级指标', '二级指标', '三级指标', '指标值', '指标解释'),
        ind(span('成本指标', 1, 3), '经济成本指标', '人均培训补贴标准', '≤2000元/人', '按培训补贴标准核定'),
        ind('社会成本指标', '对参训人员正常工作的影响', '无明显影响', '培训安排在业余时间'),
        ind('生态环境成本指标', '培训场地能耗', '不高于上年', '与上年同期比较'),
        ind(span('产出指标', 1, 3), '数量指标', '补贴培训人数', '≥1000人', '取得培训合格证书的人数'),
        ind('质量指标', '培训合格率', '≥90%', '合格人数/参训人数×100%'),
        ind('时效指标', '补贴发放及时率', '100%', '按期发放金额/应发金额×100%'),
        ind(span('效益指标', 1, 2), '经济效益指标', '参训人员月均收入增长率', '≥5%', '培训后6个月内抽样'),
        ind('社会效益指标', '培训后就业率', '≥80%', '培训后6个月内就业人数/参训人数'),
        ind('满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '问卷调查'),
      ],
      facts: {
        name: '职业技能提升培训补贴',
        kind: 'target',
        budget: { total: 200, fiscal: 200, other: null },
        truncated: false,
        notes: ['Generation B: 成本指标 is a 一级 with 经济/社会/生态环境成本指标'],
      },
    },
    {
      name: '混合型',
      widths: [12, 18, 26, 18],
      grid: { level1: 1, level2: 2, level3: 3, target: 4 },
      funds: { label: 1, total: 2 },
      rows: [
        row('title', span('项目支出绩效目标表', 4)),
        row('field', '项目名称', span('司法行政业务装备购置', 3)),
        row('fundsTotal', '预算数(万元)', fmt(30, '0.00'), '其他资金', null),
        row('header', '一级指标', '二级指标', '三级指标', '指标值'),
        ind(span('产出指标', 1, 4), '数量指标', '执法记录仪购置数量', '≥20台'),
        ind('质量指标', '设备验收合格率', '100%'),
        ind('时效指标', '设备购置完成时间', '2024年10月底前'),
        ind('经济成本指标', '成本控制数', '≤30万元'),
        ind('效益指标', '社会效益指标', '执法规范化水平', '显著提升'),
        ind('满意度指标', '服务对象满意度指标', '执法人员满意度', '≥90%'),
      ],
      facts: {
        name: '司法行政业务装备购置',
        kind: 'target',
        budget: { total: 30, fiscal: null, other: null },
        truncated: false,
        notes: ['hybrid: Generation-B 二级 经济成本指标 placed under 一级 产出指标 (as in Sichuan 2023 tables)'],
      },
    },
  ],
};

const valueSpellings: WorkbookSpec = {
  file: 'value-spellings.xlsx',
  source: 'synthetic: a target table whose 指标值 column uses every spelling the parser must handle',
  sheets: [
    {
      name: '指标值写法',
      widths: [12, 16, 20, 20, 18],
      grid: { level1: 1, level2: 2, level3: 3, desc: 4, target: 5 },
      funds: { label: 1, total: 2 },
      rows: [
        row('title', span('指标值写法测试项目绩效目标表', 5)),
        row('field', '项目名称', span('指标值写法测试项目', 4)),
        row('fundsTotal', '预算数', fmt(100, '0.00'), '其中：财政资金', fmt(100, '0.00'), null),
        row('header', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'),
        ind(span('产出指标', 1, 11), '数量指标', '购置设备数量', '购置设备数量', '１２个'),
        ind('数量指标', '受益人数', '受益人数', '3,000人'),
        ind('质量指标', '设备验收合格率', '设备验收合格率', '≥９８％'),
        ind('质量指标', '学员结业率', '学员结业率', '95%以上'),
        ind('质量指标', '资料归档完整率', '资料归档完整率', '不低于90%'),
        ind('质量指标', '资金支付率', '资金支付率', fmt(0.95, '0%')),
        // a number stored as text in a 率 row, unit missing
        ind('质量指标', '验收通过率', '验收通过率', '100'),
        // a real Date cell, shown as a Chinese date
        ind('时效指标', '项目完成时间', '项目完成时间', fmt(new Date(Date.UTC(2024, 11, 31)), 'yyyy"年"m"月"d"日"')),
        // a bare serial with a date format
        ind('时效指标', '资金拨付时间', '资金拨付时间', fmt(45657, 'yyyy-mm-dd')),
        ind('时效指标', '设备交付时限', '设备交付时限', '2024年12月底前'),
        ind('成本指标', '设备购置成本', '设备购置成本', '≤ 万元'),
        ind(span('效益指标', 1, 2), '社会效益指标', '服务群众人数', '服务群众人数', '**'),
        ind('生态效益指标', '节能减排量', '节能减排量', '不适用'),
        ind('满意度指标', '服务对象满意度指标', '服务对象满意度', '服务对象满意度', '90%-95%'),
      ],
      facts: {
        name: '指标值写法测试项目',
        kind: 'target',
        budget: { total: 100, fiscal: 100, other: null },
        truncated: false,
        notes: [
          'full-width digits/percent, 以上/不低于, thousands separator, 0.95 with 0%, a Date cell, serial 45657 (2024-12-31) with yyyy-mm-dd, a deadline phrase, text "100" without unit, op without number, placeholder **, range, 不适用',
        ],
      },
    },
  ],
};

const notATable: WorkbookSpec = {
  file: 'not-a-table.xlsx',
  source: 'synthetic: an unrelated sheet (phone list) — no indicator table',
  sheets: [
    {
      name: '通讯录',
      widths: [10, 16, 16, 16, 26],
      rows: [
        row('title', span('机关各科室通讯录', 5)),
        row('header', '姓名', '科室', '办公电话', '手机', '电子邮箱'),
        row('data', '张伟', '办公室', '022-23456701', '13800000001', 'zhangwei@example.org'),
        row('data', '王芳', '财务科', '022-23456702', '13800000002', 'wangfang@example.org'),
        row('data', '李娜', '人事科', '022-23456703', '13800000003', 'lina@example.org'),
        row('data', '刘洋', '信息中心', '022-23456704', '13800000004', 'liuyang@example.org'),
        row('data', '陈静', '后勤服务中心', '022-23456705', '13800000005', 'chenjing@example.org'),
        row('data', '杨磊', '法规科', '022-23456706', '13800000006', 'yanglei@example.org'),
        row('note', span('更新日期：2024年3月', 5)),
      ],
      facts: { name: null, kind: 'none', ...NONE, notes: ['no indicator table: the reader must say so'] },
    },
  ],
};

export const SYNTHETIC_WORKBOOKS: WorkbookSpec[] = [flatList, genB, valueSpellings, notATable];

/* ------------------------------------------------------------------ */
/* main                                                                */
/* ------------------------------------------------------------------ */

function writeJson(file: string, data: unknown): void {
  fs.writeFileSync(path.join(OUT, file), JSON.stringify(data, null, 2) + '\n', 'utf8');
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const written: string[] = [];

  const seed = buildSeed();
  await seed.wb.xlsx.writeFile(path.join(OUT, 'seed-tianjin-2024.xlsx'));
  writeJson('seed-tianjin-2024.expected.json', seed.expected);
  // The same workbook is the demo's example (npm run demo), under a name an accountant would give it.
  const examples = path.join(OUT, '..', '..', 'examples');
  fs.mkdirSync(examples, { recursive: true });
  await seed.wb.xlsx.writeFile(path.join(examples, '天津电子信息职业技术学院-2024项目支出绩效目标表.xlsx'));
  written.push('seed-tianjin-2024.xlsx', 'seed-tianjin-2024.expected.json');

  const real: object[] = [];
  for (const spec of REAL_WORKBOOKS) {
    const { wb, expected } = buildFromSpec(spec);
    await wb.xlsx.writeFile(path.join(OUT, spec.file));
    real.push(expected);
    written.push(spec.file);
  }
  writeJson('real-tables.expected.json', {
    note: 'Computed by scripts/build-fixtures.ts from scripts/fixtures/real-tables.ts (the transcription), not by a recogniser. level1/2/3 normalised (CJK whitespace removed, merges resolved, "(50分)" moved to level1Weight); other values raw (numbers as numbers).',
    workbooks: real,
  });
  written.push('real-tables.expected.json');

  const synthetic: object[] = [];
  for (const spec of SYNTHETIC_WORKBOOKS) {
    const { wb, expected } = buildFromSpec(spec);
    await wb.xlsx.writeFile(path.join(OUT, spec.file));
    synthetic.push(expected);
    written.push(spec.file);
  }
  writeJson('synthetic.expected.json', {
    note: 'Computed by scripts/build-fixtures.ts from its own data.',
    workbooks: synthetic,
  });
  written.push('synthetic.expected.json');

  for (const f of await buildVariants(path.join(OUT, 'variants'))) written.push(`variants/${f}`);

  for (const f of written) process.stdout.write(`wrote test/fixtures/${f}\n`);
}

// run-ts.js sets argv[1] to this file; plain `require` (e.g. from a test) does not build.
if (require.main === module || path.resolve(process.argv[1] ?? '') === __filename) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
