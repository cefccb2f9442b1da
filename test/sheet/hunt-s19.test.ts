/**
 * Session 19 (variants v443, v447, v448, v456, v457): targets the reader took for text or for bare numbers.
 * - A number whose format writes its sign and unit ('"≥"#,##0"平方米"', '0"%"') shows “≥12000平方米” in Excel; it was
 *   read as the bare 12000 (VAL-03 “没有计量单位”, and for a rate the error “缺少%”, op “=”); so was each county's
 *   target in a 区域 table (v456: 9 VAL-03 warnings; v448 and v457 each had 2 false errors “缺少%”).
 * - A range written “[90%,95%]” / “【90%，95%】” / “(85%,95%]” / “95%±2%” was qualitative text (VAL-04 on a rate).
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { shownWithWords } from '../../src/domain/format-words';
import { analyse } from '../../src/engine/analyse';
import { recogniseSheet } from '../../src/sheet/recognise';
import { table } from '../helpers/table';

const ROWS = [
  ['产出指标', '数量指标', '维修改造校舍面积', 12000],
  ['产出指标', '质量指标', '工程验收合格率', 100],
  ['产出指标', '成本指标', '维修改造单位成本', 800],
  ['满意度指标', '服务对象满意度指标', '师生满意度', 90],
];
const FORMATS = { D2: '"≥"#,##0"平方米"', D3: '0"%"', D4: '"≤"0"元/平方米"', D5: '[$-804]"≥"0"%";@' };

describe('a number whose format carries its sign and unit', () => {
  test.each([
    [12000, '"≥"#,##0"平方米"', '≥12000平方米'],
    [100, '0"%"', '100%'],
    [15, 'G/通用格式"所"', '15所'],
    [15, 'General\\所', '15所'],
    [800, '"≤"0.00"元/平方米";[Red]-0.00', '≤800元/平方米'],
    [0.95, '0%', null],
    [0.95, '0.00%"以上"', '95%以上'],
    [45000, 'yyyy"年"m"月"d"日"', null],
    [12, '0', null],
    [12, '0"."00', null],
    [1200, '#,##0.00_);(#,##0.00)', null],
  ])('%s under %s shows %s', (n, fmt, want) => expect(shownWithWords(n, fmt)).toBe(want));

  const g = table(ROWS, { numFormats: FORMATS });
  const ind = () => recogniseSheet(g).projects[0].indicators;

  test('the target reads as Excel shows it', () => {
    expect(ind().map((i) => [i.target.op, i.target.number, i.target.unit])).toEqual([
      ['≥', '12000', '平方米'],
      ['=', '100', '%'],
      ['≤', '800', '元/平方米'],
      ['≥', '90', '%'],
    ]);
  });

  test('no “没有计量单位” / “缺少%” finding, and no proposal to retype the number as text', () => {
    const a = analyse([g], DEFAULT_CONFIG);
    expect(a.diagnostics.filter((d) => /^VAL-0[34]$|^NRM-06$/.test(d.rule)).map((d) => `${d.rule}@${d.cell}`)).toEqual([]);
  });

  test('a 符号 / 单位 column still decides: the format’s words are not read over it', () => {
    const t = table(
      ROWS.map((r) => [...r.slice(0, 3), '≥', r[3], '个']),
      { header: ['一级指标', '二级指标', '三级指标', '符号', '指标值', '单位'], numFormats: { E2: '"≤"0"%"' } },
    );
    const i = recogniseSheet(t).projects[0].indicators[0];
    expect([i.target.op, i.target.number, i.target.unit]).toEqual(['≥', '12000', '个']);
  });
});

describe('a range in interval notation, or a value and its tolerance', () => {
  const g = table([
    ['产出指标', '质量指标', '验收一次通过率', '[90%,95%]'],
    ['产出指标', '质量指标', '检测达标率', '【90%，95%】'],
    ['产出指标', '质量指标', '问题整改完成率', '(85%,95%]'],
    ['效益指标', '可持续影响指标', '运行负荷率', '95%±2%'],
  ]);

  test('each is a range with its bounds', () => {
    const ind = recogniseSheet(g).projects[0].indicators;
    expect(ind.map((i) => [i.target.kind, i.target.op, i.target.number, i.target.upper, i.target.unit])).toEqual([
      ['quantitative', '≥', '90', '95', '%'],
      ['quantitative', '≥', '90', '95', '%'],
      ['quantitative', '>', '85', '95', '%'],
      ['quantitative', '≥', '93', '97', '%'],
    ]);
  });

  test('no “比率类指标…不是数值” on them', () => {
    const a = analyse([g], DEFAULT_CONFIG);
    expect(a.diagnostics.filter((d) => d.rule === 'VAL-04').map((d) => d.cell)).toEqual([]);
  });
});
