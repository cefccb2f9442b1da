/** Workbook, Application and the worksheet collection: the roots a request context starts from. */
import { DoubleError, invalidArgument } from '../errors';
import type { WorkbookState } from '../state';
import { DClientResult, DCollection, DObject, type ProxyContext } from './base';
import { DNoteCollection } from './notes';
import { DRange, DWorksheet, locate } from './range';
import { DSettingCollection } from './settings';
import { DCustomXmlPartCollection } from './xml-parts';

export class DWorkbook extends DObject {
  readonly application: DApplication;
  readonly worksheets: DWorksheetCollection;
  readonly settings: DSettingCollection;
  private _notes?: DNoteCollection<DRange>;
  private _parts?: DCustomXmlPartCollection;
  constructor(ctx: ProxyContext) {
    super(ctx, null, 'Workbook', []);
    this.application = new DApplication(ctx, this);
    this.worksheets = new DWorksheetCollection(ctx, this);
    this.settings = new DSettingCollection(ctx, this);
  }
  get notes(): DNoteCollection<DRange> {
    return (this._notes ??= new DNoteCollection(this.context, this, null, locate));
  }
  /** ExcelApi 1.5. */
  get customXmlParts(): DCustomXmlPartCollection {
    return (this._parts ??= new DCustomXmlPartCollection(this.context, this));
  }
  protected _resolve(): unknown {
    return this.context._state;
  }
  protected override _navs(): Record<string, () => DObject> {
    return {
      application: () => this.application,
      worksheets: () => this.worksheets,
      settings: () => this.settings,
      notes: () => this.notes,
      customXmlParts: () => this.customXmlParts,
    };
  }
  getSelectedRange(): DRange {
    return new DRange(this.context, this, 'getSelectedRange', [], () => {
      const sel = this.context._double._selection;
      const state = this.context._state;
      if (sel) {
        const s = state.sheet(sel.sheet);
        if (s) return { sheet: s, rect: sel.rect };
      }
      return { sheet: state.sheets[state.active], rect: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
}

export class DApplication extends DObject {
  constructor(ctx: ProxyContext, parent: DObject) {
    super(ctx, parent, 'application', []);
  }
  protected _resolve(): unknown {
    return this.context._state;
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return { calculationMode: (h: WorkbookState) => h.calculationMode };
  }
  get calculationMode(): string {
    return this._get('calculationMode');
  }
  /** ExcelApi 1.8 for set. */
  set calculationMode(v: string) {
    this._set<WorkbookState>(
      'calculationMode',
      v,
      (h) => {
        if (v !== 'Automatic' && v !== 'AutomaticExceptTables' && v !== 'Manual') throw invalidArgument();
        h.calculationMode = v;
      },
      '1.8',
    );
  }
  /** Recalculates every open workbook (here: the one). */
  calculate(calculationType: string): void {
    this._call<WorkbookState>('calculate', [calculationType], (h) => {
      h.calculateCalls.push(`application:${calculationType}`);
      h.recalc();
    });
  }
  suspendApiCalculationUntilNextSync(): void {
    this._call('suspendApiCalculationUntilNextSync', [], () => this.context._suspendCalculation(), '1.6');
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this._call(
      'suspendScreenUpdatingUntilNextSync',
      [],
      () => {
        this.context._double.screenUpdatingSuspensions++;
      },
      '1.9',
    );
  }
}

export class DWorksheetCollection extends DCollection<DWorksheet> {
  constructor(ctx: ProxyContext, parent: DObject) {
    super(ctx, parent, 'worksheets', []);
  }
  protected _resolve(): unknown {
    return this.context._state;
  }
  protected _keys(): unknown[] {
    return this.context._state.sheets.map((s) => s.name);
  }
  protected _item(key: unknown): DWorksheet {
    return new DWorksheet(this.context, this, 'getItem', [key], () => this.context._state.sheet(String(key)));
  }
  getActiveWorksheet(): DWorksheet {
    return new DWorksheet(this.context, this, 'getActiveWorksheet', [], () => {
      const h = this.context._state;
      return h.sheets[h.active];
    });
  }
  getItem(key: string): DWorksheet {
    return new DWorksheet(this.context, this, 'getItem', [key], () => this.context._state.sheet(key));
  }
  getItemOrNullObject(key: string): DWorksheet {
    return new DWorksheet(this.context, this, 'getItemOrNullObject', [key], () => this.context._state.sheet(key) ?? null, true, '1.4');
  }
  getCount(): DClientResult<number> {
    return this._callResult<WorkbookState, number>('getCount', [], (h) => h.sheets.length, '1.4');
  }
  add(name?: string): DWorksheet {
    let chosen: string | undefined = name;
    const ws = new DWorksheet(this.context, this, 'add', [name ?? null], () => {
      const h = this.context._state;
      return h.sheet(chosen ?? '') ?? null;
    });
    this._call<WorkbookState>('add', [name ?? null], (h) => {
      if (!chosen) {
        let i = h.sheets.length + 1;
        while (h.sheet(`Sheet${i}`)) i++;
        chosen = `Sheet${i}`;
      }
      if (h.sheet(chosen)) throw new DoubleError('ItemAlreadyExists', 'A resource with the same name or identifier already exists.');
      h.addSheet(chosen);
    });
    return ws;
  }
}
