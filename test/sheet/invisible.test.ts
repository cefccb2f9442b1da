/** Header words with characters that show nothing (zero-width, NBSP, direction marks, controls) still match. */
import { dropInvisible, normaliseText } from '../../src/domain/text';
import { roleOf } from '../../src/sheet/headers';
import { recogniseSheet } from '../../src/sheet/recognise';
import { makeGrid } from '../../src/sheet/grid';

const ODD = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u200e', '\u200f', '\u202b', '\u202c', '\u2067', '\u0001', '\u001f', '\u007f', '\u00ad'];

describe('invisible characters', () => {
  test.each(ODD.map((c) => [JSON.stringify(c), c]))('%s inside, before and after a header word', (_n, c) => {
    expect(roleOf(`一级${c}指标`)).toBe('level1');
    expect(roleOf(`${c}三级指标${c}`)).toBe('level3');
    expect(roleOf(`指${c}标${c}值`)).toBe('target');
  });

  test('a table whose every header word carries one is found, and its labels come out clean', () => {
    const g = makeGrid('S', [
      ['一级\u200b指标', '\u200f二级指标', '三级\u00a0指标', '指标值\u0007'],
      ['产出\u200d指标', '数量指标\u202c', '培训\u2060人次', '≥100人次'],
    ]);
    const [p] = recogniseSheet(g).projects;
    expect(p).toBeDefined();
    expect(p.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, target: 4 });
    expect([p.indicators[0].level1, p.indicators[0].level3]).toEqual(['产出指标', '培训人次']);
  });

  test('normaliseText drops them, keeps tabs/newlines as whitespace rules say, and is idempotent', () => {
    expect(normaliseText('社会\u200b效益\u200e指标')).toBe('社会效益指标');
    expect(normaliseText('AI\u00a0计算')).toBe('AI 计算');
    expect(dropInvisible('a\u0000b\tc')).toBe('ab\tc');
    const s = '\u202b满意度\u202c\u00ad 指标\u0085';
    expect(normaliseText(normaliseText(s))).toBe(normaliseText(s));
  });
});
