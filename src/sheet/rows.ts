/**
 * What a row of an indicator grid is when it is not an indicator: a template placeholder, a
 * subtotal, the sheet's own 总分, a note, a unit or project-name line. Decided on the row's texts
 * alone, so the recogniser can leave such rows out of counts, rules and scores.
 */
import type { IndicatorRow } from '../domain/model';
import { memoise } from '../domain/memo';
import { foldHeader } from './headers';
import { reason, type Reason } from './reasons';
import { unfilledTemplate } from './template-row';
import { templateText } from './template-text';
import { templateSample } from './template-sample';
import { totalWords } from './total-words';
import { closingWords } from './closing-words';
import { sampleFigure } from './template-figure';

/** The sheet's own closing total: “总分 | 100 | 96 | 优”, “合 计”, “总分（100分）”. */
// 自评得分 / 评价得分 alone in the first cell of a closing line: the table's own score (its 分值 and 得分 beside it).
export const TOTAL_ROW = /^(总分|合计|总计|(自评|评价|绩效)?(总得分|总分|得分合计|合计得分)|(自评|评价)得分|综合得分|分值合计|总分值)(\(.*\))?[:：]?$/;
/** A subtotal in a flat list (“XX局小计”, “小计”), or a 合计 that more projects follow. */
const SUBTOTAL = /^(小计|合计|总计)|(小计|合计)(\(.*\))?$/;
/** Notes and closing rows that end the grid. */
// “说明 | 无” (a 说明 label in its own cell, its text beside: county 专项资金自评表) ends the grid as “说明：无” does.
const NOTE_ROW = /^(注\d*[:：.、]|注$|说明[:：]|说明$|填报说明|填表说明|备注[:：]|其他需要说明|其他说明事项|其他需说明)/;
/** A unit line inside the table: “单位：万元”, “金额单位：元”. */
const UNIT_LINE = /^(金额|资金)?单位[:：]/;

/** The execution line inside the grid: “预算执行率”, “预算执行率（10分）”. */
const EXEC_ROW = /^(预算执行率|预算资金执行率|资金执行率|项目预算执行率|预算执行)(\(\d+(\.\d+)?分\))?$/;

export type RowKind = ({ role: 'total' | 'subtotal' | 'note' | 'unit' | 'exec' } & Reason) | null;

/**
 * Classify a row by its first text (and the 项目名称 cell of a flat list): null when it may be an
 * indicator. A 三级 name such as “培训经费合计” is an indicator, so other cells are not asked.
 */
export function rowKind(first: string, flat: boolean, nameText: string): RowKind {
  if (flat) {
    const kind = kindOf(first);
    if (kind?.role === 'total') return { role: 'subtotal', ...reason('listTotal', { text: first }) };
    return kind ?? subtotal(foldHeader(nameText));
  }
  return kindOf(first);
}

// By the row's first text, which repeats down the grid (产出指标, 数量指标, …).
const kindOf = memoise((first): RowKind => {
  const f = foldHeader(first);
  if (!f) return null;
  if (TOTAL_ROW.test(f) || totalWords(f)) return { role: 'total', ...reason('sheetTotal', { text: first }) };
  if (NOTE_ROW.test(f) || closingWords(f)) return { role: 'note', ...reason('note', { text: short(first) }) };
  if (UNIT_LINE.test(f)) return { role: 'unit', ...reason('unitLine', { text: short(first) }) };
  if (EXEC_ROW.test(f)) return { role: 'exec', ...reason('execLine', { text: first }) };
  return subtotal(f);
});

function subtotal(t: string): RowKind {
  return t && t.length <= 30 && SUBTOTAL.test(t) ? { role: 'subtotal', ...reason('subtotal', { text: t }) } : null;
}

function short(t: string): string {
  return t.length > 16 ? `${t.slice(0, 16)}…` : t;
}

/** Template text standing in for an indicator: “指标1:”, “……”, “/”, “无”, “XX”. */
const PLACEHOLDER = /^(?:(?:三级|具体)?指标\s*[\d一二三四五六七八九十]*\s*[:：]?|[…．.。·\-—－_~～/／\\、,，*＊\s]+|无|略|空|暂无|待定|待填|[xX×]{2,})$/;

export function blankish(t: string): boolean {
  return t === '' || blankishText(t);
}

// Asked of up to five cells of every indicator row (eight regular expressions and two replaces each): once per distinct text.
const blankishText = memoise((t) => PLACEHOLDER.test(t) || templateText(t) || templateSample(t));

/**
 * Why a read row is a template placeholder rather than an indicator, or null when it is one:
 * no 三级 name (or only “指标1:”), no description, and no 指标值 or 实际完成值 worth the name.
 */
export function placeholderReason(ind: IndicatorRow): Reason | null {
  const unfilled = unfilledTemplate(ind);
  if (unfilled) return unfilled;
  if (!blankish(ind.level3) || !blankish(ind.description)) return null;
  const target = ind.target.raw.trim();
  if (!blankish(target) && !sampleFigure(target)) return null;
  if (ind.actual && !blankish(ind.actual.raw.trim())) return null;
  if (ind.targetPeriod && !blankish(ind.targetPeriod.raw.trim())) return null;
  const shown = ind.raw.level3.trim() || target;
  if (shown) return reason('placeholder', { text: shown });
  if (ind.raw.level2.trim()) return reason('onlyLevel2', { text: ind.level2Text });
  if (ind.raw.level1.trim()) return reason('onlyLevel1', { text: ind.level1Text });
  return reason('empty');
}

// “指标1：培训人数”, “1、培训人数”: a numbering prefix is not part of the name (a decimal “10.5万元” is).
const LEVEL3_PREFIX = /^(?:(?:三级|具体)?指标\s*)?[\d一二三四五六七八九十]{1,3}\s*(?:[:：、．)）]|\.(?!\d))\s*/;

const PREFIX_START = /^[\d一二三四五六七八九十指三具]/;

/** A 三级 name without the template's numbering prefix. */
export function cleanLevel3(t: string): string {
  if (!t || !PREFIX_START.test(t)) return t;
  const m = LEVEL3_PREFIX.exec(t);
  if (!m || m[0].length >= t.length) return t;
  return t.slice(m[0].length).trim();
}

// “培训人数≥100人”: a target written into the name when the 指标值 cell is empty.
const TARGET_IN_NAME = /^(.{2,}?)\s*((?:≥|≤|>=|<=|>|<|＞|＜|≧|≦|=|＝|不少于|不低于|不超过|不高于|达到|大于等于|小于等于)\s*\S.*)$/;

// “工程验收合格率100%”, “满意度90%”: a rate's bare percentage after its name (read as “=”).
const RATE_IN_NAME = /^(.+?[率度比])\s*(\d+(?:\.\d+)?\s*[%％])$/;

/** Name and target when the 三级 cell holds both; null otherwise. */
export function targetInName(level3: string): { name: string; target: string } | null {
  const m = TARGET_IN_NAME.exec(level3) ?? RATE_IN_NAME.exec(level3);
  // “是否达到国家标准”, “能否不低于…”: a yes/no question names the indicator; its 达到 is no target.
  if (!m || m[1].trim().length < 2 || /(是否|能否|可否|有无)$/.test(m[1].trim())) return null;
  return { name: m[1].trim(), target: m[2].trim() };
}
