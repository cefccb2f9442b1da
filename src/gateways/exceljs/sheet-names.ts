/**
 * Sheet names Excel does not allow (/ \ : ? * [ ], an apostrophe first or last, over 31 characters,
 * "History", two names differing only by case) can still be in a file another program wrote; our reader
 * and the package edit take them as they are. ExcelJS refuses the first two kinds when it loads a
 * workbook and cuts long ones to 31 characters (breaking every formula that names the sheet), so the
 * ExcelJS path loads with those names taken as they are (`keepingFileNames`), as the package edit
 * does. What it still cannot take ("History", names differing only by case) is said as what it is, not
 * as a damaged file.
 */
import * as ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import { attr, partText } from './zip-parts';

/** The user's line for the first sheet name ExcelJS refuses, or null when every name is one Excel allows. */
export async function refusedSheetName(zip: JSZip): Promise<string | null> {
  const xml = await partText(zip, 'xl/workbook.xml').catch(() => '');
  const names = (xml.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? []).map((t) => attr(t, 'name')).filter((n): n is string => n !== undefined);
  return sheetNameProblem(names, true);
}

/** What is wrong with the first name Excel does not allow; `loading`: only what the ExcelJS path cannot take even so. */
export function sheetNameProblem(names: string[], loading = false): string | null {
  const seen = new Set<string>();
  for (const name of names) {
    const chars = [...new Set(name.match(/[*?:/\\[\]]/g) ?? [])];
    const fix = '这个文件只能整本重写，而整本重写不接受这样的名字；请在 Excel 中把它改名后再试（check 照常可用）。';
    if (chars.length && !loading) return `工作表名“${name}”含有 Excel 不允许的字符 ${chars.join(' ')}，${fix}`;
    if (/^'|'$/.test(name) && !loading) return `工作表名“${name}”以单引号开头或结尾，Excel 不允许，${fix}`;
    if (name.toLowerCase() === 'history') return `工作表名“${name}”是 Excel 保留的名字，${fix}`;
    const k = name.toLowerCase();
    if (seen.has(k)) return `有两个工作表都叫“${name}”（不分大小写），Excel 不允许，${fix}`;
    seen.add(k);
  }
  return null;
}

interface Named {
  _name?: string;
  _workbook?: { _worksheets?: ({ name: string } | undefined)[] };
}

/**
 * Runs `load` with ExcelJS's worksheets taking a file's name as it is when ExcelJS would refuse it for its
 * characters or cut it for its length; an empty name, "History" and a name another sheet has (without case)
 * are still ExcelJS's to refuse. The library's own setter is back when `load` settles.
 */
export async function keepingFileNames<T>(load: () => Promise<T>): Promise<T> {
  const proto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('x')) as object;
  const own = Object.getOwnPropertyDescriptor(proto, 'name');
  if (!own?.set) return load();
  const set = own.set;
  Object.defineProperty(proto, 'name', {
    ...own,
    set(this: Named, name: unknown) {
      const other = (n: string) => this._workbook?._worksheets?.some((ws) => ws && ws !== (this as unknown) && ws.name.toLowerCase() === n.toLowerCase());
      if (typeof name === 'string' && name !== '' && name.toLowerCase() !== 'history' && (/[*?:/\\[\]]|^'|'$/.test(name) || name.length > 31) && !other(name)) {
        this._name = name;
        return;
      }
      set.call(this, name);
    },
  });
  try {
    return await load();
  } finally {
    Object.defineProperty(proto, 'name', own);
  }
}
