/**
 * "send", the only Office.js step of the write path: queue a batch's actions on the request
 * context, one context.sync() per batch, then hand each read its result. Calculation and screen
 * updating are suspended for the sync; the last batch recalculates. A batch Excel rejects for
 * size was applied not at all: it is split (by `split`, or in halves) and re-sent. Shared by
 * applyPlan and revert.
 *
 * Why application.calculate('Recalculate') and not only the changed ranges: 'Recalculate' (not
 * 'Full') computes only cells Excel marked dirty — the ones the writes touched and their
 * dependants — though in every open workbook. Narrower calls exist (Range.calculate, ExcelApi
 * 1.6; Worksheet.calculate(false), 1.14), but a range's dependants on other sheets would then
 * wait for Excel's own automatic recalculation, and in manual calculation mode (the reason for
 * the explicit call) they would show stale results. The Excel double does not model those calls
 * yet either; revisit with the real-Excel checklist (docs/real-excel-checklist.md).
 */
import type { XlClientResult, XlContext, XlRange, XlWorksheet } from './api';
import { isPayloadError, unsplittable } from './payload-error';
import { halves } from '../pipeline/batches';
import { sheetQualified, type Action, type BatchStats, type CellLook, type Op, type Sender } from '../pipeline/ops';

/** Queues actions on one request context; a read returns what to call once the sync is done. */
export function officeActions(context: XlContext): (action: Action) => (() => void) | null {
  const sheets = new Map<string, XlWorksheet>();
  const sheet = (name: string): XlWorksheet => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
  return (a) => {
    if (a.kind === 'custom') {
      a.run();
      return null;
    }
    const ws = sheet(a.sheet);
    switch (a.kind) {
      case 'insertRows':
        ws.getRange(a.rows).insert('Down');
        return null;
      case 'deleteRows':
        ws.getRange(a.rows).delete('Up');
        return null;
      case 'copy':
        // copyFrom reads an unqualified source on the active sheet: always name the sheet.
        ws.getRange(a.target).copyFrom(sheetQualified(a.sheet, a.source), a.type);
        return null;
      case 'setFormulas':
        ws.getRange(a.address).formulas = a.values;
        return null;
      case 'setNumberFormat':
        ws.getRange(a.address).numberFormat = a.values;
        return null;
      case 'setFill': {
        const fill = ws.getRanges(a.areas).format.fill;
        if (a.color === null) fill.clear();
        else fill.color = a.color;
        return null;
      }
      case 'setPattern':
        ws.getRange(a.address).setCellProperties([
          [{ format: { fill: { pattern: a.pattern as Excel.FillPattern, color: a.color, ...(a.patternColor ? { patternColor: a.patternColor } : {}) } } }],
        ]);
        return null;
      case 'setBold':
        ws.getRanges(a.areas).format.font.bold = a.bold;
        return null;
      case 'clear':
        ws.getRanges(a.areas).clear(a.what);
        return null;
      case 'merge':
        ws.getRange(a.address).merge(false);
        return null;
      case 'unmerge':
        ws.getRange(a.address).unmerge();
        return null;
      case 'addNote':
        ws.notes.add(a.address, a.text);
        return null;
      case 'setNote':
        ws.notes.getItem(a.address).content = a.text;
        return null;
      case 'deleteNote':
        ws.notes.getItem(a.address).delete();
        return null;
      case 'readNumberFormats': {
        const range: XlRange = ws.getRange(a.address);
        range.load('numberFormat');
        return () => a.into(range.numberFormat);
      }
      case 'readLooks': {
        const result: XlClientResult<Excel.CellProperties[][]> = ws
          .getRange(a.address)
          .getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true }, font: { bold: true } } });
        return () => a.into(result.value.map((row) => row.map(toLook)));
      }
    }
  };
}

function toLook(p: Excel.CellProperties): CellLook {
  const f = p.format;
  return {
    fill: { color: String(f?.fill?.color ?? '#FFFFFF').toUpperCase(), pattern: String(f?.fill?.pattern ?? 'None'), patternColor: f?.fill?.patternColor },
    bold: !!f?.font?.bold,
  };
}

/** Queue every action of the ops; returns the reads to deliver after the sync. */
export function queueOps(run: (action: Action) => (() => void) | null, ops: Op[]): (() => void)[] {
  const deliveries: (() => void)[] = [];
  for (const op of ops) {
    for (const action of op.actions) {
      const deliver = run(action);
      if (deliver) deliveries.push(deliver);
    }
  }
  return deliveries;
}

export function makeSender(context: XlContext, fixed: number, split?: (batch: Op[]) => [Op[], Op[]] | null): Sender {
  const stats: BatchStats[] = [];
  let syncs = 0;
  const app = context.workbook.application;
  const run = officeActions(context);
  const send = async (batch: Op[], last: boolean): Promise<void> => {
    app.suspendApiCalculationUntilNextSync();
    app.suspendScreenUpdatingUntilNextSync();
    const deliveries = queueOps(run, batch);
    if (last) app.calculate('Recalculate');
    syncs++;
    const request = fixed + batch.reduce((n, o) => n + o.bytes, 0);
    const response = batch.reduce((n, o) => n + o.resp, 0);
    try {
      await context.sync();
    } catch (e) {
      const size = Math.max(request, response);
      if (!isPayloadError(e, size)) throw e;
      const parts = batch.length < 2 ? null : split ? split(batch) : halves(batch);
      if (!parts) throw unsplittable(e, size);
      await send(parts[0], false);
      await send(parts[1], last);
      return;
    }
    for (const deliver of deliveries) deliver();
    stats.push({ ops: batch.length, estimatedRequestBytes: request, estimatedResponseBytes: response });
  };
  return { send, stats, syncs: () => syncs };
}
