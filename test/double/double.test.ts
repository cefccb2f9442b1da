import { createExcelDouble, DoubleWorkbookData, fromGrid } from '../../src/double';
import { makeGrid } from '../../src/sheet/grid';

function small(): DoubleWorkbookData {
  return {
    sheets: [
      {
        name: 'Sheet1',
        values: [
          ['名称', '目标', '实际', '分值', '得分'],
          ['培训人次', 100, 95, 10, 9.5],
          ['覆盖率', 0.9, 0.99, 20, 20],
          ['满意度', 90, null, 5, null],
        ],
        formulas: [
          [null, null, null, null, null],
          [null, null, null, null, '=ROUND(MIN(C2/B2,1)*D2,2)'],
          [null, null, null, null, '=ROUND(MIN(C3/B3,1)*D3,2)'],
          [null, null, null, null, null],
        ],
        fills: [[null, '#FFC7CE']],
        merges: [{ top: 2, left: 1, bottom: 3, right: 1 }],
        notes: { B2: '原注释' },
      },
      { name: 'Empty', values: [] },
    ],
  };
}

async function codeOf(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    if (typeof p === 'function') p();
    else await p;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return 'no error';
}

describe('Excel double: proxies', () => {
  test('reading a property that was not loaded, or loaded but not synced, throws PropertyNotLoaded', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      let err: { code?: string; message?: string; name?: string } = {};
      try {
        void r.values;
      } catch (e) {
        err = e as typeof err;
      }
      expect(err.code).toBe('PropertyNotLoaded');
      expect(err.name).toBe('RichApi.Error');
      expect(err.message).toBe(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
      r.load('values, address');
      expect(await codeOf(() => r.values)).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(r.values).toEqual([
        ['名称', '目标'],
        ['培训人次', 100],
      ]);
      expect(r.address).toBe('Sheet1!A1:B2');
      expect(await codeOf(() => r.rowCount)).toBe('PropertyNotLoaded');
      // A nested load by path.
      r.load('format/fill/color');
      await ctx.sync();
      expect(r.format.fill.color).toBeNull(); // mixed fills
      const b1 = ctx.workbook.worksheets.getItem('Sheet1').getRange('B1');
      b1.format.fill.load('color,pattern');
      await ctx.sync();
      expect([b1.format.fill.color, b1.format.fill.pattern]).toEqual(['#FFC7CE', 'Solid']);
    });
  });

  test('setters and methods are queued: nothing changes before sync', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const r = ws.getRange('C4');
      r.values = [[88]];
      expect(r.values).toEqual([[88]]); // office.js keeps the value set locally
      ws.getRange('A1').format.fill.color = '#FFEB9C';
      ws.getRange('2:2').insert('Down');
      expect(xl.sheetData('Sheet1').values[3][2]).toBeNull();
      expect(xl.fillAt('A1', 'Sheet1')).toBeNull();
      expect(xl.sheetData('Sheet1').values.length).toBe(4);
      await ctx.sync();
      expect(xl.sheetData('Sheet1').values[4][2]).toBe(88);
      expect(xl.fillAt('A1', 'Sheet1')).toBe('#FFEB9C');
    });
  });

  test('syncs are counted per context and globally; Excel.run flushes a pending queue', async () => {
    const xl = createExcelDouble(small());
    let c1 = 0;
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getActiveWorksheet().load('name');
      await ctx.sync();
      await ctx.sync();
      c1 = ctx.syncCount;
    });
    expect(c1).toBe(2);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('E5').values = [['x']];
      // no sync: Excel.run sends it
    });
    expect(xl.syncCount).toBe(3);
    expect(xl.sheetData('Sheet1').values[4][4]).toBe('x');
    expect(xl.syncLog).toHaveLength(3);
    expect(xl.syncLog[0].requestBytes).toBeGreaterThan(0);
    expect(xl.syncLog[0].responseBytes).toBeGreaterThan(0);
  });

  test('a failing action stops the batch; the actions before it stay applied', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A5').values = [['before']];
      ctx.workbook.worksheets.getItem('Nope').getRange('A1').values = [['x']];
      ws.getRange('A6').values = [['after']];
      expect(await codeOf(ctx.sync())).toBe('ItemNotFound');
    });
    const v = xl.sheetData('Sheet1').values;
    expect(v[4][0]).toBe('before');
    expect(v[5]).toBeUndefined();
  });

  test('*OrNullObject: isNullObject after sync; null objects load nulls', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const empty = ctx.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true);
      const used = ctx.workbook.worksheets.getItem('Sheet1').getUsedRangeOrNullObject(true);
      const missing = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      const merged = ctx.workbook.worksheets.getItem('Sheet1').getRange('C1:E4').getMergedAreasOrNullObject();
      const merged2 = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:E4').getMergedAreasOrNullObject();
      used.load('address');
      empty.load('address');
      merged2.load('address, areaCount');
      expect(await codeOf(() => empty.isNullObject)).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(empty.isNullObject).toBe(true);
      expect(empty.address).toBeNull();
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe('Sheet1!A1:E4');
      expect(missing.isNullObject).toBe(true);
      expect(merged.isNullObject).toBe(true);
      expect(merged2.isNullObject).toBe(false);
      expect(merged2.address).toBe('Sheet1!A2:A3');
      merged2.areas.load('items/address');
      await ctx.sync();
      expect(merged2.areas.items.map((r) => r.address)).toEqual(['Sheet1!A2:A3']);
    });
  });

  test('worksheets: getActiveWorksheet, items, add', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      const active = sheets.getActiveWorksheet().load('name');
      const added = sheets.add('新表');
      added.load('name');
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(['Sheet1', 'Empty']); // loaded before the add ran
      expect(active.name).toBe('Sheet1');
      expect(added.name).toBe('新表');
    });
  });
});

describe('Excel double: payload limits', () => {
  test('a request over the limit rejects with RequestPayloadSizeLimitExceeded and applies nothing', async () => {
    const xl = createExcelDouble(small(), { payloadLimit: 20_000 });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A10').values = [['first']];
      ws.getRange('B1:B2000').values = Array.from({ length: 2000 }, (_, i) => [`长一点的文本${i}`]);
      expect(await codeOf(ctx.sync())).toBe('RequestPayloadSizeLimitExceeded');
    });
    expect(xl.sheetData('Sheet1').values[9]).toBeUndefined();
    const last = xl.syncLog[xl.syncLog.length - 1];
    expect(last.ok).toBe(false);
    expect(last.requestBytes).toBeGreaterThan(20_000);
  });

  test('a response over the limit rejects with ResponsePayloadSizeLimitExceeded and rolls the batch back', async () => {
    const data = small();
    data.sheets[0].values = Array.from({ length: 3000 }, (_, i) => [`第${i}行的内容`, i]);
    const xl = createExcelDouble(data, { payloadLimit: 30_000 });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('C1').values = [['written']];
      ws.getRange('2:2').insert('Down');
      ws.getRange('A1:B3000').load('values');
      expect(await codeOf(ctx.sync())).toBe('ResponsePayloadSizeLimitExceeded');
    });
    const d = xl.sheetData('Sheet1');
    expect(d.values[0][2] ?? null).toBeNull();
    expect(d.values[1][0]).toBe('第1行的内容');
    expect(xl.syncLog[xl.syncLog.length - 1].responseBytes).toBeGreaterThan(30_000);
  });

  test('the limit is measured in UTF-8 bytes of the JSON', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A1000').values = Array.from({ length: 1000 }, () => ['绩效']);
      await ctx.sync();
    });
    // 1000 × '["绩效"],' = 1000 × 11 bytes (each Chinese character is 3 bytes), plus the envelope.
    expect(xl.syncLog[0].requestBytes).toBeGreaterThan(11_000);
    expect(xl.syncLog[0].requestBytes).toBeLessThan(11_400);
  });
});

describe('Excel double: rows, merges, notes', () => {
  test('insert(Down) on whole rows shifts values, formats, merges, notes and references; spanning merges grow', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('3:4').insert('Down');
      await ctx.sync();
    });
    const d = xl.sheetData('Sheet1');
    expect(d.values.map((r) => r[0])).toEqual(['名称', '培训人次', null, null, '覆盖率', '满意度']);
    expect(d.merges).toEqual([{ top: 2, left: 1, bottom: 5, right: 1 }]);
    expect(d.notes).toEqual({ B2: '原注释' });
    expect(d.formulas?.[4][4]).toBe('=ROUND(MIN(C5/B5,1)*D5,2)');
    expect(d.values[4][4]).toBe(20);

    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('1:1').insert('Down');
      await ctx.sync();
    });
    const e = xl.sheetData('Sheet1');
    expect(e.merges).toEqual([{ top: 3, left: 1, bottom: 6, right: 1 }]);
    expect(e.notes).toEqual({ B3: '原注释' });
    expect(e.fills?.[1][1]).toBe('#FFC7CE');

    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('4:5').delete('Up');
      ws.getRange('1:1').delete('Up');
      await ctx.sync();
    });
    const f = xl.sheetData('Sheet1');
    expect(f.values).toEqual(xl.sheetData('Sheet1').values);
    expect(f.merges).toEqual([{ top: 2, left: 1, bottom: 3, right: 1 }]);
    expect(f.formulas?.[2][4]).toBe('=ROUND(MIN(C3/B3,1)*D3,2)');
  });

  test('insert copies the formats of the row above; copyFrom(Formats) copies formats and merges across columns', async () => {
    const data: DoubleWorkbookData = {
      sheets: [
        {
          name: 'S',
          values: [
            ['a', null, 'c'],
            ['x', 'y', 'z'],
          ],
          fills: [['#DDEBF7', '#DDEBF7', null]],
          numberFormats: [[null, '0.00%', null]],
          merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
        },
      ],
    };
    const xl = createExcelDouble(data);
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      const rows = ws.getRange('2:3');
      rows.insert('Down');
      rows.copyFrom('1:1', 'Formats');
      await ctx.sync();
    });
    const d = xl.sheetData('S');
    expect(d.fills?.[1]).toEqual(['#DDEBF7', '#DDEBF7', null]);
    expect(d.fills?.[2]).toEqual(['#DDEBF7', '#DDEBF7', null]);
    expect(d.numberFormats?.[2][1]).toBe('0.00%');
    expect(d.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 2 },
      { top: 2, left: 1, bottom: 2, right: 2 },
      { top: 3, left: 1, bottom: 3, right: 2 },
    ]);
    expect(d.values[3]).toEqual(['x', 'y', 'z']);
  });

  test('merge keeps the upper-left value and takes in overlapping merges; unmerge', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A3:A4').merge();
      ws.getRange('B1:C1').merge();
      await ctx.sync();
    });
    let d = xl.sheetData('Sheet1');
    expect(d.merges).toEqual([
      { top: 1, left: 2, bottom: 1, right: 3 },
      { top: 2, left: 1, bottom: 4, right: 1 },
    ]);
    expect(d.values[3][0]).toBeNull();
    expect(d.values[0][2]).toBeNull();
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A2').unmerge();
      await ctx.sync();
    });
    d = xl.sheetData('Sheet1');
    expect(d.merges).toEqual([{ top: 1, left: 2, bottom: 1, right: 3 }]);
  });

  test('notes (ExcelApi 1.18): add, getItem, content, delete, items', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.notes.add('C3', '实际值偏低');
      ctx.workbook.notes.add('Sheet1!D4', '分值缺失');
      const old = ws.notes.getItem('B2');
      old.load('content');
      const none = ws.notes.getItemOrNullObject('A1');
      await ctx.sync();
      expect(old.content).toBe('原注释');
      expect(none.isNullObject).toBe(true);
      old.delete();
      ws.notes.load('items/content');
      await ctx.sync();
      expect(ws.notes.items.map((n) => n.content)).toEqual(['实际值偏低', '分值缺失']);
      ws.notes.add('C3', 'again');
      expect(await codeOf(ctx.sync())).toBe('InvalidArgument');
    });
    expect(xl.sheetData('Sheet1').notes).toEqual({ C3: '实际值偏低', D4: '分值缺失' });
  });

  test('an ExcelApi 1.9 host: isSetSupported and ApiNotFound for newer APIs', async () => {
    const xl = createExcelDouble(small(), { apiVersion: '1.9' });
    expect(xl.office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(xl.office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1:E4').getMergedAreasOrNullObject().load('address');
      expect(await codeOf(ctx.sync())).toBe('ApiNotFound');
      ws.notes.add('A1', 'x');
      expect(await codeOf(ctx.sync())).toBe('ApiNotFound');
      ws.getRange('A1:B2').getCellProperties({ format: { fill: { color: true } } });
      await ctx.sync();
    });
  });
});

describe('Excel double: formats', () => {
  test('getCellProperties and setCellProperties', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const r = ws.getRange('A1:B1');
      const props = r.getCellProperties({ address: true, format: { fill: { color: true, pattern: true }, font: { bold: true } } });
      expect(await codeOf(() => props.value)).toBe('ValueNotLoaded');
      await ctx.sync();
      expect(props.value).toEqual([
        [
          { address: 'Sheet1!A1', format: { fill: { color: '#FFFFFF', pattern: 'None' }, font: { bold: false } } },
          { address: 'Sheet1!B1', format: { fill: { color: '#FFC7CE', pattern: 'Solid' }, font: { bold: false } } },
        ],
      ]);
      r.setCellProperties([[{ format: { fill: { color: '#DDEBF7' }, font: { bold: true } } }, { format: { fill: { pattern: 'None' } } }]]);
      await ctx.sync();
    });
    expect(xl.fillAt('A1', 'Sheet1')).toBe('#DDEBF7');
    expect(xl.fillAt('B1', 'Sheet1')).toBeNull();
    expect(xl.sheetData('Sheet1').bold?.[0][0]).toBe(true);
  });

  test('getRanges: fill colour and clear on several areas; address length limit', async () => {
    const xl = createExcelDouble(small(), { addressLengthLimit: 40 });
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRanges('A1, C2:C3').format.fill.color = '#FFEB9C';
      ws.getRanges('B1').format.fill.clear();
      ws.getRanges('A1:A2, B3').format.font.bold = true;
      await ctx.sync();
      ws.getRanges('A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11').format.fill.clear();
      expect(await codeOf(ctx.sync())).toBe('InvalidArgument');
    });
    expect(['A1', 'C2', 'C3', 'B1', 'A2'].map((a) => xl.fillAt(a, 'Sheet1'))).toEqual(['#FFEB9C', '#FFEB9C', '#FFEB9C', null, null]);
    expect(xl.sheetData('Sheet1').bold?.[2][1]).toBe(true);
  });

  test('values written as text: apostrophe, numbers, formulas', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A6:A10').formulas = [["'=不是公式"], ['12.5'], ["'007"], ['=1+2'], ['95%']];
      const r = ws.getRange('A6:A10');
      r.load('values, formulas, text, numberFormat');
      await ctx.sync();
      expect(r.values).toEqual([['=不是公式'], [12.5], ['007'], [3], [0.95]]);
      expect(r.formulas).toEqual([['=不是公式'], [12.5], ['007'], ['=1+2'], [0.95]]);
      expect(r.text).toEqual([['=不是公式'], ['12.5'], ['007'], ['3'], ['95%']]);
      expect(r.numberFormat).toEqual([['General'], ['General'], ['General'], ['General'], ['0%']]);
    });
  });
});

describe('Excel double: formulas', () => {
  test('evaluates ROUND, MIN, MAX, IF, SUM, references; recalculates on sync', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('F2:F7').formulas = [['=SUM(E2:E3)'], ['=MAX(B2:B4)-MIN(B2:B4)'], ['=IF(C4="","缺","有")'], ['=ROUND(1.005,2)'], ['=B2/0'], ['=IF(E2>=9,E2*2,0)+Sheet1!D2']];
      const r = ws.getRange('F2:F7');
      r.load('values');
      await ctx.sync();
      expect(r.values).toEqual([[29.5], [99.1], ['缺'], [1.01], ['#DIV/0!'], [29]]);
      ws.getRange('C2').values = [[50]];
      r.load('values');
      const e2 = ws.getRange('E2').load('values');
      await ctx.sync();
      expect(e2.values).toEqual([[5]]);
      expect(r.values[0]).toEqual([25]);
    });
  });

  test('formulas outside the subset keep their cached value, or show #NAME? when new', async () => {
    const data = small();
    data.sheets[0].formulas![3][4] = '=VLOOKUP(A4,A1:B3,2,FALSE)';
    data.sheets[0].values[3][4] = 42;
    const xl = createExcelDouble(data);
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('A1').values = [['trigger recalculation']];
      ws.getRange('F1').formulas = [['=TEXT(B2,"0")']];
      const r = ws.getRange('E4:F4').load('values');
      const f1 = ws.getRange('F1').load('values');
      await ctx.sync();
      expect(r.values[0][0]).toBe(42);
      expect(f1.values).toEqual([['#NAME?']]);
    });
  });

  test('suspendApiCalculationUntilNextSync leaves formulas stale until calculate', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      ws.getRange('C2').values = [[50]];
      const e2 = ws.getRange('E2').load('values');
      await ctx.sync();
      expect(e2.values).toEqual([[9.5]]);
      expect(xl.state.recalcCount).toBe(0);
      ctx.workbook.application.calculate('Recalculate');
      e2.load('values');
      await ctx.sync();
      expect(e2.values).toEqual([[5]]);
    });
  });

  test('fromGrid', async () => {
    const g = makeGrid('G', [
      ['a', 1],
      ['b', 2],
    ]);
    g.formulas = [
      [null, null],
      [null, 'B1*2'],
    ];
    const xl = createExcelDouble(fromGrid(g));
    expect(xl.toGrid('G').formulas?.[1][1]).toBe('B1*2');
    expect(xl.toGrid('G').values).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});

describe('Excel double: copyFrom(Formulas), as Paste Special › Formulas', () => {
  test('relative references move, absolute ones stay, constants and blanks are pasted, formats kept; a multiple tiles', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('G2:H3').formulas = [
        ['=E2*2+$D$2', '文字'],
        ['', 7],
      ];
      ws.getRange('H6').format.fill.color = '#FFEB9C';
      ws.getRange('H6').values = [['旧']];
      await ctx.sync();
      ws.getRange('G5:H6').copyFrom('G2:H3', 'Formulas');
      ws.getRange('G8:H11').copyFrom('G2:H3', 'Formulas');
      await ctx.sync();
    });
    const d = xl.sheetData('Sheet1');
    expect(d.formulas?.[4][6]).toBe('=E5*2+$D$2');
    expect(d.values[4][7]).toBe('文字');
    expect(d.values[5][7]).toBe(7);
    expect(d.fills?.[5]?.[7]).toBe('#FFEB9C'); // the destination's format stays
    expect(d.formulas?.[9][6]).toBe('=E10*2+$D$2'); // the second tile
    expect(d.values[5][6] ?? '').toBe(''); // a blank source cell clears
  });

  test('a copy whose references would leave the sheet gets #REF!, as in Excel', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('G5').formulas = [['=E4']];
      await ctx.sync();
      ws.getRange('G1').copyFrom('G5', 'Formulas');
      await ctx.sync();
    });
    expect(xl.sheetData('Sheet1').formulas?.[0][6]).toBe('=#REF!');
  });
});

describe('Excel double: run options', () => {
  test('cell-edit mode: a batch fails without delayForCellEdit and waits with it', async () => {
    const xl = createExcelDouble(small());
    xl.beginCellEdit();
    const failed = await codeOf(
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A9').values = [['x']];
        await ctx.sync();
      }),
    );
    expect(failed).toBe('InvalidOperationInCellEditMode');
    let done = false;
    const p = xl
      .run({ delayForCellEdit: true }, async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A9').values = [['y']];
        await ctx.sync();
        done = true;
      })
      .then(() => undefined);
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    xl.endCellEdit();
    await p;
    expect(done).toBe(true);
    expect(xl.sheetData('Sheet1').values[8][0]).toBe('y');
    expect(xl.syncLog[xl.syncLog.length - 1].delayedForCellEdit).toBe(true);
  });

  test('mergeUndoGroup (ExcelApi 1.20) makes one Excel undo entry per run', async () => {
    const xl = createExcelDouble(small());
    const twoWrites = async (ctx: import('../../src/double').DoubleContext): Promise<void> => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A9').values = [[1]];
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A10').values = [[2]];
      await ctx.sync();
    };
    await xl.run(twoWrites);
    expect(xl.excelUndoEntries).toBe(2);
    await xl.run({ mergeUndoGroup: true }, twoWrites);
    expect(xl.excelUndoEntries).toBe(3);
    const old = createExcelDouble(small(), { apiVersion: '1.19' });
    await old.run({ mergeUndoGroup: true }, twoWrites);
    expect(old.excelUndoEntries).toBe(2);
  });

  test('document settings persist on saveAsync and survive reopening the pane; workbook.settings', async () => {
    const xl = createExcelDouble(small());
    const s = xl.office.context.document.settings;
    s.set('k', { a: 1 });
    expect(xl.openPane().context.document.settings.get('k')).toBeNull();
    const s2 = xl.office.context.document.settings;
    s2.set('k', { a: 2 });
    await new Promise<void>((resolve) => s2.saveAsync(() => resolve()));
    expect(xl.openPane().context.document.settings.get('k')).toEqual({ a: 2 });
    await xl.run(async (ctx) => {
      const item = ctx.workbook.settings.getItemOrNullObject('k');
      item.load('value');
      const none = ctx.workbook.settings.getItemOrNullObject('none');
      await ctx.sync();
      expect(item.value).toEqual({ a: 2 });
      expect(none.isNullObject).toBe(true);
      ctx.workbook.settings.add('n', 5);
      await ctx.sync();
    });
    expect(xl.data().settings).toEqual({ k: { a: 2 }, n: 5 });
  });
});

describe('Excel double: merged-cell conflicts', () => {
  test('copyFrom(Formats) refuses to paste over part of a merged cell', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      ws.getRange('3:3').copyFrom('1:1', 'Formats'); // A2:A3 is merged
      expect(await codeOf(ctx.sync())).toBe('MergedRangeConflict');
      ws.getRange('B3:E3').copyFrom('B1:E1', 'Formats');
      await ctx.sync();
    });
    expect(xl.fillAt('B3', 'Sheet1')).toBe('#FFC7CE');
  });
});

describe('Excel double: Range.getUsedRangeOrNullObject (ExcelApi 1.4)', () => {
  test('the used cells within a range, a null object where there are none; loads after a write see it', async () => {
    const xl = createExcelDouble(small());
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Sheet1');
      const inner = ws.getRange('B1:H3').getUsedRangeOrNullObject(true);
      const none = ws.getRange('G1:H9').getUsedRangeOrNullObject(true);
      inner.load('address');
      none.load('address');
      ws.getRange('F6').values = [['新']]; // queued before the next load: that load sees it
      const grown = ws.getRange('C1:H9').getUsedRangeOrNullObject(true);
      grown.load('address');
      await ctx.sync();
      expect(inner.address).toBe('Sheet1!B1:E3');
      expect(none.isNullObject).toBe(true);
      expect(grown.address).toBe('Sheet1!C1:F6');
    });
  });
});
