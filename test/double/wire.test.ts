/**
 * The wire's bytes (issue 8: "byte estimates must hold for the wire format Excel uses; measure
 * conservatively for Chinese text"). The double measures a sync as JSON in UTF-8 (3 bytes a Chinese
 * character). Whether Excel on the web's wire carries Chinese as UTF-8 or escaped (\uXXXX, 6 bytes)
 * is not documented: `wireEscapesNonAscii` makes the double measure the escaped form, so the
 * gateway's UTF-8 estimates run low by up to half and its re-send in halves must carry the rest
 * (test/gateways/office/wire.test.ts). docs/real-excel-checklist.md item 21 asks the real figure.
 */
import { createExcelDouble } from '../../src/double';

async function bytesOf(escaped: boolean): Promise<{ req: number; resp: number }> {
  const xl = createExcelDouble({ sheets: [{ name: 'S', values: [['绩效目标表', 'abc']] }] }, { wireEscapesNonAscii: escaped });
  await xl.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('S');
    ws.getRange('C1').values = [['项目支出']];
    ws.getRange('A1:B1').load('values');
    await ctx.sync();
  });
  const s = xl.syncLog[xl.syncLog.length - 1];
  return { req: s.requestBytes, resp: s.responseBytes };
}

test('escaped wire: each Chinese character 6 bytes instead of 3, in the request and in the answer', async () => {
  const utf8 = await bytesOf(false);
  const escaped = await bytesOf(true);
  expect(escaped.req - utf8.req).toBe(4 * 3); // 项目支出
  expect(escaped.resp - utf8.resp).toBe(5 * 3); // 绩效目标表
});

test('escaped wire: a sync over the limit only because of its Chinese is refused', async () => {
  const text = '指'.repeat(400);
  const run = (escaped: boolean) =>
    createExcelDouble({ sheets: [{ name: 'S', values: [['x']] }] }, { payloadLimit: 2000, wireEscapesNonAscii: escaped }).run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[text]];
      await ctx.sync();
    });
  await expect(run(false)).resolves.toBeUndefined();
  await expect(run(true)).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
});
