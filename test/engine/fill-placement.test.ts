/**
 * Where `fill` puts things. Its inserted lines (预算执行情况, 总分) never land inside a merged area: a table
 * whose last rows are merged down past its last indicator (评分标准 written over two rows, a funds block
 * merged beside the grid's end) gets its lines below the merge, not between the merge's rows. Every edit
 * has a real cell (a 自评表 with its funds block only has no grid to write beside: it crashed on a column
 * of Infinity). Checked on every fixture and variant, and on the shapes that failed before.
 */
import * as fs from 'fs';
import { DEFAULT_CONFIG } from '../../src/domain/config';
import { analyse } from '../../src/engine/analyse';
import { planAll } from '../../src/engine/planner';
import { FIXTURES, fixture, grids } from '../helpers/fixtures';

const files = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx')),
  ...fs
    .readdirSync(fixture('variants'))
    .filter((f) => f.endsWith('.xlsx'))
    .map((f) => `variants/${f}`),
];

async function insertsInsideMerges(name: string): Promise<{ inserts: number; inside: string[]; offGrid: string[] }> {
  const gs = await grids(name);
  let plan;
  try {
    plan = planAll(gs, analyse(gs, DEFAULT_CONFIG), DEFAULT_CONFIG, { fix: false, highlight: false, fill: true });
  } catch {
    return { inserts: 0, inside: [], offGrid: [] }; // fill refuses this sheet (no room beside a table): nothing is inserted
  }
  const inside: string[] = [];
  const place = (e: object) => Object.entries(e).filter(([k]) => ['row', 'col', 'at', 'count', 'formatFrom'].includes(k));
  const offGrid = plan.edits.filter((e) => place(e).some(([, v]) => !Number.isInteger(v) || v < 1)).map((e) => JSON.stringify(e));
  let inserts = 0;
  for (const e of plan.edits) {
    if (e.kind !== 'insertRows') continue;
    inserts++;
    const g = gs.find((x) => x.name === e.sheet)!;
    for (const m of g.merges) if (m.top < e.at && m.bottom >= e.at) inside.push(`${e.sheet}!row ${e.at} inside rows ${m.top}–${m.bottom}`);
  }
  return { inserts, inside, offGrid };
}

test.each(['variants/v67-standards-over-two-rows.xlsx', 'variants/v186-funds-after-grid.xlsx'])('%s: the lines go below the merge that ran past the table', async (name) => {
  const r = await insertsInsideMerges(name);
  expect(r.inserts).toBeGreaterThan(0);
  expect(r.inside).toEqual([]);
});

test('a 自评表 with its funds block only (no grid columns): nothing planned beside it, every edit on a real cell', async () => {
  const r = await insertsInsideMerges('real-11-jiangxi-shangrao.xlsx');
  expect(r.offGrid).toEqual([]);
  expect(r.inserts).toBe(0);
});

test('no fixture or variant gets rows inserted inside a merged area, or an edit off the grid', async () => {
  const bad: string[] = [];
  for (const f of files) {
    const r = await insertsInsideMerges(f);
    for (const x of [...r.inside, ...r.offGrid]) bad.push(`${f}: ${x}`);
  }
  expect(bad).toEqual([]);
}, 600000);
