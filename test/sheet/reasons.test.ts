/**
 * Every row the reader classifies and every doubt it has carries a reason code; the Chinese text is
 * exactly the code's template filled with its data, so the English pane says the same thing.
 */
import * as fs from 'fs';
import * as path from 'path';
import { REASON_ZH, reason, type ReasonCode } from '../../src/sheet/reasons';
import { REASON_EN, reasonText } from '../../src/ui/reason-text';
import { recogniseSheet } from '../../src/sheet/recognise';
import { fileReport } from '../../src/engine/report';
import { analyse } from '../../src/engine/analyse';
import { FIXTURES, grids } from '../helpers/fixtures';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('reason catalogue', () => {
  test('every code has Chinese and English with the same placeholders, and English says it without Chinese', () => {
    for (const code of Object.keys(REASON_ZH) as ReasonCode[]) {
      expect([code, placeholders(REASON_EN[code])]).toEqual([code, placeholders(REASON_ZH[code])]);
      // 指标值 names the column as the sheet heads it; 万元 is the unit as the pane shows it.
      expect([code, REASON_EN[code].replace('指标值', '').replace('万元', '')]).not.toEqual([code, expect.stringMatching(/\p{Script=Han}/u)]);
    }
    expect(Object.keys(REASON_EN).sort()).toEqual(Object.keys(REASON_ZH).sort());
  });

  test('filled text, and English from the same code and data', () => {
    const r = reason('subtotal', { text: '教育局小计' });
    expect(r).toEqual({ reason: '“教育局小计”是小计行，不是指标（不计入项目）', code: 'subtotal', data: { text: '教育局小计' } });
    expect(reasonText('en', r)).toBe('“教育局小计” is a subtotal row, not an indicator (not counted in a project)');
    expect(reasonText('zh', r)).toBe(r.reason);
  });
});

const files = [
  ...fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.xlsx') && f !== 'not-a-table.xlsx'),
  ...fs.readdirSync(path.join(FIXTURES, 'variants')).map((f) => `variants/${f}`),
].filter((f) => f.endsWith('.xlsx'));

describe('on every fixture and variant', () => {
  test.each(files)('%s: each row and doubt has a code whose text is its reason', async (file) => {
    for (const g of await grids(file)) {
      for (const p of recogniseSheet(g).projects) {
        for (const r of p.rows) {
          expect([r.row, r.code && r.code in REASON_ZH]).toEqual([r.row, true]);
          expect(reason(r.code as ReasonCode, r.data).reason).toBe(r.reason);
          expect(reasonText('en', r)).not.toBe(r.reason);
        }
        expect((p.doubtCodes ?? []).map((d) => d.reason)).toEqual(p.doubts);
        // A funds-only block (no table) says nothing about its money unit.
        if (p.money.from) expect(reason(p.money.code as ReasonCode, p.money.data).reason).toBe(p.money.from);
        for (const d of p.doubtCodes ?? []) expect(reason(d.code as ReasonCode, d.data).reason).toBe(d.reason);
      }
    }
  });

  test('the JSON report keeps each row’s Chinese reason and adds code and data', async () => {
    const gs = await grids('variants/v05-placeholders-slash-none.xlsx');
    const json = fileReport('v05.xlsx', analyse(gs));
    const rows = json.projects.flatMap((p) => p.rows);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(typeof r.reason).toBe('string');
      expect(reason(r.code as ReasonCode, 'data' in r ? r.data : undefined).reason).toBe(r.reason);
    }
    expect(rows.some((r) => r.role === 'placeholder' && 'data' in r)).toBe(true);
    for (const p of json.projects) expect(p.doubtCodes.length).toBe(p.doubts.length);
  });
});
