/** The input file: refused in one clear line when it is not an .xlsx this program can read. */
import { readFileSync } from 'fs';
import { JixiaoInputError } from '../exceljs/errors';
import { refuseCompound, refusePackage } from './not-xlsx';
import { checkSizes, inflate, partString, prefixedZip, readDirectory, ZipError, PART_LIMIT, type Entry } from './zip';
import { hasMarkup, withoutMarkup } from './xml';

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);
const ZIP = Buffer.from('PK');

export function fail(path: string, zh: string, en: string): never {
  throw new JixiaoInputError(`无法读取 ${path}：${zh}`, `Cannot read ${path}: ${en}`);
}

/**
 * The file's bytes. Read synchronously: everything after it is synchronous work on the whole buffer, and
 * the promise API's file handle, stat and chunked reads on the thread pool cost more CPU than the read
 * (a batch of 200 small workbooks: about a quarter of their reading).
 */
export async function readInput(path: string): Promise<Buffer> {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') fail(path, '这是一个文件夹，不是 .xlsx 文件。', 'it is a folder, not an .xlsx file.');
    if (code === 'ENOENT') fail(path, '文件不存在。', 'the file does not exist.');
    if (code === 'EACCES' || code === 'EPERM') fail(path, '没有读取该文件的权限。', 'permission denied.');
    fail(path, '无法打开文件（可能正被其他程序占用或磁盘出错）。', `the file cannot be opened (${code ?? String(e)}).`);
  }
  if (buf.length === 0) fail(path, '文件是空的（0 字节）。', 'the file is empty (0 bytes).');
  if (buf.subarray(0, 4).equals(OLE2)) refuseCompound(path, buf, (zh, en) => fail(path, zh, en));
  if (!buf.subarray(0, 2).equals(ZIP) && !prefixedZip(buf)) notZip(path, buf);
  return buf;
}

/** Says what a non-zip file is, so a web page saved as .xlsx is not called a CSV file. */
function notZip(path: string, buf: Buffer): never {
  const head = buf.subarray(0, 4096);
  const utf16 = head[0] === 0xff && head[1] === 0xfe;
  const text = (utf16 ? head.toString('utf16le') : head.toString('utf8'))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  const save = '请在 Excel 中打开后另存为 .xlsx（Excel 工作簿）再试。';
  if (/^<\?xml[^>]*>\s*(<\?mso-application[^>]*excel|[\s\S]*urn:schemas-microsoft-com:office:spreadsheet)/.test(text))
    fail(path, `这是 Excel 2003 XML 表格，不是 .xlsx 文件，${save}`, 'this is an Excel 2003 XML spreadsheet, not an .xlsx file.');
  if (/^(<!doctype html|<html|<head|<body|<table|<meta|<!--)/.test(text) || /^mime-version:/.test(text) || /<html[\s>]/.test(text))
    fail(path, `这是网页（HTML）文件，不是 Excel 工作簿，${save}`, 'this is a web page (HTML), not an Excel workbook.');
  if (/^\{\\rtf/.test(text)) fail(path, '这是 RTF 文档，不是 Excel 工作簿。', 'this is an RTF document, not an Excel workbook.');
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') fail(path, '这是 PDF 文件，不是 Excel 工作簿。', 'this is a PDF file, not an Excel workbook.');
  if (utf16 || !head.subarray(0, 512).includes(0)) {
    if (/\.(csv|tsv)$/i.test(path) || /[,\t，]/.test(text))
      fail(path, `这是文本（CSV）文件，不是 Excel 工作簿，${save}`, 'this is a text (CSV) file, not an Excel workbook; save it as .xlsx in Excel and try again.');
    fail(path, '这是纯文本文件，不是 Excel 工作簿。', 'this is a plain text file, not an Excel workbook.');
  }
  fail(path, '不是 .xlsx 文件（文件格式无法识别）。', 'not an .xlsx file (unrecognised format).');
}

const mb = (n: number) => Math.ceil(n / 1048576);

function zipFailure(path: string, e: unknown): never {
  if (!(e instanceof ZipError)) throw e;
  if (e.kind === 'encrypted') fail(path, `压缩包中的部件 ${e.part} 已加密，无法读取。`, `part ${e.part} is encrypted.`);
  if (e.kind === 'too-big') {
    if (e.part)
      fail(
        path,
        `部件 ${e.part} 解压后有 ${mb(e.size)} MB，超过 ${mb(PART_LIMIT)} MB 的上限（可能是压缩炸弹或损坏的文件）。`,
        `part ${e.part} would inflate to ${mb(e.size)} MB, over the ${mb(PART_LIMIT)} MB limit.`,
      );
    fail(path, `解压后共有 ${mb(e.size)} MB，超过上限（可能是压缩炸弹或损坏的文件）。`, `the package would inflate to ${mb(e.size)} MB, over the limit.`);
  }
  if (e.kind === 'duplicate')
    fail(
      path,
      `文件已损坏：压缩包里有两个同名的部件 ${e.part}（部件名不分大小写），内容不同，无法确定 Excel 读取哪一个。`,
      `the package holds two different parts named ${e.part}.`,
    );
  if (e.kind === 'method')
    fail(
      path,
      `部件 ${e.part} 使用了 .xlsx 不允许的压缩方式（${METHODS[e.size] ?? `方法 ${e.size}`}），Excel 也无法打开；请从原系统重新导出，或用只含“存储/Deflate”的压缩方式重新压缩。`,
      `part ${e.part} is compressed with method ${e.size}, which .xlsx does not allow.`,
    );
  fail(path, '文件已损坏，无法解压。', 'the file is damaged and cannot be unzipped.');
}

/** Zip compression methods other than stored (0) and deflate (8), by number (APPNOTE.TXT 4.4.5). */
const METHODS: Record<number, string> = { 9: 'Deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'Zstandard', 95: 'XZ', 98: 'PPMd', 99: 'AES 加密' };

/** An opened package: its directory, checked, and its parts inflated on demand. */
export class Package {
  private constructor(
    readonly path: string,
    readonly buf: Buffer,
    readonly dir: Map<string, Entry>,
  ) {}

  /** Opens the zip and refuses what is not a workbook; `whole` also checks every part's size (a full load). */
  static open(path: string, buf: Buffer, whole = false): Package {
    let dir: Map<string, Entry>;
    try {
      dir = readDirectory(buf);
      if (whole) checkSizes(dir);
    } catch (e) {
      zipFailure(path, e);
    }
    if (!dir.has('xl/workbook.xml') && ![...dir.keys()].some((n) => n.toLowerCase() === 'xl/workbook.xml')) refusePackage(buf, dir, (zh, en) => fail(path, zh, en));
    return new Package(path, buf, dir);
  }

  /** Refuses, before inflating anything, parts that together would inflate past the limits. */
  checkParts(parts: string[]): void {
    try {
      checkSizes(this.dir, parts);
    } catch (e) {
      zipFailure(this.path, e);
    }
  }

  private lower: Map<string, string> | undefined;

  /** The entry that holds `part`: OPC compares part names without case (ECMA-376 Part 2, 9.1.1.1). */
  name(part: string): string {
    if (this.dir.has(part)) return part;
    if (!this.lower) {
      this.lower = new Map();
      for (const n of this.dir.keys()) if (!this.lower.has(n.toLowerCase())) this.lower.set(n.toLowerCase(), n);
    }
    return this.lower.get(part.toLowerCase()) ?? part;
  }

  has(part: string): boolean {
    return this.dir.has(this.name(part));
  }

  /** The part's text, or '' when the package has no such part. */
  text(part: string): string {
    const b = this.bytes(part);
    return b ? this.decoded(b) : '';
  }

  /** The part's inflated bytes, or undefined when the package has no such part. */
  bytes(part: string): Buffer | undefined {
    const e = this.dir.get(this.name(part));
    if (!e) return undefined;
    try {
      return inflate(this.buf, e);
    } catch (err) {
      return zipFailure(this.path, err);
    }
  }

  /** A part's inflated bytes as `text` gives them. */
  decoded(b: Buffer): string {
    try {
      const text = partString(b);
      return hasMarkup(text) ? withoutMarkup(text) : text;
    } catch (err) {
      return zipFailure(this.path, err);
    }
  }
}

/** Refuses a part that carries a DTD: OOXML parts never do (OPC forbids it), and one is how entity bombs start. */
export function noDtd(path: string, part: string, xml: string): void {
  const root = /<[A-Za-z_]/.exec(xml)?.index ?? xml.length;
  // A DTD can only come before the root element: look there, not through the whole part.
  const dtd = xml.lastIndexOf('<!DOCTYPE', root);
  if (dtd >= 0) fail(path, `部件 ${part} 含有 DTD 声明（Excel 不会写入，可能是恶意构造的文件），已拒绝读取。`, `part ${part} carries a DTD declaration.`);
}
