/**
 * copyFrom's source names its sheet (issue 8, Office's real limits): Excel reads a source address
 * without a sheet on the *active* sheet, not on the target's (the double models it), so a format
 * copy written while another sheet is active — 全部工作表 scope, or the user switched sheets during
 * a long 自评 — would copy that sheet's formats. The write path's copy actions always qualify it.
 */
import { createExcelDouble } from '../../../src/double';
import { makeSender } from '../../../src/gateways/office/send';
import type { Op } from '../../../src/gateways/pipeline/ops';

test('a format copy on a sheet that is not active takes its own sheet’s source, not the active one’s', async () => {
  const xl = createExcelDouble({
    activeSheet: '封面',
    sheets: [
      { name: '封面', values: [['封面', 'x']], fills: [['#FF0000', '#FF0000']], numberFormats: [['@', '@']] },
      {
        name: "绩效 'B'",
        values: [
          ['指标', 1],
          [null, null],
        ],
        fills: [['#00B050', '#00B050']],
        numberFormats: [['General', '0.00%']],
      },
    ],
  });
  const op: Op = { phase: 2, bytes: 300, resp: 0, actions: [{ kind: 'copy', sheet: "绩效 'B'", target: 'A2:B2', source: 'A1:B1', type: 'Formats' }] };
  await xl.run((ctx) => makeSender(ctx, 750).send([op], true));
  expect(xl.fillAt('A2', "绩效 'B'")).toBe('#00B050');
  expect(xl.sheetData("绩效 'B'").numberFormats?.[1]).toEqual([null, '0.00%']);
  expect(xl.fillAt('A2', '封面')).toBeNull();
});
