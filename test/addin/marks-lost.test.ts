/**
 * A 校验's marks pushed out of the history by a later, larger record (50 000 rows: the 自评 record
 * alone nears the settings budget): 清除标记 must not say "恢复原样" while the marks stay, and the
 * next 校验 says its predecessor's marks are no longer tracked.
 */
import { Controller } from '../../src/addin/controller';
import { historyLimits } from '../../src/addin/history';
import type { Progress } from '../../src/ui/host';
import { createExcelDouble, fromGrid, type ExcelDouble } from '../../src/double';
import { readWorkbook } from '../../src/gateways/exceljs/read';
import { fixture } from '../helpers/fixtures';

function host(xl: ExcelDouble) {
  const office = xl.office;
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}

const cells = (xl: ExcelDouble) => JSON.stringify(xl.sheetData('绩效目标表'));
const marked = (xl: ExcelDouble) => (xl.sheetData('绩效目标表').fills ?? []).flat().filter((f) => f === '#FFEB9C').length;

describe('marks that left the history', () => {
  const saved = historyLimits.bytes;
  afterEach(() => (historyLimits.bytes = saved));

  test('清除标记 refuses in one line and changes nothing; the next 校验 warns once', async () => {
    const xl = createExcelDouble(fromGrid((await readWorkbook(fixture('seed-tianjin-2024.xlsx'))).grids[0]));
    const h = host(xl);
    await h.validate();
    const n = marked(xl);
    expect(n).toBeGreaterThan(0);
    historyLimits.bytes = 1000; // only the newest entry fits: the 自评 record pushes the marks out
    await h.fillSelfEvaluation();
    expect(marked(xl)).toBe(n);
    const before = cells(xl);
    await expect(h.clearMarks()).rejects.toThrow(/^未清除标记：上次校验的标记记录已被移除/);
    expect(cells(xl)).toBe(before);

    historyLimits.bytes = saved;
    const seen: Progress[] = [];
    await h.validate((p) => seen.push(p));
    expect(seen.at(-1)?.warnings?.some((w) => /更早一次校验的标记记录已被移除/.test(w))).toBe(true);
    const again: Progress[] = [];
    await h.validate((p) => again.push(p));
    expect(again.at(-1)?.warnings ?? []).toEqual([]);
  });

  test('with room for both, nothing is lost: 清除标记 after 自评 takes the marks off', async () => {
    const xl = createExcelDouble(fromGrid((await readWorkbook(fixture('seed-tianjin-2024.xlsx'))).grids[0]));
    const h = host(xl);
    await h.validate();
    await h.fillSelfEvaluation();
    expect(marked(xl)).toBeGreaterThan(0);
    await h.clearMarks();
    expect(marked(xl)).toBe(0);
  });
});
