/**
 * The preview's worksheet: an HTML table of the active sheet (merges, fills, notes as a marker and a
 * tooltip) with a formula bar to type into a cell. Cell text is only ever a React text node.
 */
import * as React from 'react';
import { useEffect, useRef, useState } from 'react';
import type { CellView } from './data';

export interface GridViewProps {
  sheet: string;
  grid: CellView[][];
  widths: number[];
  selected: string | null;
  onSelect(cell: string): void;
  onEdit(cell: string, text: string): void;
}

function colName(i: number): string {
  let s = '';
  let n = i + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function GridView({ sheet, grid, widths, selected, onSelect, onEdit }: GridViewProps): React.JSX.Element {
  const cols = grid[0]?.length ?? 0;
  const current = selected ? (grid.flat().find((c) => c.address === selected) ?? null) : null;
  const [draft, setDraft] = useState('');
  const tableRef = useRef<HTMLTableElement>(null);

  useEffect(() => {
    setDraft(current?.formula ?? current?.text ?? '');
    if (selected) tableRef.current?.querySelector(`[data-address="${selected}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selected, current?.text, current?.formula]);

  return (
    <div className="sheet">
      <form
        className="formula-bar"
        onSubmit={(e) => {
          e.preventDefault();
          if (selected) onEdit(selected, draft);
        }}
      >
        <label htmlFor="cell-input" className="cell-name">
          {selected ?? '—'}
        </label>
        <input id="cell-input" value={draft} disabled={!selected} onChange={(e) => setDraft(e.target.value)} placeholder="选择单元格后可在此输入，按 Enter 确认" />
      </form>
      <div className="grid-scroll" tabIndex={0} aria-label={`工作表“${sheet}”`} role="region">
        <table ref={tableRef} className="grid" data-testid="grid">
          <colgroup>
            <col style={{ width: 40 }} />
            {Array.from({ length: cols }, (_, j) => (
              <col key={j} style={{ width: Math.round((widths[j] ?? 9) * 7 + 10) }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className="corner" />
              {Array.from({ length: cols }, (_, j) => (
                <th key={j} scope="col">
                  {colName(j)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.map((row, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                {row.map((c) =>
                  c.covered ? null : (
                    <td
                      key={c.address}
                      data-address={c.address}
                      data-fill={c.fill ?? undefined}
                      rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                      colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                      title={c.note ?? undefined}
                      className={[c.note ? 'has-note' : '', c.address === selected ? 'selected' : '', c.bold ? 'bold' : ''].join(' ').trim() || undefined}
                      style={c.fill ? { backgroundColor: c.fill } : undefined}
                      onClick={() => onSelect(c.address)}
                    >
                      {c.text}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
