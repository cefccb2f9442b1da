/**
 * `npm run preview` with `?host=wps`: the WPS shell against the ET fake — the ribbon's 绩效表助手
 * group (一键校验, 打开助手) driving the same callbacks as in WPS, the demo workbook as a grid, and
 * the task pane the ribbon opens: the same React pane, on the WPS host. The count of calls into
 * "WPS" is shown, as WPS's budget is calls (every one crosses into the WPS process).
 */
import * as React from 'react';
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import type { Host } from '../ui/host';
import { GridView } from '../preview/GridView';
import type { CellView, PreviewData } from '../preview/data';
import { dataToGrid } from '../double';
import { createEtFake, type EtFake } from '../wps-fake';
import { colLetters } from '../sheet/a1';
import { fromBgr } from '../wps-api/et';
import { makeRibbon } from '../wps/ribbon';
import type { WpsTaskPane } from '../wps/wps-api';
import { connectToWps } from '../wps/connect';

/** What the grid shows of the fake's active sheet (not counted as calls: it is the screen, not the add-in). */
function view(fake: EtFake): CellView[][] {
  const s = fake.book.sheets[0];
  const e = s.extent();
  if (!e) return [];
  const out: CellView[][] = [];
  for (let row = 1; row <= e.bottom; row++) {
    const line: CellView[] = [];
    for (let col = 1; col <= e.right; col++) {
      const c = s.get(row, col);
      const m = s.mergeAt(row, col);
      const v = fake.book.value(s, row, col);
      line.push({
        address: `${colLetters(col)}${row}`,
        text: v === null ? '' : typeof v === 'number' && c?.nf?.includes('%') ? `${Math.round(v * 10000) / 100}%` : String(v),
        formula: c?.f ?? null,
        fill: c?.fill === undefined ? null : fromBgr(c.fill),
        note: c?.comment ?? null,
        bold: !!c?.bold,
        rowSpan: m && m.top === row && m.left === col ? m.bottom - m.top + 1 : 1,
        colSpan: m && m.top === row && m.left === col ? m.right - m.left + 1 : 1,
        covered: !!m && !(m.top === row && m.left === col),
      });
    }
    out.push(line);
  }
  return out;
}

/** The host, telling the page after each action so the grid repaints. */
function notifying(h: Host, changed: () => void): Host {
  return new Proxy(h, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        const r = (v as (...a: unknown[]) => unknown).apply(target, args);
        if (r instanceof Promise) return r.finally(changed);
        return r;
      };
    },
  });
}

function Shell({ fake, columnWidths }: { fake: EtFake; columnWidths: number[] }): React.JSX.Element {
  const [, setTick] = useState(0);
  const [paneOpen, setPaneOpen] = useState(false);
  const [status, setStatus] = useState('WPS 表格（模拟）：点功能区的按钮试用。');
  const changed = () => setTick((n) => n + 1);
  const host = useMemo(() => notifying(connectToWps(fake.app), changed), [fake]);
  const ribbon = useMemo(() => {
    const panes = new Map<number, WpsTaskPane>();
    return makeRibbon({
      app: () => fake.app,
      wps: () => ({
        CreateTaskPane: () => {
          const pane = {
            ID: panes.size + 1,
            set Visible(v: boolean) {
              setPaneOpen(v);
            },
            get Visible() {
              return true;
            },
          };
          panes.set(pane.ID, pane);
          return pane;
        },
        GetTaskPane: (id) => panes.get(Number(id)) ?? null,
      }),
      paneUrl: () => 'taskpane.html',
      alert: (text) => {
        setStatus(text.replace(/\n/g, ' · '));
        changed();
      },
    });
  }, [fake]);
  useEffect(() => {
    const w = window as unknown as { __jixiaoWps?: unknown };
    w.__jixiaoWps = { fake, host, ribbon };
  }, [fake, host, ribbon]);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: '100vh' }}>
      {/* The mock ribbon is a named region: every part of the page sits in a landmark (axe). */}
      <div role="region" aria-label="功能区">
        <div
          role="toolbar"
          aria-label="绩效表助手"
          style={{ display: 'flex', gap: 8, alignItems: 'center', padding: '6px 10px', background: '#f5f5f5', borderBottom: '1px solid #d1d1d1' }}
        >
          <strong style={{ color: '#c0392b', flexShrink: 0, whiteSpace: 'nowrap' }}>WPS 表格 · 绩效表助手</strong>
          <button type="button" style={{ flexShrink: 0, whiteSpace: 'nowrap' }} onClick={() => void ribbon.OnAction({ Id: 'jixiaoCheck' }).finally(changed)}>
            一键校验
          </button>
          <button type="button" style={{ flexShrink: 0, whiteSpace: 'nowrap' }} onClick={() => void ribbon.OnAction({ Id: 'jixiaoPane' })}>
            打开助手
          </button>
          <span role="status" style={{ fontSize: 12, color: '#424242' }}>
            {status}（已调用 WPS {fake.calls} 次）
          </span>
        </div>
      </div>
      <div className="layout" style={{ flex: 1, minHeight: 0, height: 'auto' }}>
        <section className="workbook" aria-label="演示工作簿">
          <p className="workbook-title" style={{ background: '#c0392b' }}>
            演示工作簿 · {fake.book.sheets[0].name}（WPS 表格伪对象）
          </p>
          <GridView
            sheet={fake.book.sheets[0].name}
            grid={view(fake)}
            widths={columnWidths}
            selected={null}
            onSelect={(cell) => void host.select(fake.book.sheets[0].name, cell)}
            onEdit={(cell, text) => {
              fake.app.ActiveSheet!.Range(cell).Value2 = text;
              changed();
            }}
          />
        </section>
        {paneOpen ? (
          <div className="pane">
            <App host={host} connectError={null} />
          </div>
        ) : null}
      </div>
    </div>
  );
}

export async function mountWpsPreview(container: HTMLElement): Promise<void> {
  const data = (await import(/* webpackChunkName: "demo-grid" */ '../preview/demo-grid.json')).default as unknown as PreviewData;
  const fake = createEtFake(data.workbook.sheets.map(dataToGrid));
  createRoot(container).render(<Shell fake={fake} columnWidths={data.columnWidths[fake.book.sheets[0].name] ?? []} />);
}
