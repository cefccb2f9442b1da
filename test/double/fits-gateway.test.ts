/**
 * The double must satisfy the Office gateway's view of the Excel API. src/double may not import the gateway
 * (it checks it), so the check lives here: the typecheck fails when the two drift apart, and the runner
 * below drives the double through the gateway's types alone.
 */
import type { XlContext, XlRunner } from '../../src/gateways/office/api';
import { createExcelDouble, type DoubleContext, type ExcelDouble } from '../../src/double';

type Assignable<A, B> = [A] extends [B] ? true : false;
const fits: Assignable<DoubleContext, XlContext> & Assignable<ExcelDouble, XlRunner> = true;

test('the double runs a batch typed only by the gateway’s view of Excel', async () => {
  expect(fits).toBe(true);
  const runner: XlRunner = createExcelDouble({ sheets: [{ name: '表1', values: [['指标', 95]] }] });
  const values = await runner.run({}, async (context: XlContext) => {
    const range = context.workbook.worksheets.getItem('表1').getRange('A1:B1');
    range.load('values');
    await context.sync();
    return range.values;
  });
  expect(values).toEqual([['指标', 95]]);
});
