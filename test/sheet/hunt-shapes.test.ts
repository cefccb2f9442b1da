/**
 * The reader's small rules for the shapes of county and 专项 tables found in session 6 (variants
 * v100–v115 exercise them end to end; these pin each rule and its limits on one line of a sheet).
 */
import { amountInLabel, labelledAmounts, leadingAmount } from '../../src/sheet/amount-text';
import { nameOnly } from '../../src/sheet/name-below';
import { unitInName } from '../../src/sheet/name-unit';
import { recogniseSheet } from '../../src/sheet/recognise';
import { SELFEVAL_HEADER, table, targetTable } from '../helpers/table';

describe('amounts written as text', () => {
  test.each([
    ['年度资金总额：48万', 48],
    ['资金总额: 12.5 万元', 12.5],
    ['预算数：1,250,000元', 1250000],
  ])('in the label: %s', (t, v) => expect(amountInLabel(t, 1, 1)?.value).toBe(v));

  test.each(['年度资金总额：', '资金总额：约48万，其中…', '其中：财政拨款'])('no amount in the label: %s', (t) => expect(amountInLabel(t, 1, 1)).toBeNull());

  test('the leading amount of a sentence is its total', () => {
    expect(leadingAmount('860万（高标准农田建设400万元，示范区建设300万元）', 1, 1)?.value).toBe(860);
    expect(leadingAmount('高标准农田建设400万元', 1, 1)).toBeNull();
  });

  test('label–amount pairs in one cell', () => {
    expect(labelledAmounts('项目资金：65.46万元其中财政资金：60万元', 1, 1).map((x) => [x.label, x.amount.value])).toEqual([
      ['项目资金', 65.46],
      ['其中财政资金', 60],
    ]);
    expect(labelledAmounts('资金总额：48万', 1, 1)).toEqual([]);
  });
});

describe('names', () => {
  test('an inline name ends where the next field starts', () => {
    expect(nameOnly('社区老年助餐服务补助    主管部门：区民政局')).toBe('社区老年助餐服务补助');
    expect(nameOnly('社区老年助餐服务补助主管部门：区民政局')).toBe('社区老年助餐服务补助');
    expect(nameOnly('社区老年助餐服务补助')).toBe('社区老年助餐服务补助');
  });

  test('a list above the table does not name the project; a label over its value does', () => {
    const list = table([['产出指标', '数量指标', '开展工程建设', '≥2个']], {
      above: [
        ['序号', '乡镇名称', '项目名称', '金额'],
        [1, '东岭镇', '山塘清淤整治', 18],
        [2, '南湖乡', '灌溉渠道修复', 12],
        ['专项名称', '省级小型水利工程专项资金'],
      ],
    });
    expect(recogniseSheet(list).projects[0].name).toBe('省级小型水利工程专项资金');
    const over = table([['产出指标', '数量指标', '开展工程建设', '≥2个']], {
      above: [
        ['项目名称', '项目编码', '主管部门'],
        ['村级水利设施维护', '2024-0316', '县水利局'],
        ['项目总金额（万元）', '财政拨款'],
        [30, 30],
      ],
    });
    expect(recogniseSheet(over).projects[0].name).toBe('村级水利设施维护');
  });
});

describe('units and template rows', () => {
  test.each([
    ['受益群众人数（人）', '人'],
    ['开展工程建设(个)', '个'],
    ['完工率（%）', '%'],
    ['结余率（计算方法为：结余数/预算数）', null],
    ['新建高校(校区)', null],
    ['培训人数（选填）', null],
  ])('unit in the name %s', (name, unit) => expect(unitInName(name)).toBe(unit));

  test('a numbered template row holding only a unit is a placeholder, a filled one is an indicator', () => {
    const p = recogniseSheet(
      targetTable([
        ['产出指标', '数量指标', '指标1：新建供水工程数量', '≥6处'],
        ['产出指标', '数量指标', '指标2：灌区节水改造面积', '万亩'],
        ['产出指标', '质量指标', '指标1：水质达标率', '≧ %'],
        ['产出指标', '数量指标', '河道治理长度', '公里'],
      ]),
    ).projects[0];
    expect(p.indicators.map((x) => x.level3)).toEqual(['新建供水工程数量', '河道治理长度']);
    expect(p.rows.filter((x) => x.role === 'placeholder').map((x) => x.code)).toEqual(['unitOnly', 'unitOnly']);
  });
});

describe('self-evaluation lines', () => {
  test('a 预算执行 line after the grid is the funds line, not a placeholder', () => {
    const p = recogniseSheet(
      table(
        [
          ['产出指标', '数量指标', '经费足额保障率', '100%', '100%', 45, 45, null],
          ['效益指标', '经济效益指标', '结余率', '≤5%', '2.3%', 45, 45, null],
          ['预算执行', null, null, null, null, 10, 9.78, null],
          ['合计', null, null, null, null, 100, 99.78, null],
        ],
        { header: SELFEVAL_HEADER },
      ),
    ).projects[0];
    expect(p.rows.find((x) => x.row === 4)).toMatchObject({ role: 'funds' });
    expect(p.funds.score?.value).toBe(9.78);
  });

  test('偏差原因 | 改进措施 in two columns: either explains the row', () => {
    const header = [...SELFEVAL_HEADER.slice(0, 7), '偏差原因', '改进措施'];
    const p = recogniseSheet(table([['产出指标', '时效指标', '当年完工率', '≥90%', '85%', 10, 9.44, null, '加快施工组织']], { header })).projects[0];
    expect(p.indicators[0].reason).toBe('加快施工组织');
  });

  test('a funds line of label | amount pairs is read, not taken for a header', () => {
    const p = recogniseSheet(
      table([['产出指标', '数量指标', '经费足额保障率', '100%', '100%', 90, 90, null]], {
        header: SELFEVAL_HEADER,
        above: [
          ['项目名称', '机关运行保障专项经费'],
          ['项目资金', '年初预算数', 36, '全年执行数', 35.2],
        ],
      }),
    ).projects[0];
    expect([p.funds.total?.value, p.funds.executed?.value]).toEqual([36, 35.2]);
  });
});

describe('town columns', () => {
  test('towns after 指标方向 with no 指标值 over them: the first is the target, the others recipients', () => {
    const p = recogniseSheet(
      table(
        [
          ['产出指标', '数量指标', '开展工程建设（个）', '反映开展情况', '≥', 1, 2],
          ['效益指标', '社会效益指标', '受益群众人数（人）', '反映惠及人口', '≥', 800, 650],
        ],
        { header: ['一级指标', '二级指标', '三级指标', '指标解释', '指标方向', '东岭镇', '南湖乡'] },
      ),
    ).projects[0];
    expect(p.columns.target).toBe(6);
    expect(p.recipients).toEqual([{ col: 7, name: '南湖乡' }]);
    expect(p.indicators.map((x) => [x.target.op, x.target.number, x.target.unit])).toEqual([
      ['≥', '1', '个'],
      ['≥', '800', '人'],
    ]);
    expect(p.indicators[1].recipientTargets?.[0]).toMatchObject({ op: '≥', number: '650', unit: '人' });
  });

  test('year columns are periods, not towns: no target is guessed', () => {
    const header = ['一级指标', '二级指标', '三级指标', '2024年', '2025年'];
    const p = recogniseSheet(
      table(
        [
          ['产出指标', '数量指标', '开展工程建设', '≥1个', '≥2个'],
          ['效益指标', '社会效益指标', '受益人数', '≥100人', '≥200人'],
        ],
        { header },
      ),
    ).projects[0];
    expect(p.columns.target).toBeUndefined();
    expect((p.doubtCodes ?? []).map((d) => d.code)).toContain('noTargetColumn');
  });

  test('a 备注 column after the levels is not a town', () => {
    const p = recogniseSheet(table([['产出指标', '数量指标', '开展工程建设', '']], { header: ['一级指标', '二级指标', '三级指标', '备注'] })).projects[0];
    expect(p.columns.target).toBeUndefined();
  });
});
