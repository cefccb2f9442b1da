/** NRM: normalisation notices. They never block; NRM-01/05/06 carry safe fixes (meta.fix). */
import { canonicalLevel1, canonicalLevel2, stripLabel } from '../catalogue';
import { memoise } from '../memo';
import { formatValue } from '../value';
import type { Rule } from './types';
import { cite } from './cite';
import { TIANJIN_2024_SEED } from './evidence';
import { fixAt } from './util';

// Module level: a regex literal inside a function is a new RegExp on every call.
const NEWLINES = /\n/g;
// The same split labels recur down a sheet: each is spelled for messages once.
const breaksShown = memoise((raw) => raw.replace(NEWLINES, '⏎'));

export const NRM01: Rule = {
  id: 'NRM-01',
  meta: {
    fix: 'safe',
    title: '单元格内的断行与空格', titleEn: 'Line breaks and spaces inside words',
    description: '从 PDF 或排版复制的表格常把词语断开（“社会效益指 标”）。两个汉字之间的空白一律删除，比较与匹配以删除后的文字为准。',
    source: cite('NRM-01'), evidence: `${TIANJIN_2024_SEED}；domain.md §8.2 [I]`, severity: 'info', fixable: true,
    messages: { split: '“{raw}”中有断行或空格，规范为“{fixed}”' },
    messagesEn: { split: '“{raw}” contains line breaks or spaces; normalised to “{fixed}”' },
  },
  create(ctx) {
    const { columns } = ctx.project;
    const split = (row: number, raw: string, fixed: string, col: number | undefined) => {
      if (col === undefined || !raw || raw === fixed || raw.trim() === fixed) return;
      ctx.report({ messageId: 'split', data: { raw: breaksShown(raw), fixed }, row, col, fix: { row, col, value: fixed } });
    };
    for (const ind of ctx.project.indicators) {
      if (ind.fragmentRows.length) continue; // NRM-04 reports those rows
      split(ind.row, ind.raw.level1, ind.level1Text, columns.level1);
      split(ind.row, ind.raw.level2, ind.level2Text, columns.level2);
      split(ind.row, ind.raw.level3, ind.level3, columns.level3);
      split(ind.row, ind.raw.description, ind.description, columns.description);
    }
  },
};

export const NRM02: Rule = {
  id: 'NRM-02',
  meta: {
    title: '分页重复的表头', titleEn: 'Grid header repeated after a page break',
    description: '分页后重复出现的“一级指标/二级指标/…”表头行不是指标，读取时跳过。',
    source: cite('NRM-02'), evidence: TIANJIN_2024_SEED, severity: 'info', fixable: false,
    messages: { repeated: '第 {row} 行是分页后重复的表头，已跳过' },
    messagesEn: { repeated: 'Row {row} repeats the grid header after a page break; skipped' },
  },
  create(ctx) {
    for (const r of ctx.project.repeatedHeaders) ctx.report({ messageId: 'repeated', data: { row: r }, row: r, col: ctx.col('level1') });
  },
};

export const NRM03: Rule = {
  id: 'NRM-03',
  meta: {
    title: '合并单元格向下填充', titleEn: 'Merged 一级/二级 cells filled down',
    description: '一级、二级指标常为纵向合并单元格，其下各行为空；读取时沿用上一行的值，分页后也一样。',
    source: cite('NRM-03'), evidence: TIANJIN_2024_SEED, severity: 'info', fixable: false,
    messages: {
      filledAfterBreak: '第 {row} 行在分页后，一级指标为空，沿用上方的“{value}”',
      inferred: '第 {row} 行一级指标为空，按二级指标“{level2}”归入“{value}”',
    },
    messagesEn: {
      filledAfterBreak: 'Row {row} follows a page break with an empty 一级; “{value}” carried down',
      inferred: 'Row {row} has no 一级; placed under “{value}” from its 二级 “{level2}”',
    },
  },
  create(ctx) {
    const p = ctx.project;
    const breaks = new Set(p.repeatedHeaders.map((r) => r + 1));
    for (const ind of p.indicators) {
      // Fill-down inside a merge is routine; say so only where it crosses a page break or is inferred.
      if (ind.level1From === 'filled' && breaks.has(ind.row))
        ctx.report({ messageId: 'filledAfterBreak', data: { row: ind.row, value: ind.level1Text }, row: ind.row, col: ctx.col('level1') });
      if (ind.level1From === 'inferred')
        ctx.report({ messageId: 'inferred', data: { row: ind.row, value: ind.level1 ?? '', level2: ind.level2Text }, row: ind.row, col: ctx.col('level1') });
    }
  },
};

export const NRM04: Rule = {
  id: 'NRM-04',
  meta: {
    title: '跨页拆分的行', titleEn: 'Row split across a page break',
    description: '分页把一行拆成两段：下一页只剩“指标”“力”这样的词尾且没有指标值。把词尾接回上一行的同一列。',
    source: cite('NRM-04'), evidence: `${TIANJIN_2024_SEED}（项目 4）；[I]`, severity: 'info', fixable: false,
    messages: { joined: '第 {frag} 行是第 {row} 行跨页的后半截，已接回：二级“{level2}”，三级“{level3}”' },
    messagesEn: { joined: 'Row {frag} continues row {row} across a page break; joined: 二级 “{level2}”, 三级 “{level3}”' },
  },
  create(ctx) {
    for (const ind of ctx.project.indicators)
      for (const f of ind.fragmentRows)
        ctx.report({ messageId: 'joined', data: { frag: f, row: ind.row, level2: ind.level2Text, level3: ind.level3 }, row: f, col: ctx.col('level2') });
  },
};

export const NRM05: Rule = {
  id: 'NRM-05',
  meta: {
    fix: 'safe',
    title: '指标名称别名', titleEn: 'Alias of a canonical indicator name',
    description: '旧称与简称（可持续影响、环境效益指标、效果指标、进度指标、满意度 等）映射到规范名称。',
    source: cite('NRM-05'), evidence: 'domain.md §3.3 [V]/[P]', severity: 'info', fixable: true,
    messages: { alias: '“{raw}”规范名称为“{canonical}”' },
    messagesEn: { alias: '“{raw}” is canonically “{canonical}”' },
  },
  create(ctx) {
    const p = ctx.project;
    for (const ind of p.indicators) {
      if (ind.level1From === 'cell' && ind.level1) {
        const bare = stripLabel(ind.level1Text);
        // “产出指标(50分)” keeps its weight label; only the name part is compared.
        if (bare !== ind.level1 && canonicalLevel1(bare) === ind.level1)
          ctx.report({ messageId: 'alias', data: { raw: bare, canonical: ind.level1 }, row: ind.row, col: ctx.col('level1'),
            fix: ind.level1Text === bare ? { row: ind.row, col: ctx.col('level1'), value: ind.level1 } : undefined });
      }
      if (ind.level2From === 'cell' && ind.level2 && canonicalLevel2(ind.level2Text) === ind.level2 && stripLabel(ind.level2Text) !== ind.level2 && !ind.fragmentRows.length)
        ctx.report({ messageId: 'alias', data: { raw: ind.level2Text, canonical: ind.level2 }, row: ind.row, col: ctx.col('level2'),
          fix: { row: ind.row, col: ctx.col('level2'), value: ind.level2 } });
    }
  },
};

export const NRM06: Rule = {
  id: 'NRM-06',
  meta: {
    fix: 'safe',
    title: '指标值的规范写法', titleEn: 'Canonical spelling of a value',
    description: '指标值拆为“符号 + 数值 + 单位”：百分比/百分号/％ 统一为 %，全角数字与符号转半角，“以上/以下”转为 ≥/≤，去掉千位分隔符与多余空格。',
    source: cite('NRM-06'), evidence: `${TIANJIN_2024_SEED}；pmkpi 合并显示 [P]；《民法典》第一千二百五十九条 [R]`, severity: 'info', fixable: true,
    messages: { canonical: '指标值“{raw}”规范写法为“{fixed}”' },
    messagesEn: { canonical: 'Value “{raw}” is canonically “{fixed}”' },
  },
  create(ctx) {
    const p = ctx.project;
    if (p.columns.target === undefined) return;
    // Split forms (指标性质/度量单位 columns) keep the number alone in its cell: rewriting it would duplicate the unit.
    const split = p.columns.unit !== undefined || p.columns.op !== undefined;
    for (const ind of p.indicators) {
      const t = ind.target;
      if (split || t.kind !== 'quantitative' || t.number === null || t.range || t.placeholder) continue;
      // Only text cells are rewritten: a number shown as % or a date serial is already right in Excel.
      if (!t.changes.length || t.changes.some((c) => c === 'percent-format' || c === 'serial-date' || c === 'date-cell')) continue;
      const fixed = formatValue(t);
      if (fixed === t.raw.trim()) continue;
      const at = ctx.valueCell(ind);
      ctx.report({ messageId: 'canonical', data: { raw: t.raw.replace(NEWLINES, ' '), fixed }, row: at.row, col: at.col, fix: fixAt(at, fixed) });
    }
  },
};

export const nrmRules: Rule[] = [NRM01, NRM02, NRM03, NRM04, NRM05, NRM06];
