/** The WPS shell: host detection, the ribbon's callbacks (一键校验, 打开助手) on the ET fake, ribbon.xml's wiring. */
import * as fs from 'fs';
import * as path from 'path';
import { detectHost } from '../../src/wps/host-kind';
import { makeRibbon } from '../../src/wps/ribbon';
import { createEtFake } from '../../src/wps-fake';
import { readWorkbook } from '../../src/gateways/exceljs/read';
import { fixture } from '../helpers/fixtures';
import type { WpsApplication, WpsTaskPane } from '../../src/wps/wps-api';

test('host detection: Excel, WPS (even with a partial Office object), the browser preview', () => {
  expect(detectHost({ Office: { context: {} } })).toBe('excel');
  expect(detectHost({ wps: { CreateTaskPane: () => null }, Application: { ActiveWorkbook: null }, Office: { context: {} } })).toBe('wps');
  expect(detectHost({})).toBe('preview');
  expect(detectHost({ Application: { ActiveWorkbook: null } })).toBe('preview');
});

function setup() {
  const alerts: string[] = [];
  const created: string[] = [];
  const store = new Map<string, unknown>();
  const panes = new Map<number, WpsTaskPane>();
  return (async () => {
    const seed = (await readWorkbook(fixture('seed-tianjin-2024.xlsx'))).grids[0];
    const fake = createEtFake(seed);
    const app = Object.assign(fake.app, { PluginStorage: { getItem: (k: string) => store.get(k), setItem: (k: string, v: unknown) => void store.set(k, v) } }) as WpsApplication;
    const ribbon = makeRibbon({
      app: () => app,
      wps: () => ({
        CreateTaskPane: (url: string) => {
          created.push(url);
          const p = { ID: panes.size + 1, Visible: false };
          panes.set(p.ID, p);
          return p;
        },
        GetTaskPane: (id) => panes.get(Number(id)) ?? null,
      }),
      paneUrl: () => 'file:///jsaddons/jixiao_0.1.0/taskpane.html',
      alert: (t) => void alerts.push(t),
    });
    return { fake, ribbon, alerts, created, panes };
  })();
}

test('一键校验 marks the sheet and says the outcome in one message', async () => {
  const { fake, ribbon, alerts } = await setup();
  expect(ribbon.OnAddinLoad({})).toBe(true);
  await ribbon.OnAction({ Id: 'jixiaoCheck' });
  expect(alerts).toHaveLength(1);
  expect(alerts[0]).toContain('7 个项目');
  expect(fake.fillAt('E99', '绩效目标表')).toBe('#FFEB9C');
});

test('打开助手 creates the task pane once and shows it again after it was closed', async () => {
  const { ribbon, created, panes } = await setup();
  await ribbon.OnAction({ Id: 'jixiaoPane' });
  expect(created).toEqual(['file:///jsaddons/jixiao_0.1.0/taskpane.html']);
  expect(panes.get(1)!.Visible).toBe(true);
  panes.get(1)!.Visible = false;
  await ribbon.OnAction({ Id: 'jixiaoPane' });
  expect(created).toHaveLength(1);
  expect(panes.get(1)!.Visible).toBe(true);
});

test('a failure is one Chinese line, not a stack', async () => {
  const alerts: string[] = [];
  const ribbon = makeRibbon({ app: () => undefined, wps: () => undefined, paneUrl: () => '', alert: (t) => void alerts.push(t) });
  await ribbon.OnAction({ Id: 'jixiaoPane' });
  await ribbon.OnAction({ Id: 'jixiaoCheck' });
  expect(alerts).toEqual(['绩效表助手：请在 WPS 表格中使用绩效表助手', '请先打开要校验的绩效表，再点“一键校验”。']);
});

test('ribbon.xml: a 绩效表助手 group with 一键校验 and 打开助手, every callback defined by the ribbon object', () => {
  const xml = fs.readFileSync(path.join(__dirname, '../../src/wps/ribbon.xml'), 'utf8');
  expect(xml).toContain('xmlns="http://schemas.microsoft.com/office/2006/01/customui"');
  expect(xml).toMatch(/<group id="jixiaoGroup" label="绩效表助手">/);
  expect(xml).toMatch(/id="jixiaoCheck" label="一键校验"/);
  expect(xml).toMatch(/id="jixiaoPane" label="打开助手"/);
  const ribbon = makeRibbon({ app: () => undefined, wps: () => undefined, paneUrl: () => '', alert: () => undefined }) as unknown as Record<string, unknown>;
  for (const m of xml.matchAll(/"ribbon\.(\w+)"/g)) expect(typeof ribbon[m[1]]).toBe('function');
});
