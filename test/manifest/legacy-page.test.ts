/**
 * Where the pane cannot run, a plain Chinese page instead of a blank one (issue 8 item 6):
 * src/static/legacy-check.js runs before the pane's bundle in whatever engine Office gives the
 * add-in — the IE11 engine (Trident) of volume-licensed Excel 2016/2019, or an Excel without
 * ExcelApi 1.9 (2019 stops at 1.8). It must itself be ES5 (one `const` and IE11 shows nothing),
 * and every build's task pane must load it before the bundle.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { parse } from 'acorn';

const repoRoot = path.resolve(__dirname, '..', '..');
const source = fs.readFileSync(path.join(repoRoot, 'src', 'static', 'legacy-check.js'), 'utf8');

// User agents as Office's engines send them (Excel 2016 MSI in IE11; Microsoft 365 in Edge WebView2).
const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko';
const WEBVIEW2 = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';

/** Runs the script in a page whose Office supports `excelApi` (null: no Office.onReady yet, as in IE11 before office.js answers). */
function page(ua: string, supports: ((name: string, version: string) => boolean) | null) {
  const root = { innerHTML: '<div class="boot">绩效表助手正在加载…</div>' };
  let ready: (() => void) | null = null;
  const office = supports && {
    onReady: (cb: () => void) => void (ready = cb),
    context: { requirements: { isSetSupported: supports } },
  };
  const window: Record<string, unknown> = { navigator: { userAgent: ua } };
  const context = vm.createContext({
    window,
    navigator: window.navigator,
    document: { getElementById: (id: string) => (id === 'root' ? root : null) },
    ...(office ? { Office: office } : {}),
  });
  vm.runInContext(source, context);
  return { root, window, ready: () => ready?.() };
}

test('legacy-check.js is ES5: IE11 parses it', () => {
  expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow();
});

test('in the IE11 engine: the Chinese page at once — which Excel it needs, and the jixiao command line', () => {
  const p = page(IE11, null);
  expect(p.window.jixiaoUnsupported).toBe(true);
  expect(p.root.innerHTML).toContain('此版本的 Excel 无法运行绩效表助手的任务窗格');
  expect(p.root.innerHTML).toMatch(/Excel 2021 \/ 2024/);
  expect(p.root.innerHTML).toContain('jixiao');
  expect(p.root.innerHTML).toContain('href="help.html"');
  expect(p.root.innerHTML).not.toMatch(/[a-z]{4,} [a-z]{4,} [a-z]{4,}/i); // no English sentence
});

test('a modern engine without ExcelApi 1.9 (Excel 2019): the same page once Office is ready', () => {
  const p = page(WEBVIEW2, (name, version) => name === 'ExcelApi' && Number(version) <= 1.8);
  expect(p.window.jixiaoUnsupported).toBeUndefined();
  p.ready();
  expect(p.window.jixiaoUnsupported).toBe(true);
  expect(p.root.innerHTML).toContain('此版本的 Excel 无法运行绩效表助手的任务窗格');
});

test('an Excel with ExcelApi 1.9: the page is left to the pane', () => {
  const p = page(WEBVIEW2, () => true);
  p.ready();
  expect(p.window.jixiaoUnsupported).toBeUndefined();
  expect(p.root.innerHTML).toContain('正在加载');
});

test('every build’s task pane loads it after office.js and before the bundle', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const make = require(path.join(repoRoot, 'webpack.config.js'));
  for (const env of [{}, { intranet: true }]) {
    const config = make(env, { mode: 'production' });
    const plugin = config.plugins.find((p: any) => p.userOptions?.filename === 'taskpane.html');
    const html = String(plugin.userOptions.templateContent);
    const office = html.search(/<script[^>]*office\.js"/);
    const legacy = html.search(/<script[^>]*src="legacy-check\.js"/);
    expect({ env, office: office >= 0, legacy: legacy > office }).toEqual({ env, office: true, legacy: true });
    expect(plugin.userOptions.scriptLoading ?? 'defer').not.toBe('blocking'); // the bundle runs after the page's own scripts
    const copies = JSON.stringify(config.plugins.map((p: any) => p.patterns ?? p.options?.patterns ?? null));
    expect(copies).toContain('src/static/legacy-check.js');
  }
});
