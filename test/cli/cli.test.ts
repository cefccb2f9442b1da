/** The `jixiao` command line: exit codes, Chinese one-line errors, the JSON report contract, rows and insert. */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { readWorkbook } from '../../src/gateways/exceljs/read';
import { analyse } from '../../src/engine/analyse';
import { fixture } from '../helpers/fixtures';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-'));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { log: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('jixiao check', () => {
  test('seed: per-project report in Chinese with rule ids, cells and sources; exit 0 (warnings only)', async () => {
    const r = await run('check', fixture('seed-tianjin-2024.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('项目 5：学生资助补助经费-01 中央直达资金');
    expect(r.out).toMatch(/⚠ 警告\s+E99\s+VAL-08\s+“资助政策发挥作用时间”/);
    expect(r.out).toContain('依据：');
    expect(r.out).toMatch(/合计：错误 0，警告 \d+，提示 \d+/);
  });

  test('errors present → exit 1', async () => {
    expect((await run('check', fixture('value-spellings.xlsx'))).code).toBe(1);
  });

  test('--json follows contracts §3', async () => {
    const r = await run('check', fixture('seed-tianjin-2024.xlsx'), '--json');
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['files', 'summary']));
    const p = j.files[0].projects[0];
    expect(p).toMatchObject({ sheet: '绩效目标表', headerRow: 8, generation: 'A', budget: { total: 500, fiscal: 500, other: null, executed: null } });
    expect(p.name).toBe('2023 年现代职业教育质量提升计划资金（开放型产教融合实践中心）- 中央');
    expect(p.indicators[0]).toEqual({
      row: 9,
      level1: '产出指标',
      level2: '数量指标',
      level3: '建设大模型生产中心',
      target: { raw: '1个', op: '=', value: 1, unit: '个', kind: 'quantitative' },
      actual: null,
      weight: 5.56,
      score: null,
      sheetWeight: null,
      sheetScore: null,
    });
    expect(p.score).toMatchObject({ execution: null, total: null, grade: null });
    const d = j.files[0].diagnostics.find((x: any) => x.rule === 'VAL-08' && x.cell === 'E99');
    expect(d).toMatchObject({ severity: 'warning', sheet: '绩效目标表', row: 99, fixable: false });
    expect(typeof d.message).toBe('string');
    expect(j.summary).toEqual({ errors: 0, warnings: expect.any(Number), infos: expect.any(Number) });
    for (const x of j.files[0].diagnostics) expect(x.rule).toMatch(/^(NRM|HIE|VAL|CST|SE)-\d{2}$/);
  });

  test('--scheme hubei changes weights; an unknown scheme is exit 2 with one line', async () => {
    const j = JSON.parse((await run('check', fixture('seed-tianjin-2024.xlsx'), '--json', '--scheme', 'hubei')).out);
    expect(j.files[0].projects[4].indicators.map((x: any) => x.weight)).toEqual([11.43, 11.43, 11.43, 11.43, 11.43, 11.43, 11.42]);
    const bad = await run('check', fixture('seed-tianjin-2024.xlsx'), '--scheme', 'shanghai');
    expect(bad.code).toBe(2);
    expect(bad.err.split('\n')[0]).toContain('评分方案“shanghai”不存在');
  });

  test('a scheme JSON file', async () => {
    const f = path.join(tmp, 'scheme.json');
    fs.writeFileSync(f, JSON.stringify({ execution: 20, buckets: { 产出: 40, 效益: 30, 满意度: 10 } }));
    const j = JSON.parse((await run('check', fixture('seed-tianjin-2024.xlsx'), '--json', '--scheme', f)).out);
    expect(j.files[0].projects[4].indicators.map((x: any) => x.weight)).toEqual([10, 10, 10, 10, 15, 15, 10]);
  });

  test.each([
    ['no indicator table', fixture('not-a-table.xlsx'), '没有找到绩效指标表'],
    ['missing file', path.join(tmp, 'nope.xlsx'), '文件不存在'],
    [
      'not an xlsx',
      (() => {
        const f = path.join(tmp, 'a.xlsx');
        fs.writeFileSync(f, 'hello');
        return f;
      })(),
      '无法读取',
    ],
  ])('unusable input (%s) → exit 2, one clear line, no stack', async (_n, file, text) => {
    const r = await run('check', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(text);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  test('bad usage → exit 2 with the usage text', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('fill', fixture('seed-tianjin-2024.xlsx'))).err).toContain('-o OUT.xlsx');
  });
});

describe('check --explain and --map', () => {
  test('--explain prints, per project, the header, the column roles and every row with its role and reason', async () => {
    const r = await run('check', fixture('seed-tianjin-2024.xlsx'), '--explain');
    expect(r.code).toBe(0);
    expect(r.out).toContain('表头：第 8 行，A–E 列；分页重复表头：第 17 行');
    expect(r.out).toContain('E 指标值（“指标值”）');
    expect(r.out).toMatch(/第 +17 行 {2}表头 {2}分页后重复的表头/);
    expect(r.out).toMatch(/第 +9 行 {2}指标 {2}指标行：产出指标 › 数量指标 › 建设大模型生产中心/);
  });

  test('--json carries rows and columns per project', async () => {
    const j = JSON.parse((await run('check', fixture('seed-tianjin-2024.xlsx'), '--json')).out);
    const p = j.files[0].projects[0];
    expect(p.columns).toMatchObject({ level1: 'A', level3: 'C', target: 'E' });
    // code (added): the reason's code, from which the pane words it in English; the Chinese reason stays.
    expect(p.rows[0]).toEqual({ row: 8, role: 'header', reason: '表头', code: 'header' });
    expect(p.budget.unit).toBe('万元');
  });

  test('--map takes a row out for check, fill and insert alike; a bad map is exit 2 with one line', async () => {
    const map = path.join(tmp, 'map.json');
    fs.writeFileSync(map, JSON.stringify({ rows: [{ sheet: '绩效目标表', row: 9, role: 'note' }], names: [{ sheet: '绩效目标表', headerRow: 8, cell: 'A1' }] }));
    const j = JSON.parse((await run('check', fixture('seed-tianjin-2024.xlsx'), '--json', '--map', map)).out);
    const p = j.files[0].projects[0];
    expect(p.indicators.map((x: { row: number }) => x.row)).not.toContain(9);
    expect(p.rows.find((x: { row: number }) => x.row === 9).role).toBe('note');
    const out = path.join(tmp, 'mapped.xlsx');
    const f = await run('fill', fixture('seed-tianjin-2024.xlsx'), '-o', out, '--map', map, '--force');
    expect(f.out).toContain('项目 1：');
    expect(f.out).not.toContain('项目 1：2023 年现代职业教育');
    const bad = path.join(tmp, 'bad-map.json');
    fs.writeFileSync(bad, JSON.stringify({ rows: [{ sheet: 'S', row: 'nine', role: 'note' }] }));
    const r = await run('check', fixture('seed-tianjin-2024.xlsx'), '--map', bad);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^jixiao：读表更正文件 .* 无效：rows\[0\]：row 应为行号/);
    expect(r.err.split('\n')).toHaveLength(1);
  });

  test('--map on a table printed in two halves: a row named with its right-half column is that row, the left half’s row stays', async () => {
    const map = path.join(tmp, 'halves-map.json');
    fs.writeFileSync(map, JSON.stringify({ rows: [{ sheet: '目标表', row: 8, column: 'H', role: 'note' }] }));
    const file = fixture('variants/v174-two-halves.xlsx');
    const j = JSON.parse((await run('check', file, '--json', '--map', map)).out);
    const rows = j.files[0].projects[0].rows.filter((x: { row: number }) => x.row === 8).map((x: { column: string; role: string }) => `${x.column} ${x.role}`);
    expect(rows).toEqual(['D indicator', 'H note']);
    expect(j.files[0].projects[0].indicators).toHaveLength(7);
    const e = await run('check', file, '--explain', '--map', map);
    expect(e.out).toMatch(/第 +8 行 H {2}说明 {2}按人工更正/);
    expect(e.out).toMatch(/第 +8 行 D {2}指标 {2}指标行：产出指标 › 数量指标 › 维修学校数量/);
  });
});

describe('jixiao fill', () => {
  test('refuses to overwrite an existing output without --force, and never the input', async () => {
    const out = path.join(tmp, 'exists.xlsx');
    fs.writeFileSync(out, 'x');
    const r = await run('fill', fixture('seed-tianjin-2024.xlsx'), '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--force');
    expect(fs.readFileSync(out, 'utf8')).toBe('x');
    const same = await run('fill', fixture('seed-tianjin-2024.xlsx'), '-o', fixture('seed-tianjin-2024.xlsx'), '--force');
    expect(same.code).toBe(2);
  });

  test('an output that cannot be written is said before the input is read: a broken input behind it is never opened', async () => {
    const broken = path.join(tmp, 'broken.xlsx');
    fs.writeFileSync(broken, 'PK not a zip');
    const out = path.join(tmp, 'exists-too.xlsx');
    fs.writeFileSync(out, 'x');
    for (const cmd of [
      ['fill', broken, '-o', out],
      ['insert', broken, '--project', '1', '--rows', 'AID-07', '-o', out],
    ]) {
      const r = await run(...cmd);
      expect(r.code).toBe(2);
      expect(r.err).toContain('输出文件已存在');
    }
    const noDir = await run('fill', broken, '-o', path.join(tmp, 'no-such-folder', 'out.xlsx'));
    expect(noDir.err).toContain('输出文件夹不存在');
    // A missing input is still said first.
    expect((await run('fill', path.join(tmp, 'missing.xlsx'), '-o', out)).err).not.toContain('输出文件已存在');
    expect(fs.readFileSync(out, 'utf8')).toBe('x');
  });

  test('--fix --highlight: normalised values, coloured cells with notes, summary per project', async () => {
    const out = path.join(tmp, 'fixed.xlsx');
    const r = await run('fill', fixture('seed-tianjin-2024.xlsx'), '-o', out, '--fix', '--highlight');
    expect(r.code).toBe(0);
    expect(r.out).toContain('已写入');
    const { workbook, grids } = await readWorkbook(out);
    const ws = workbook.worksheets[0];
    expect(grids[0].values[44][4]).toBe('≥98%'); // “≥98 百分号” normalised (row 42, + 3 for project 1’s inserted lines)
    const c = ws.getCell('E111'); // 资助政策发挥作用时间 (row 99, + 3 × 4 projects above)
    expect((c.fill as any).fgColor.argb).toBe('FFFFEB9C');
    expect(String(c.note)).toContain('VAL-08');
    expect(analyse(grids).projects).toHaveLength(7);
  });
});

describe('jixiao rows / insert', () => {
  test('rows lists every category; --category filters; --json is machine-readable', async () => {
    const r = await run('rows');
    for (const c of ['通用', '学生资助', '奖学金', '设备购置/建设', '培训', '思政/宣传', '数据服务', '会议']) expect(r.out).toContain(`【${c}】`);
    const j = JSON.parse((await run('rows', '--category', '培训', '--json')).out);
    expect(j.every((x: any) => x.category === '培训')).toBe(true);
    expect((await run('rows', '--category', '宇宙')).code).toBe(2);
  });

  test('insert AID-12 and AID-07 into project 5 under the right groups; merges extended', async () => {
    const out = path.join(tmp, 'inserted.xlsx');
    const r = await run('insert', fixture('seed-tianjin-2024.xlsx'), '--project', '5', '--rows', 'AID-07,AID-12', '-o', out);
    expect(r.code).toBe(0);
    const a = analyse((await readWorkbook(out)).grids);
    const p5 = a.projects[4].project;
    expect(p5.indicators.map((x) => x.level3)).toEqual([
      '补助人数',
      '补助金额发放效果',
      '补助资金发放及时率',
      '补助金额',
      '资助资金总额',
      '补助成效',
      '资助政策发挥作用时间',
      '补助对象满意度',
      '受助学生满意度',
    ]);
    const cost = p5.indicators.find((x) => x.level3 === '资助资金总额')!;
    expect([cost.level1, cost.level2, cost.target.raw]).toEqual(['产出指标', '成本指标', '≤665.3万元']);
    const sat = p5.indicators.find((x) => x.level3 === '受助学生满意度')!;
    expect([sat.level1, sat.level2]).toEqual(['满意度指标', '服务对象满意度指标']);
    expect(a.projects[5].project.headerRow).toBe(110 + 2);
  });

  test('insert errors: unknown id, bad project', async () => {
    expect((await run('insert', fixture('seed-tianjin-2024.xlsx'), '--project', '5', '--rows', 'XYZ-1', '-o', path.join(tmp, 'x.xlsx'))).code).toBe(2);
    expect((await run('insert', fixture('seed-tianjin-2024.xlsx'), '--project', '99', '--rows', 'GEN-01', '-o', path.join(tmp, 'y.xlsx'))).code).toBe(2);
  });
});

describe('the installed bin', () => {
  const bin = path.join(__dirname, '..', '..', 'bin', 'jixiao.js');
  const built = fs.existsSync(path.join(__dirname, '..', '..', 'lib', 'cli', 'main.js'));
  (built ? test : test.skip)('node bin/jixiao.js check works from the checkout (npm ci builds lib/)', () => {
    const r = spawnSync(process.execPath, [bin, 'check', fixture('not-a-table.xlsx')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('没有找到绩效指标表');
    const ok = execFileSync(process.execPath, [bin, 'rows', '--category', '会议'], { encoding: 'utf8' });
    expect(ok).toContain('【会议】');
  });
});

describe('parts outside the plan', () => {
  test('fill keeps a macro project byte for byte and warns of nothing, with notes (--highlight, written into the package) too', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const JSZip = require('jszip');
    const zip = await JSZip.loadAsync(fs.readFileSync(fixture('seed-tianjin-2024.xlsx')));
    zip.file('xl/vbaProject.bin', Buffer.from('not really a macro project'));
    const ct = await zip.file('[Content_Types].xml').async('string');
    zip.file('[Content_Types].xml', ct.replace('</Types>', '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
    const rels = await zip.file('xl/_rels/workbook.xml.rels').async('string');
    zip.file(
      'xl/_rels/workbook.xml.rels',
      rels.replace(
        '</Relationships>',
        '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
      ),
    );
    const input = path.join(tmp, 'with-macros.xlsx');
    fs.writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = fs.readFileSync(input);
    const kept = await run('fill', input, '-o', path.join(tmp, 'with-macros-out.xlsx'));
    expect(kept.err).not.toContain('以下内容无法写入输出文件');
    const out = await JSZip.loadAsync(fs.readFileSync(path.join(tmp, 'with-macros-out.xlsx')));
    expect(await out.file('xl/vbaProject.bin').async('string')).toBe('not really a macro project');
    const r = await run('fill', input, '--highlight', '-o', path.join(tmp, 'with-macros-notes.xlsx'));
    expect(r.code).toBe(0);
    expect(r.err).not.toContain('以下内容无法写入输出文件');
    const noted = await JSZip.loadAsync(fs.readFileSync(path.join(tmp, 'with-macros-notes.xlsx')));
    expect(await noted.file('xl/vbaProject.bin').async('string')).toBe('not really a macro project');
    expect(await noted.file('xl/comments1.xml').async('string')).toContain('<comment ref=');
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });
});

describe('--config', () => {
  test('severity overrides, grade bands and thresholds from a JSON file; a bad file is exit 2', async () => {
    const f = path.join(tmp, 'config.json');
    fs.writeFileSync(f, JSON.stringify({ severity: { 'VAL-08': 'error', 'VAL-05': 'off' }, grades: { 优: 85, 良: 75, 中: 60 } }));
    const j = JSON.parse((await run('check', fixture('seed-tianjin-2024.xlsx'), '--json', '--config', f)).out);
    const d = j.files[0].diagnostics;
    expect(d.find((x: any) => x.rule === 'VAL-08').severity).toBe('error');
    expect(d.some((x: any) => x.rule === 'VAL-05')).toBe(false);
    expect((await run('check', fixture('seed-tianjin-2024.xlsx'), '--config', f)).code).toBe(1);
    fs.writeFileSync(f, JSON.stringify({ severity: { 'VAL-08': 'fatal' } }));
    const bad = await run('check', fixture('seed-tianjin-2024.xlsx'), '--config', f);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('severity.VAL-08');
  });
});
