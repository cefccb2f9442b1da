#!/usr/bin/env node
// Thin launcher: the CLI is compiled to lib/ by `npm ci` (prepare → build:cli).
'use strict';
let main;
try {
  main = require('../lib/cli/main.js').main;
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('jixiao：程序尚未编译，请先运行 npm ci（或 npm run build:cli）。 / not built: run npm ci first.\n');
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
