/**
 * The double's threaded comments (a cell holds a note or a threaded comment, not both) and its
 * calculation modes (Application.calculationMode; application.calculate; Range.calculate, ExcelApi 1.6).
 */
import { createExcelDouble, type ExcelDouble } from '../../src/double';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
  return 'no error';
}

function book(): ExcelDouble {
  return createExcelDouble({
    sheets: [
      {
        name: '表',
        values: [
          ['指标', '值'],
          ['甲', 1],
          ['乙', 2],
        ],
      },
    ],
  });
}

async function addComment(xl: ExcelDouble, cell: string, text = '请核对'): Promise<void> {
  await xl.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('表').comments.add(cell, text);
    await ctx.sync();
  });
}

async function value(xl: ExcelDouble, cell: string): Promise<unknown> {
  return xl.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('表').getRange(cell);
    r.load('values');
    await ctx.sync();
    return r.values[0][0];
  });
}

async function setMode(xl: ExcelDouble, mode: 'Automatic' | 'Manual'): Promise<void> {
  await xl.run(async (ctx) => {
    ctx.workbook.application.calculationMode = mode;
    await ctx.sync();
  });
}

describe('Excel double: threaded comments', () => {
  it('refuses a note on a cell with a threaded comment, and a comment on a cell with a note', async () => {
    const xl = book();
    await addComment(xl, 'B2');
    const add = (cell: string) =>
      xl.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('表').notes.add(cell, '说明');
        await ctx.sync();
      });
    expect(await codeOf(add('B2'))).toBe('InvalidArgument');
    expect(xl.state.sheets[0].getNote(2, 2)).toBeUndefined();
    expect(await codeOf(add('B3'))).toBe('no error');
    expect(await codeOf(addComment(xl, 'B3'))).toBe('InvalidArgument');
  });

  it('lists comments with their cells, moving with inserted and deleted rows', async () => {
    const xl = book();
    await addComment(xl, 'A3', '第一条');
    xl.userInsertRows(2, 2);
    const where = () =>
      xl.run(async (ctx) => {
        const comments = ctx.workbook.worksheets.getItem('表').comments;
        comments.load('items/content');
        await ctx.sync();
        const locations = comments.items.map((c) => c.getLocation().load('address'));
        await ctx.sync();
        return locations.map((l, i) => `${l.address} ${comments.items[i].content}`);
      });
    expect(await where()).toEqual(['表!A5 第一条']);
    xl.userDeleteRows(5, 1);
    expect(await where()).toEqual([]);
  });

  it('needs ExcelApi 1.10', async () => {
    const xl = createExcelDouble({ sheets: [{ name: '表', values: [['x']] }] }, { apiVersion: '1.9' });
    expect(await codeOf(addComment(xl, 'A1'))).toBe('ApiNotFound');
  });
});

describe('Excel double: calculation mode', () => {
  it('recalculates by itself in automatic mode', async () => {
    const xl = book();
    xl.userType('C2', '=B2*10');
    expect(await value(xl, 'C2')).toBe(10);
    xl.userType('B2', 5);
    expect(await value(xl, 'C2')).toBe(50);
    expect(xl.state.calculateCalls).toEqual([]);
  });

  it('in manual mode keeps stale values until the range or the application is calculated', async () => {
    const xl = book();
    await setMode(xl, 'Manual');
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('表');
      ws.getRange('C2:C3').formulas = [['=B2*10'], ['=B3*10']];
      ws.getRange('D2').formulas = [['=C2+1']];
      ctx.workbook.application.load('calculationMode');
      await ctx.sync();
      expect(ctx.workbook.application.calculationMode).toBe('Manual');
    });
    expect(await value(xl, 'C2')).toBe(0);
    await xl.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('表').getRange('C2:C3').calculate();
      await ctx.sync();
    });
    expect([await value(xl, 'C2'), await value(xl, 'C3')]).toEqual([10, 20]);
    // D2 lies outside the calculated range: still stale.
    expect(await value(xl, 'D2')).toBe(0);
    xl.userType('B2', 5);
    expect(await value(xl, 'C2')).toBe(10);
    await xl.run(async (ctx) => {
      ctx.workbook.application.calculate('Recalculate');
      await ctx.sync();
    });
    expect([await value(xl, 'C2'), await value(xl, 'D2')]).toEqual([50, 51]);
    expect(xl.state.calculateCalls).toEqual(['range:表!C2:C3', 'application:Recalculate']);
  });

  it('a range calculated reads formulas outside it at their cached values', async () => {
    const xl = book();
    await setMode(xl, 'Manual');
    await xl.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('表');
      ws.getRange('C2').formulas = [['=B2*10']];
      ws.getRange('D2').formulas = [['=C2+1']];
      ws.getRange('D2').calculate();
      await ctx.sync();
    });
    expect(await value(xl, 'D2')).toBe(1);
  });
});
