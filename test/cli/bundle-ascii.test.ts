/**
 * The bundle is written in ASCII and read as a one-byte string; each module's relative requires are resolved when it
 * is made (scripts/bundle-cli.js, lib/cli/bundle-load.js): a thread's start no longer decodes UTF-8 nor normalises paths
 * for its ~830 require calls.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { bundleSource } from '../../src/cli/bundle-load';

const ROOT = path.join(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'lib', 'cli.bundle.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ascii } = require(path.join(ROOT, 'scripts', 'bundle-cli.js')) as { ascii: (src: string) => string };

const isAscii = (s: string): boolean => [...s].every((c) => c.charCodeAt(0) < 0x80);

/** What a piece of code evaluates to. */
const value = (src: string): unknown => vm.runInNewContext(src);

describe('the bundle in ASCII', () => {
  test('escapes keep every string, template and regular expression the same', () => {
    for (const src of [
      `'指标值：≥95%'`,
      '`年度${1 + 1}目标`',
      `/^[（(]\\s*万元\\s*[)）]$/.test('（ 万元 ）')`,
      `/^[\\p{Script=Han}]+$/u.test('绩效')`,
      `new RegExp(String.raw\`^[:：]\\s*(亿元|万元)$\`).test('：万元')`,
      `'\\中' + /^\\国$/.test('国')`,
      `'a\\\\中'`,
      `/* 注释 */ '全角　空格'.length`,
    ]) {
      const out = ascii(src);
      expect(isAscii(out)).toBe(true);
      expect(value(out)).toEqual(value(src));
    }
  });

  test('code that does not compile once escaped, and line separators, stay as they were', () => {
    const space = 'const a\u3000= 1; a';
    expect(ascii(space)).toBe(space);
    const sep = "// a\u2028'b'";
    expect(ascii(sep)).toBe(sep);
  });

  test('a bundle that is ASCII is read as one, any other as UTF-8', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    try {
      const a = path.join(dir, 'a.js');
      fs.writeFileSync(a, `'\\u6307\\u6807'`);
      expect(bundleSource(a)).toBe(`'\\u6307\\u6807'`);
      const u = path.join(dir, 'u.js');
      fs.writeFileSync(u, `'指标'`, 'utf8');
      expect(bundleSource(u)).toBe(`'指标'`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  (fs.existsSync(BUNDLE) ? test : test.skip)('the built bundle is ASCII and names every relative require it makes', () => {
    const src = fs.readFileSync(BUNDLE, 'latin1');
    expect(isAscii(src)).toBe(true);
    const bundle = (vm.runInThisContext(src) as () => { lib: Record<string, unknown>; deps: Record<string, Record<string, string>> })();
    for (const [m, d] of Object.entries(bundle.deps)) {
      expect(bundle.lib[m]).toBeDefined();
      for (const k of Object.values(d)) expect(bundle.lib[k]).toBeDefined();
    }
    const main = bundle.deps['cli/main.js'];
    expect(main['./batch']).toBe('cli/batch.js');
  });
});
