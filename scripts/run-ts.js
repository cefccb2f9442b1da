#!/usr/bin/env node
/**
 * Tiny TypeScript launcher: `node scripts/run-ts.js file.ts [args…]`.
 * Registers a require hook that transpiles .ts/.tsx with `typescript`'s transpileModule
 * (CommonJS, ES2020, jsx react-jsx; no type checking — `npm run typecheck` does that),
 * then requires the given file with the remaining arguments left in process.argv.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const compilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2020,
  jsx: ts.JsxEmit.ReactJSX,
  esModuleInterop: true,
  resolveJsonModule: true,
  sourceMap: false,
  inlineSourceMap: true,
};

function compile(module, filename) {
  const source = fs.readFileSync(filename, 'utf8');
  const out = ts.transpileModule(source, { compilerOptions, fileName: filename });
  module._compile(out.outputText, filename);
}

for (const ext of ['.ts', '.tsx', '.mts', '.cts']) require.extensions[ext] = compile;

const [, , file, ...rest] = process.argv;
if (!file) {
  process.stderr.write('usage: node scripts/run-ts.js <file.ts> [args…]\n');
  process.exit(2);
}
const target = path.resolve(process.cwd(), file);
// Leave argv as if the .ts file had been run directly: [node, file, ...rest].
process.argv = [process.argv[0], target, ...rest];
require(target);
