/**
 * The reader's reasons and doubts (src/sheet/reasons.ts) in the pane's language: the Chinese text as
 * the reader wrote it, or the English template of its code filled with the same data. A reason with
 * no code (or one this pane does not know) is shown as written.
 */
import type { ReasonData } from '../domain/model';
import type { ReasonCode } from '../sheet/reasons';
import type { Lang } from './host';

export const REASON_EN: Record<ReasonCode, string> = {
  header: 'Header row',
  repeatedHeader: 'Header repeated after a page break',
  goalBlockHeader: 'Header of goal block {n} ({points} points): the rows below are its indicators and share its points',
  halvesHeader:
    'Header row: the table is printed in two halves side by side (columns {right} continue the indicators of columns {left}); read as one table, each indicator at its own cells; fill adds no self-evaluation columns beside it',
  repeatedTitle: 'Table title repeated after a page break',
  projectNameLine: 'Project name line: “{name}”',
  horizonLine: '“{text}”: the rows below are the indicators for that period',
  sectionLine: '“{text}” is a section title inside the table: the rows below are still this project’s indicators',
  pageLine: '“{text}” is a printed page number: the table goes on on the next page',
  level2Line: '“{text}” is a second-level heading written in the third-level column: the rows below belong to it',
  level1Line: '“{text}” is a first-level heading line: the rows below belong to it',
  level2Across: '“{text}” is a second-level heading line: the rows below belong to it',
  gridFunds: '“{text}” is a budget line inside the table: read as the project’s money, not an indicator',
  noteInside: '“{text}” is a note between indicators: the rows below are still this project’s indicators',
  columnNumbers: 'Column-number row (“{text}”) under the header: it numbers the columns, not an indicator',
  blank: 'Empty row inside the table',
  indicator: 'Indicator row',
  indicatorNoName: 'Indicator row (has a target, but no level-3 indicator name)',
  fragment: 'Continued after a page break: joined to the indicator above',
  mergedTail: 'A second line of the level-3 indicator “{name}” (its cell merged down): joined to that indicator',
  hiddenCopy: 'Hidden row: the same indicator as “{name}” in row {row} (a copy left from last year or the template); not read',
  hiddenIndicator: 'Indicator in a hidden row: read as an indicator (hiding changes the print, not the table); correct it if it is not one',
  correctedIndicator: 'Corrected by hand: an indicator',
  correctedNot: 'Corrected by hand: not an indicator',
  funds: 'Budget execution (funds) row',
  execLine: '“{text}” is the budget execution rate line: read as the funds’ execution, not an indicator',
  totalLine: 'Total score row',
  sheetTotal: '“{text}” is the sheet’s own total row: read as the total and checked',
  listTotal: '“{text}” is a total row of a multi-project list, not an indicator',
  subtotal: '“{text}” is a subtotal row, not an indicator (not counted in a project)',
  note: '“{text}” is a note under the table: the table ends here',
  unitLine: '“{text}” states the money unit',
  headerUnitLine: 'The header’s second row “{text}”: the units of the value columns',
  placeholder: 'Template placeholder (“{text}”): no indicator filled in',
  unitOnly: 'Template row (“{text}”) holds only “{unit}” where the figure goes: not an indicator that was set',
  onlyLevel2: 'Only the level-2 indicator “{text}”: no level-3 indicator or target filled in',
  onlyLevel1: 'Only the level-1 indicator “{text}”: no level-3 indicator or target filled in',
  level2Points: 'The level-2 indicator “{text}” carries {points} points, shared evenly by the {n} level-3 indicators under it (not an indicator)',
  level1Points: 'The level-1 indicator “{text}” carries {points} points, shared evenly by the {n} level-3 indicators under it (not an indicator)',
  level2PointsOne: 'The level-2 indicator “{text}” carries {points} points, taken by the one level-3 indicator under it (not an indicator)',
  level1PointsOne: 'The level-1 indicator “{text}” carries {points} points, taken by the one level-3 indicator under it (not an indicator)',
  empty: 'No level-3 indicator and no target',
  moneyStated: '“{text}”',
  moneyHeader: 'header “{text}”',
  moneyThousands: 'amount “{text}” written with thousands separators',
  moneyDefault: 'default: the sheet names no unit, so 万元 is assumed',
  noTargetColumn: 'No target (指标值) column found: the targets cannot be read; say which column holds them with --map',
  transposedTable:
    'Table laid across: indicator names and targets down column {column} from row {row}, one indicator per column; read turned upright (rows are shown as the sheet’s columns, findings name the sheet’s cells); fill adds no self-evaluation columns beside it',
  sentenceUnread: 'In the funds sentence, “{text}” could not be placed as fiscal or other money and was not counted; the other amounts were read: check the sources',
  levelsShifted:
    'The level-1 column ({column}) holds level-2 categories (quantity, quality …) and the level-2 column ({names}) the indicator names: read one level down, as level 2 and level 3',
  sentenceNoTotal:
    'In the funds sentence, “{text}” could not be placed as fiscal or other money, so the total is not known and was not read (the amounts are not added up): check the sources or fill in the total',
  severalTargetColumns:
    'Several columns look like the target ({columns}): column {column} “{header}” was read, the others were not checked; if that is wrong, say which with --map',
};

// Column lists are joined with 、 for Chinese.
const LIST_KEYS = new Set(['columns']);

export function reasonText(lang: Lang, r: { reason: string; code?: string; data?: ReasonData }): string {
  if (lang !== 'en' || !r.code || !(r.code in REASON_EN)) return r.reason;
  const data = r.data ?? {};
  return REASON_EN[r.code as ReasonCode].replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? (LIST_KEYS.has(k) ? data[k].split('、').join(', ') : data[k]) : m));
}
