import { canonicalName, normaliseText, toHalfWidth } from '../../src/domain/text';

describe('normaliseText (NRM-01)', () => {
  it.each([
    ['社会效益指 标', '社会效益指标'],
    ['服务对象满\n意度指标', '服务对象满意度指标'],
    ['实践中心   “双师”素质\n教师占比', '实践中心“双师”素质教师占比'],
    ['开展社会培 训、真实生 产和技术服 务合作企业\n数量', '开展社会培训、真实生产和技术服务合作企业数量'],
    ['2023  年现代职业教育', '2023 年现代职业教育'],
    ['建设大模型\r\n生产中心', '建设大模型生产中心'],
    ['社会\t效益\u3000指标\u00a0', '社会效益指标'],
    ['打造市\n（省）级开 放型', '打造市（省）级开放型'],
    ['《通知》 、 使用', '《通知》、使用'],
    ['配备行业一流的 AI 计算集群', '配备行业一流的 AI 计算集群'],
    ['  AI   computing  ', 'AI computing'],
    ['≥10000 条数据', '≥10000 条数据'],
    ['２０２４ 年', '２０２４ 年'],
    ['', ''],
    [' \n\t ', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
    expect(normaliseText(expected)).toBe(expected);
  });

  it('never throws on non-strings', () => {
    expect(normaliseText(undefined as unknown as string)).toBe('');
    expect(normaliseText(42 as unknown as string)).toBe('');
  });
});

describe('toHalfWidth', () => {
  it('converts digits, letters and number punctuation', () => {
    expect(toHalfWidth('０１２３４５６７８９')).toBe('0123456789');
    expect(toHalfWidth('ＡＢｃ')).toBe('ABc');
    expect(toHalfWidth('５．５％')).toBe('5.5%');
    expect(toHalfWidth('＞＜＝＋－')).toBe('><=+-');
    expect(toHalfWidth('元／人')).toBe('元/人');
    expect(toHalfWidth('a\u3000b')).toBe('a b');
  });
  it('keeps CJK brackets, quotes and punctuation', () => {
    expect(toHalfWidth('（省）“双师”，、。：；！？')).toBe('（省）“双师”，、。：；！？');
  });
});

describe('canonicalName', () => {
  it.each([
    ['实践中心   “双师”素质\n教师占比', '实践中心“双师”素质教师占比'],
    ['２０２４ 年 奖学金', '2024 年奖学金'],
    ['打造市\n（省）级', '打造市（省）级'],
    ['ＡＩ 计算', 'AI 计算'],
  ])('%j → %j', (input, expected) => {
    expect(canonicalName(input)).toBe(expected);
  });
  it('makes wrapped and clean spellings equal', () => {
    expect(canonicalName('服务对象满\n意度指标')).toBe(canonicalName('服务对象满意度指标'));
  });
});
