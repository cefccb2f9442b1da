/**
 * A person's corrections on a table laid across (--map / the pane) apply to it, in the sheet's terms — an
 * indicator named by its column, a role by its label's row — and the table is still read across.
 */
import { analyse } from '../../src/engine/analyse';
import { parseCorrections, shiftCorrections } from '../../src/engine/corrections';
import { fullReport } from '../../src/engine/report';
import { makeGrid, type CellValue } from '../../src/sheet/grid';

const ROWS: CellValue[][] = [
  ['项目名称', '职业技能培训'],
  ['项目总预算（万元）', 120],
  ['一级指标', '产出指标', '产出指标', '满意度指标', '产出指标'],
  ['二级指标', '数量指标', '质量指标', '服务对象满意度指标', '数量指标'],
  ['三级指标', '培训人数', '合格率', '满意度', '说明：本列为填表示例'],
  ['指标值', '≥100人', '100%', '≥90%', '≥1个'],
  ['调整后目标值', '≥120人', '100%', '≥92%', null],
];

function read(map?: unknown) {
  const a = analyse(
    [
      makeGrid(
        'S',
        ROWS.map((r) => [...r]),
      ),
    ],
    undefined,
    map ? parseCorrections(map) : undefined,
  );
  const p = fullReport([{ file: 'x.xlsx', analysis: a }]).files[0].projects[0];
  return { across: p.doubtCodes.some((d) => d.code === 'transposedTable'), n: p.indicators.length, targets: p.indicators.map((i) => i.target?.raw ?? null), columns: p.columns };
}

test('without corrections: four indicators read across', () => {
  expect(read()).toMatchObject({ across: true, n: 4, targets: ['≥100人', '100%', '≥90%', '≥1个'] });
});

test('“column E is not an indicator”: read across, three indicators', () => {
  expect(read({ rows: [{ sheet: 'S', row: 6, column: 'E', role: 'placeholder' }] })).toMatchObject({ across: true, n: 3 });
});

test('“the 指标值 is the label on row 7”: the targets come from that row', () => {
  const got = read({ columns: [{ sheet: 'S', headerRow: 3, role: 'target', row: 7 }] });
  expect(got).toMatchObject({ across: true, targets: ['≥120人', '100%', '≥92%', ''], columns: { target: 'A7' } });
});

test('a correction on another sheet or a plain row number inside the table changes nothing', () => {
  expect(read({ rows: [{ sheet: 'T', row: 6, column: 'E', role: 'placeholder' }] })).toMatchObject({ across: true, n: 4 });
  expect(read({ rows: [{ sheet: 'S', row: 6, role: 'placeholder' }] })).toMatchObject({ across: true, n: 4 });
});

test('a label row moves down with rows inserted above it', () => {
  const c = shiftCorrections(parseCorrections({ columns: [{ sheet: 'S', headerRow: 3, role: 'target', row: 7 }] }), 'S', [{ at: 2, count: 1 }]);
  expect(c.columns).toEqual([{ sheet: 'S', headerRow: 4, role: 'target', row: 8 }]);
});

test('a bad column in a row correction is named in Chinese', () => {
  expect(() => parseCorrections({ rows: [{ sheet: 'S', row: 6, column: 7, role: 'placeholder' }] })).toThrow('column 应为列字母');
});
