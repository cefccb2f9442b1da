/**
 * Sheet names Excel does not allow (/ \ : ? * [ ], an apostrophe first or last, "History", two names
 * differing only by case) can still be in a file another program wrote; our reader and the package
 * edit take them as they are, but the ExcelJS path refuses to load such a workbook. That refusal is
 * said as what it is, not as a damaged file.
 */
import type JSZip from 'jszip';
import { attr, partText } from './zip-parts';

/** The user's line for the first sheet name ExcelJS refuses, or null when every name is one Excel allows. */
export async function refusedSheetName(zip: JSZip): Promise<string | null> {
  const xml = await partText(zip, 'xl/workbook.xml').catch(() => '');
  const names = (xml.match(/<(?:[\w.-]+:)?sheet\b[^>]*>/g) ?? []).map((t) => attr(t, 'name')).filter((n): n is string => n !== undefined);
  return sheetNameProblem(names);
}

export function sheetNameProblem(names: string[]): string | null {
  const seen = new Set<string>();
  for (const name of names) {
    const chars = [...new Set(name.match(/[*?:/\\[\]]/g) ?? [])];
    const fix = '这个文件只能整本重写，而整本重写不接受这样的名字；请在 Excel 中把它改名后再试（check 照常可用）。';
    if (chars.length) return `工作表名“${name}”含有 Excel 不允许的字符 ${chars.join(' ')}，${fix}`;
    if (/^'|'$/.test(name)) return `工作表名“${name}”以单引号开头或结尾，Excel 不允许，${fix}`;
    if (name.toLowerCase() === 'history') return `工作表名“${name}”是 Excel 保留的名字，${fix}`;
    const k = name.toLowerCase();
    if (seen.has(k)) return `有两个工作表都叫“${name}”（不分大小写），Excel 不允许，${fix}`;
    seen.add(k);
  }
  return null;
}
