/**
 * What the browser tests share: whether Chromium is here (skip with a message, except under CI),
 * the production build of the preview, a headless Chromium that may not reach the network, and axe.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = fs.existsSync(CHROMIUM);

/** `describe` when Chromium is installed or CI is set (then its absence fails), else `describe.skip` with one warning. */
export function browserSuite(what: string): jest.Describe {
  const ci = !!process.env.CI;
  if (!haveChromium && !ci) console.warn(`[e2e] ${CHROMIUM} not found: skipping ${what} (apt-get install chromium to run them).`);
  return haveChromium || ci ? describe : describe.skip;
}

export function requireChromium(): void {
  if (!haveChromium) throw new Error(`${CHROMIUM} is missing and CI is set: install the Debian package chromium.`);
}

/** Builds the preview pages with webpack in production mode into `out`. */
export function buildPreview(out: string): Promise<void> {
  const args = [path.join(ROOT, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--env', 'preview', '--output-path', out];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`webpack exited ${code}\n${log.slice(-4000)}`))));
  });
}

/** Headless Chromium in Chinese; every request that leaves 127.0.0.1 is refused and passed to `outside`. */
export async function launch(userData: string, outside: (url: string) => void = () => undefined): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userData, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    outside(route.request().url());
    return route.abort('blockedbyclient');
  });
  return context;
}

type AxeViolation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/** axe's violations on the page, one line each. */
export async function axe(page: Page): Promise<string[]> {
  // Evaluated through the debugger, not as a <script> tag: the pages' Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  // Colours are judged once transitions end: axe sampling a button mid-fade reads a contrast nobody sees.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5000 }).catch(() => undefined);
  const violations = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  });
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}
