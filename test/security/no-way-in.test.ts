/**
 * No way in, no way out: the pages' Content-Security-Policy, production builds without source maps,
 * an https-only public URL for dist/manifest.xml, and no code path that talks to the network —
 * read in the sources and proved at run time by trapping every network API while the CLI works.
 * (The shipped bundles are scanned by test/e2e, which builds them.)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { fixture } from '../helpers/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const OFFICE = 'https://appsforoffice.microsoft.com';
const PAGES = ['src/taskpane/taskpane.html', 'src/commands/commands.html', 'src/commands/summary.html', 'src/preview/preview.html'];

function policy(file: string): Map<string, string[]> {
  const html = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!m) throw new Error(`${file}: no Content-Security-Policy meta`);
  return new Map(
    m[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k, v]),
  );
}

describe('Content-Security-Policy of every page', () => {
  test.each(PAGES)('%s allows only itself and office.js', (file) => {
    const p = policy(file);
    expect(p.get('default-src')).toEqual(["'self'"]);
    // The preview runs without Office: not even office.js.
    expect(p.get('script-src')).toEqual(file.includes('preview') ? ["'self'"] : ["'self'", OFFICE]);
    expect(p.get('object-src')).toEqual(["'none'"]);
    expect(p.get('base-uri')).toEqual(["'self'"]);
    expect(p.get('form-action')).toEqual(["'none'"]);
    for (const [k, v] of p) {
      // No other host, no wildcard, no eval, no plain http anywhere in the policy.
      for (const s of v) expect([k, s]).toEqual([k, expect.stringMatching(/^('self'|'none'|'unsafe-inline'|data:|https:\/\/appsforoffice\.microsoft\.com)$/)]);
      if (k !== 'style-src') expect([k, v]).toEqual([k, expect.not.arrayContaining(["'unsafe-inline'"])]);
    }
  });
});

describe('webpack: production builds', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.join(ROOT, 'webpack.config.js')) as (
    env: object,
    argv: object,
  ) => { devtool: unknown; plugins: { patterns?: { to: string; transform?: (b: Buffer) => string | Buffer }[] }[] };
  const saved = process.env.JIXIAO_PUBLIC_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.JIXIAO_PUBLIC_URL;
    else process.env.JIXIAO_PUBLIC_URL = saved;
  });

  test('ship without source maps (development keeps them)', () => {
    expect(config({}, { mode: 'production' }).devtool).toBe(false);
    expect(config({}, { mode: 'development' }).devtool).toBe('source-map');
  });

  test.each(['http://intranet.example/jixiao/', 'ftp://x/', 'intranet/jixiao', 'https://'])('refuse to write dist/manifest.xml for %s', (url) => {
    expect(() => config({ publicUrl: url }, { mode: 'production' })).toThrow(/https/);
    process.env.JIXIAO_PUBLIC_URL = url;
    expect(() => config({}, { mode: 'production' })).toThrow(/https/);
  });

  test('an https public URL replaces the dev URL in dist/manifest.xml', () => {
    const c = config({ publicUrl: 'https://intranet.example/jixiao' }, { mode: 'production' });
    const copy = c.plugins.find((p) => p.patterns?.some((x) => x.to === 'manifest.xml'))!;
    const out = String(copy.patterns!.find((x) => x.to === 'manifest.xml')!.transform!(fs.readFileSync(path.join(ROOT, 'manifest.xml'))));
    expect(out).toContain('https://intranet.example/jixiao/');
    expect(out).not.toContain('https://localhost:3000/');
    // Only XML namespace names may say http://; every address Office loads is https.
    expect(out).not.toMatch(/http:\/\/(?!schemas\.microsoft\.com\/office\/|www\.w3\.org\/2001\/XMLSchema-instance)/);
  });
});

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.(ts|tsx|js)$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

describe('no network at run time', () => {
  const NETWORK =
    /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|\bimportScripts\s*\(|\bimport\s*\(\s*(?:\/\*.*?\*\/\s*)*[^'"\s)/]|\bimport\s*\(\s*['"]https?:|require\(\s*['"](?:node:)?(?:http|https|http2|net|tls|dgram)['"]\s*\)|from\s+['"](?:node:)?(?:http|https|http2|net|tls|dgram)['"]/;

  test('no source file (add-in, pane, CLI, engine) names a network API or imports from a URL', () => {
    const files = [...sources(path.join(ROOT, 'src')), path.join(ROOT, 'bin', 'jixiao.js')];
    expect(files.length).toBeGreaterThan(50);
    const hits = files
      .flatMap((f) =>
        fs
          .readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ f: path.relative(ROOT, f), i: i + 1, line })),
      )
      .filter((x) => NETWORK.test(x.line) && !/^\s*(\/\/|\*)/.test(x.line));
    expect(hits).toEqual([]);
  });

  test('check, fill and insert run with every network API trapped, and touch none', async () => {
    // The modules themselves (an `import * as` namespace only has getters).
    /* eslint-disable @typescript-eslint/no-require-imports */
    const [http, https, net, tls, dgram] = ['http', 'https', 'net', 'tls', 'dgram'].map((m) => require(m) as object);
    /* eslint-enable @typescript-eslint/no-require-imports */
    const calls: string[] = [];
    const g = globalThis as Record<string, unknown>;
    const trap =
      (name: string) =>
      (..._a: unknown[]) => {
        calls.push(name);
        throw new Error(`network: ${name}`);
      };
    const saved: [object, string, unknown][] = [];
    const replace = (o: object, k: string, name: string) => {
      saved.push([o, k, (o as Record<string, unknown>)[k]]);
      (o as Record<string, unknown>)[k] = trap(name);
    };
    for (const k of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']) replace(g, k, k);
    for (const [mod, name] of [
      [http, 'http'],
      [https, 'https'],
    ] as const) {
      replace(mod, 'request', `${name}.request`);
      replace(mod, 'get', `${name}.get`);
    }
    replace(net, 'connect', 'net.connect');
    replace(net, 'createConnection', 'net.createConnection');
    replace(tls, 'connect', 'tls.connect');
    replace(dgram, 'createSocket', 'dgram.createSocket');
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-net-'));
    const quiet = { log: () => undefined, err: () => undefined };
    try {
      expect(await main(['check', fixture('seed-tianjin-2024.xlsx'), '--json'], quiet)).toBe(0);
      expect(await main(['fill', fixture('seed-tianjin-2024.xlsx'), '-o', path.join(tmp, 'f.xlsx'), '--fix', '--highlight'], quiet)).toBe(0);
      expect(await main(['insert', fixture('seed-tianjin-2024.xlsx'), '--project', '5', '--rows', 'AID-07', '-o', path.join(tmp, 'i.xlsx')], quiet)).toBe(0);
    } finally {
      for (const [o, k, v] of saved.reverse()) (o as Record<string, unknown>)[k] = v;
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    expect(calls).toEqual([]);
  }, 120_000);
});
