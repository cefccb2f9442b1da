/** solidText: the texts normaliseText answers without its memo must be exactly those it would leave as they are. */
import { solidText } from '../../src/domain/solid';
import { INVISIBLE_CLASS, normaliseText } from '../../src/domain/text';

const ANY_WS = new RegExp(`[\\s${INVISIBLE_CLASS}]`);

describe('solidText', () => {
  test('no code unit it passes is white space or invisible (every one of the 65 536)', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (solidText(String.fromCharCode(c)) && ANY_WS.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  test('the white space and invisible characters a sheet carries are not passed; texts as cells hold them', () => {
    for (const t of ['一级 指标', '指标\u3000值', '\ufeff指标', '数量\u200b指标', '\u00a0100', 'a\tb', '产出\n指标', 'x\uFFF9']) expect(solidText(t)).toBe(false);
    for (const t of ['一级指标', '≥95%', '（一）数量指标', '100万元', 'ＡＢＣ１２３', '“满意度”']) expect(solidText(t)).toBe(true);
    expect(solidText('指'.repeat(65))).toBe(false);
  });

  test('normaliseText answers the same either way', () => {
    for (const t of ['一级指标', '一级 指标', '指标\u3000值', '≥ 95 %', 'ＡＢＣ', '产出\u200b指标', '  a  b  ']) expect(normaliseText(t)).toBe(normaliseText(`${t}`.slice(0)));
    expect(normaliseText('一级 指标')).toBe('一级指标');
    expect(normaliseText('≥95%')).toBe('≥95%');
  });
});
