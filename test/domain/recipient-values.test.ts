/**
 * Two false findings on 区域绩效目标表 (one target per county): a 数量 row counting money paid out (发放…补贴 ≥800万元)
 * is the amount delivered, not a cost cap — no VAL-09 on the total or on any county; and a county whose cell is “/”
 * (or —, 无, 不涉及) has nothing to do there — no VAL-01 from the per-county value rules.
 */
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import type { CellValue } from '../../src/sheet/grid';
import { table } from '../helpers/table';

const HEAD = ['一级指标', '二级指标', '三级指标', '全省', '城关县', '河口县', '青山县'];
function findings(rows: CellValue[][], ids: string[]) {
  const filler: CellValue[][] = [
    ['产出指标', '时效指标', '资金发放及时率', '≥95%', '≥95%', '≥95%', '≥95%'],
    ['满意度指标', '服务对象满意度指标', '受益农户满意度', '≥90%', '≥90%', '≥90%', '≥90%'],
  ];
  const g = table([...rows, ...filler], {
    header: HEAD,
    above: [
      ['项目名称', '耕地地力保护补贴'],
      ['预算数', 800],
    ],
  });
  const p = analyse([g], DEFAULT_CONFIG).projects[0];
  expect(p.project.recipients?.length).toBe(3);
  return p.diagnostics.filter((d) => ids.includes(d.rule)).map((d) => `${d.rule} ${d.cell}`);
}
const row = (l2: string, l3: string, ...v: CellValue[]): CellValue[] => [l2 === '经济成本指标' ? '成本指标' : '产出指标', l2, l3, ...v];

describe('money paid out under 数量指标 is not a cost target', () => {
  test.each([
    ['发放耕地地力保护补贴', '≥800万元', '≥300万元', '≥200万元', '≥300万元'],
    ['发放农机购置补贴资金', '≥800万元', '≥300万元', '≥200万元', '≥300万元'],
    ['补贴资金发放金额', '≥800万元', '≥300万元', '≥200万元', '≥300万元'],
    ['兑付困难群众救助补助资金', '≥800万元', '≥300万元', '≥200万元', '≥300万元'],
    ['拨付奖补资金', '≥800万元', '≥300万元', '≥200万元', '≥300万元'],
    ['发放补贴', '≥800万元', '≥300万元', '≥200万元', '≥300万元'],
  ])('%s ≥ under 数量指标: no VAL-09', (name, ...v) => {
    expect(findings([row('数量指标', name, ...v)], ['VAL-09'])).toEqual([]);
  });

  test('a cost row with ≥ still gets VAL-09, on the total and each county', () => {
    expect(findings([row('经济成本指标', '项目总成本', '≥800万元', '≥300万元', '≥200万元', '≥300万元')], ['VAL-09'])).toEqual(['VAL-09 D4', 'VAL-09 E4', 'VAL-09 F4', 'VAL-09 G4']);
  });

  test('a money name with no paying-out word under 数量指标 still gets VAL-09', () => {
    expect(findings([row('数量指标', '项目成本', '≥800万元', '≥300万元', '≥200万元', '≥300万元')], ['VAL-09'])).toEqual(['VAL-09 D4', 'VAL-09 E4', 'VAL-09 F4', 'VAL-09 G4']);
  });
});

describe('a county with nothing to do', () => {
  test.each(['/', '／', '—', '-', '无', '不涉及'])('“%s” in a county cell: no VAL-01', (mark) => {
    expect(findings([row('数量指标', '培训人数', '≥800人', '≥300人', mark, '≥500人'), row('质量指标', '合格率', '≥90%', mark, '≥90%', '≥90%')], ['VAL-01'])).toEqual([]);
  });

  test('a template placeholder in a county cell is still VAL-01', () => {
    expect(findings([row('数量指标', '培训人数', '≥800人', '≥300人', '**', '≥500人')], ['VAL-01'])).toEqual(['VAL-01 F4']);
  });

  test('“/” as the whole area’s own target is still VAL-01', () => {
    expect(findings([row('数量指标', '培训人数', '/', '≥300人', '≥200人', '≥500人')], ['VAL-01'])).toEqual(['VAL-01 D4']);
  });
});
