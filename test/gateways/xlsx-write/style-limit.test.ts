/**
 * Excel opens at most 65 430 cell formats (cellXfs plus the cellStyleXfs of non-built-in styles,
 * [MS-OI29500] 2.1.727); past that it repairs the file and drops formats. StyleBook adds formats up to
 * the limit, then only reuses one the part has, and counts the cells left with their own look.
 */
import { StyleBook, XF_LIMIT } from '../../../src/gateways/xlsx-write/styles';

const FILL = '<fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/></patternFill></fill>';
function styles(xfs: number, extra: { fills?: string; styleXfs?: number; cellStyles?: string } = {}): string {
  const list = Array.from(
    { length: xfs },
    (_, i) => `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"${i ? ` applyAlignment="1"><alignment indent="${i}"/></xf>` : '/>'}`,
  );
  const styleXfs = Array.from({ length: extra.styleXfs ?? 1 }, () => '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>').join('');
  return (
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/></font></fonts>' +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>${extra.fills ?? ''}</fills>` +
    `<borders count="1"><border/></borders><cellStyleXfs>${styleXfs}</cellStyleXfs><cellXfs>${list.join('')}</cellXfs>` +
    `<cellStyles>${extra.cellStyles ?? '<cellStyle name="Normal" xfId="0" builtinId="0"/>'}</cellStyles></styleSheet>`
  );
}
const xfCount = (xml: string) => (/<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1].match(/<xf\b/g) ?? []).length;

describe('StyleBook at Excel’s cell-format limit', () => {
  test('far from the limit every look is a new format, and nothing is counted', () => {
    const b = new StyleBook(styles(3));
    expect([b.derive(1, { fill: '#FFC7CE' }), b.derive(2, { bold: true }), b.derive(1, { fill: '#FFC7CE' })]).toEqual([3, 4, 3]);
    expect(b.unstyled).toBe(0);
  });

  test('two formats short: two looks are added, the third cell keeps its own format and is counted with each cell asking', () => {
    const b = new StyleBook(styles(XF_LIMIT - 2));
    expect(b.derive(1, { fill: '#FFC7CE' })).toBe(XF_LIMIT - 2);
    expect(b.derive(2, { bold: true })).toBe(XF_LIMIT - 1);
    expect(b.derive(3, { numFmt: '0.00%' })).toBe(3);
    expect(b.derive(3, { numFmt: '0.00%' })).toBe(3);
    expect(b.derive(1, { fill: '#FFC7CE' })).toBe(XF_LIMIT - 2);
    expect(b.unstyled).toBe(2);
    expect(xfCount(b.result()!)).toBe(XF_LIMIT);
  });

  test('at the limit a format the part already has is reused (same fill, same base)', () => {
    const at = styles(XF_LIMIT - 1, { fills: FILL }).replace('</cellXfs>', '<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1"/></cellXfs>');
    const b = new StyleBook(at);
    expect(b.derive(0, { fill: '#FFC7CE' })).toBe(XF_LIMIT - 1);
    expect(b.derive(0, { fill: '#00FF00' })).toBe(0);
    expect(b.unstyled).toBe(1);
    expect(b.result()).toBeNull();
  });

  test('cell styles that are not built in take their share of the limit; built-in ones do not', () => {
    const own = new StyleBook(
      styles(XF_LIMIT - 2, { styleXfs: 3, cellStyles: '<cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="标题甲" xfId="1"/><cellStyle name="标题乙" xfId="2"/>' }),
    );
    expect(own.derive(1, { bold: true })).toBe(1);
    const builtIn = new StyleBook(
      styles(XF_LIMIT - 2, {
        styleXfs: 3,
        cellStyles: '<cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Good" xfId="1" builtinId="26"/><cellStyle name="Bad" xfId="2" builtinId="27"/>',
      }),
    );
    expect(builtIn.derive(1, { bold: true })).toBe(XF_LIMIT - 2);
  });
});
