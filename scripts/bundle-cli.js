// After `tsc` (build:cli): the CLI's modules in one file, lib/cli.bundle.js, plus V8's code caches for it
// (lib/cli.bundle.cache, lib/cli.bundle.short.cache for a short check's flags, lib/cli.bundle.fill.cache for
// fill's and lib/cli.bundle.batch.cache for a batch of short shares), made after a warm-up
// check so that they hold the functions a check runs.
// Loading one cached script instead of ~115 files saves the resolving, reading and compiling each
// process and each batch worker pays at start (bin/jixiao.js, lib/cli/bundle-load.js). The cache is
// only a speed-up: V8 refuses it for another Node version or other flags, and the code compiles as usual.
'use strict';
const fs = require('fs');
const path = require('path');

const LIB = path.join(__dirname, '..', 'lib');
const ENTRIES = ['cli/main.js', 'cli/check-worker.js'];
/** Packages `check` loads, bundled too (resolving and reading one costs ~10 ms at each start). */
const PACKAGES = ['big.js'];
const WARM_UP = path.join(__dirname, '..', 'test', 'fixtures', 'seed-tianjin-2024.xlsx');

/** A relative require of `from` as a path under lib/ ('x' → x.js or x/index.js), or null. */
function resolve(from, id) {
  if (!id.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), id));
  for (const c of [base, `${base}.js`, `${base}/index.js`]) if (fs.existsSync(path.join(LIB, c)) && fs.statSync(path.join(LIB, c)).isFile()) return c;
  throw new Error(`${from}: cannot resolve ${id}`);
}

/** Every lib module the entries reach, static or lazy (`import()` compiles to require too). */
function collect() {
  const seen = new Map();
  const todo = [...ENTRIES];
  while (todo.length) {
    const m = todo.pop();
    if (seen.has(m)) continue;
    const src = fs.readFileSync(path.join(LIB, m), 'utf8');
    seen.set(m, src);
    for (const r of src.matchAll(/\brequire\((["'])([^"']+)\1\)/g)) {
      const dep = resolve(m, r[2]);
      if (dep && !seen.has(dep)) todo.push(dep);
    }
  }
  return seen;
}

/**
 * Each module's relative requires resolved here, once, as keys of the bundle ({ "./x": "cli/x.js" }): a thread then
 * looks a require up instead of normalising paths for each of the ~830 require calls at its start (~20 ms of a cold
 * thread's CPU, every process and every batch thread; lib/cli/bundle-load.js).
 */
function deps(mods) {
  const out = {};
  for (const m of [...mods.keys()].sort()) {
    const d = {};
    for (const r of mods.get(m).matchAll(/\brequire\((["'])([^"']+)\1\)/g)) {
      const k = resolve(m, r[2]);
      if (k) d[r[2]] = k;
    }
    out[m] = d;
  }
  return out;
}

function bundle() {
  const mods = collect();
  const fn = (src) => `function (exports, require, module, __filename, __dirname) {\n${src}\n}`;
  const parts = [...mods.keys()].sort().map((m) => `${JSON.stringify(m)}: ${fn(mods.get(m))}`);
  // A package by its name, with its file relative to lib/ (its module is keyed by that real path).
  const pkgs = PACKAGES.map((id) => {
    const file = require.resolve(id, { paths: [LIB] });
    return `${JSON.stringify(id)}: { file: ${JSON.stringify(path.relative(LIB, file))}, factory: ${fn(fs.readFileSync(file, 'utf8'))} }`;
  });
  return `(function () { return { lib: {\n${parts.join(',\n')}\n}, packages: {\n${pkgs.join(',\n')}\n}, deps: ${JSON.stringify(deps(mods))} }; })`;
}

const file = path.join(LIB, 'cli.bundle.js');

/**
 * The bundle in ASCII: each other UTF-16 unit written as \uXXXX, which means the same in every place the compiled
 * code holds such characters (strings, templates, regular expressions, comments; the four String.raw templates only
 * build regular expressions, where the escape means the character too). A thread then reads it as a one-byte
 * string (~4 ms) instead of decoding UTF-8 into a two-byte one (~20 ms on a busy machine; lib/cli/bundle-load.js),
 * and V8 scans one-byte source. A character after a backslash (`\中`, the character itself) loses the backslash. Line
 * and paragraph separators are kept (escaped, one in a line comment would join the next line to it): the bundle is
 * then not ASCII and is read as UTF-8, as is one that does not compile once escaped.
 */
function ascii(src) {
  const out = [];
  let from = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80 || c === 0x2028 || c === 0x2029) continue;
    let slashes = 0;
    while (i - slashes - 1 >= from && src.charCodeAt(i - slashes - 1) === 0x5c) slashes++;
    out.push(src.slice(from, slashes % 2 ? i - 1 : i), `\\u${c.toString(16).padStart(4, '0')}`);
    from = i + 1;
  }
  out.push(src.slice(from));
  const escaped = out.join('');
  try {
    new (require('vm').Script)(escaped);
    return escaped;
  } catch {
    return src;
  }
}

/** Runs a warm-up check under check's flags plus `extra` and writes the code cache that fits them to `out`. */
async function warmUp(extra, out) {
  const { loadBundle, CHECK_V8_FLAGS } = require(path.join(LIB, 'cli', 'bundle-load.js'));
  // V8 accepts a code cache only under the flags it was made with.
  for (const f of [...CHECK_V8_FLAGS, ...extra]) require('v8').setFlagsFromString(f);
  const loaded = loadBundle(file, null);
  if (fs.existsSync(WARM_UP)) {
    const sink = { log() {}, err() {}, write() {} };
    const main = loaded.require('cli/main.js').main;
    await main(['check', WARM_UP], sink);
    await main(['check', '--json', WARM_UP], sink);
  }
  fs.writeFileSync(out, loaded.script.createCachedData());
}

const noCache = (e) => process.stderr.write(`bundle-cli: no code cache (${e.message})\n`);

module.exports = { ascii };

if (require.main !== module) {
  // Required by a test for ascii(): nothing built.
} else if (process.argv[2] === '--short-cache') {
  // A process of its own: flags set cannot be unset, and this cache needs the short run's.
  const { SHORT_RUN_FLAGS, CACHES } = require(path.join(LIB, 'cli', 'bundle-load.js'));
  warmUp(SHORT_RUN_FLAGS, CACHES.short).catch(noCache);
} else if (process.argv[2] === '--batch-cache') {
  const { BATCH_RUN_FLAGS, CACHES } = require(path.join(LIB, 'cli', 'bundle-load.js'));
  warmUp(BATCH_RUN_FLAGS, CACHES.batch).catch(noCache);
} else if (process.argv[2] === '--fill-cache') {
  const { FILL_V8_FLAGS, CACHES } = require(path.join(LIB, 'cli', 'bundle-load.js'));
  warmUp(FILL_V8_FLAGS, CACHES.fill).catch(noCache);
} else {
  const source = ascii(bundle());
  fs.writeFileSync(file, source);
  const { CACHES } = require(path.join(LIB, 'cli', 'bundle-load.js'));
  for (const f of Object.values(CACHES)) fs.rmSync(f, { force: true });
  warmUp([], CACHES.full).then(() => {
    require('child_process').spawnSync(process.execPath, [__filename, '--short-cache'], { stdio: 'inherit' });
    require('child_process').spawnSync(process.execPath, [__filename, '--fill-cache'], { stdio: 'inherit' });
    require('child_process').spawnSync(process.execPath, [__filename, '--batch-cache'], { stdio: 'inherit' });
    const kb = (f) => (fs.existsSync(f) ? `${(fs.statSync(f).size / 1024).toFixed(0)} KB` : 'none');
    process.stdout.write(
      `lib/cli.bundle.js: ${collect().size} modules, ${(source.length / 1024).toFixed(0)} KB; code caches ${kb(CACHES.full)} (short runs ${kb(CACHES.short)}, fill ${kb(CACHES.fill)}, batches ${kb(CACHES.batch)})\n`,
    );
  }, noCache);
}
