import { labelWeight, stripLabel } from '../../src/domain/catalogue';
import { templateText } from '../../src/sheet/template-text';
import { joinedHead } from '../../src/sheet/header-cut';
import { indicatorPoints } from '../../src/sheet/level-weights';
import { headerColumns, roleOf } from '../../src/sheet/headers';
import { blankish } from '../../src/sheet/rows';

describe('template text left where an indicator goes', () => {
  test.each(['（可根据需要增行）', 'XX指标', '×××', '请填写', '自定义指标', '……（自行增加）', '此处填写三级指标', '(根据需要自行添加)', '＊＊＊名称', '（具体指标）'])(
    '%s is a placeholder',
    (t) => {
      expect(templateText(t)).toBe(true);
      expect(blankish(t)).toBe(true);
    },
  );
  test.each(['培训人数', '新增校舍面积', '增加就业人数', '指标增加数量', 'XX县覆盖率', '其他', '具体指标', '项目'])('%s is not', (t) => {
    expect(templateText(t)).toBe(false);
  });
});

describe('a head cut mid-word over two rows', () => {
  test('年度指标 / 值 is the 指标值, 实际完成 / 值 keeps its own reading', () => {
    expect(joinedHead('年度指标', '值', roleOf)).toBe('年度指标值');
    expect(joinedHead('指标', '名称', roleOf)).toBe('指标名称');
    expect(joinedHead('实际完成', '值', roleOf)).toBe('值');
    expect(joinedHead('备', '注释说明文字', roleOf)).toBe('注释说明文字');
  });
});

describe('every level weighed', () => {
  test('the indicator’s 分值 is the one right of its 三级 name', () => {
    const cols = headerColumns(['一级指标', '权重', '二级指标', '分值', '三级指标', '计量单位', '目标值(标准)', '分值'])!;
    expect([cols.level3, cols.target, cols.weight]).toEqual([5, 7, 8]);
  });
  test('a lone 分值 left of the name keeps it', () => {
    const cols = { level3: 3, weight: 2 };
    indicatorPoints(['一级指标', '分值', '三级指标', '指标值'], cols, roleOf);
    expect(cols.weight).toBe(2);
  });
});

describe('label notes in other brackets and required-field marks', () => {
  test.each([
    ['满意度指标【10分】', '满意度指标', 10],
    ['数量指标*', '数量指标', null],
    ['时效指标★', '时效指标', null],
    ['产出指标(50分)', '产出指标', 50],
  ])('%s', (t, name, weight) => {
    expect([stripLabel(t), labelWeight(t)]).toEqual([name, weight]);
  });
});
