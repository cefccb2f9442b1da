/** Number formats of the workbook's cell styles (styles.xml), the only styling the engine reads. */
import { attr, elements } from './xml';
import { isDateFormat } from '../../domain/excel-date';

/**
 * Built-in format codes (ECMA-376 Part 1, 18.8.30). 27–36 and 50–58 depend on the language of
 * Excel; these are the Simplified Chinese ones, the language of the forms this program reads.
 */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

export interface Styles {
  /** Per cell style index (s="n"): undefined when the index has no style, null when it has no number format. */
  numFmt: (string | null)[];
  /** Per style index: the format shows a date or time. */
  date: boolean[];
}

export function readStyles(xml: string): Styles {
  const custom = new Map<number, string>();
  // Escaped letters are literal text, not date codes: judge the code before its backslashes go.
  const customDate = new Map<number, boolean>();
  for (const { tag } of elements(xml, 'numFmt')) {
    const id = parseInt(attr(tag, 'numFmtId') ?? '', 10);
    const code = attr(tag, 'formatCode');
    // A backslash escapes the next character; the code as shown has none.
    if (code !== undefined) custom.set(id, code.replace(/\\(.)/g, '$1'));
    if (code) customDate.set(id, isDateFormat(code));
  }
  const numFmt: (string | null)[] = [];
  const date: boolean[] = [];
  const xfs = elements(xml, 'cellXfs').next().value;
  if (xfs?.inner) {
    for (const { tag } of elements(xfs.inner, 'xf')) {
      const id = parseInt(attr(tag, 'numFmtId') ?? '', 10);
      const f = id ? custom.get(id) || BUILT_IN[id] || null : null;
      numFmt.push(f);
      date.push(customDate.get(id) ?? isDateFormat(f));
    }
  }
  return { numFmt, date };
}
