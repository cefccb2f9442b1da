/**
 * What a table says about its project besides the rows: its name (from 项目名称, never a year
 * title), the weights written into labels, the generation of its hierarchy, the sheet's own total
 * line, per-recipient targets, and the reader's doubts.
 */
import { isEvaluationFramework } from '../domain/framework';
import { labelWeight, stripLabel, type Bucket } from '../domain/catalogue';
import { memoise } from '../domain/memo';
import type { Columns, Doubt, Project, TotalLine } from '../domain/model';
import { normaliseText } from '../domain/text';
import { measureOf, nameClass } from '../domain/units';
import { cellText, cellValue } from './grid';
import { colLetters } from './a1';
import { foldHeader, roleOf } from './headers';
import { headerYear } from './header-year';
import { amount } from './indicator';
import { targetAt } from './target-value';
import { unitInName } from './name-unit';
import { townRecipients } from './town-columns';
import { areaHead } from './area-head';
import { targetsInNames } from './name-targets';
import { isFieldLabel, nameBelow, nameOnly } from './name-below';
import { nonEmptyCount, type HeaderHit, type Reader } from './reader';
import { TOTAL_ROW } from './rows';
import { reason } from './reasons';
import { goalBlocks, markBlockHeaders } from './goal-blocks';
import { FUND_NAME } from './fund-name';
import { levelsShifted } from './level-shift';

export const TITLE_ROW = /(绩效目标表|绩效自评表|自评表|目标表|目标申报表)$/;
// 项目名称, also glossed as a 专项 (项目（专项）名称, 项目名称（专项资金名称）, 项目（专项资金）名称): the same field on 专项资金 forms.
const PROJECT_NAME = '(?:项目名称|项目[(（]专项(?:资金)?[)）]名称|项目名称[(（](?:专项|专项资金|资金)(?:名称)?[)）])';
export const INLINE_NAME = new RegExp(`^${PROJECT_NAME}[:：](.+)$`);
const TRAILING_GLOSS = /[(（].*?[)）]$/;
const GENERIC_TITLE = /^((19|20)\d{2}\s*年度?)?\s*(部门|单位)?(整体|项目|项目支出|项目支出绩效|绩效|预算)?$/;
const EXECUTION_LABEL = /预算执行|执行率|^分值|资金/;
const INDICATORS_LABEL = /绩效指标|绩效目标/;
const EXEC_TIMES_RATE = /(\d+(?:\.\d+)?)\s*分\s*[*＊×xX]\s*(?:预算)?执行率/;
const GENERATION_B_COST = /^(经济|社会|生态环境)成本指标$/;

const GRADE = /^(优|良|中|差|优秀|良好|合格|不合格|较好|一般|较差)$/;
const GRADE_LABEL = /^(等级|评价等级|自评等级|绩效等级)$/;

/**
 * The sheet's own total line: “总分 | 100 | 96 | 优” under the grid, or the line `fill` writes
 * (a 总分 label beside the grid, the total to its right, then 等级).
 */
export function readTotal(rd: Reader, r: number, cols: Columns, h: HeaderHit): TotalLine {
  const t: TotalLine = { row: r, scoreCol: null, score: null, weightCol: null, weight: null, gradeCol: null, grade: null };
  const num = (c: number | undefined) => (c === undefined ? null : amount(cellValue(rd.g, r, c)));
  const texts = rd.rowTexts(r, h.left, h.right);
  const gridCols = Object.values(cols) as number[];
  const labelCol = texts.findIndex((x) => TOTAL_ROW.test(foldHeader(x))) + 1;
  if (labelCol > Math.min(...gridCols) + 1) {
    t.scoreCol = labelCol + 1;
    t.score = num(labelCol + 1);
  } else {
    if (num(cols.score) !== null) {
      t.scoreCol = cols.score!;
      t.score = num(cols.score);
    }
    if (num(cols.weight) !== null) {
      t.weightCol = cols.weight!;
      t.weight = num(cols.weight);
    }
    if (t.score === null && t.weight === null) {
      // “总分 | 100 | 96” with the numbers wherever the form put them: 分值 then 得分 when there are two.
      const found: number[] = [];
      for (let c = Math.max(labelCol + 1, h.left); c <= h.right && found.length < 2; c++) if (num(c) !== null) found.push(c);
      if (found.length === 2) {
        [t.weightCol, t.scoreCol] = found;
        t.weight = num(found[0]);
        t.score = num(found[1]);
      } else if (found.length === 1) {
        if (cols.weight !== undefined && cols.score === undefined) {
          t.weightCol = found[0];
          t.weight = num(found[0]);
        } else {
          t.scoreCol = found[0];
          t.score = num(found[0]);
        }
      }
    }
  }
  for (let c = h.left; c <= h.right; c++) {
    const s = foldHeader(texts[c - 1]);
    if (GRADE_LABEL.test(s)) {
      t.gradeCol = c + 1;
      t.grade = rd.own(r, c + 1).trim() || null;
    } else if (t.gradeCol === null && GRADE.test(s) && c > labelCol) {
      t.gradeCol = c;
      t.grade = s;
    }
  }
  return t;
}

/**
 * A transfer-payment 区域绩效目标表: “指标值” over 全省 | 甲县 | 乙县 …, one target per county or town.
 * The first column is the table's own target; each other one is read and checked as that recipient's.
 */
export function readRecipients(rd: Reader, p: Project, h: HeaderHit): void {
  const t = p.columns.target;
  if (t === undefined || p.headerRow <= 1) return townRecipients(rd, p, h);
  const parent = (c: number) => rd.across(p.headerRow - 1, c).trim();
  const top = parent(t);
  if (!top || roleOf(top) !== 'target') return townRecipients(rd, p, h);
  const list: { col: number; name: string }[] = [];
  for (let c = t + 1; c <= h.right; c++) {
    const name = rd.text(p.headerRow, c);
    if (!name || roleOf(name) || (parent(c) !== top && !areaHead(parent(c)))) break;
    list.push({ col: c, name });
  }
  if (!list.length) return;
  p.recipients = list;
  // The table's own column: 全省 under 指标值, or its own head merged down (全市年度目标值) beside 分县目标值.
  p.areaHead = rd.text(p.headerRow, t).trim() || top;
  for (let i = 0, xs = p.indicators; i < xs.length; i++) {
    const ind = xs[i];
    const timeRow = ind.level2 === '时效指标' || nameClass(ind.level3) === 'time';
    ind.recipientTargets = list.map((x) =>
      targetAt(rd.g, ind.row, x.col, { op: null, unit: unitInName(ind.raw.level3), costRow: ind.cost, timeRow, measure: measureOf(ind.level3) }),
    );
  }
}

/** What the reader guessed: said, not hidden. */
export function doubtsOf(p: Project): Doubt[] {
  const out: Doubt[] = [];
  const c = p.columns;
  // An evaluation's scoring sheet (决策 / 过程 …, framework.ts) has 评价标准, not a 指标值 column.
  if (c.target === undefined && !isEvaluationFramework(p.indicators) && !targetsInNames(p)) out.push(reason('noTargetColumn'));
  // Another year's 指标值 beside the year's own (2023年 beside 2024年) is context, not a rival column.
  const chosenYear = c.target !== undefined ? headerYear(foldHeader(p.headerText[c.target] ?? '')) : null;
  const otherYear = (t: string) => chosenYear !== null && (headerYear(foldHeader(t)) ?? chosenYear) < chosenYear;
  const targetLike = Object.entries(p.headerText).filter(
    ([col, t]) =>
      Number(col) !== c.target && Number(col) !== c.targetInitial && Number(col) !== c.targetUpper && Number(col) !== c.actual && roleOf(t) === 'target' && !otherYear(t),
  );
  if (c.target !== undefined && targetLike.length) {
    const columns = [c.target, ...targetLike.map(([col]) => Number(col))].map(colLetters).join('、');
    out.push(reason('severalTargetColumns', { columns, column: colLetters(c.target), header: p.headerText[c.target] ?? '' }));
  }
  if (c.level2 !== undefined && c.level3 !== undefined && levelsShifted(p.headerText[c.level2], p.headerText[c.level3]))
    out.push(reason('levelsShifted', { column: colLetters(c.level2), names: colLetters(c.level3) })); // level-shift.ts
  if (p.funds.unread) out.push(reason(p.funds.noTotal ? 'sentenceNoTotal' : 'sentenceUnread', { text: p.funds.unread.join('、') })); // funds-sentence.ts
  return out;
}

export function firstNonEmptyRow(rd: Reader, from: number, to: number): number | null {
  for (let r = from; r < to; r++) if (nonEmptyCount(rd.rowTexts(r)) > 0) return r;
  return null;
}

/** Name labels, most specific first: a 项目名称 beats a 单位名称 found earlier in the block. */
export const NAME_LABELS = [
  new RegExp(`^${PROJECT_NAME}[:：]?$`),
  new RegExp(`^${FUND_NAME}[:：]?$`), // 资金名称, 政策名称, 转移支付（政策）名称 … (fund-name.ts)
  // 部门整体 tables only; the budget system also prints 预算单位 / 预算部门 (名称 optional) and 部门（单位）.
  /^(部门\(单位\)(名称)?|单位\(部门\)(名称)?|部门名称|单位名称|预算(单位|部门)(名称)?)[:：]?$/,
];

/** A department-level form (部门整体支出绩效目标表 / 自评表): the 部门（单位）名称 is what it is about. */
const WHOLE_DEPT_TITLE = /整体(支出)?(绩效)?(目标|自评|评价)/;

/** Index of the name label a cell holds (see NAME_LABELS), or -1. */
export function nameLabel(folded: string): number {
  for (let k = 0; k < NAME_LABELS.length; k++) if (NAME_LABELS[k].test(folded)) return k;
  return -1;
}

/** What findName asks of one cell's text, once per distinct text (labels above each stacked table repeat). */
const nameFacts = memoise((t) => {
  const f = foldHeader(t);
  // “项目名称：…”, “部门名称：…”: a name label and its name in one cell.
  const inline = INLINE_LABEL.exec(normaliseText(t));
  const k = inline ? nameLabel(foldHeader(inline[1])) : -1;
  return { k: nameLabel(f), inline: k >= 0 ? { k, name: nameOnly(inline![2]) } : null, isTitle: TITLE_ROW.test(f.replace(TRAILING_GLOSS, '')) };
});
const INLINE_LABEL = /^([^:：]{2,16}?)[:：](.+)$/;

export function findName(rd: Reader, p: Project, from: number, to: number, h: { left: number; right: number }): void {
  const g = rd.g;
  let title: { row: number; col: number; text: string } | null = null;
  const found: ({ name: string; row: number; col: number } | undefined)[] = [];
  for (let r = from; r < to; r++) {
    for (let c = h.left; c <= h.right; c++) {
      const t = cellText(g, r, c).trim();
      if (!t) continue;
      const { k, inline, isTitle } = nameFacts(t);
      if (k >= 0 && !found[k]) {
        for (let cc = c + 1; cc <= h.right; cc++) {
          const v = normaliseText(cellText(g, r, cc));
          if (v) {
            const field = isFieldLabel(v); // asked once: a project's name is a new text, never in a memo
            const below = field ? nameBelow(g, r, c) : null;
            if (below) found[k] = { name: below, row: r + 1, col: c };
            else if (!field) found[k] = { name: v, row: r, col: cc };
            break;
          }
        }
      }
      if (inline !== null && !found[inline.k]) found[inline.k] = { name: inline.name, row: r, col: c };
      if (!title && isTitle) title = { row: r, col: c, text: t };
    }
  }
  const whole = found[2] && title && WHOLE_DEPT_TITLE.test(foldHeader(title.text));
  const best = found[0] ?? found[1] ?? (whole ? found[2] : undefined);
  if (best) {
    p.name = best.name;
    p.nameCell = { row: best.row, col: best.col };
    return;
  }
  if (!title && found[2]) {
    p.name = found[2].name;
    p.nameCell = { row: found[2].row, col: found[2].col };
    return;
  }
  if (title) {
    const name = normaliseText(title.text)
      .replace(/^\d+\s*[.、．]\s*/, '')
      // “××中长期绩效目标表” names the project and the horizon of its table.
      .replace(/\s*(部门)?(整体)?(项目支出|支出)?(中长期|长期|实施期|(?<!\d)本?年度)?(绩效目标表|绩效自评表|自评表|目标表|目标申报表)$/, '')
      .trim();
    // “2023年项目支出绩效自评表” names a year and a form, not a project.
    if (!GENERIC_TITLE.test(name)) {
      p.name = name;
      p.nameCell = { row: title.row, col: title.col };
    }
  }
  if (!p.name && found[2]) {
    p.name = found[2].name;
    p.nameCell = { row: found[2].row, col: found[2].col };
  }
  if (!p.name) p.name = g.name;
}

export function readLabelWeights(rd: Reader, p: Project, from: number): Project['labelWeights'] {
  const out: Project['labelWeights'] = {};
  const bucket: Partial<Record<Bucket, number>> = {};
  for (let i = 0, list = p.indicators; i < list.length; i++) {
    const ind = list[i];
    const w = labelWeight(ind.raw.level1 || '');
    if (w !== null && ind.bucket && ind.level1From === 'cell') bucket[ind.bucket] = w;
  }
  if (Object.keys(bucket).length) out.bucket = bucket;
  for (let r = from; r <= p.headerRow; r++) {
    for (let i = 0, list = rd.rowTexts(r); i < list.length; i++) {
      const t = list[i];
      // Hubei heads the execution score “得分(20分*执行率)”: 20 is the execution weight.
      const times = t.length < 40 ? EXEC_TIMES_RATE.exec(t) : null;
      if (times && out.execution === undefined) {
        out.execution = Number(times[1]);
        continue;
      }
      const w = labelWeight(t);
      if (w === null) continue;
      const f = stripLabel(t);
      if (EXECUTION_LABEL.test(f) && out.execution === undefined) out.execution = w;
      else if (INDICATORS_LABEL.test(f) && out.indicators === undefined) out.indicators = w;
    }
  }
  const blocks = goalBlocks(rd, p);
  if (blocks) {
    out.blocks = blocks;
    out.indicators = blocks.reduce((a, b) => a + b.points, 0);
    markBlockHeaders(p, blocks);
  }
  return out;
}

export function generationOf(p: Project): Project['generation'] {
  let a = false;
  let b = false;
  let hybrid = false;
  for (let i = 0, list = p.indicators; i < list.length; i++) {
    const x = list[i];
    if (x.level2 === '成本指标' && x.level1 === '产出指标') a = true;
    if (x.level1 === '成本指标') b = true;
    if (x.level1 === '产出指标' && x.level2 && GENERATION_B_COST.test(x.level2)) hybrid = true;
  }
  if (a && (b || hybrid)) return 'mixed';
  if (b) return 'B';
  if (hybrid) return 'hybrid';
  return 'A';
}

/**
 * A second grid with nothing of its own above it (no 项目名称, no title, no budget) — the 年度绩效指标 grid
 * under the 长期绩效指标 one — is the same project's: it takes the name, and the budget, of the grid above.
 */
export function continueAbove(p: Project, above: Project | undefined, sheetName: string): void {
  if (!above || p.nameCell !== null || p.name !== sheetName) return;
  p.name = above.name;
  p.nameCell = above.nameCell;
  if (p.funds.total === null && p.funds.headerRow === null && above.funds.headerRow === null && above.funds.total) {
    p.funds = { ...above.funds };
    p.money = above.money;
  }
}
