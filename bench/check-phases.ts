/**
 * Where one process's `check` CPU goes, phase by phase, cold and then warm: the workbook is read once, then the
 * analysis runs ROUNDS times in this process — recognition (startAnalysis), scoring, the rules (each project's infos
 * counted, as the text report does) and the engine's whole per-project check — with the CPU ms of each (user + sys
 * of this process: run it on an idle machine, or compare rounds of one run only). Round 1 is what a `jixiao check`
 * pays (less the code cache's compile savings); later rounds show what is left once V8's code is hot.
 * Uses the compiled lib/ (npm run build:cli first): node scripts/run-ts.js bench/check-phases.ts FILE.xlsx [ROUNDS]
 * Per rule: CHECK_PHASES_RULES=1 adds each rule's CPU ms over all projects in the last round (the clock is read
 * around every rule of every project: ~1–2 µs a read, so rules under ~2 ms a 1 000 projects are mostly the clock).
 */
import * as path from 'path';
import type * as Analyse from '../src/engine/analyse';
import type * as Rules from '../src/domain/rules';
import type * as Scoring from '../src/domain/scoring';
import type * as ConfigMod from '../src/domain/config';
import type * as Read from '../src/gateways/xlsx/read';

const LIB = path.join(__dirname, '..', 'lib');
/* eslint-disable @typescript-eslint/no-require-imports */
const { readGrids } = require(path.join(LIB, 'gateways', 'xlsx', 'read.js')) as typeof Read;
const { startAnalysis } = require(path.join(LIB, 'engine', 'analyse.js')) as typeof Analyse;
const { RULES, runRules } = require(path.join(LIB, 'domain', 'rules', 'index.js')) as typeof Rules;
const { scoreProject } = require(path.join(LIB, 'domain', 'scoring.js')) as typeof Scoring;
const { DEFAULT_CONFIG } = require(path.join(LIB, 'domain', 'config.js')) as typeof ConfigMod;
/* eslint-enable @typescript-eslint/no-require-imports */

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const cell = (r: number, c: number) => `${r}:${c}`;

async function main(): Promise<void> {
  const file = process.argv[2];
  const rounds = Math.max(1, Number(process.argv[3] ?? 5));
  if (!file) throw new Error('usage: node scripts/run-ts.js bench/check-phases.ts FILE.xlsx [ROUNDS]');
  let t = cpu();
  const grids = await readGrids(file);
  console.log(`read ${(cpu() - t).toFixed(0)} ms CPU (${grids.length} sheets)`);
  console.log('| round | recognise | score | rules | check (score + rules + engine) | projects | findings + counted infos |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  const perRule = new Map<string, number>();
  for (let k = 1; k <= rounds; k++) {
    t = cpu();
    const run = startAnalysis(grids);
    const recognise = cpu() - t;
    t = cpu();
    const scores = run.found.map((p) => scoreProject(p, DEFAULT_CONFIG));
    const score = cpu() - t;
    t = cpu();
    let found = 0;
    const timed = k === rounds && process.env.CHECK_PHASES_RULES === '1';
    run.found.forEach((p, i) => {
      const infos = { count: 0 };
      if (!timed) found += runRules(p, scores[i], DEFAULT_CONFIG, cell, undefined, undefined, infos).length;
      else
        for (const rule of RULES) {
          const r0 = cpu();
          found += runRules(p, scores[i], DEFAULT_CONFIG, cell, [rule], undefined, infos).length;
          perRule.set(rule.id, (perRule.get(rule.id) ?? 0) + cpu() - r0);
        }
      found += infos.count;
    });
    const rules = cpu() - t;
    t = cpu();
    for (let i = 0; i < run.found.length; i++) run.check(i, DEFAULT_CONFIG, true);
    const check = cpu() - t;
    console.log(`| ${k} | ${recognise.toFixed(0)} | ${score.toFixed(0)} | ${rules.toFixed(0)} | ${check.toFixed(0)} | ${run.found.length} | ${found} |`);
  }
  if (perRule.size)
    console.log(
      [...perRule]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 15)
        .map(([id, ms]) => `${id} ${ms.toFixed(1)}`)
        .join(', '),
    );
}

void main();
