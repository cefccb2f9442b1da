/**
 * The `jixiao` command line: check, fill, rows, insert (docs/contracts.md §2). Exit 0: no error finding;
 * 1: at least one error finding; 2: the input could not be used (one clear line on stderr).
 */
import { parseArgs, type ParseArgsConfig } from 'util';
import { CATEGORIES, STANDARD_ROWS, standardRow, type Category } from '../domain/standard-rows';
import { planInsert, InsertError } from '../engine/insert';
import type { ReadCorrections } from '../engine/corrections';
import { JixiaoInputError } from '../gateways/exceljs/errors';
import { checkOutputPath, exists } from '../gateways/exceljs/output-path';
import { readGrids } from '../gateways/xlsx/read';
import type { Config } from '../domain/config';
import { checkBatch } from './batch';
import { analyseFile } from './check-file';
import { openForWrite } from './open-write';
import { fillFile, insertedRows, refusePushedOff } from './fill-stream';
import { refuseTwinSheets } from './sheet-twins';
import { debugText, failureLine } from './failure';
import { configFor, mapFor } from './options';
// The launcher asks it before loading the rest (bin/jixiao.js); exported so that the bundle carries it.
export { fitsInThread } from './check-inline';

const USAGE = `用法 / usage:
  jixiao check FILE.xlsx… [--json] [--explain] [--map M.json] [--scheme S] [--config C.json] [--verbose] [--jobs N]
  jixiao fill FILE.xlsx -o OUT.xlsx [--fix] [--highlight] [--map M.json] [--scheme S] [--config C.json] [--force]
  jixiao rows [--category 类别] [--json]
  jixiao insert FILE.xlsx --project N --rows ID,ID… -o OUT.xlsx [--map M.json] [--force]
读表更正 --map：哪行不是指标、哪列是指标值、项目名称在哪个单元格（见 README）
评分方案 --scheme：national（默认）| hubei | sichuan | 方案.json
配置 --config：等级分界、阈值、规则严重程度（见 README）`;

/**
 * `write`, when there, takes output without a line end (the JSON report is handed on in pieces as it is made);
 * a promise it returns says to wait before the next piece.
 */
type Out = { log: (s: string) => void; err: (s: string) => void; write?: (s: string) => unknown };

/** Writes to stdout; when its buffer is full, waits until it drains (or closes), so a large report is never all in memory. */
function writeStdout(s: string): void | Promise<void> {
  if (process.stdout.write(s)) return;
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    process.stdout.on('drain', done).on('close', done).on('error', done);
  });
}

const std: Out = { log: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n'), write: writeStdout };

/**
 * The report of docs/contracts.md §3, compact: {"files":[…],"summary":{…}} — the same bytes whether streamed
 * (each file's report written as it is ready, none kept) or, for an output without `write`, collected.
 */
function jsonReport(out: Out) {
  const kept: string[] = [];
  let n = 0;
  return {
    async file(pieces: Iterable<string>) {
      if (!out.write) return void kept.push([...pieces].join(''));
      let lead = n++ ? ',' : '{"files":[';
      for (const p of pieces) {
        await out.write(lead + p);
        lead = '';
      }
    },
    end(summary: object) {
      const tail = `],"summary":${JSON.stringify(summary)}}`;
      if (!out.write) return out.log(`{"files":[${kept.join(',')}${tail}`);
      out.write(`${n ? '' : '{"files":['}${tail}\n`);
    },
  };
}

class UsageError extends Error {}

function args(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`参数错误：${(e as Error).message}`);
  }
}

/** The grids and analysis of a workbook to write (the writer's own load is separate: openForWrite). */
async function load(file: string, cfg: Config, map?: ReadCorrections) {
  const grids = await readGrids(file);
  return { grids, analysis: analyseFile(file, grids, cfg, map) };
}

async function check(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = args(argv, {
    json: { type: 'boolean' },
    explain: { type: 'boolean' },
    map: { type: 'string' },
    scheme: { type: 'string' },
    config: { type: 'string' },
    verbose: { type: 'boolean' },
    jobs: { type: 'string' },
  });
  if (!positionals.length) throw new UsageError('缺少要检查的文件');
  const scheme = values.scheme as string | undefined;
  const config = values.config as string | undefined;
  configFor(scheme, config); // a bad --scheme or --config is refused before any file is read
  const map = mapFor(values.map as string | undefined);
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs 应为正整数（同时检查的线程数）');
  }
  const json = jsonReport(out);
  const total = { errors: 0, warnings: 0, infos: 0 };
  let unusable = false;
  await checkBatch(positionals, { json: !!values.json, verbose: !!values.verbose, explain: !!values.explain, map, scheme, config, jobs }, async (r) => {
    if (!r.ok) {
      if (positionals.length === 1) throw new JixiaoInputError(r.zh, r.en);
      out.err(`jixiao：${r.zh}`);
      unusable = true;
      return;
    }
    for (const n of r.notices ?? []) out.err(`注意：${r.file}：${n}`);
    total.errors += r.counts.errors;
    total.warnings += r.counts.warnings;
    total.infos += r.counts.infos;
    if (values.json) await json.file(r.reportChunks ?? [r.report]);
    else out.log(r.text + '\n');
  });
  if (values.json) json.end(total);
  if (unusable) return 2;
  return total.errors > 0 ? 1 : 0;
}

function warnLosses(losses: { zh: string }[], out: Out): void {
  if (!losses.length) return;
  out.err('注意：以下内容无法写入输出文件（原文件不受影响）：');
  for (const l of losses) out.err(`  - ${l.zh}`);
}

/** An output that cannot be written is said before the input is read and planned, not after; a missing input is said first. */
async function outputWritable(file: string, output: string, force: boolean): Promise<void> {
  if (await exists(file)) await checkOutputPath(output, { inputPath: file, force });
}

async function fill(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = args(argv, {
    output: { type: 'string', short: 'o' },
    fix: { type: 'boolean' },
    highlight: { type: 'boolean' },
    scheme: { type: 'string' },
    config: { type: 'string' },
    force: { type: 'boolean' },
    map: { type: 'string' },
  });
  const file = positionals[0];
  if (!file) throw new UsageError('缺少输入文件');
  if (!values.output) throw new UsageError('缺少输出文件：-o OUT.xlsx');
  const cfg = configFor(values.scheme as string | undefined, values.config as string | undefined);
  await outputWritable(file, values.output as string, !!values.force);
  const r = await fillFile(file, cfg, mapFor(values.map as string | undefined), { fix: !!values.fix, highlight: !!values.highlight, fill: true });
  warnLosses(r.losses, out);
  for (const n of r.notices) out.err(`注意：${n.zh}`);
  await r.save(values.output as string, { inputPath: file, force: !!values.force });
  warnLosses(r.lateLosses?.() ?? [], out);
  for (const line of r.lines) out.log(line);
  out.log(
    `已写入 ${values.output}（${r.count} 处修改${values.fix ? '，含规范化修正' : ''}${values.highlight ? '，问题单元格已标色并加批注' : ''}）；错误 ${r.c.errors}，警告 ${r.c.warnings}，提示 ${r.c.infos}`,
  );
  return r.c.errors > 0 ? 1 : 0;
}

async function rows(argv: string[], out: Out): Promise<number> {
  const { values } = args(argv, { category: { type: 'string' }, json: { type: 'boolean' } });
  const cat = values.category as string | undefined;
  if (cat && !CATEGORIES.includes(cat as Category)) throw new UsageError(`没有类别“${cat}”；可选：${CATEGORIES.join('、')}`);
  const list = STANDARD_ROWS.filter((r) => !cat || r.category === cat);
  if (values.json) {
    out.log(JSON.stringify(list, null, 2));
    return 0;
  }
  for (const c of CATEGORIES) {
    const rs = list.filter((r) => r.category === c);
    if (!rs.length) continue;
    out.log(`【${c}】`);
    for (const r of rs) out.log(`  ${r.id.padEnd(7)} ${r.level1} › ${r.level2} › ${r.level3}  ${r.op ?? '定性'} ${r.value}${r.unit}   〔${r.source}〕`);
  }
  return 0;
}

async function insert(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = args(argv, {
    project: { type: 'string' },
    rows: { type: 'string' },
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    map: { type: 'string' },
  });
  const file = positionals[0];
  if (!file) throw new UsageError('缺少输入文件');
  if (!values.output) throw new UsageError('缺少输出文件：-o OUT.xlsx');
  const n = Number(values.project);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('--project 应为项目序号（1、2、…，见 jixiao check 的输出）');
  const ids = String(values.rows ?? '')
    .split(/[,，\s]+/)
    .filter(Boolean);
  if (!ids.length) throw new UsageError('缺少 --rows（标准指标编号，见 jixiao rows）');
  const chosen = ids.map((id) => {
    const r = standardRow(id);
    if (!r) throw new UsageError(`没有编号为“${id}”的标准指标（见 jixiao rows）`);
    return r;
  });
  await outputWritable(file, values.output as string, !!values.force);
  const { grids, analysis } = await load(file, configFor(undefined), mapFor(values.map as string | undefined));
  refuseTwinSheets(file, grids);
  const target = analysis.projects.find((x) => x.project.index === n);
  if (!target) throw new JixiaoInputError(`${file} 中没有项目 ${n}（共 ${analysis.projects.length} 个）`, `no project ${n}`);
  const writer = await openForWrite(file);
  const grid = grids.find((g) => g.name === target.project.sheet)!;
  let plan;
  try {
    plan = planInsert(grid, target.project, chosen);
  } catch (e) {
    if (e instanceof InsertError) throw new JixiaoInputError(e.message, e.message);
    throw e;
  }
  refusePushedOff(file, grids, insertedRows(plan));
  warnLosses(await writer.apply(plan), out);
  await writer.save(values.output as string, { inputPath: file, force: !!values.force });
  out.log(`已在项目 ${n}“${target.project.name}”中插入 ${chosen.length} 行：${chosen.map((r) => r.level3).join('、')} → ${values.output}`);
  return 0;
}

export async function main(argv: string[], out: Out = std): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check':
        return await check(rest, out);
      case 'fill':
        return await fill(rest, out);
      case 'rows':
        return await rows(rest, out);
      case 'insert':
        return await insert(rest, out);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out.log(USAGE);
        return cmd === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令“${cmd}”`);
    }
  } catch (e) {
    if (e instanceof JixiaoInputError) {
      out.err(`jixiao：${e.zh}`);
      return 2;
    }
    if (e instanceof UsageError) {
      out.err(`jixiao：${e.message}\n${USAGE}`);
      return 2;
    }
    // Not a finding and not foreseen: still one line and exit 2, never a stack (JIXIAO_DEBUG=1 shows it).
    const dbg = debugText(e);
    if (dbg) out.err(dbg);
    out.err(`jixiao：${failureLine(e)}`);
    return 2;
  }
}
