/**
 * A flat 自评 list (several projects' rows under one header, 项目名称 | 预算数 | 执行数 merged down each project) after `fill`:
 * under each project a 预算执行情况 head, its 年度资金总额 line and a 总分 line. The first block ended the table, so every
 * project below it was lost, and the first project took the block as the whole list's. Each block is its project's own:
 * read like the block under one grid (funds-below.ts), kept for the project it follows, and the list goes on under it.
 */
import type { Columns, Project, RowInfo, TotalLine } from '../domain/model';
import { readBelow } from './funds-below';
import type { HeaderHit, Reader } from './reader';

/** fill's block: a head, the 年度资金总额 line, the 总分 line (and a blank or two before the next project). */
const SPAN = 5;

interface Block {
  from: number;
  funds: Project['funds'] | null;
  total: TotalLine | null;
}

const blocks = new WeakMap<Project, Block[]>();

/** The list's next project row (a 项目名称 of its own with a 三级 name and a 指标值, no funds word) within the block's span, or 0. */
function nextProject(rd: Reader, from: number, cols: Columns, isEnd: (first: string) => boolean): number {
  const to = Math.min(rd.g.rowCount, from + SPAN);
  for (let r = from + 1; r <= to; r++) {
    const name = rd.own(r, cols.projectName).trim();
    if (name && !isEnd(name) && rd.own(r, cols.level3).trim() && rd.own(r, cols.target).trim()) return r;
  }
  return 0;
}

/**
 * At a funds head under a flat list's project: −1 when this is no such block (the caller reads the block under the table as
 * before); else the block is read for that project, its rows added, and the list's next project row returned (0: the list ends).
 */
export function flatBlock(rd: Reader, from: number, p: Project, h: HeaderHit, isEnd: (first: string) => boolean): number {
  const cols = p.columns;
  if (cols.projectName === undefined || cols.budget === undefined || cols.level3 === undefined || cols.target === undefined) return -1;
  const next = nextProject(rd, from, cols, isEnd);
  const list = blocks.get(p);
  if (!next && !list) return -1; // one block under the whole list: as before
  const q: Project = { ...p, rows: [], total: null };
  readBelow(rd, q, from, h);
  const own = q.funds !== p.funds;
  const rows: RowInfo[] = next ? q.rows.filter((x) => x.row < next) : q.rows;
  for (const x of rows) p.rows.push(x);
  const b: Block = { from, funds: own ? q.funds : null, total: q.total && (!next || q.total.row < next) ? q.total : null };
  if (list) list.push(b);
  else blocks.set(p, [b]);
  return next;
}

/** A project split from a flat list takes the block right under its last row (a blank or two allowed), if fill wrote one. */
export function ownBlock(table: Project, p: Project): void {
  const b = blocks.get(table)?.find((x) => x.from > p.endRow && x.from - p.endRow <= 3);
  if (!b) return;
  if (b.funds) p.funds = b.funds;
  if (b.total) p.total = b.total;
}
