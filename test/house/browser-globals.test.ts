/**
 * Code the add-in ships to the browser (Excel's webview, the WPS shell, the preview) may not touch
 * Node's globals: `process.env.X` there throws a ReferenceError at run time — a debug line of that
 * kind once broke 撤销 in the pane while every Node test passed.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '../../src');
/** Node-only folders: the CLI and the file gateways. */
const NODE_ONLY = ['cli', 'gateways/exceljs', 'gateways/xlsx', 'gateways/xlsx-write'];

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return NODE_ONLY.includes(path.relative(SRC, p)) ? [] : files(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

test('no Node global (process, Buffer, require, __dirname) in code that runs in the browser', () => {
  const found: string[] = [];
  for (const f of files(SRC)) {
    const lines = fs.readFileSync(f, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '').replace(/'[^']*'|"[^"]*"|`[^`]*`/g, '');
      if (/^\s*\*/.test(line)) return;
      if (/\b(process\.|Buffer\b|require\(|__dirname\b)/.test(code)) found.push(`${path.relative(SRC, f)}:${i + 1}: ${line.trim()}`);
    });
  }
  expect(found).toEqual([]);
});
