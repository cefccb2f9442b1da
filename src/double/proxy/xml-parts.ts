/**
 * Workbook.customXmlParts (ExcelApi 1.5): XML kept in the document, seen by every runtime on it (the
 * pane and the ribbon's function file share the workbook, unlike Office.context.document.settings).
 * Modelled: add (a part must be one well-formed element; its namespace is the root's xmlns), getItem /
 * getItemOrNullObject by id, getByNamespace, getCount, and a part's id, namespaceUri, getXml, setXml,
 * delete. Limits: the per-sync payload (context.ts) and XML_PART_LIMIT bytes a part (session.ts, a
 * guess). A part's changes are rolled back with a failed sync but are not on Excel's undo stack (Ctrl+Z
 * leaves them: a guess, real-Excel checklist).
 */
import { DoubleError, invalidArgument } from '../errors';
import type { WorkbookState } from '../state';
import { utf8Length } from '../../domain/utf8';
import { xmlNamespace } from '../xml-part-text';
import { DClientResult, DCollection, DFound, type DObject, type ProxyContext } from './base';

const MIN = '1.5';

/** Part ids as Excel gives them (a GUID in braces), unique across doubles. */
let made = 0;
const newId = (): string => `{${(++made).toString(16).padStart(8, '0')}-4a58-4000-8000-000000000000}`;

function checked(xml: string, limit: number): string {
  if (typeof xml !== 'string') throw invalidArgument('xml');
  const ns = xmlNamespace(xml);
  if (ns === null) throw invalidArgument('xml');
  if (utf8Length(xml) > limit) throw new DoubleError('GeneralException', 'An internal error has occurred.', 'CustomXmlPart');
  return ns;
}

export class DCustomXmlPartCollection extends DCollection<DCustomXmlPart> {
  constructor(
    ctx: ProxyContext,
    parent: DObject,
    name = 'customXmlParts',
    args: unknown[] = [],
    private readonly _ns: string | null = null,
  ) {
    super(ctx, parent, name, args, false, MIN);
  }
  protected _resolve(): unknown {
    return this.context._state;
  }
  protected _keys(): unknown[] {
    return [...this.context._state.xmlParts].filter(([, p]) => this._ns === null || p.ns === this._ns).map(([id]) => id);
  }
  protected _item(key: unknown): DCustomXmlPart {
    return new DCustomXmlPart(this.context, this, 'getItem', [key ?? null], () => (this._has(String(key)) ? String(key) : null));
  }
  private _has(id: string): boolean {
    const p = this.context._state.xmlParts.get(id);
    return !!p && (this._ns === null || p.ns === this._ns);
  }
  add(xml: string): DCustomXmlPart {
    let added: string | null = null;
    // As office.js sends it: the part's object path carries the XML (a method path), the action only instantiates it.
    this._call<WorkbookState>('add', [], (h) => {
      const ns = checked(xml, this.context._double.options.xmlPartLimit);
      const id = newId();
      const old = h.xmlParts;
      h.journalOffUndoStack(() => {
        h.xmlParts = old;
      });
      h.xmlParts = new Map(old).set(id, { ns, xml });
      added = id;
    });
    return new DCustomXmlPart(this.context, this, 'add', [xml], () => added);
  }
  getItem(id: string): DCustomXmlPart {
    return new DCustomXmlPart(this.context, this, 'getItem', [id], () => (this._has(id) ? id : null));
  }
  getItemOrNullObject(id: string): DCustomXmlPart {
    return new DCustomXmlPart(this.context, this, 'getItemOrNullObject', [id], () => (this._has(id) ? id : null), true);
  }
  getByNamespace(namespaceUri: string): DCustomXmlPartCollection {
    return new DCustomXmlPartCollection(this.context, this, 'getByNamespace', [namespaceUri], namespaceUri);
  }
  getCount(): DClientResult<number> {
    return this._callResult<WorkbookState, number>('getCount', [], () => this._keys().length, MIN);
  }
}

export class DCustomXmlPart extends DFound<string> {
  constructor(ctx: ProxyContext, parent: DObject, name: string, args: unknown[], find: () => string | null, nullable = false) {
    super(ctx, parent, name, args, find, nullable, MIN);
  }
  protected override _scalars(): Record<string, (t: never) => unknown> {
    return { id: (id: string) => id, namespaceUri: (id: string) => this.context._state.xmlParts.get(id)?.ns ?? null };
  }
  get id(): string {
    return this._get('id');
  }
  get namespaceUri(): string {
    return this._get('namespaceUri');
  }
  getXml(): DClientResult<string> {
    return this._callResult<string, string>('getXml', [], (id) => this.context._state.xmlParts.get(id)!.xml, MIN);
  }
  setXml(xml: string): void {
    this._call<string>(
      'setXml',
      [xml],
      (id) => {
        const h = this.context._state;
        const ns = checked(xml, this.context._double.options.xmlPartLimit);
        const old = h.xmlParts;
        h.journalOffUndoStack(() => {
          h.xmlParts = old;
        });
        h.xmlParts = new Map(old).set(id, { ns, xml });
      },
      MIN,
    );
  }
  delete(): void {
    this._call<string>(
      'delete',
      [],
      (id) => {
        const h = this.context._state;
        const old = h.xmlParts;
        h.journalOffUndoStack(() => {
          h.xmlParts = old;
        });
        const next = new Map(old);
        next.delete(id);
        h.xmlParts = next;
      },
      MIN,
    );
  }
}
