/**
 * Offline checks of the add-in shell: manifest.xml against the Office XSDs (xmllint-wasm), the
 * project's own manifest rules the XSDs cannot express, and the "no external loads" rule for the pages.
 *
 * The XSDs live outside the repo, in ../shared/office-schemas (see its README). Without them the XSD
 * test is skipped locally and FAILS when CI is set.
 */
import * as fs from 'fs';
import * as path from 'path';
import { validateXML } from 'xmllint-wasm';

const repoRoot = path.resolve(__dirname, '..', '..');
const schemaDir = path.resolve(repoRoot, '..', 'shared', 'office-schemas');
const MAIN_SCHEMA = 'OfficeAppManifestV1_1.xsd';
const manifestPath = path.join(repoRoot, 'manifest.xml');
const manifestText = fs.readFileSync(manifestPath, 'utf8');

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
};
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const ORIGIN = 'https://localhost:3000';

const isCI = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0';
const schemasPresent = fs.existsSync(path.join(schemaDir, MAIN_SCHEMA));

// ------------------------------------------------------------------ helpers

/** jsdom comes with jest-environment-jsdom; resolve it from there so hoisting does not matter. */
function parseXml(text: string): Document {
  const envDir = path.dirname(require.resolve('jest-environment-jsdom/package.json'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { JSDOM } = require(require.resolve('jsdom', { paths: [envDir, repoRoot] }));
  const { window } = new JSDOM('');
  const doc: Document = new window.DOMParser().parseFromString(text, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.textContent}`);
  return doc;
}

const doc = parseXml(manifestText);
const root = doc.documentElement;

function all(ns: string, local: string, scope: Document | Element = doc): Element[] {
  return Array.from(scope.getElementsByTagNameNS(ns, local));
}

function one(ns: string, local: string, scope: Document | Element = doc): Element {
  const found = all(ns, local, scope);
  if (found.length !== 1) throw new Error(`expected exactly one <${local}>, found ${found.length}`);
  return found[0];
}

function children(el: Element, ns: string, local: string): Element[] {
  return Array.from(el.children).filter((c) => c.namespaceURI === ns && c.localName === local);
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS.xsi, 'type');
}

function everyElement(): Element[] {
  return Array.from(doc.getElementsByTagName('*'));
}

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const KINDS: ResourceKind[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];

interface Resource {
  kind: ResourceKind;
  id: string;
  element: Element;
  defaultValue: string;
  overrides: Map<string, string>;
}

const resourcesEl = one(NS.ov, 'Resources');
const resources: Resource[] = KINDS.flatMap((kind) =>
  all(NS.bt, kind, resourcesEl).flatMap((group) =>
    Array.from(group.children).map((element) => ({
      kind,
      id: element.getAttribute('id') ?? '',
      element,
      defaultValue: element.getAttribute('DefaultValue') ?? '',
      overrides: new Map(children(element, NS.bt, 'Override').map((o) => [o.getAttribute('Locale') ?? '', o.getAttribute('Value') ?? ''])),
    })),
  ),
);

function resource(resid: string | null): Resource {
  const found = resources.filter((r) => r.id === resid);
  if (found.length !== 1) throw new Error(`resid "${resid}" matches ${found.length} resources`);
  return found[0];
}

/** The resource kind an element's resid must point to, from the element's role in the schema. */
function expectedKind(el: Element): ResourceKind {
  const name = el.localName;
  if (name === 'Image' && el.namespaceURI === NS.bt) return 'Images';
  if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(name)) return 'Urls';
  if (['Label', 'Title'].includes(name)) return 'ShortStrings';
  if (name === 'Description') return 'LongStrings';
  throw new Error(`no rule for resid on <${el.tagName}>: extend expectedKind() in this test`);
}

/** PNG width/height from the IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (buf.toString('ascii', 12, 16) !== 'IHDR') throw new Error(`${file}: first chunk is not IHDR`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Maps a manifest URL to the file in the repo it is served from (assets/ are copied as they are). */
function assetFileFor(url: string): string {
  const { pathname } = new URL(url);
  return path.join(repoRoot, decodeURIComponent(pathname.replace(/^\//, '')));
}

/** Strings of the top-level DisplayName/Description: default + <Override Locale=…>. */
function localeAware(local: string): { defaultValue: string; overrides: Map<string, string> } {
  const el = children(root, NS.app, local)[0];
  if (!el) throw new Error(`<${local}> missing`);
  return {
    defaultValue: el.getAttribute('DefaultValue') ?? '',
    overrides: new Map(children(el, NS.app, 'Override').map((o) => [o.getAttribute('Locale') ?? '', o.getAttribute('Value') ?? ''])),
  };
}

// ------------------------------------------------------------------ XSD

describe('manifest.xml against the Office XSDs', () => {
  const xsdTest = schemasPresent || isCI ? test : test.skip;

  async function validate(xml: string) {
    if (!schemasPresent) {
      throw new Error(
        `Office manifest schemas not found: expected ${path.join(schemaDir, MAIN_SCHEMA)} ` +
          '(../shared/office-schemas next to the repo). CI must provide them; locally this test is skipped.',
      );
    }
    const read = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(schemaDir, name), 'utf8') });
    // The main schema imports the basic types, task-pane, mail (which imports mail 1.1) and content
    // VersionOverrides schemas; xmllint-wasm does no I/O, so every one of them is preloaded.
    const imported = fs
      .readdirSync(schemaDir)
      .filter((f) => f.endsWith('.xsd') && f !== MAIN_SCHEMA)
      .sort();
    return validateXML({
      xml: [{ fileName: 'manifest.xml', contents: xml }],
      schema: [read(MAIN_SCHEMA)],
      preload: imported.map(read),
    });
  }

  xsdTest('is valid', async () => {
    const result = await validate(manifestText);
    const messages = result.errors.map((e) => e.rawMessage).join('\n');
    expect(messages).toBe('');
    expect(result.valid).toBe(true);
  });

  xsdTest('the validator really validates (a broken copy is rejected)', async () => {
    const broken = manifestText.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>Everything</Permissions>');
    expect(broken).not.toBe(manifestText);
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.message).join('\n')).toMatch(/Permissions/);
  });
});

// ------------------------------------------------------------------ project rules

describe('manifest.xml project rules', () => {
  test('is a TaskPaneApp for Excel with a fixed GUID, zh-CN default locale', () => {
    expect(root.namespaceURI).toBe(NS.app);
    expect(root.localName).toBe('OfficeApp');
    expect(xsiType(root)).toBe('TaskPaneApp');
    expect(one(NS.app, 'Id').textContent?.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one(NS.app, 'DefaultLocale').textContent?.trim()).toBe('zh-CN');
    const hosts = children(children(root, NS.app, 'Hosts')[0], NS.app, 'Host').map((h) => h.getAttribute('Name'));
    expect(hosts).toEqual(['Workbook']);
    const ovHosts = all(NS.ov, 'Host').map(xsiType);
    expect(ovHosts).toEqual(['Workbook']);
  });

  test('Permissions is ReadWriteDocument', () => {
    expect(one(NS.app, 'Permissions').textContent?.trim()).toBe('ReadWriteDocument');
  });

  test('requires ExcelApi 1.9', () => {
    const sets = all(NS.app, 'Set');
    const excel = sets.filter((s) => s.getAttribute('Name') === 'ExcelApi');
    expect(excel).toHaveLength(1);
    expect(excel[0].getAttribute('MinVersion')).toBe('1.9');
  });

  test('every resid resolves to exactly one resource of the right kind', () => {
    const users = everyElement().filter((el) => el.hasAttribute('resid'));
    expect(users.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const el of users) {
      const resid = el.getAttribute('resid');
      const matches = resources.filter((r) => r.id === resid);
      const want = expectedKind(el);
      if (matches.length !== 1) problems.push(`<${el.tagName} resid="${resid}">: ${matches.length} resources with that id`);
      else if (matches[0].kind !== want) problems.push(`<${el.tagName} resid="${resid}">: is in bt:${matches[0].kind}, needs bt:${want}`);
    }
    expect(problems).toEqual([]);
  });

  test('resource ids are unique and every resource is used', () => {
    const ids = resources.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(
      everyElement()
        .map((el) => el.getAttribute('resid'))
        .filter(Boolean),
    );
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  test('every URL is https, well-formed and on the one dev origin', () => {
    const urls: string[] = [];
    const problems: string[] = [];
    for (const el of everyElement()) {
      for (const attr of Array.from(el.attributes)) {
        if (attr.name === 'xmlns' || attr.prefix === 'xmlns' || attr.namespaceURI === NS.xsi) continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(attr.value) && /\/\//.test(attr.value)) urls.push(attr.value);
      }
      // Element text that is a URL (e.g. AppDomain).
      if (el.children.length === 0 && /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(el.textContent ?? '')) urls.push(el.textContent!.trim());
    }
    // The URL-typed places must all be among them.
    const urlPlaces = [
      ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].flatMap((n) => all(NS.app, n)),
      ...all(NS.bt, 'Image', resourcesEl),
      ...all(NS.bt, 'Url', resourcesEl),
    ];
    expect(urlPlaces.length).toBeGreaterThanOrEqual(10);
    for (const el of urlPlaces) expect(urls).toContain(el.getAttribute('DefaultValue'));

    for (const u of urls) {
      let parsed: URL;
      try {
        parsed = new URL(u);
      } catch {
        problems.push(`not a URL: ${u}`);
        continue;
      }
      if (parsed.protocol !== 'https:') problems.push(`not https: ${u}`);
      // One origin, so a deployment replaces exactly one host (webpack.config.js JIXIAO_PUBLIC_URL).
      if (parsed.origin !== ORIGIN) problems.push(`not on ${ORIGIN}: ${u}`);
    }
    expect(problems).toEqual([]);
  });

  test('each icon resource is a PNG in assets/ with the pixel size it is used at', () => {
    const problems: string[] = [];
    const checkUrl = (where: string, url: string, size: number) => {
      const file = assetFileFor(url);
      if (path.dirname(file) !== path.join(repoRoot, 'assets')) problems.push(`${where}: ${url} is not under assets/`);
      if (!fs.existsSync(file)) return problems.push(`${where}: ${path.relative(repoRoot, file)} does not exist`);
      const { width, height } = pngSize(file);
      if (width !== size || height !== size) problems.push(`${where}: ${path.relative(repoRoot, file)} is ${width}x${height}, needs ${size}x${size}`);
    };
    const refs = all(NS.bt, 'Image').filter((el) => el.hasAttribute('resid'));
    expect(refs.length).toBeGreaterThanOrEqual(9); // group + 2 buttons, 16/32/80 each
    for (const ref of refs) {
      const res = resource(ref.getAttribute('resid'));
      const size = Number(ref.getAttribute('size'));
      checkUrl(`resid ${res.id}`, res.defaultValue, size);
      for (const [locale, value] of res.overrides) checkUrl(`resid ${res.id} (${locale})`, value, size);
    }
    // Every command icon set has 16, 32 and 80.
    for (const icon of all(NS.ov, 'Icon')) {
      const sizes = children(icon, NS.bt, 'Image')
        .map((i) => Number(i.getAttribute('size')))
        .sort((a, b) => a - b);
      expect(sizes).toEqual([16, 32, 80]);
    }
    // Store / Add-in dialog icons: 32x32 and 64x64.
    checkUrl('IconUrl', one(NS.app, 'IconUrl').getAttribute('DefaultValue') ?? '', 32);
    checkUrl('HighResolutionIconUrl', one(NS.app, 'HighResolutionIconUrl').getAttribute('DefaultValue') ?? '', 64);
    expect(problems).toEqual([]);
  });

  test('the Home tab has the 绩效表助手 group with the two buttons, in zh-CN and en-US', () => {
    const tab = one(NS.ov, 'OfficeTab');
    expect(tab.getAttribute('id')).toBe('TabHome');
    const group = one(NS.ov, 'Group', tab);
    const groupLabel = resource(children(group, NS.ov, 'Label')[0].getAttribute('resid'));
    expect(groupLabel.defaultValue).toBe('绩效表助手');
    expect(groupLabel.overrides.get('en-US')).toBe('Jixiao');

    const controls = children(group, NS.ov, 'Control');
    expect(controls.map(xsiType)).toEqual(['Button', 'Button']);
    const described = controls.map((c) => {
      const label = resource(children(c, NS.ov, 'Label')[0].getAttribute('resid'));
      const action = children(c, NS.ov, 'Action')[0];
      return { zh: label.defaultValue, en: label.overrides.get('en-US'), action, type: xsiType(action) };
    });

    const [validate, open] = described;
    expect(validate).toMatchObject({ zh: '一键校验', en: 'Validate All', type: 'ExecuteFunction' });
    expect(children(validate.action, NS.ov, 'FunctionName')[0].textContent?.trim()).toBe('validateAll');

    expect(open).toMatchObject({ zh: '打开助手', en: 'Open Assistant', type: 'ShowTaskpane' });
    expect(children(open.action, NS.ov, 'TaskpaneId')[0].textContent?.trim()).toBe('ButtonId1');
    const paneUrl = resource(children(open.action, NS.ov, 'SourceLocation')[0].getAttribute('resid')).defaultValue;
    expect(new URL(paneUrl).pathname).toBe('/taskpane.html');
    expect(new URL(one(NS.app, 'SourceLocation').getAttribute('DefaultValue') ?? '').pathname).toBe('/taskpane.html');

    // The function file is commands.html, and commands.ts registers the function the button names.
    const functionFile = resource(one(NS.ov, 'FunctionFile').getAttribute('resid')).defaultValue;
    expect(new URL(functionFile).pathname).toBe('/commands.html');
    const commandsSrc = fs.readFileSync(path.join(repoRoot, 'src', 'commands', 'commands.ts'), 'utf8');
    expect(commandsSrc).toMatch(/Office\.actions\.associate\(\s*['"]validateAll['"]/);
  });

  test('every string has an en-US override (and the zh-CN defaults are Chinese)', () => {
    const problems: string[] = [];
    const strings = resources.filter((r) => r.kind === 'ShortStrings' || r.kind === 'LongStrings');
    expect(strings.length).toBeGreaterThanOrEqual(8);
    const topLevel = ['DisplayName', 'Description'].map((n) => ({ id: n, ...localeAware(n) }));
    for (const s of [...strings, ...topLevel]) {
      const en = s.overrides.get('en-US');
      if (!en || !en.trim()) problems.push(`${s.id}: no en-US override`);
      else if (/[\u4e00-\u9fff]/.test(en)) problems.push(`${s.id}: en-US text contains Chinese: ${en}`);
      if (!/[\u4e00-\u9fff]/.test(s.defaultValue)) problems.push(`${s.id}: zh-CN default has no Chinese: ${s.defaultValue}`);
      for (const locale of s.overrides.keys()) if (locale !== 'en-US') problems.push(`${s.id}: unexpected locale ${locale}`);
    }
    expect(problems).toEqual([]);
    expect(localeAware('DisplayName')).toEqual({ defaultValue: '绩效表助手', overrides: new Map([['en-US', 'Jixiao']]) });
  });
});

// ------------------------------------------------------------------ pages: no external loads

interface HtmlPluginLike {
  constructor: { name: string };
  userOptions: { filename?: string; template?: string; templateContent?: unknown; publicPath?: unknown; [k: string]: unknown };
}

describe('pages load nothing external except office.js', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(repoRoot, 'webpack.config.js'));

  function htmlPlugins(config: { plugins?: unknown[] }): HtmlPluginLike[] {
    return (config.plugins ?? []).filter((p): p is HtmlPluginLike => (p as HtmlPluginLike)?.constructor?.name === 'HtmlWebpackPlugin');
  }

  function pageSource(plugin: HtmlPluginLike): string {
    const { template, templateContent } = plugin.userOptions;
    if (typeof templateContent === 'string') return templateContent;
    if (templateContent !== undefined) throw new Error('templateContent must be a plain string to be checked');
    if (typeof template !== 'string') throw new Error(`${plugin.userOptions.filename}: no template`);
    return fs.readFileSync(path.resolve(repoRoot, template), 'utf8');
  }

  /** Absolute or protocol-relative URLs in the page, ignoring HTML comments (the minifier drops them). */
  function externalUrls(html: string): string[] {
    // The Content-Security-Policy names origins it allows; it loads nothing (test/security checks it).
    const code = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/gi, '');
    return Array.from(code.matchAll(/(?:\b[a-z][a-z0-9+.-]*:)?\/\/[^\s"'<>`)]+/gi), (m) => m[0]).filter((u) => !/^(?:data|blob|about):/i.test(u));
  }

  const production = makeConfig({}, { mode: 'production' });
  const withPreview = makeConfig({ preview: true }, { mode: 'production' });

  test('taskpane, commands and summary pages: only the office.js script, exactly once', () => {
    const plugins = htmlPlugins(production);
    const byName = new Map(plugins.map((p) => [p.userOptions.filename, p]));
    expect([...byName.keys()].sort()).toEqual(['commands.html', 'summary.html', 'taskpane.html']);
    for (const name of ['taskpane.html', 'commands.html', 'summary.html']) {
      const html = pageSource(byName.get(name)!);
      expect({ name, urls: externalUrls(html) }).toEqual({ name, urls: [OFFICE_JS] });
      expect(html).toMatch(/<script[^>]*\ssrc="https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"[^>]*><\/script>/);
    }
  });

  test('taskpane.html shows a Chinese loading message before Office.onReady', () => {
    const html = pageSource(htmlPlugins(production).find((p) => p.userOptions.filename === 'taskpane.html')!);
    expect(html).toMatch(/<html[^>]*\slang="zh-CN"/);
    expect(html).toMatch(/<div id="root">[\s\S]*绩效表助手正在加载…[\s\S]*<\/div>/);
  });

  test('preview.html (only with --env preview) loads nothing external, not even office.js', () => {
    const preview = htmlPlugins(withPreview).find((p) => p.userOptions.filename === 'preview.html');
    expect(preview).toBeDefined();
    expect(externalUrls(pageSource(preview!))).toEqual([]);
    expect(htmlPlugins(production).some((p) => p.userOptions.filename === 'preview.html')).toBe(false);
    expect(withPreview.entry.preview).toBeDefined();
    expect(production.entry.preview).toBeUndefined();
  });

  test('the webpack config adds no external scripts, CDN externals or remote imports', () => {
    for (const config of [production, withPreview]) {
      expect(config.externals).toBeUndefined();
      expect(config.externalsType).toBeUndefined();
      expect(config.experiments?.buildHttp).toBeFalsy();
      expect(String(config.output?.publicPath ?? '')).not.toMatch(/\/\//);
      for (const plugin of htmlPlugins(config)) {
        const { template, templateContent, ...options } = plugin.userOptions;
        void template;
        void templateContent;
        expect(externalUrls(JSON.stringify(options))).toEqual([]);
      }
    }
  });
});

describe('manifest.xml through Microsoft’s reader (office-addin-manifest, offline)', () => {
  test('it reads the id, name, hosts and the help page as the support URL', async () => {
    // In its own node process: the reader's dependencies are ES modules jest does not load.
    const { execFileSync } = await import('child_process');
    const script = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => process.stdout.write(JSON.stringify(i)))`;
    const info = JSON.parse(execFileSync(process.execPath, ['-e', script, manifestPath], { cwd: repoRoot, encoding: 'utf8' }));
    expect(info.id).toMatch(/^[0-9a-f-]{36}$/i);
    expect(info.displayName).toBeTruthy();
    expect(info.hosts).toContain('Workbook');
    expect(info.supportUrl).toBe(`${ORIGIN}/help.html`);
    expect(info.defaultSettings?.sourceLocation).toBe(`${ORIGIN}/taskpane.html`);
  });

  test('the help page the manifest points at is shipped with the add-in', () => {
    expect(manifestText).toContain(`${ORIGIN}/help.html`);
    expect(fs.existsSync(path.join(repoRoot, 'src', 'static', 'help.html'))).toBe(true);
  });

  test('the intranet build serves office.js from beside the pages, the default build from the CDN', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const make = require(path.join(repoRoot, 'webpack.config.js'));
    const pages = (config: any) => config.plugins.filter((p: any) => p.userOptions?.filename).map((p: any) => String(p.userOptions.templateContent ?? ''));
    const intranet = make({ intranet: true }, { mode: 'production' });
    const standard = make({}, { mode: 'production' });
    for (const html of pages(intranet).filter((h: string) => h)) {
      expect(html).not.toContain(OFFICE_JS);
      expect(html).toContain('src="office-js/office.js"');
    }
    for (const html of pages(standard).filter((h: string) => h)) expect(html).toContain(OFFICE_JS);
    const copies = JSON.stringify(intranet.plugins.map((p: any) => p.patterns ?? p.options?.patterns ?? null));
    expect(copies).toContain('@microsoft/office-js/dist');
    expect(fs.existsSync(path.join(repoRoot, 'node_modules', '@microsoft', 'office-js', 'dist', 'office.js'))).toBe(true);
  });
});
