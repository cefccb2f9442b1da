/**
 * Where 撤销's syncs go, per read kind: `node --max-old-space-size=7000 scripts/run-ts.js bench/undo-reads.ts [rows]`
 * (default 50 000; one size per process — 50 000 rows needs ~5 GB). Runs 校验, 校验, 自评 on the bench
 * grid (bench/grid-gen.ts), then 撤销, and prints each of 撤销's syncs (request / response bytes, actions)
 * and, per sync, the actions grouped by kind and columns read (the double's own byte count of each
 * answer, plus a rough per-action request share) — the kinds over 20 KB. Not part of `npm run bench`.
 */
import * as path from 'path';
import { Controller } from '../src/addin/controller';
import { createExcelDouble, fromGrid, DoubleContext } from '../src/double';
import type { Action, DObject } from '../src/double/proxy/base';
import { utf8Length } from '../src/domain/utf8';
import { generateGrid } from './grid-gen';

type Tally = { n: number; req: number; resp: number };

/** An action's object path, sheet and workbook steps left out, a range's address as its columns only. */
function kind(o: DObject | null): string {
  const parts: string[] = [];
  for (let p = o as (DObject & { _name?: string; _args?: unknown; _parent?: DObject | null }) | null; p; p = p._parent ?? null) {
    if (!p._name || /^(workbook|worksheets|getItem)$/.test(p._name)) continue;
    parts.unshift(p._name === 'getRange' ? `getRange(${String(p._args).replace(/\d+/g, '')})` : p._name);
  }
  return parts.join('.');
}

export async function undoReads(rows: number): Promise<string[]> {
  const xl = createExcelDouble(fromGrid(generateGrid(rows)));
  const o = xl.office;
  const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
  await h.validate();
  await h.validate();
  await h.fillSelfEvaluation();
  const tallies = new Map<string, Tally>();
  let syncNo = 1;
  const proto = DoubleContext.prototype as unknown as { _enqueue(a: Omit<Action, 'id'>): void; sync(v?: unknown): Promise<unknown> };
  const enqueue = proto._enqueue;
  const sync = proto.sync;
  proto._enqueue = function (this: DoubleContext, a: Omit<Action, 'id'>): void {
    const k = `${syncNo} ${a.type} ${a.name} ${kind(a.obj)}`;
    const t = tallies.get(k) ?? { n: 0, req: 0, resp: 0 };
    tallies.set(k, t);
    t.n++;
    t.req += utf8Length(JSON.stringify({ Args: a.args ?? null })) + 60;
    const exec = a.exec;
    const counted = a.deliver
      ? {
          ...a,
          exec: () => {
            const v = exec();
            t.resp += utf8Length(JSON.stringify(v ?? null)) + 20;
            return v;
          },
        }
      : a;
    enqueue.call(this, counted);
  };
  proto.sync = async function (this: DoubleContext, v?: unknown): Promise<unknown> {
    try {
      return await sync.call(this, v);
    } finally {
      syncNo++;
    }
  };
  const mark = xl.syncLog.length;
  try {
    await h.undo();
  } finally {
    proto._enqueue = enqueue;
    proto.sync = sync;
  }
  const MB = (b: number) => (b / 1e6).toFixed(2);
  const out = [`撤销 at ${rows} rows: ${xl.syncLog.length - mark} syncs`];
  xl.syncLog
    .slice(mark)
    .forEach((s, i) => out.push(`sync ${i + 1}: request ${MB(s.requestBytes)} MB, response ${MB(s.responseBytes)} MB, ${s.actions} actions${s.ok ? '' : ` (${s.error})`}`));
  out.push('sync kind | actions | ~request MB | response MB');
  for (const [k, t] of [...tallies].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (t.req > 20_000 || t.resp > 20_000) out.push(`${k} | ${t.n} | ${MB(t.req)} | ${MB(t.resp)}`);
  return out;
}

if (path.basename(process.argv[1] ?? '') === 'undo-reads.ts') {
  void undoReads(Number(process.argv[2] ?? 50_000)).then((lines) => console.log(lines.join('\n')));
}
