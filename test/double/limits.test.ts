/**
 * Office's real limits in the double (issue 8): merged areas per getMergedAreasOrNullObject call, oversize
 * payloads reported as GeneralException by older Excel on the web builds, and payload bytes as the wire
 * carries them (JSON in UTF-8).
 */
import { createExcelDouble, MERGED_AREAS_LIMIT, PAYLOAD_LIMIT, type DoubleWorkbookData, type ExcelDouble, type ExcelDoubleOptions } from '../../src/double';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return 'no error';
}

/** A sheet of `n` two-row merged areas in column A (A1:A2, A3:A4, …). */
function merged(n: number): DoubleWorkbookData {
  return {
    sheets: [
      {
        name: '自评表',
        values: Array.from({ length: 2 * n }, (_, i) => [i % 2 ? null : `指标${i / 2}`, i]),
        merges: Array.from({ length: n }, (_, i) => ({ top: 2 * i + 1, left: 1, bottom: 2 * i + 2, right: 1 })),
      },
    ],
  };
}

async function mergedAreas(xl: ExcelDouble, address: string): Promise<string | null> {
  return xl.run(async (ctx) => {
    const areas = ctx.workbook.worksheets.getItem('自评表').getRange(address).getMergedAreasOrNullObject();
    areas.load('address');
    await ctx.sync();
    return areas.isNullObject ? null : areas.address;
  });
}

describe('Excel double: merged areas per call', () => {
  const strict: ExcelDoubleOptions = { mergedAreasLimit: MERGED_AREAS_LIMIT };

  test('the documented limit is 512', () => expect(MERGED_AREAS_LIMIT).toBe(512));

  test('512 merged areas in the range are returned', async () => {
    const xl = createExcelDouble(merged(512), strict);
    const address = await mergedAreas(xl, 'A1:B1024');
    expect(address?.split(', ')).toHaveLength(512);
  });

  test('513 merged areas fail the batch with GeneralException, as Excel fails to return them', async () => {
    const xl = createExcelDouble(merged(513), strict);
    await expect(mergedAreas(xl, 'A1:B1026')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(xl.syncLog[xl.syncLog.length - 1].error).toBe('GeneralException');
  });

  test('a sheet of 1 700 merged areas reads in windows that each stay under the limit', async () => {
    const xl = createExcelDouble(merged(1700), strict);
    await expect(mergedAreas(xl, 'A1:B3400')).rejects.toMatchObject({ code: 'GeneralException' });
    let seen = 0;
    for (let top = 1; top <= 3400; top += 1000) seen += (await mergedAreas(xl, `A${top}:B${top + 999}`))?.split(', ').length ?? 0;
    expect(seen).toBe(1700);
  });

  test('by top-left cell, windows that cut through merged areas still see each exactly once', async () => {
    const xl = createExcelDouble(merged(1700), { ...strict, mergedAreasByTopLeft: true });
    const seen: string[] = [];
    // 999-row windows end mid-area (A999:A1000 starts in the first window and ends in the second).
    for (let top = 1; top <= 3400; top += 999) seen.push(...((await mergedAreas(xl, `A${top}:B${top + 998}`))?.split(', ') ?? []));
    expect(seen).toHaveLength(1700);
    expect(new Set(seen).size).toBe(1700);
    expect(seen).toContain('自评表!A999:A1000');
  });

  test("Excel's limits are the default; Infinity and false make a lenient double", async () => {
    expect(await codeOf(mergedAreas(createExcelDouble(merged(600)), 'A1:B1200'))).toBe('GeneralException');
    const lenient = createExcelDouble(merged(600), { mergedAreasLimit: Infinity, mergedAreasByTopLeft: false });
    expect((await mergedAreas(lenient, 'A1:B1200'))?.split(', ')).toHaveLength(600);
  });

  test('by top-left cell: an area that starts above the range is not returned', async () => {
    const data = merged(3);
    const loose = createExcelDouble(data, { mergedAreasByTopLeft: false });
    const anchored = createExcelDouble(data);
    expect(await mergedAreas(loose, 'A2:B4')).toBe('自评表!A1:A2, 自评表!A3:A4');
    expect(await mergedAreas(anchored, 'A2:B4')).toBe('自评表!A3:A4');
    expect(await mergedAreas(anchored, 'B1:B6')).toBeNull();
  });
});

describe('Excel double: oversize payloads', () => {
  const big = (xl: ExcelDouble) =>
    xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('自评表').getRange('C1:C2000').values = Array.from({ length: 2000 }, (_, i) => [`偏差原因分析${i}`]);
      await ctx.sync();
    });

  test('the documented error by default', async () => {
    const xl = createExcelDouble(merged(1), { payloadLimit: 20_000 });
    expect(await codeOf(big(xl))).toBe('RequestPayloadSizeLimitExceeded');
  });

  test('GeneralException as older Excel on the web builds gave, for requests and responses, applying nothing', async () => {
    const xl = createExcelDouble(merged(1), { payloadLimit: 20_000, oversizeAsGeneralException: true });
    expect(await codeOf(big(xl))).toBe('GeneralException');
    expect(xl.sheetData('自评表').values[0][2] ?? null).toBeNull();
    const rows = createExcelDouble(
      { sheets: [{ name: '自评表', values: Array.from({ length: 3000 }, (_, i) => [`第${i}行`]) }] },
      { payloadLimit: 20_000, oversizeAsGeneralException: true },
    );
    const read = rows.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('自评表').getRange('A1:A3000').load('values');
      await ctx.sync();
      return r.values;
    });
    expect(await codeOf(read)).toBe('GeneralException');
    expect(rows.syncLog[rows.syncLog.length - 1].responseBytes).toBeGreaterThan(20_000);
  });
});

describe('Excel double: payload bytes as the wire carries them', () => {
  test('the default limit is 5 000 000 bytes ("5MB", the smaller reading)', () => {
    expect(PAYLOAD_LIMIT).toBe(5_000_000);
    expect(createExcelDouble(merged(1)).options.payloadLimit).toBe(5_000_000);
  });

  /** Request bytes of one sync writing `text` into C1. */
  async function requestBytes(text: string): Promise<number> {
    const xl = createExcelDouble(merged(1));
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('自评表').getRange('C1').values = [[text]];
      await ctx.sync();
    });
    return xl.syncLog[0].requestBytes;
  }

  test.each([
    ['ASCII', 'a', 1],
    ['Chinese (3 bytes in UTF-8)', '绩', 3],
    ['full-width punctuation', '，', 3],
    ['a character outside the BMP (4 bytes)', '𠀀', 4],
    ['a quote (escaped in JSON)', '"', 2],
    ['a line break (escaped in JSON)', '\n', 2],
    ['a control character (\\u00XX in JSON)', '\u0001', 6],
  ])('%s', async (_, ch, bytes) => {
    const base = await requestBytes('');
    expect(await requestBytes(ch.repeat(100))).toBe(base + 100 * bytes);
  });

  test('a request exactly at the limit passes; one byte over fails', async () => {
    const text = '偏差原因：' + '进度滞后'.repeat(200);
    const size = await requestBytes(text);
    const write = (limit: number) => {
      const xl = createExcelDouble(merged(1), { payloadLimit: limit });
      return xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('自评表').getRange('C1').values = [[text]];
        await ctx.sync();
      });
    };
    expect(await codeOf(write(size))).toBe('no error');
    expect(await codeOf(write(size - 1))).toBe('RequestPayloadSizeLimitExceeded');
  });
});

describe('RangeAreas.cellCount', () => {
  // Microsoft's reference: "Returns -1 if the cell count exceeds 2^31-1 (2,147,483,647)."
  test('is -1 past 2^31 - 1 cells (a whole sheet is 17 billion), the count below it', async () => {
    const xl = createExcelDouble({ sheets: [{ name: 'S', values: [['a']] }] });
    const [whole, part] = await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      const out = [ws.getRanges('A1:XFD1048576'), ws.getRanges('A1:B3, D1:D2')];
      out.forEach((a) => a.load('cellCount'));
      await ctx.sync();
      return out.map((a) => a.cellCount);
    });
    expect(whole).toBe(-1);
    expect(part).toBe(8);
  });
});
