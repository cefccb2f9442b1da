/** Traditional-character and English headers and level names are read, not refused. */
import { analyse } from '../../src/engine/analyse';
import { englishWord, levelText, toSimplified } from '../../src/sheet/foreign';
import { makeGrid } from '../../src/sheet/grid';
import { recogniseSheet } from '../../src/sheet/recognise';

test('folding for matching', () => {
  expect(toSimplified('一級指標')).toBe('一级指标');
  expect(toSimplified('權重')).toBe('权重');
  expect(toSimplified('产出指标')).toBe('产出指标');
  expect(englishWord('Target value')).toBe('指标值');
  expect(englishWord('Level-1 indicator')).toBe('一级指标');
  expect(englishWord('Weight (points)')).toBe('分值');
  expect(englishWord('Training of teachers')).toBeNull();
  expect(levelText('Output', 1)).toBe('产出指标');
  expect(levelText('Quantity', 2)).toBe('数量指标');
  expect(levelText('產出指標', 1)).toBe('产出指标');
});

test('a Traditional-character target table: header, levels, weights, name and total read', () => {
  const g = makeGrid('績效目標表', [
    ['項目名稱', '教師培訓計劃', null, null, null],
    ['一級指標', '二級指標', '三級指標', '指標值', '權重'],
    ['產出指標', '數量指標', '培訓教師人數', '≥100人', 20],
    ['產出指標', '質量指標', '培訓合格率', '≥95%', 20],
    ['產出指標', '時效指標', '按時完成率', '100%', 10],
    ['效益指標', '社會效益指標', '教學水平提升', '顯著提升', 30],
    ['滿意度指標', '服務對象滿意度指標', '參訓教師滿意度', '≥90%', 20],
    ['總分', null, null, null, 100],
  ]);
  const { projects } = recogniseSheet(g);
  expect(projects).toHaveLength(1);
  const p = projects[0];
  expect(p.name).toBe('教師培訓計劃');
  expect(p.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, target: 4, weight: 5 });
  expect(p.indicators.map((x) => [x.level1, x.level2])).toEqual([
    ['产出指标', '数量指标'],
    ['产出指标', '质量指标'],
    ['产出指标', '时效指标'],
    ['效益指标', '社会效益指标'],
    ['满意度指标', '服务对象满意度指标'],
  ]);
  // The cells keep their own text.
  expect(p.indicators[0].level1Text).toBe('產出指標');
  expect(p.rows.find((r) => r.row === 8)?.role).toBe('total');
  expect(analyse([g]).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

test('an English target table: Indicator / Target value / Weight, Output / Quantity levels', () => {
  const g = makeGrid('Targets', [
    ['Project name', 'Teacher training programme', null, null, null],
    ['Level-1 indicator', 'Level-2 indicator', 'Indicator', 'Target value', 'Weight'],
    ['Output', 'Quantity', 'Teachers trained', '≥100人', 20],
    ['Output', 'Quality', 'Pass rate', '≥95%', 20],
    ['Output', 'Timeliness', 'Completed on time', '100%', 10],
    ['Outcome', 'Social benefit', 'Teaching quality', '显著提升', 30],
    ['Satisfaction', 'Satisfaction', 'Teacher satisfaction', '≥90%', 20],
    ['Total', null, null, null, 100],
  ]);
  const p = recogniseSheet(g).projects[0];
  expect(p.name).toBe('Teacher training programme');
  expect(p.columns).toMatchObject({ level1: 1, level2: 2, level3: 3, target: 4, weight: 5 });
  expect(p.indicators.map((x) => x.level2)).toEqual(['数量指标', '质量指标', '时效指标', '社会效益指标', '服务对象满意度指标']);
  expect(p.rows.find((r) => r.row === 8)?.role).toBe('total');
  expect(analyse([g]).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

test('a Chinese sheet is read as before: English words inside cells are not headers', () => {
  const g = makeGrid('S', [
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', 'Total 覆盖人数', '≥100人'],
    ['产出指标', '质量指标', 'IT 系统可用率', '≥99%'],
  ]);
  expect(recogniseSheet(g).projects[0].indicators).toHaveLength(2);
});
