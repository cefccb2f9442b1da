/** Source checks for the pane: no HTML injection, no network calls, a complete dictionary. */
import * as fs from 'fs';
import * as path from 'path';
import { STRINGS } from '../../src/ui/i18n';

const ROOT = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(rel));
    else if (/\.tsx?$/.test(e.name)) out.push(rel);
  }
  return out;
}

const PANE_DIRS = ['src/ui', 'src/taskpane', 'src/preview'];

describe('pane sources', () => {
  test('cell text is never rendered as HTML: no dangerouslySetInnerHTML / innerHTML anywhere in the pane', () => {
    const hits = PANE_DIRS.flatMap(sources).filter((f) =>
      /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')),
    );
    expect(hits).toEqual([]);
  });

  test('the pane makes no network request of its own', () => {
    const pattern = /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|https?:\/\/(?!localhost)/;
    const hits = sources('src/ui')
      .concat(sources('src/taskpane'))
      .filter((f) => pattern.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(hits).toEqual([]);
  });
});

describe('i18n dictionary', () => {
  const entries = Object.entries(STRINGS) as [string, { zh: string; en: string }][];
  const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test('every key has Chinese and English text with the same placeholders', () => {
    for (const [key, v] of entries) {
      expect({ key, zh: typeof v.zh === 'string' && v.zh.trim() !== '' }).toEqual({ key, zh: true });
      expect({ key, en: typeof v.en === 'string' && v.en.trim() !== '' }).toEqual({ key, en: true });
      expect({ key, params: params(v.en) }).toEqual({ key, params: params(v.zh) });
    }
  });

  test('Chinese text is Chinese (or Chinese punctuation); English text has no Chinese characters', () => {
    for (const [key, v] of entries) {
      expect({ key, zh: /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(v.zh) }).toEqual({ key, zh: true });
      expect({ key, en: /[\u4e00-\u9fff]/.test(v.en) }).toEqual({ key, en: false });
    }
  });

  test('every key used in src/ui exists', () => {
    const used = new Set<string>();
    for (const f of sources('src/ui')) {
      for (const m of fs.readFileSync(path.join(ROOT, f), 'utf8').matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(m[1]);
    }
    expect([...used].filter((k) => !(k in STRINGS))).toEqual([]);
  });
});
