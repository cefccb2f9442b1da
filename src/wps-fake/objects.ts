/**
 * The ET objects the add-in holds: thin proxies over the workbook state, each member access one
 * counted call (in WPS every access crosses into the WPS process). `style` decides whether the
 * members that differ between builds (Address, Count, Comment.Text) are properties or methods.
 */
// One line per ET interface would only lengthen the file:
// prettier-ignore
import type {
  EtApplication, EtCells, EtComment, EtComments, EtCount, EtDocProperties, EtDocProperty, EtFont, EtInterior, EtRange, EtWorkbook, EtWorksheet, EtWorksheets,
} from '../wps-api/et';
import { colLetters, parseRect, type Rect } from '../sheet/a1';
import { translateFormula } from '../sheet/relative';
import { cellKey, EtBookState, EtSheetState, keyCol, keyRow, XL_SHEET_VISIBLE, type EtCell, type Scalar } from './book';

export type MemberStyle = 'property' | 'method';

export class CallCounter {
  calls = 0;
  byMember = new Map<string, number>();
  tick(name: string): void {
    this.calls++;
    this.byMember.set(name, (this.byMember.get(name) ?? 0) + 1);
  }
}

export interface FakeEnv {
  book: EtBookState;
  counter: CallCounter;
  style: MemberStyle;
}

const XL_NONE = -4142;
const NO_FILL_COLOR = 16777215;

/** A member in the build's style: a plain value, or a method returning it. */
function styled<T>(env: FakeEnv, name: string, get: () => T): T {
  if (env.style === 'property') {
    env.counter.tick(name);
    return get();
  }
  return ((): T => {
    env.counter.tick(name);
    return get();
  }) as unknown as T;
}

/** What typing `input` into a cell makes of it (as ET parses a value written through Value2 or Formula). */
export function parseInput(old: EtCell | undefined, input: unknown): EtCell {
  const keep: EtCell = { v: null, nf: old?.nf, fill: old?.fill, bold: old?.bold, comment: old?.comment };
  if (input === null || input === undefined || input === '') return keep;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new Error('类型不匹配');
    return { ...keep, v: input };
  }
  if (typeof input === 'boolean') return { ...keep, v: input };
  if (input instanceof Date) throw new Error('类型不匹配：日期请写序列号');
  const s = String(input);
  if (s.startsWith("'")) return { ...keep, v: s.slice(1) };
  if (s.startsWith('=') && s.length > 1 && keep.nf !== '@') return { ...keep, v: old?.f !== undefined ? old.v : 0, f: s };
  if (keep.nf === '@') return { ...keep, v: s };
  const t = s.trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { ...keep, v: Number(t) };
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)%$/.test(t)) return { ...keep, v: Number(t.slice(0, -1)) / 100, nf: keep.nf ?? '0%' };
  if (/^(true|false)$/i.test(t)) return { ...keep, v: /^true$/i.test(t) };
  return { ...keep, v: s };
}

function formulaText(c: EtCell | undefined): string {
  if (!c) return '';
  if (c.f !== undefined) return c.f;
  if (c.v === null) return '';
  if (typeof c.v === 'boolean') return c.v ? 'TRUE' : 'FALSE';
  return String(c.v);
}

class FakeCount implements EtCount {
  constructor(
    private env: FakeEnv,
    private n: () => number,
    private name: string,
  ) {}
  get Count(): number {
    return styled(this.env, this.name, this.n);
  }
}

class FakeInterior implements EtInterior {
  constructor(private r: FakeRange) {}
  get Color(): number | null {
    this.r.env.counter.tick('Interior.Color');
    return this.r.uniform((c) => c?.fill ?? NO_FILL_COLOR);
  }
  set Color(bgr: number | null) {
    this.r.env.counter.tick('Interior.Color=');
    if (typeof bgr !== 'number' || bgr < 0 || bgr > 0xffffff) throw new Error('颜色值无效');
    this.r.each((c) => ({ ...c, fill: bgr }));
  }
  get Pattern(): number | null {
    this.r.env.counter.tick('Interior.Pattern');
    return this.r.uniform((c) => (c?.fill === undefined ? XL_NONE : 1));
  }
  set Pattern(p: number | null) {
    this.r.env.counter.tick('Interior.Pattern=');
    if (p === XL_NONE) this.r.each((c) => ({ ...c, fill: undefined }));
    else this.r.each((c) => ({ ...c, fill: c.fill ?? NO_FILL_COLOR }));
  }
}

class FakeFont implements EtFont {
  constructor(private r: FakeRange) {}
  get Bold(): boolean | null {
    this.r.env.counter.tick('Font.Bold');
    return this.r.uniform((c) => !!c?.bold);
  }
  set Bold(b: boolean | null) {
    this.r.env.counter.tick('Font.Bold=');
    this.r.each((c) => ({ ...c, bold: b ? true : undefined }));
  }
}

class FakeComment implements EtComment {
  constructor(
    private env: FakeEnv,
    private sheet: EtSheetState,
    private row: number,
    private col: number,
  ) {}
  get Text(): string {
    return styled(this.env, 'Comment.Text', () => this.sheet.get(this.row, this.col)?.comment ?? '');
  }
  get Parent(): EtRange {
    this.env.counter.tick('Comment.Parent');
    return new FakeRange(this.env, this.sheet, { top: this.row, left: this.col, bottom: this.row, right: this.col });
  }
  Delete(): void {
    this.env.counter.tick('Comment.Delete');
    const c = this.sheet.get(this.row, this.col);
    if (c) this.sheet.put(this.row, this.col, { ...c, comment: undefined });
  }
}

class FakeComments implements EtComments {
  private keys: number[] | null = null;
  constructor(
    private env: FakeEnv,
    private sheet: EtSheetState,
  ) {}
  private list(): number[] {
    // ET lists comments row by row (a collection object is read while nothing changes).
    return (this.keys ??= [...this.sheet.cells]
      .filter(([, c]) => c.comment !== undefined)
      .map(([k]) => k)
      .sort((a, b) => a - b));
  }
  get Count(): number {
    return styled(this.env, 'Comments.Count', () => this.list().length);
  }
  Item(index: number): EtComment {
    this.env.counter.tick('Comments.Item');
    const k = this.list()[index - 1];
    if (k === undefined) throw new Error('下标越界');
    return new FakeComment(this.env, this.sheet, keyRow(k), keyCol(k));
  }
}

export class FakeRange implements EtRange {
  /** Every area of a multi-area range ("A1,B3:B5"); contents go to the first, formats to all. */
  readonly areas: Rect[];
  constructor(
    readonly env: FakeEnv,
    readonly sheet: EtSheetState,
    readonly rect: Rect,
    areas?: Rect[],
  ) {
    this.areas = areas ?? [rect];
  }

  private tick(name: string): void {
    this.env.counter.tick(name);
  }

  /** The cells' common value of `f`, or null when they differ. */
  uniform<T>(f: (c: EtCell | undefined) => T): T | null {
    let first: T | undefined;
    for (const r of this.areas) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const v = f(this.sheet.get(row, col));
          if (first === undefined) first = v;
          else if (v !== first) return null;
        }
      }
    }
    return first as T;
  }

  each(change: (c: EtCell) => EtCell): void {
    for (const r of this.areas) {
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) this.sheet.put(row, col, change(this.sheet.get(row, col) ?? { v: null }));
      }
    }
    this.env.book.changed();
  }

  private single(): boolean {
    return this.rect.top === this.rect.bottom && this.rect.left === this.rect.right;
  }

  private grid<T>(f: (row: number, col: number) => T): T | T[][] {
    const r = this.rect;
    if (this.single()) return f(r.top, r.left);
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(f(row, col));
      out.push(line);
    }
    return out;
  }

  private write(input: unknown): void {
    const r = this.rect;
    const rows = r.bottom - r.top + 1,
      cols = r.right - r.left + 1;
    if (Array.isArray(input)) {
      const arr = input as unknown[][];
      if (arr.length !== rows || arr.some((l) => !Array.isArray(l) || l.length !== cols)) throw new Error(`数组大小与区域不符（${rows}×${cols}）`);
    }
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const v = Array.isArray(input) ? (input as unknown[][])[i][j] : input;
        const row = r.top + i,
          col = r.left + j;
        // A write into a merged area's hidden cells is kept, not refused (unlike ClearContents on part of one).
        this.sheet.put(row, col, parseInput(this.sheet.get(row, col), v));
      }
    }
    this.env.book.changed();
  }

  get Row(): number {
    this.tick('Row');
    return this.rect.top;
  }
  get Column(): number {
    this.tick('Column');
    return this.rect.left;
  }
  get Address(): string {
    return styled(this.env, 'Address', () => {
      const a = (row: number, col: number) => `$${colLetters(col)}$${row}`;
      const one = (r: Rect) => (r.top === r.bottom && r.left === r.right ? a(r.top, r.left) : `${a(r.top, r.left)}:${a(r.bottom, r.right)}`);
      return this.areas.map(one).join(',');
    });
  }
  get Rows(): EtCount {
    this.tick('Rows');
    return new FakeCount(this.env, () => this.rect.bottom - this.rect.top + 1, 'Rows.Count');
  }
  get Columns(): EtCount {
    this.tick('Columns');
    return new FakeCount(this.env, () => this.rect.right - this.rect.left + 1, 'Columns.Count');
  }
  get Value2(): unknown {
    this.tick('Value2');
    const v = this.grid((row, col) => this.env.book.value(this.sheet, row, col));
    // An empty cell reads as undefined (VT_EMPTY), as ET's bridge hands it over.
    return Array.isArray(v) ? v.map((l) => l.map((x) => (x === null ? undefined : x))) : v === null ? undefined : v;
  }
  set Value2(input: unknown) {
    this.tick('Value2=');
    this.write(input);
  }
  get Formula(): unknown {
    this.tick('Formula');
    return this.grid((row, col) => formulaText(this.sheet.get(row, col)));
  }
  set Formula(input: unknown) {
    this.tick('Formula=');
    this.write(input);
  }
  get NumberFormat(): string | null {
    this.tick('NumberFormat');
    return this.uniform((c) => c?.nf ?? 'General');
  }
  set NumberFormat(nf: string | null) {
    this.tick('NumberFormat=');
    if (typeof nf !== 'string') throw new Error('数字格式须为文本');
    this.each((c) => ({ ...c, nf: nf === 'General' ? undefined : nf }));
  }
  get MergeCells(): boolean | null {
    this.tick('MergeCells');
    return this.mergedState();
  }
  private mergedState(): boolean | null {
    // Merged areas never overlap: the rectangle is all merged when their overlaps fill it.
    let covered = 0,
      some = false;
    for (const r of this.areas) {
      for (const m of this.sheet.merges) {
        const h = Math.min(m.bottom, r.bottom) - Math.max(m.top, r.top) + 1,
          w = Math.min(m.right, r.right) - Math.max(m.left, r.left) + 1;
        if (h > 0 && w > 0) {
          covered += h * w;
          some = true;
        }
      }
    }
    const size = this.areas.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
    return covered === size ? true : some ? null : false;
  }
  get MergeArea(): EtRange {
    this.tick('MergeArea');
    const m = this.sheet.mergeAt(this.rect.top, this.rect.left);
    return new FakeRange(this.env, this.sheet, m ?? { top: this.rect.top, left: this.rect.left, bottom: this.rect.top, right: this.rect.left });
  }
  Merge(_across?: boolean): void {
    this.tick('Merge');
    this.env.book.merge(this.sheet, this.rect);
  }
  UnMerge(): void {
    this.tick('UnMerge');
    const r = this.rect;
    this.sheet.merges = this.sheet.merges.filter((m) => m.bottom < r.top || m.top > r.bottom || m.right < r.left || m.left > r.right);
    this.sheet.touch();
  }
  get Interior(): EtInterior {
    this.tick('Interior');
    return new FakeInterior(this);
  }
  get Font(): EtFont {
    this.tick('Font');
    return new FakeFont(this);
  }
  get Comment(): EtComment | null {
    this.tick('Comment');
    const c = this.sheet.get(this.rect.top, this.rect.left);
    return c?.comment === undefined ? null : new FakeComment(this.env, this.sheet, this.rect.top, this.rect.left);
  }
  AddComment(text?: string): EtComment {
    this.tick('AddComment');
    const c = this.sheet.get(this.rect.top, this.rect.left);
    if (c?.comment !== undefined) throw new Error('该单元格已有批注');
    this.sheet.put(this.rect.top, this.rect.left, { ...(c ?? { v: null }), comment: text ?? '' });
    return new FakeComment(this.env, this.sheet, this.rect.top, this.rect.left);
  }
  ClearComments(): void {
    this.tick('ClearComments');
    for (const r of this.areas) {
      const size = (r.bottom - r.top + 1) * (r.right - r.left + 1);
      const inside = size < this.sheet.cells.size ? this.cellsIn(r) : [...this.sheet.cells.keys()];
      for (const k of inside) {
        const c = this.sheet.cells.get(k);
        const row = keyRow(k),
          col = keyCol(k);
        if (c?.comment !== undefined && row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) this.sheet.put(row, col, { ...c, comment: undefined });
      }
    }
  }
  private cellsIn(r: Rect): number[] {
    const out: number[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(cellKey(row, col));
    return out;
  }
  get EntireRow(): EtRange {
    this.tick('EntireRow');
    return new FakeRange(this.env, this.sheet, { top: this.rect.top, bottom: this.rect.bottom, left: 1, right: 16384 });
  }
  private wholeRows(): boolean {
    return this.rect.left === 1 && this.rect.right === 16384;
  }
  Insert(_shift?: number, _copyOrigin?: number): void {
    this.tick('Insert');
    if (!this.wholeRows()) throw new Error('伪对象只模拟整行插入');
    this.env.book.insertRows(this.sheet, this.rect.top, this.rect.bottom - this.rect.top + 1);
  }
  Delete(_shift?: number): void {
    this.tick('Delete');
    if (!this.wholeRows()) throw new Error('伪对象只模拟整行删除');
    this.env.book.deleteRows(this.sheet, this.rect.top, this.rect.bottom - this.rect.top + 1);
  }
  Copy(destination?: EtRange): void {
    this.tick('Copy');
    if (!(destination instanceof FakeRange)) throw new Error('伪对象不模拟剪贴板：请给出目标区域');
    const src = this.rect,
      dst = destination.rect;
    const dr = dst.top - src.top,
      dc = dst.left - src.left;
    const h = src.bottom - src.top + 1,
      w = src.right - src.left + 1;
    const target = destination.sheet;
    const cells: [number, number, EtCell | undefined][] = [];
    for (let row = src.top; row <= src.bottom; row++) for (let col = src.left; col <= src.right; col++) cells.push([row, col, this.sheet.get(row, col)]);
    const to: Rect = { top: dst.top, left: dst.left, bottom: dst.top + h - 1, right: dst.left + w - 1 };
    const merges = this.sheet.merges.filter((m) => m.top >= src.top && m.bottom <= src.bottom && m.left >= src.left && m.right <= src.right);
    target.merges = target.merges.filter((m) => m.bottom < to.top || m.top > to.bottom || m.right < to.left || m.left > to.right);
    for (const [row, col, c] of cells) {
      const copy: EtCell = c ? { ...c, f: c.f === undefined ? undefined : '=' + translateFormula(c.f.slice(1), dr, dc) } : { v: null };
      target.put(row + dr, col + dc, copy);
    }
    for (const m of merges) target.merges.push({ top: m.top + dr, bottom: m.bottom + dr, left: m.left + dc, right: m.right + dc });
    target.touch();
    this.env.book.changed();
  }
  ClearContents(): void {
    this.tick('ClearContents');
    for (const r of this.areas) {
      for (const m of this.sheet.merges) {
        const partial =
          !(m.bottom < r.top || m.top > r.bottom || m.right < r.left || m.left > r.right) && !(m.top >= r.top && m.bottom <= r.bottom && m.left >= r.left && m.right <= r.right);
        if (partial) throw new Error('不能更改合并单元格的一部分');
      }
    }
    this.each((c) => ({ ...c, v: null, f: undefined }));
  }
  /** Number formats, fills and bold back to the defaults (merges stay). */
  ClearFormats(): void {
    this.tick('ClearFormats');
    this.each((c) => ({ ...c, nf: undefined, fill: undefined, bold: undefined }));
  }
  Select(): void {
    this.tick('Select');
    this.env.book.active = this.env.book.sheets.indexOf(this.sheet);
  }
  Find(what: string, after?: EtRange, lookIn?: number, _at?: number, order?: number, direction?: number): EtRange | null {
    this.tick('Find');
    const hit = this.sheet.find(this.rect, after instanceof FakeRange ? after.rect : this.rect, [what, lookIn, order, direction], (c) => formulaText(c) !== '');
    return hit && new FakeRange(this.env, this.sheet, { top: hit.row, left: hit.col, bottom: hit.row, right: hit.col });
  }
}

class FakeWorksheet implements EtWorksheet {
  constructor(
    private env: FakeEnv,
    readonly state: EtSheetState,
  ) {}
  get Name(): string {
    this.env.counter.tick('Name');
    return this.state.name;
  }
  set Name(n: string) {
    this.env.counter.tick('Name=');
    if (this.env.book.sheet(n) && this.env.book.sheet(n) !== this.state) throw new Error('工作表名称已存在');
    this.state.name = n;
  }
  get Visible(): number {
    this.env.counter.tick('Visible');
    return this.state.visible;
  }
  set Visible(v: number) {
    this.env.counter.tick('Visible=');
    if (v !== XL_SHEET_VISIBLE && this.env.book.sheets.filter((s) => s.visible === XL_SHEET_VISIBLE && s !== this.state).length === 0) throw new Error('至少要有一个可见的工作表');
    this.state.visible = v;
  }
  get UsedRange(): EtRange {
    this.env.counter.tick('UsedRange');
    // An empty sheet's used range is A1, as in ET.
    return new FakeRange(this.env, this.state, this.state.extent() ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }
  Range(address: string): EtRange {
    this.env.counter.tick('Range');
    // As in VBA, an address string longer than 255 characters is refused.
    if (address.length > 255) throw new Error('地址过长（最多 255 个字符）');
    const rects = address.split(',').map((a) => parseRect(a.replace(/\$/g, '')));
    if (!rects.length || rects.some((r) => !r)) throw new Error(`地址无效：${address}`);
    return new FakeRange(this.env, this.state, rects[0]!, rects as Rect[]);
  }
  /** Cells(row, col) as in VBA, and Cells.Item(row, col) as the JS bridge spells it: both 1-based. */
  get Cells(): EtCells {
    this.env.counter.tick('Cells');
    const item = (row: number, col: number): EtRange => {
      this.env.counter.tick('Cells.Item');
      if (!(row >= 1 && col >= 1 && row <= 1048576 && col <= 16384)) throw new Error('下标越界');
      return new FakeRange(this.env, this.state, { top: row, left: col, bottom: row, right: col });
    };
    return Object.assign((row: number, col: number) => item(row, col), { Item: item });
  }
  get Comments(): EtComments {
    this.env.counter.tick('Comments');
    return new FakeComments(this.env, this.state);
  }
  Activate(): void {
    this.env.counter.tick('Activate');
    this.env.book.active = this.env.book.sheets.indexOf(this.state);
  }
}

class FakeWorksheets implements EtWorksheets {
  constructor(private env: FakeEnv) {}
  get Count(): number {
    return styled(this.env, 'Worksheets.Count', () => this.env.book.sheets.length);
  }
  Item(index: number | string): EtWorksheet {
    this.env.counter.tick('Worksheets.Item');
    const s = typeof index === 'number' ? this.env.book.sheets[index - 1] : this.env.book.sheet(index);
    if (!s) throw new Error('下标越界');
    return new FakeWorksheet(this.env, s);
  }
  Add(_before?: EtWorksheet, _after?: EtWorksheet): EtWorksheet {
    this.env.counter.tick('Worksheets.Add');
    let n = this.env.book.sheets.length + 1;
    while (this.env.book.sheet(`Sheet${n}`)) n++;
    const s = new EtSheetState(`Sheet${n}`);
    this.env.book.sheets.push(s);
    // As in ET, the new sheet becomes the active one.
    this.env.book.active = this.env.book.sheets.length - 1;
    return new FakeWorksheet(this.env, s);
  }
}

class FakeDocProperty implements EtDocProperty {
  constructor(
    private env: FakeEnv,
    readonly Name: string,
  ) {}
  get Value(): unknown {
    this.env.counter.tick('DocProperty.Value');
    return this.env.book.props.get(this.Name)?.value;
  }
  set Value(v: unknown) {
    this.env.counter.tick('DocProperty.Value=');
    const p = this.env.book.props.get(this.Name)!;
    p.value = checkPropertyValue(v);
  }
  Delete(): void {
    this.env.counter.tick('DocProperty.Delete');
    this.env.book.props.delete(this.Name);
  }
}

/** Office keeps at most 255 characters in a text property: longer values are refused here, not cut. */
function checkPropertyValue(v: unknown): unknown {
  if (typeof v === 'string' && v.length > 255) throw new Error('文档属性值过长（最多 255 个字符）');
  return v;
}

class FakeDocProperties implements EtDocProperties {
  constructor(private env: FakeEnv) {}
  get Count(): number {
    return styled(this.env, 'DocProperties.Count', () => this.env.book.props.size);
  }
  Item(index: number | string): EtDocProperty {
    this.env.counter.tick('DocProperties.Item');
    const name = typeof index === 'number' ? [...this.env.book.props.keys()][index - 1] : index;
    if (name === undefined || !this.env.book.props.has(name)) throw new Error('无效的过程调用或参数');
    return new FakeDocProperty(this.env, name);
  }
  Add(name: string, _link: boolean, type: number, value: unknown): EtDocProperty {
    this.env.counter.tick('DocProperties.Add');
    if (this.env.book.props.has(name)) throw new Error('属性已存在');
    this.env.book.props.set(name, { value: checkPropertyValue(value), type });
    return new FakeDocProperty(this.env, name);
  }
}

export class FakeWorkbook implements EtWorkbook {
  constructor(private env: FakeEnv) {}
  get Name(): string {
    this.env.counter.tick('Workbook.Name');
    return 'Book1.xlsx';
  }
  get Worksheets(): EtWorksheets {
    this.env.counter.tick('Worksheets');
    return new FakeWorksheets(this.env);
  }
  get CustomDocumentProperties(): EtDocProperties {
    this.env.counter.tick('CustomDocumentProperties');
    return new FakeDocProperties(this.env);
  }
}

export class FakeApplication implements EtApplication {
  private screen = true;
  constructor(private env: FakeEnv) {}
  get ScreenUpdating(): boolean {
    this.env.counter.tick('ScreenUpdating');
    return this.screen;
  }
  set ScreenUpdating(on: boolean) {
    this.env.counter.tick('ScreenUpdating=');
    this.screen = on;
  }
  get ActiveWorkbook(): EtWorkbook {
    this.env.counter.tick('ActiveWorkbook');
    return new FakeWorkbook(this.env);
  }
  get ActiveSheet(): EtWorksheet | null {
    this.env.counter.tick('ActiveSheet');
    const s = this.env.book.sheets[this.env.book.active];
    return s ? new FakeWorksheet(this.env, s) : null;
  }
  Calculate(): void {
    this.env.counter.tick('Calculate');
    this.env.book.changed();
  }
}

export { cellKey, type Scalar };
