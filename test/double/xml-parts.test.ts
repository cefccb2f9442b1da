/** workbook.customXmlParts in the double (ExcelApi 1.5): the store both runtimes see, with its limits. */
import { createExcelDouble, fromGrid, XML_PART_LIMIT } from '../../src/double';
import { generateGrid } from '../../bench/grid-gen';

const NS = 'urn:test:parts';

test('add, read by id and by namespace, delete; kept in the document (data) and seen from another runtime', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(5)));
  const id = await xl.run(async (ctx) => {
    const p = ctx.workbook.customXmlParts.add(`<a xmlns="${NS}">绩效 &amp; 1</a>`).load('id');
    ctx.workbook.customXmlParts.add('<b xmlns="urn:other">x</b>');
    await ctx.sync();
    return p.id;
  });
  expect(id).toMatch(/^\{[0-9a-f-]+\}$/);
  const again = createExcelDouble(xl.data());
  for (const d of [xl, again]) {
    await d.run(async (ctx) => {
      const scoped = ctx.workbook.customXmlParts.getByNamespace(NS).load('id,namespaceUri');
      const count = ctx.workbook.customXmlParts.getCount();
      const xml = ctx.workbook.customXmlParts.getItem(id).getXml();
      await ctx.sync();
      expect(scoped.items.map((p) => [p.id, p.namespaceUri])).toEqual([[id, NS]]);
      expect(count.value).toBe(2);
      expect(xml.value).toBe(`<a xmlns="${NS}">绩效 &amp; 1</a>`);
    });
  }
  await xl.run(async (ctx) => {
    ctx.workbook.customXmlParts.getItem(id).delete();
    const gone = ctx.workbook.customXmlParts.getItemOrNullObject(id);
    await ctx.sync();
    expect(gone.isNullObject).toBe(true);
  });
});

test('a part that is not one well-formed element, or over XML_PART_LIMIT bytes, is refused; a failed sync adds nothing', async () => {
  const xl = createExcelDouble(fromGrid(generateGrid(5)));
  for (const bad of ['no root', '<a>1</b>', '<a>x & y</a>', '<a/><b/>']) {
    await expect(
      xl.run(async (ctx) => {
        ctx.workbook.customXmlParts.add(bad);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  }
  await expect(
    xl.run(async (ctx) => {
      ctx.workbook.customXmlParts.add(`<a xmlns="${NS}">${'绩'.repeat(Math.ceil(XML_PART_LIMIT / 3))}</a>`);
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'GeneralException' });
  expect(xl.state.xmlParts.size).toBe(0);
});

test('ExcelApi below 1.5 has no custom XML parts; a part is not on Excel’s undo stack (Ctrl+Z leaves it)', async () => {
  const old = createExcelDouble(fromGrid(generateGrid(5)), { apiVersion: '1.4' });
  await expect(
    old.run(async (ctx) => {
      ctx.workbook.customXmlParts.add(`<a xmlns="${NS}">1</a>`);
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ApiNotFound' });
  const xl = createExcelDouble(fromGrid(generateGrid(5)));
  await xl.run(async (ctx) => {
    ctx.workbook.customXmlParts.add(`<a xmlns="${NS}">1</a>`);
    ctx.workbook.worksheets.getActiveWorksheet().getRange('A1').values = [['x']];
    await ctx.sync();
  });
  expect(xl.excelUndo()).toBe(true);
  expect(xl.state.xmlParts.size).toBe(1);
});
