/**
 * The base of the Office-shaped proxies: queued actions, client results, loads, *OrNullObject, collections.
 * Reading a scalar property that was not loaded (or whose load has not been synced yet) throws
 * `PropertyNotLoaded` with Office's message; setters and methods are queued until `context.sync()`.
 */
import type { WorkbookState } from '../state';
import type { DoubleSession } from '../session';
import { DoubleError, itemNotFound, notImplemented, propertyNotLoaded } from '../errors';
import { loadPaths, type LoadSpec } from '../load-spec';

export type ActionType = 'SetProperty' | 'Method' | 'Query';

export interface Action {
  id: number;
  obj: DObject;
  type: ActionType;
  name: string;
  args: unknown;
  minVersion?: string;
  /** Runs on the workbook state; returns the query result (JSON-able) for Query actions. */
  exec(): unknown;
  /** Delivers a query result to the proxies once the batch succeeded. */
  deliver?(result: unknown): void;
}

/** What the proxies need of their request context (DoubleContext implements it). */
export interface ProxyContext {
  readonly _double: DoubleSession;
  readonly _state: WorkbookState;
  readonly _syncNo: number;
  readonly _nullables: Set<DObject>;
  _newId(): number;
  _enqueue(a: Omit<Action, 'id'>): void;
  _require(version: string, what: string): void;
  _ensureCalculated(): void;
  _suspendCalculation(): void;
}

export class DClientResult<T> {
  private _v: T | undefined;
  private _set = false;
  _deliver(v: T): void {
    this._v = v;
    this._set = true;
  }
  get value(): T {
    if (!this._set) {
      throw new DoubleError(
        'ValueNotLoaded',
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this._v as T;
  }
}

export const NULL = Symbol('null object');

export abstract class DObject {
  readonly _id: number;
  _loaded = new Map<string, unknown>();
  _isNull: boolean | undefined;
  private _cacheSync = -1;
  private _cache: unknown;

  constructor(
    readonly context: ProxyContext,
    readonly _parent: DObject | null,
    readonly _name: string,
    readonly _args: unknown[],
    readonly _nullable = false,
    readonly _minVersion?: string,
  ) {
    this._id = context._newId();
    if (_nullable) context._nullables.add(this);
  }

  get isNullObject(): boolean {
    if (!this._nullable) return false;
    if (this._isNull === undefined) throw propertyNotLoaded('isNullObject');
    return this._isNull;
  }

  /** Resolve to the target in the workbook state (null for a missing *OrNullObject). */
  protected abstract _resolve(): unknown;

  /** Scalar properties: name → getter on the target. */
  protected _scalars(): Record<string, (t: never) => unknown> {
    return {};
  }

  /** Navigation properties: name → child proxy. */
  protected _navs(): Record<string, () => DObject> {
    return {};
  }

  _target(): unknown {
    const ctx = this.context;
    if (this._cacheSync === ctx._syncNo) return this._cache;
    if (this._minVersion) ctx._require(this._minVersion, this._name);
    let t: unknown;
    try {
      if (this._parent && this._parent._target() === NULL) {
        if (!this._nullable) throw itemNotFound(this._name);
        t = NULL;
      } else {
        t = this._resolve();
        if (t === null || t === undefined) {
          if (!this._nullable) throw itemNotFound(this._name);
          t = NULL;
        }
      }
    } catch (e) {
      if (this._nullable && e instanceof DoubleError && e.code === 'ItemNotFound') t = NULL;
      else throw e;
    }
    this._cacheSync = ctx._syncNo;
    this._cache = t;
    return t;
  }

  /** The target for a set or a method: a null object cannot take either. */
  _live<T>(): T {
    const t = this._target();
    if (t === NULL) throw itemNotFound(this._name);
    return t as T;
  }

  protected _get<T>(prop: string): T {
    if (this._loaded.has(prop)) return this._loaded.get(prop) as T;
    throw propertyNotLoaded(prop);
  }

  protected _set<T>(prop: string, value: unknown, apply: (t: T) => void, minVersion?: string): void {
    this._loaded.set(prop, value);
    this.context._enqueue({
      obj: this,
      type: 'SetProperty',
      name: prop,
      args: [value],
      minVersion,
      exec: () => apply(this._live<T>()),
    });
  }

  protected _call<T>(name: string, args: unknown[], apply: (t: T) => void, minVersion?: string): void {
    this.context._enqueue({
      obj: this,
      type: 'Method',
      name,
      args,
      minVersion,
      exec: () => apply(this._live<T>()),
    });
  }

  protected _callResult<T, R>(name: string, args: unknown[], compute: (t: T) => R, minVersion?: string): DClientResult<R> {
    const result = new DClientResult<R>();
    this.context._enqueue({
      obj: this,
      type: 'Method',
      name,
      args,
      minVersion,
      exec: () => compute(this._live<T>()),
      deliver: (v) => result._deliver(v as R),
    });
    return result;
  }

  /** Queue a load; `this` is returned, as in office.js. */
  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    const scalars = this._scalars();
    const navs = this._navs();
    for (const p of paths ?? Object.keys(scalars)) {
      if (p === '$all') {
        own.push(...Object.keys(scalars));
        continue;
      }
      const slash = p.indexOf('/');
      const head = slash < 0 ? p : p.slice(0, slash);
      const rest = slash < 0 ? '' : p.slice(slash + 1);
      if (navs[head]) {
        const list = nested.get(head) ?? [];
        list.push(rest || '$all');
        nested.set(head, list);
      } else if (scalars[head]) {
        own.push(head);
      } else {
        // Office rejects an unknown property at sync time.
        this.context._enqueue({
          obj: this,
          type: 'Query',
          name: 'load',
          args: { Select: [p] },
          exec: () => {
            throw new DoubleError('PropertyNotLoaded', `The property '${p}' does not exist on this object.`, p);
          },
        });
      }
    }
    for (const [head, rest] of nested) navs[head]().load(rest);
    if (own.length || !nested.size) this._queueQuery([...new Set(own)]);
    return this;
  }

  protected _queueQuery(props: string[]): void {
    const scalars = this._scalars();
    this.context._enqueue({
      obj: this,
      type: 'Query',
      name: 'load',
      args: { Select: props },
      exec: () => {
        const t = this._target();
        const out: Record<string, unknown> = {};
        if (this._nullable) out._IsNull = t === NULL;
        for (const p of props) {
          if (t === NULL) out[p] = null;
          else {
            if (p === 'values' || p === 'text') this.context._ensureCalculated();
            out[p] = (scalars[p] as (x: unknown) => unknown)(t);
          }
        }
        return out;
      },
      deliver: (r) => {
        const o = r as Record<string, unknown>;
        for (const p of props) this._loaded.set(p, o[p]);
      },
    });
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** A proxy whose target is looked up when its batch runs: a sheet, a range, its areas, a note, a comment. */
export abstract class DFound<T> extends DObject {
  constructor(
    ctx: ProxyContext,
    parent: DObject | null,
    name: string,
    args: unknown[],
    protected readonly _find: () => T | null | undefined,
    nullable = false,
    minVersion?: string,
  ) {
    super(ctx, parent, name, args, nullable, minVersion);
  }
  protected _resolve(): unknown {
    return this._find() ?? null;
  }
  /** The target for a collection's item load (collections.load), as the batch sees it. */
  _resolveFor(): unknown {
    return this._find();
  }
}

export abstract class DCollection<T extends DObject> extends DObject {
  protected _items: T[] | undefined;
  get items(): T[] {
    if (!this._items) throw propertyNotLoaded('items');
    return this._items;
  }
  /** Host keys of the items, at execution time. */
  protected abstract _keys(): unknown[];
  protected abstract _item(key: unknown): T;

  override load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    const item = (k: unknown): T => this._item(k);
    // Collection loads name item properties, with or without an "items/" prefix.
    const props = (paths ?? ['$all']).map((p) => (p.startsWith('items/') ? p.slice(6) : p === 'items' ? '$all' : p));
    const probe = item(undefined);
    const scalars = (probe as unknown as { _scalars(): Record<string, (t: never) => unknown> })._scalars();
    const wanted = props.includes('$all') ? Object.keys(scalars) : props.filter((p) => scalars[p]);
    const nested = props.filter((p) => p.includes('/'));
    if (nested.length) throw notImplemented(`nested collection loads (${nested.join(', ')})`);
    this.context._enqueue({
      obj: this,
      type: 'Query',
      name: 'load',
      args: { Select: wanted.map((w) => 'items/' + w) },
      exec: () => {
        this._live();
        return this._keys().map((k) => {
          const o = item(k);
          const t = (o as unknown as { _resolveFor(): unknown })._resolveFor();
          const out: Record<string, unknown> = {};
          for (const w of wanted) out[w] = (scalars[w] as (x: unknown) => unknown)(t);
          return { key: k, props: out };
        });
      },
      deliver: (r) => {
        this._items = (r as { key: unknown; props: Record<string, unknown> }[]).map(({ key, props: p }) => {
          const o = item(key);
          for (const [k, v] of Object.entries(p)) o._loaded.set(k, v);
          return o;
        });
      },
    });
    return this;
  }
}
