/** Workbook.settings (ExcelApi 1.4): add-in settings kept in the document. */
import type { WorkbookState } from '../state';
import { DCollection, DObject, type ProxyContext } from './base';

export class DSettingCollection extends DCollection<DSetting> {
  constructor(ctx: ProxyContext, parent: DObject) {
    super(ctx, parent, 'settings', [], false, '1.4');
  }
  protected _resolve(): unknown {
    return this.context._state;
  }
  protected _keys(): unknown[] {
    return [...this.context._state.settings.keys()];
  }
  protected _item(key: unknown): DSetting {
    return new DSetting(this.context, this, '_item', [key ?? null], String(key));
  }
  add(key: string, value: unknown): DSetting {
    this._call<WorkbookState>('add', [key, value], (h) => h.setSetting(key, JSON.parse(JSON.stringify(value))));
    return new DSetting(this.context, this, 'add', [key], key);
  }
  getItem(key: string): DSetting {
    return new DSetting(this.context, this, 'getItem', [key], key);
  }
  getItemOrNullObject(key: string): DSetting {
    return new DSetting(this.context, this, 'getItemOrNullObject', [key], key, true);
  }
}

export class DSetting extends DObject {
  constructor(
    ctx: ProxyContext,
    parent: DObject,
    name: string,
    args: unknown[],
    private readonly _key: string,
    nullable = false,
  ) {
    super(ctx, parent, name, args, nullable, '1.4');
  }
  protected _resolve(): unknown {
    return this.context._state.settings.has(this._key) ? this._key : null;
  }
  _resolveFor(): unknown {
    return this._key;
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return { key: (k: string) => k, value: (k: string) => this.context._state.settings.get(k) ?? null };
  }
  get key(): string {
    return this._get('key');
  }
  get value(): unknown {
    return this._get('value');
  }
  set value(v: unknown) {
    this._set<string>('value', v, (k) => this.context._state.setSetting(k, JSON.parse(JSON.stringify(v))));
  }
  delete(): void {
    this._call<string>('delete', [], (k) => this.context._state.setSetting(k, undefined));
  }
}
