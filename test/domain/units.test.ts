import { parseValue } from '../../src/domain/value';
import { compatible, isCostName, isNegativeName, isRateName, nameClass, parseUnitText, unitClass, type NameClass, type UnitClass } from '../../src/domain/units';

describe('unitClass', () => {
  it.each<[string | null, UnitClass | null]>([
    ['%', 'percent'],
    ['％', 'percent'],
    ['百分比', 'percent'],
    ['百分号', 'percent'],
    ['PCT', 'percent'],
    ['个百分点', 'percent'],
    ['人', 'persons'],
    ['名', 'persons'],
    ['人次', 'personTimes'],
    ['人/次', 'personTimes'],
    ['次', 'occurrences'],
    ['场', 'occurrences'],
    ['期', 'occurrences'],
    ['班次', 'occurrences'],
    ['次/年', 'occurrences'],
    ...['个', '项', '家', '台', '套', '件', '所', '篇', '份', '册', '条', '门', '批', '间', '平方米', '条数据'].map((u) => [u, 'count'] as [string, UnitClass]),
    ['万元', 'money'],
    ['元', 'money'],
    ['亿元', 'money'],
    ['元/人', 'rateMoney'],
    ['元/生·年', 'rateMoney'],
    ['元/人·月', 'rateMoney'],
    ['元/台', 'rateMoney'],
    ['万元/人', 'rateMoney'],
    ['元/人·天', 'rateMoney'],
    ...['天', '日', '个月', '月', '年', '小时', '工作日'].map((u) => [u, 'time'] as [string, UnitClass]),
    ['date', 'date'],
    ['kWh', 'other'],
    [null, null],
    ['', null],
  ])('%j → %s', (unit, cls) => {
    expect(unitClass(unit)).toBe(cls);
  });
});

describe('parseUnitText', () => {
  it.each([
    ['条数据', '条', null, ['count-noun']],
    ['百分号', '%', null, ['percent-word']],
    ['%以上', '%', '≥', ['postfix-op']],
    ['人次以下', '人次', '≤', ['postfix-op']],
    ['个月内', '个月', '≤', ['postfix-op']],
    ['家企业', '家', null, ['count-noun']],
    ['人/次', '人次', null, ['unit-alias']],
    ['元/人•天', '元/人·天', null, []],
    // a rate target is a quantity however its dot or brackets were typed
    ['元/人.天', '元/人·天', null, []],
    ['元/人∙天', '元/人·天', null, []],
    ['元/(人·天)', '元/人·天', null, []],
    ['元/（人·天）以内', '元/人·天', '≤', ['postfix-op']],
    ['元每人每天', '元/人·天', null, []],
    ['次每年', '次/年', null, []],
    ['元/m²', '元/m²', null, []],
    ['以上', null, '≥', ['postfix-op']],
  ])('%j → unit %j, postfix %j', (text, unit, postfix, changes) => {
    const u = parseUnitText(text);
    expect(u).not.toBeNull();
    expect(u!.unit).toBe(unit);
    expect(u!.postfix).toBe(postfix);
    expect(u!.changes).toEqual(changes);
  });
  it.each(['年现代职业教育', '天完成', '月底前', '-个', '12个', '*', '元每人每天每月补助'])('%j is not a unit', (text) => {
    expect(parseUnitText(text)).toBeNull();
  });
});

describe('nameClass (§8.1)', () => {
  it.each<[string, NameClass]>([
    ['补助资金发放及时率', 'percent'],
    ['工作任务完成及时率', 'percent'],
    ['任务按期完成率', 'percent'],
    ['装备配备覆盖率', 'percent'],
    ['符合资助政策留学生比例', 'percent'],
    ['实践中心“双师”素质教师占比', 'percent'],
    ['实践中心   “双师”素质\n教师占比', 'percent'],
    ['工程质量达标率(%)', 'percent'],
    ['足额保障率(参保率)', 'percent'],
    ['学生满意度', 'satisfaction'],
    ['服务对象满意率', 'satisfaction'],
    ['用人单位认可度', 'satisfaction'],
    ['收入增长率', 'growth'],
    ['投诉量下降率', 'growth'],
    ['教师素质提高计划参培人数', 'persons'],
    ['奖学金人员数量', 'persons'],
    ['保障村干部人数', 'persons'],
    ['接受宣传教育师生人次', 'personTimes'],
    ['出差人次', 'personTimes'],
    ['组织召开会议次数', 'occurrences'],
    ['培训班次', 'occurrences'],
    ['设备购置成本', 'money'],
    ['项目实际成本', 'money'],
    ['补助金额', 'money'],
    ['投入资金', 'money'],
    ['成本控制', 'money'],
    ['社会成本指标', 'money'],
    ['单位购置成本', 'rateMoney'],
    ['出差单位成本', 'rateMoney'],
    ['人均会议成本', 'rateMoney'],
    ['资助标准', 'rateMoney'],
    ['资助政策发挥作用时间', 'time'],
    ['项目财政资金到位时间', 'time'],
    ['建设周期', 'time'],
    ['数据上报量', 'count'],
    ['建设服务支撑专业数量', 'count'],
    ['补贴渔船数', 'count'],
    ['补助村(社区)数量', 'count'],
    ['提交报告及时性', null],
    ['经费支出合规性', null],
    ['专款专用', null],
    ['符合标准', null],
    ['建设大模型生产中心', null],
    ['新建高校(校区)', null],
  ])('%j → %s', (name, cls) => {
    expect(nameClass(name)).toBe(cls);
  });
});

describe('compatible (VAL-08)', () => {
  it.each<[NameClass, UnitClass | null, boolean]>([
    ['percent', 'percent', true],
    ['percent', 'persons', false],
    ['percent', 'count', false],
    ['satisfaction', 'percent', true],
    ['satisfaction', 'other', false],
    ['growth', 'percent', true],
    ['time', 'personTimes', false], // seed: 资助政策发挥作用时间 ≥2500 人次
    ['time', 'date', true],
    ['time', 'time', true],
    ['time', 'percent', true],
    ['persons', 'persons', true],
    ['persons', 'count', true], // =42个 for 村干部人数
    ['persons', 'personTimes', false],
    ['personTimes', 'persons', true],
    ['occurrences', 'count', true],
    ['money', 'money', true],
    ['money', 'percent', false], // 社会成本指标 100 %
    ['money', 'rateMoney', true],
    ['rateMoney', 'money', true],
    ['count', 'count', true],
    ['count', 'persons', true],
    ['count', 'percent', false],
    ['count', 'money', false],
    [null, 'percent', true],
    ['percent', null, true],
  ])('%s name with %s unit → %s', (n, u, ok) => {
    expect(compatible(n, u)).toBe(ok);
  });
});

describe('direction helpers', () => {
  it.each(['设备购置成本', '补助金额', '出差单位成本', '成本控制'])('%j is a cost name', (n) => {
    expect(isCostName(n)).toBe(true);
  });
  it.each(['资金到位率', '项目财政资金到位时间', '成本节约率', '学生满意度'])('%j is not a cost name', (n) => {
    expect(isCostName(n)).toBe(false);
  });
  it.each(['预算超支率', '投诉率', '安全事故数', '差错率', '资金结余率', '失误率', '返工率', '不合格率', '污染物排放量'])('%j: lower is better', (n) =>
    expect(isNegativeName(n)).toBe(true),
  );
  it.each(['合格率', '投诉处理率', '安全隐患整改率', '能耗降低率', '排放达标率', '资助对象投诉处理满意度'])('%j: higher is better', (n) => expect(isNegativeName(n)).toBe(false));
  it('isRateName covers percent, satisfaction and growth names', () => {
    expect(isRateName('当年发放率')).toBe(true);
    expect(isRateName('境外学生满意度')).toBe(true);
    expect(isRateName('收入增长率')).toBe(true);
    expect(isRateName('与会人数')).toBe(false);
  });
});

describe('rate targets are quantities, not text', () => {
  it.each(['17元/人·天', '≤17元/人·天', '17元/人.天', '17元/(人·天)', '17元每人每天', '2000元/生·年', '≤2.5万元/公里', '5元/m²'])('%j', (raw) => {
    const p = parseValue(raw);
    expect(p.kind).toBe('quantitative');
    expect(p.value).not.toBeNull();
    expect(p.unit).toMatch(/\//);
  });
});
