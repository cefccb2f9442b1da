/**
 * "send", the only Office.js step of the write path: queue a batch's actions on the request
 * context, one context.sync() per batch, then hand each read its result. Calculation and screen
 * updating are suspended for the sync. A batch Excel rejects for size was applied not at all: it
 * is split (by `split`, or in halves) and re-sent. Shared by applyPlan and revert.
 *
 * Recalculation (recalc.ts), never application.calculate where the mode is known (it
 * recalculates every open workbook): in automatic calculation the last batch does not suspend it,
 * so Excel calculates what the syncs wrote by itself; in manual calculation the last batch
 * calculates the ranges the batches wrote formulas into (Range.calculate). Mode not read: as
 * before, suspended and one application.calculate('Recalculate') in the last batch. No extra sync.
 */
import type { XlClientResult, XlContext, XlRange, XlWorksheet } from './api';
import { isPayloadError, unsplittable } from './payload-error';
import { halves } from '../pipeline/batches';
import { sheetQualified, type Action, type BatchStats, type CellLook, type Op, type Sender } from '../pipeline/ops';
import { calculatesItself, WrittenRanges } from './recalc';

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
export function queueOps(run: (action: Action) => (() => void) | null, ops: Op[], written?: WrittenRanges): (() => void)[] {
  const deliveries: (() => void)[] = [];
  for (const op of ops) {
    for (const action of op.actions) {
      written?.add(action);
      const deliver = run(action);
      if (deliver) deliveries.push(deliver);
    }
  }
  return deliveries;
}

/**
 * `calculationMode`: Application.calculationMode as read before the writes; undefined when not
 * read. In manual mode the sender keeps the ranges every batch wrote, for the last to calculate.
 */
export function makeSender(context: XlContext, fixed: number, split?: (batch: Op[]) => [Op[], Op[]] | null, calculationMode?: string | null): Sender {
  const stats: BatchStats[] = [];
  let syncs = 0;
  const app = context.workbook.application;
  const run = officeActions(context);
  const auto = calculatesItself(calculationMode);
  const written = calculationMode === 'Manual' ? new WrittenRanges() : undefined;
  const calculate = (): void => {
    if (auto) return;
    if (!written) return void app.calculate('Recalculate');
    for (const r of written.ranges()) {
      const range = context.workbook.worksheets.getItem(r.sheet).getRange(r.address);
      if (range.calculate) range.calculate();
    }
  };
  const send = async (batch: Op[], last: boolean): Promise<void> => {
    // Suspended, Excel leaves the recalculation to the add-in ("the developer's responsibility"):
    // in automatic mode the last batch is not, and Excel's calculation after it takes every dirty cell.
    if (!auto || !last) app.suspendApiCalculationUntilNextSync();
    app.suspendScreenUpdatingUntilNextSync();
    const deliveries = queueOps(run, batch, written);
    if (last) calculate();
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
