/** Shared CLI plumbing: the scheme option and input errors. */
import * as fs from 'fs';
import { DEFAULT_CONFIG, SCHEMES, schemeFromJson, type Config } from '../domain/config';
import { CorrectionsError, parseCorrections, type ReadCorrections } from '../engine/corrections';
import { JixiaoInputError } from '../gateways/exceljs/errors';

/**
 * The engine config from `--config FILE` (grades, thresholds, severities, rounding; domain.md's
 * design choices) and `--scheme` (which wins over a scheme in the file).
 */
export function configFor(scheme: string | undefined, file?: string): Config {
  const base = file ? configFile(file) : DEFAULT_CONFIG;
  return scheme ? { ...base, scheme: schemeFor(scheme) } : base;
}

export function readJson(file: string, what: string): unknown {
  if (!fs.existsSync(file)) throw new JixiaoInputError(`${what}文件不存在：${file}`, `${file} not found`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new JixiaoInputError(`${what}文件 ${file} 不是有效的 JSON：${(e as Error).message}`, `bad JSON ${file}`);
  }
}

const SEVERITIES = ['error', 'warning', 'info', 'off'];

function configFile(file: string): Config {
  const o = readJson(file, '配置') as Partial<Record<keyof Config, unknown>> & { scheme?: unknown };
  const bad = (why: string) => new JixiaoInputError(`配置文件 ${file} 无效：${why}`, `bad config ${file}: ${why}`);
  if (!o || typeof o !== 'object') throw bad('不是 JSON 对象');
  const cfg: Config = { ...DEFAULT_CONFIG };
  const num = (v: unknown, name: string, lo: number, hi: number) => {
    if (typeof v !== 'number' || !(v >= lo && v <= hi)) throw bad(`${name} 应为 ${lo}–${hi} 的数字`);
    return v;
  };
  if (o.scheme !== undefined) cfg.scheme = typeof o.scheme === 'string' ? schemeFor(o.scheme) : schemeFromJsonChecked(o.scheme, file);
  if (o.grades !== undefined) {
    const g = o.grades as Record<string, unknown>;
    cfg.grades = { 优: num(g.优, 'grades.优', 0, 100), 良: num(g.良, 'grades.良', 0, 100), 中: num(g.中, 'grades.中', 0, 100) };
    if (!(cfg.grades.优 >= cfg.grades.良 && cfg.grades.良 >= cfg.grades.中)) throw bad('grades 应满足 优 ≥ 良 ≥ 中');
  }
  if (o.reverseMethod !== undefined) {
    if (o.reverseMethod !== 'ratio' && o.reverseMethod !== 'linear') throw bad('reverseMethod 应为 ratio 或 linear');
    cfg.reverseMethod = o.reverseMethod;
  }
  if (o.places !== undefined) cfg.places = num(o.places, 'places', 0, 6);
  if (o.executionReasonBelow !== undefined) cfg.executionReasonBelow = num(o.executionReasonBelow, 'executionReasonBelow', 0, 1);
  if (o.overAchievement !== undefined) {
    const x = o.overAchievement as Record<string, unknown>;
    cfg.overAchievement = {
      ratio: num(x.ratio ?? cfg.overAchievement.ratio, 'overAchievement.ratio', 1, 100),
      zeroAbsolute: num(x.zeroAbsolute ?? cfg.overAchievement.zeroAbsolute, 'overAchievement.zeroAbsolute', 0, 1e9),
    };
  }
  if (o.severity !== undefined) {
    const sev = o.severity as Record<string, unknown>;
    for (const [k, v] of Object.entries(sev)) {
      if (!/^(NRM|HIE|VAL|CST|SE)-\d{2}(:\w+)?$/.test(k)) throw bad(`severity 的键“${k}”不是规则编号`);
      if (typeof v !== 'string' || !SEVERITIES.includes(v)) throw bad(`severity.${k} 应为 ${SEVERITIES.join('/')}`);
    }
    cfg.severity = sev as Config['severity'];
  }
  return cfg;
}

function schemeFromJsonChecked(obj: unknown, where: string) {
  try {
    return schemeFromJson(obj, where);
  } catch (e) {
    throw new JixiaoInputError((e as Error).message, `bad scheme ${where}`);
  }
}

function schemeFor(scheme: string) {
  if (SCHEMES[scheme]) return SCHEMES[scheme];
  if (!fs.existsSync(scheme)) throw new JixiaoInputError(`评分方案“${scheme}”不存在：请用 national、hubei、sichuan 或一个 JSON 文件路径`, `unknown scheme ${scheme}`);
  return schemeFromJsonChecked(readJson(scheme, '评分方案'), scheme);
}

/** `--map FILE.json`: a person's corrections to the reading, checked; a bad file is one Chinese line. */
export function mapFor(file: string | undefined): ReadCorrections | undefined {
  if (!file) return undefined;
  try {
    return parseCorrections(readJson(file, '读表更正'));
  } catch (e) {
    if (e instanceof CorrectionsError) throw new JixiaoInputError(`读表更正文件 ${file} 无效：${e.message}`, `bad map ${file}`);
    throw e;
  }
}
