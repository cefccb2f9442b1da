/**
 * Column roles by header keywords, never by position: real forms move, add and rename columns
 * (Sichuan 指标性质/度量单位, Hunan 指标值类型, Beijing 得分计算方法, Guangdong 实施周期目标值).
 */
import type { Columns, Role } from '../domain/model';
import { isHiddenCol, type Grid } from './grid';
import { lastYears, latestYearColumn, pastActual, thisYearAsAnnual } from './header-year';
import { INVISIBLE_CLASS } from '../domain/text';
import { foldMarks } from '../domain/text-scan';
import { englishWord, toSimplified, TRADITIONAL_CLASS } from './foreign';
import { indicatorNameColumn } from './level-pair';
import { adjustedTarget } from './target-adjusted';
import { indicatorPoints } from './level-weights';
import { goalColumns } from './goal-columns';
import { collectedValue } from './collected-value';
import { categoryAsLevel2, moreRole } from './head-words';
import { contentAsName } from './content-name';
import { FUND_NAME } from './fund-name';

/** Header text folded for matching: no whitespace, no required-field stars, ASCII brackets. */
const memo = new Map<string, string>();
// Patterns used per cell live at module level: a literal inside a function is a new RegExp on every call.
// Invisible characters (zero-width, direction marks, controls) fold away like spaces.
// Traditional characters and Latin letters go through fold() too: 一級指標 and “Target value” match as 一级指标 and 指标值.
const FOLDABLE = new RegExp(`[\\s*＊（）${INVISIBLE_CLASS}A-Za-z${TRADITIONAL_CLASS}]`);
const IS_NATURE = /^指标性质/;

export function foldHeader(s: string): string {
  if (s === '') return s;
  // The memo first, for texts with nothing to fold too: a lookup costs a tenth of FOLDABLE's scan of a long text.
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  if (memo.size > 20000) memo.clear();
  const out = FOLDABLE.test(s) ? fold(s) : s;
  memo.set(s, out);
  return out;
}

function fold(s: string): string {
  const t = toSimplified(foldMarks(s));
  return englishWord(t) ?? t;
}

// “2024年度指标值”, “2024年指标值”: the year is not part of the column's name.
const YEAR = /^(?:19|20)\d{2}年(度)?/;
const PAREN = /\([^)]*\)?/g;

/** Header text as matched: folded, without a leading year. */
export function headerCore(s: string): string {
  const t = thisYearAsAnnual(foldHeader(s));
  return YEAR.test(t) ? t.replace(YEAR, (_, d: string | undefined) => (d ? '年度' : '')) : t;
}

/** Ordered: the first matching pattern wins, so specific names come before general ones. */
const PATTERNS: [Role, RegExp][] = [
  ['level1', /^(一级指标|一级$)/],
  ['level2', /^(二级指标|二级$)/],
  ['level3', /^(三级指标|三级$|指标名称|具体指标)/],
  ['description', /^(绩效指标描述|指标解释|指标说明|指标描述|指标内容|指标内涵|指标定义)/],
  ['targetPeriod', /^(实施周期目标值|实施周期指标值|中期目标值)/],
  ['valueType', /^指标值类型/],
  ['targetText', /^(指标值内容|指标值说明|指标值描述)/],
  ['actual', /^(实际完成值|全年实际值|年度实际值|实际完成|实际达成值|完成值|实际值|全年完成值|(全年|年度)实际完成|(年度)?指标完成值|(指标)?完成情况$)/],
  [
    'target',
    /^(年度指标值|指标值|目标值|年初目标值|年度目标值|年初指标值|预期指标值|计划指标值|预期目标值|年度绩效指标值|绩效指标值|全年指标值|全年目标值|绩效目标值|指标目标值|年度绩效目标值|年度预期目标值|绩效指标目标值|(当年|本年|年度|全年)?预期(实现)?值|(当年|本年)(指标|目标)值)/,
  ],
  ['op', /^(指标方向|计算符号|运算符号|运算符|比较符号|指标符号|关系符号|指标性质|符号)/],
  ['unit', /^(计量单位|度量单位|指标单位|单位)(\([^)]*\))?$/],
  ['method', /^(得分计算方法|评\(扣\)分标准|评分标准|扣分标准|评分方法|评分依据|评价标准|考核标准)/],
  ['weight', /^(分值|权重|指标分值|指标权重|标准分)/],
  // “得分率” (a share of the 分值, 100%) is no 得分.
  ['score', /^(得分(?!率)|自评得分|实际得分|评价得分|自评分|评分$|实得分)/],
  ['reason', /(偏差原因|未完成原因|原因分析|改进措施|扣分原因)/],
  ['projectName', new RegExp(`^(项目名称|项目\\(专项(资金)?\\)名称|${FUND_NAME})(\\([^)]*\\))?$`)],
  ['budget', /^(预算数|预算金额|资金总额|项目资金|预算资金|项目金额|项目总金额|全年预算数)/],
  ['executed', /^(全年执行数|执行数|预算执行数|实际支出数?)(\([^)]*\))?$/],
  ['remark', /^备注/],
];

// Header rows repeat the same few dozen names on every table: a role is worked out once per text.
const roles = new Map<string, Role | null>();

export function roleOf(text: string): Role | null {
  let role = roles.get(text);
  if (role === undefined) {
    role = roleOfText(text);
    if (roles.size > 20000) roles.clear();
    roles.set(text, role);
  }
  return role;
}

/** Columns about the value, not the value: “指标值设定依据（及数据来源）”, “指标值确定依据”, “指标值来源”. */
const ABOUT_VALUE = /^指标值(设定|确定|设置)?(依据|来源|测算依据)/;

function roleOfText(text: string): Role | null {
  const t = headerCore(text);
  // A long header is fine when the length is an explanation in brackets: “指标值（包含数字及文字描述，如≥95%…）”.
  if (!t || (t.length > 24 && t.replace(PAREN, '').length > 24)) return null;
  if (ABOUT_VALUE.test(t) || lastYears(t)) return null;
  for (let i = 0; i < PATTERNS.length; i++) {
    const role = PATTERNS[i][0],
      re = PATTERNS[i][1];
    if (re.test(t)) return role;
  }
  return moreRole(t);
}

/** Roles a form may repeat once per year (2023年指标值 | 2024年指标值): the latest year's column takes the role. */
const YEARLY: ReadonlySet<Role> = new Set<Role>(['target', 'actual']);

/** Roles of one row, or null if the row is not an indicator-grid header. */
export function headerColumns(cells: string[]): Columns | null {
  const cols: Columns = {};
  const yearly: Partial<Record<Role, number[]>> = {};
  let ops = 0;
  cells.forEach((text, i) => {
    const role = roleOf(text);
    if (!role) return;
    if (role === 'op') {
      // Inner Mongolia has both 指标性质 (正向/反向) and 指标方向 (=): the second op-like column is the nature.
      ops++;
      if (ops === 1) cols.op = i + 1;
      else {
        const first = cols.op!;
        const isNature = (c: number) => IS_NATURE.test(foldHeader(cells[c - 1]));
        cols.nature = isNature(first) ? first : i + 1;
        cols.op = isNature(first) ? i + 1 : first;
      }
      return;
    }
    if (YEARLY.has(role)) (yearly[role] ??= []).push(i + 1);
    if (cols[role] === undefined) cols[role] = i + 1;
  });
  for (const role of YEARLY) {
    const latest = yearly[role] && latestYearColumn(yearly[role], (c) => foldHeader(cells[c - 1]));
    if (latest) cols[role] = latest;
  }
  pastActual(cols, (c) => foldHeader(cells[c - 1])); // 2023年实际值 | 2024年目标值: last year's result, not this table's actual
  // Heads no pattern names alone: 绩效指标 as the 三级 column, 调整后目标值 as the 指标值.
  const folded = cells.map((t) => (t ? headerCore(t) : ''));
  const names = indicatorNameColumn(folded, cols);
  if (names !== undefined) cols.level3 = names;
  contentAsName(folded, cols); // 一级 | 二级 | 指标内容 | 预期目标: 指标内容 names the indicators
  categoryAsLevel2(folded, cols); // 指标类别 | 指标名称 | 指标值, no 一级 / 二级 head
  adjustedTarget(folded, cols);
  collectedValue(folded, cols, roleOf);
  indicatorPoints(cells, cols, roleOf);
  goalColumns(cells, cols, roleOf); // 年度履职目标 | 实际完成情况 before the levels: the indicators' own actual is right of their names
  const named = cols.level3 ?? cols.level2 ?? cols.level1;
  const hasLevels = [cols.level1, cols.level2, cols.level3].filter((c) => c !== undefined).length;
  if (named === undefined) return null;
  if (cols.target === undefined && hasLevels < 3) return null;
  return cols;
}

/** Same grid header again (after a page break): same roles in the same columns. */
export function sameHeader(a: Columns, b: Columns): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<Role>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * A hidden column that repeats a role a visible column of the same header holds (an old 指标值 kept out of sight
 * in an export): the user reads the visible one, so the reader does too. Alone, a hidden column keeps its role.
 */
export function visibleTexts(g: Grid, texts: string[]): string[] {
  if (!g.hiddenCols) return texts;
  const shown = new Set<Role>();
  texts.forEach((t, i) => {
    const role = t && !isHiddenCol(g, i + 1) ? roleOf(t) : null;
    if (role) shown.add(role);
  });
  return texts.map((t, i) => (t && isHiddenCol(g, i + 1) && shown.has(roleOf(t)!) ? '' : t));
}

/** Whether header text t of column c is a hidden column another column of the table holds the role of. */
export function shadowed(g: Grid, c: number, t: string, cols: Columns): boolean {
  if (!isHiddenCol(g, c)) return false;
  const role = roleOf(t);
  return !!role && cols[role] !== undefined && cols[role] !== c;
}
