/** Range.format, .format.fill and .format.font (on a range or on areas). */
import { eachCell, noFillProps, rectsOf, uniform, type AreasT, type RangeT } from '../cells';
import { normalizeColor, type Cell } from '../state';
import { DObject, type ProxyContext } from './base';

export class DRangeFormat extends DObject {
  readonly fill: DRangeFill;
  readonly font: DRangeFont;
  constructor(ctx: ProxyContext, parent: DObject) {
    super(ctx, parent, 'format', []);
    this.fill = new DRangeFill(ctx, this);
    this.font = new DRangeFont(ctx, this);
  }
  protected _resolve(): unknown {
    return this._parent?._target();
  }
  protected override _navs(): Record<string, () => DObject> {
    return { fill: () => this.fill, font: () => this.font };
  }
}

export class DRangeFill extends DObject {
  constructor(ctx: ProxyContext, parent: DRangeFormat) {
    super(ctx, parent, 'fill', []);
  }
  protected _resolve(): unknown {
    return this._parent?._target();
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return {
      color: (t: RangeT | AreasT) => uniform(rectsOf(t), t.sheet, (c) => (c?.fill ?? noFillProps()).color),
      pattern: (t: RangeT | AreasT) => uniform(rectsOf(t), t.sheet, (c) => (c?.fill ?? noFillProps()).pattern),
    };
  }
  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set<RangeT | AreasT>('color', v, (t) => {
      const color = normalizeColor(v);
      eachCell(rectsOf(t), (i, j) => {
        const old = t.sheet.get(i, j);
        t.sheet.set(i, j, { ...(old ?? { v: '' }), fill: { color, pattern: 'Solid' } });
      });
    });
  }
  get pattern(): string {
    return this._get('pattern');
  }
  clear(): void {
    this._call<RangeT | AreasT>('clear', [], (t) => {
      eachCell(rectsOf(t), (i, j) => {
        const old = t.sheet.get(i, j);
        if (!old?.fill) return;
        const next: Cell = { ...old };
        delete next.fill;
        t.sheet.set(i, j, next.v === '' && next.f === undefined && !next.nf && !next.bold && !next.qp ? undefined : next);
      });
    });
  }
}

export class DRangeFont extends DObject {
  constructor(ctx: ProxyContext, parent: DRangeFormat) {
    super(ctx, parent, 'font', []);
  }
  protected _resolve(): unknown {
    return this._parent?._target();
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return { bold: (t: RangeT | AreasT) => uniform(rectsOf(t), t.sheet, (c) => !!c?.bold) };
  }
  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set<RangeT | AreasT>('bold', v, (t) => {
      eachCell(rectsOf(t), (i, j) => {
        const old = t.sheet.get(i, j);
        const next: Cell = { ...(old ?? { v: '' }) };
        if (v) next.bold = true;
        else delete next.bold;
        t.sheet.set(i, j, next.v === '' && next.f === undefined && !next.nf && !next.fill && !next.bold && !next.qp ? undefined : next);
      });
    });
  }
}
