/**
 * The `jixiao` command line: check, fill, rows, insert (contracts §2). Exit 0: no error finding;
 * 1: at least one error finding; 2: the input could not be used (one clear line on stderr).
 */
import { parseArgs, type ParseArgsConfig } from 'util';
import { CATEGORIES, STANDARD_ROWS, standardRow, type Category } from '../domain/standard-rows';
import { analyse, counts, type Analysis } from '../engine/analyse';
import { planInsert, InsertError } from '../engine/insert';
import { planAll } from '../engine/plan';
import { fullReport } from '../engine/report';
import { CorrectionsError, parseCorrections, type ReadCorrections } from '../engine/corrections';
import { FillRoomError } from '../engine/plan';
import { applyPlan } from '../gateways/exceljs/apply';
import { JixiaoInputError } from '../gateways/exceljs/errors';
import { readWorkbook } from '../gateways/exceljs/read';
import { writeWorkbook } from '../gateways/exceljs/write';
import type { Config } from '../domain/config';
import { configFor, readJson } from './options';
import { formatCheck, formatExplain, projectLine } from './text';

const USAGE = `用法 / usage:
  jixiao check FILE.xlsx… [--json] [--explain] [--map M.json] [--scheme S] [--config C.json] [--verbose]
  jixiao fill FILE.xlsx -o OUT.xlsx [--fix] [--highlight] [--map M.json] [--scheme S] [--config C.json] [--force]
  jixiao rows [--category 类别] [--json]
  jixiao insert FILE.xlsx --project N --rows ID,ID… -o OUT.xlsx [--map M.json] [--force]
读表更正 --map：哪行不是指标、哪列是指标值、项目名称在哪个单元格（见 README）
评分方案 --scheme：national（默认）| hubei | sichuan | 方案.json
配置 --config：等级分界、阈值、规则严重程度（见 README）`;

type Out = { log: (s: string) => void; err: (s: string) => void };
const std: Out = { log: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

class UsageError extends Error {}

function args(argv: string[], options: NonNullable<ParseArgsConfig['options']>) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`参数错误：${(e as Error).message}`);
  }
}

function mapFor(file: string | undefined): ReadCorrections | undefined {
  if (!file) return undefined;
  try {
    return parseCorrections(readJson(file, '读表更正'));
  } catch (e) {
    if (e instanceof CorrectionsError) throw new JixiaoInputError(`读表更正文件 ${file} 无效：${e.message}`, `bad map ${file}`);
    throw e;
  }
}

async function load(file: string, cfg: Config, map?: ReadCorrections) {
  const { workbook, grids, losses } = await readWorkbook(file);
  const analysis = analyse(grids, cfg, map);
  if (!analysis.projects.length) {
    const names = grids.map((g) => `“${g.name}”`).join('、') || '（无）';
    throw new JixiaoInputError(
      `${file}：在工作表 ${names} 中没有找到绩效指标表（需要“三级指标”“指标值”等表头）`,
      `${file}: no indicator table found`,
    );
  }
  return { workbook, grids, losses, analysis };
}

async function check(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = args(argv, {
    json: { type: 'boolean' }, explain: { type: 'boolean' }, map: { type: 'string' },
    scheme: { type: 'string' }, config: { type: 'string' }, verbose: { type: 'boolean' },
  });
  if (!positionals.length) throw new UsageError('缺少要检查的文件');
  const cfg = configFor(values.scheme as string | undefined, values.config as string | undefined);
  const map = mapFor(values.map as string | undefined);
  const results: { file: string; analysis: Analysis }[] = [];
  let unusable = false;
  for (const file of positionals) {
    try {
      const { analysis } = await load(file, cfg, map);
      results.push({ file, analysis });
      if (values.explain && !values.json) out.log(formatExplain(file, analysis) + '\n');
      else if (!values.json) out.log(formatCheck(file, analysis, !!values.verbose) + '\n');
    } catch (e) {
      if (!(e instanceof JixiaoInputError) || positionals.length === 1) throw e;
      out.err(`jixiao：${e.zh}`);
      unusable = true;
    }
  }
  if (values.json) out.log(JSON.stringify(fullReport(results), null, 2));
  if (unusable) return 2;
  return counts(results.flatMap((r) => r.analysis.diagnostics)).errors > 0 ? 1 : 0;
}

function warnLosses(losses: { zh: string }[], out: Out): void {
  if (!losses.length) return;
  out.err('注意：以下内容无法写入输出文件（原文件不受影响）：');
  for (const l of losses) out.err(`  - ${l.zh}`);
}

async function fill(argv: string[], out: Out): Promise<number> {
  const { values, positionals } = args(argv, {
    output: { type: 'string', short: 'o' }, fix: { type: 'boolean' }, highlight: { type: 'boolean' },
    scheme: { type: 'string' }, config: { type: 'string' }, force: { type: 'boolean' }, map: { type: 'string' },
  });
  const file = positionals[0];
  if (!file) throw new UsageError('缺少输入文件');
  if (!values.output) throw new UsageError('缺少输出文件：-o OUT.xlsx');
  const cfg = configFor(values.scheme as string | undefined, values.config as string | undefined);
  const { workbook, grids, losses, analysis } = await load(file, cfg, mapFor(values.map as string | undefined));
  warnLosses(losses, out);
  let plan;
  try {
    plan = planAll(grids, analysis, cfg, { fix: !!values.fix, highlight: !!values.highlight, fill: true });
  } catch (e) {
    if (e instanceof FillRoomError) throw new JixiaoInputError(`${file}：${e.message}`, e.message);
    throw e;
  }
  applyPlan(workbook, plan);
  await writeWorkbook(workbook, values.output as string, { inputPath: file, force: !!values.force });
  for (const r of analysis.projects) out.log(projectLine(r));
  const c = counts(analysis.diagnostics);
  out.log(`已写入 ${values.output}（${plan.edits.length} 处修改${values.fix ? '，含规范化修正' : ''}${values.highlight ? '，问题单元格已标色并加批注' : ''}）；错误 ${c.errors}，警告 ${c.warnings}，提示 ${c.infos}`);
  return c.errors > 0 ? 1 : 0;
}

async function rows(argv: string[], out: Out): Promise<number> {
  const { values } = args(argv, { category: { type: 'string' }, json: { type: 'boolean' } });
  const cat = values.category as string | undefined;
  if (cat && !CATEGORIES.includes(cat as Category))
    throw new UsageError(`没有类别“${cat}”；可选：${CATEGORIES.join('、')}`);
  const list = STANDARD_ROWS.filter((r) => !cat || r.category === cat);
  if (values.json) { out.log(JSON.stringify(list, null, 2)); return 0; }
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
    project: { type: 'string' }, rows: { type: 'string' }, output: { type: 'string', short: 'o' }, force: { type: 'boolean' },
    map: { type: 'string' },
  });
  const file = positionals[0];
  if (!file) throw new UsageError('缺少输入文件');
  if (!values.output) throw new UsageError('缺少输出文件：-o OUT.xlsx');
  const n = Number(values.project);
  if (!Number.isInteger(n) || n < 1) throw new UsageError('--project 应为项目序号（1、2、…，见 jixiao check 的输出）');
  const ids = String(values.rows ?? '').split(/[,，\s]+/).filter(Boolean);
  if (!ids.length) throw new UsageError('缺少 --rows（标准指标编号，见 jixiao rows）');
  const chosen = ids.map((id) => {
    const r = standardRow(id);
    if (!r) throw new UsageError(`没有编号为“${id}”的标准指标（见 jixiao rows）`);
    return r;
  });
  const { workbook, grids, losses, analysis } = await load(file, configFor(undefined), mapFor(values.map as string | undefined));
  const target = analysis.projects.find((x) => x.project.index === n);
  if (!target) throw new JixiaoInputError(`${file} 中没有项目 ${n}（共 ${analysis.projects.length} 个）`, `no project ${n}`);
  warnLosses(losses, out);
  const grid = grids.find((g) => g.name === target.project.sheet)!;
  let plan;
  try {
    plan = planInsert(grid, target.project, chosen);
  } catch (e) {
    if (e instanceof InsertError) throw new JixiaoInputError(e.message, e.message);
    throw e;
  }
  applyPlan(workbook, plan);
  await writeWorkbook(workbook, values.output as string, { inputPath: file, force: !!values.force });
  out.log(`已在项目 ${n}“${target.project.name}”中插入 ${chosen.length} 行：${chosen.map((r) => r.level3).join('、')} → ${values.output}`);
  return 0;
}

export async function main(argv: string[], out: Out = std): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check': return await check(rest, out);
      case 'fill': return await fill(rest, out);
      case 'rows': return await rows(rest, out);
      case 'insert': return await insert(rest, out);
      case undefined: case 'help': case '--help': case '-h':
        out.log(USAGE);
        return cmd === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令“${cmd}”`);
    }
  } catch (e) {
    if (e instanceof JixiaoInputError) { out.err(`jixiao：${e.zh}`); return 2; }
    if (e instanceof UsageError) { out.err(`jixiao：${e.message}\n${USAGE}`); return 2; }
    throw e;
  }
}

