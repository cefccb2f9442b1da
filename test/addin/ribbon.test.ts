/**
 * The ribbon's 一键校验 (issue 8 item 5): works when the add-in is deployed under a path
 * (https://host/jixiao/), carries a summary that stays short for 50+ projects, and releases the
 * button (event.completed) even when displayDialogAsync fails — or Excel keeps it busy.
 */
import { decodeSummary } from '../../src/addin/summary-text';

const connect = jest.fn();
jest.mock('../../src/addin/connect', () => ({ connectToExcel: () => connect() }));

type Callback = (res: { status: string; value?: unknown }) => void;
const dialogs: string[] = [];
let dialogWorks = false;
(globalThis as Record<string, unknown>).window = { location: { href: 'https://host/jixiao/commands.html?_host_Info=Excel' } };
(globalThis as Record<string, unknown>).Office = {
  onReady: (cb: () => void) => cb(),
  actions: { associate: jest.fn() },
  context: {
    displayLanguage: 'zh-CN',
    ui: {
      displayDialogAsync: (url: string, _o: unknown, cb: Callback) => {
        dialogs.push(url);
        if (!dialogWorks) return cb({ status: 'failed' });
        cb({ status: 'succeeded', value: { close: jest.fn(), addEventHandler: (type: string, h: () => void) => type === 'message' && setTimeout(h, 0) } });
      },
    },
  },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  EventType: { DialogMessageReceived: 'message', DialogEventReceived: 'event' },
};

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { summaryUrl, validateAll } = require('../../src/commands/commands') as typeof import('../../src/commands/commands');

test('deployed under a path: the summary page beside the command page, not at the host’s root', () => {
  const url = summaryUrl({ title: '校验完成', lines: ['a'], close: '关闭' }, 'https://host/jixiao/commands.html?_host_Info=Excel#x');
  expect(url.startsWith('https://host/jixiao/summary.html#')).toBe(true);
  expect(decodeSummary(url.slice(url.indexOf('#')))?.lines).toEqual(['a']);
});

test('60 projects: the dialog URL carries 12 lines, the last saying how many more', () => {
  const lines = Array.from({ length: 60 }, (_, i) => `项目${i + 1}：错误 0，警告 1`);
  const url = summaryUrl({ title: '校验完成', lines, close: '关闭' }, 'https://host/jixiao/commands.html');
  const view = decodeSummary(url.slice(url.indexOf('#')))!;
  expect(view.lines.length).toBe(12);
  expect(view.lines[11]).toBe('…… 另有 49 行，请在助手中查看全部结果。');
  expect(url.length).toBeLessThan(4000);
});

test('a failed displayDialogAsync (blocked, another dialog open): the button is released once', async () => {
  dialogWorks = false;
  dialogs.length = 0;
  connect.mockRejectedValue(new Error('未能连接 Excel'));
  const event = { completed: jest.fn() };
  await validateAll(event as never);
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(dialogs.length).toBe(1); // tried, failed, not retried in a loop
  expect(dialogs[0].startsWith('https://host/jixiao/summary.html#')).toBe(true);
});

test('a check that throws: its Chinese line in the dialog, the button released', async () => {
  dialogWorks = true;
  dialogs.length = 0;
  connect.mockRejectedValue(new Error('未能连接 Excel'));
  const event = { completed: jest.fn() };
  await validateAll(event as never);
  expect(event.completed).toHaveBeenCalledTimes(1);
  const view = decodeSummary(dialogs[0].slice(dialogs[0].indexOf('#')))!;
  expect([view.title, view.lines]).toEqual(['一键校验未完成', ['未能连接 Excel']]);
});
