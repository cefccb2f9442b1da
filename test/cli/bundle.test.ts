/** The CLI run from its one-file bundle (scripts/bundle-cli.js) is the CLI run from lib/'s modules. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { fixture } from '../helpers/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const LIB = path.join(ROOT, 'lib');
const bundled = ['cli.bundle.js', 'cli.bundle.cache', 'cli.bundle.short.cache', 'cli.bundle.fill.cache', path.join('cli', 'bundle-load.js')].every((f) =>
  fs.existsSync(path.join(LIB, f)),
);

/** `check` in a fresh process, loaded one way or the other; its output, exit code and what it loaded from disk. */
function run(how: 'bundle' | 'modules', args: string[], cache: 'full' | 'short' | 'fill' | 'batch' = 'full') {
  const extra = cache === 'short' ? 'b.SHORT_RUN_FLAGS' : cache === 'fill' ? 'b.FILL_V8_FLAGS' : cache === 'batch' ? 'b.BATCH_RUN_FLAGS' : '[]';
  const load =
    how === 'bundle'
      ? `const b = require(${JSON.stringify(path.join(LIB, 'cli', 'bundle-load.js'))});
         for (const f of [...b.CHECK_V8_FLAGS, ...${extra}]) require('v8').setFlagsFromString(f);
         const l = b.loadBundle(b.BUNDLE, fs.readFileSync(b.CACHES.${cache}));
         rejected = l.script.cachedDataRejected; const main = l.require('cli/main.js').main;`
      : `const main = require(${JSON.stringify(path.join(LIB, 'cli', 'main.js'))}).main;`;
  const r = spawnSync(
    process.execPath,
    [
      '-e',
      `const fs = require('fs'); let rejected = null; const out = [];
       ${load}
       main(${JSON.stringify(args)}, { log: (s) => out.push(s), err: (s) => out.push('! ' + s) }).then((code) => {
         const files = Object.keys(require.cache).filter((k) => k.includes(${JSON.stringify(path.sep + 'lib' + path.sep)}));
         process.stdout.write(JSON.stringify({ code, out, rejected, files }));
       });`,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  return JSON.parse(r.stdout) as { code: number; out: string[]; rejected: boolean | null; files: string[] };
}

describe('the bundled CLI', () => {
  (bundled ? test : test.skip)('gives the output and exit code of the modules, compiled from its code cache', () => {
    for (const args of [
      ['check', fixture('seed-tianjin-2024.xlsx')],
      ['check', '--json', fixture('real-01-anhui-chizhou.xlsx'), fixture('not-a-table.xlsx')],
      ['check', '--explain', fixture('generation-b.xlsx')],
    ]) {
      const a = run('modules', args);
      // Under check's flags, under a short check's, under fill's and under a batch's (each its own code cache).
      for (const b of [run('bundle', args), run('bundle', args, 'short'), run('bundle', args, 'fill'), run('bundle', args, 'batch')]) {
        expect(b.out).toEqual(a.out);
        expect(b.code).toBe(a.code);
        expect(b.rejected).toBe(false);
      }
      const b = run('bundle', args);
      // The bundle's modules are registered under lib/'s file names: one instance whichever way one is reached.
      expect(b.files.map((f) => path.relative(LIB, f))).toContain(path.join('cli', 'main.js'));
    }
  });
});
