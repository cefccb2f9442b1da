/**
 * Forms that print their labels in one row and the values in the row below (“项目名称 | 项目编码 | 主管部门 |
 * 实施单位” over one row of values): the project's name is under its label, not the next label to its right.
 * A list (序号 | 项目名称 | 金额 over many rows) is not such a form: its first row names one item among many.
 * Also “项目名称：… 主管部门：…” joined in one cell: the name ends where the next field's label starts.
 */
import { normaliseText } from '../domain/text';
import { cellText, type Grid } from './grid';
import { foldHeader } from './headers';

/** Another field's label: what stands right of 项目名称 in a row of labels. */
const FIELD_LABEL =
  /^(项目编码|项目代码|项目编号|主管部门|实施单位|预算单位|项目单位|申报单位|项目负责人|负责人|联系电话|联系人|项目类别|项目类型|项目属性|资金来源|序号|备注|合计|(项目|资金|补助|申报|预算|安排|下达|分配)?金额|(乡镇|单位|部门|村|地区|区域|县区|市县)名称)(\(.*\))?[:：]?$/;
/** What a label looks like two rows down: the next block's label, not a second item of a list. */
const LABEL_TAIL = /(名称|金额|部门|单位|编码|总额|预算数?|\((万元|元)\))$|^(项目|资金|年度|其中|总体)/;

export function isFieldLabel(text: string): boolean {
  return FIELD_LABEL.test(foldHeader(text));
}

/** The value under a name label at (r, c) when its row is a row of labels over one row of values, or null. */
export function nameBelow(g: Grid, r: number, c: number): string | null {
  const v = normaliseText(cellText(g, r + 1, c));
  if (!v || isFieldLabel(v) || /^\d{1,3}$/.test(cellText(g, r + 1, c - 1).trim())) return null;
  const next = foldHeader(cellText(g, r + 2, c));
  return !next || LABEL_TAIL.test(next) ? v : null;
}

/** The next field's label inside a “项目名称：…” cell. */
const NEXT_FIELD =
  /\s*(主管部门|实施单位|预算单位|项目单位|申报单位|项目负责人|负责人|联系电话|联系人|项目编码|项目代码|项目类别|项目属性|资金来源|项目资金|预算数|资金总额)\s*[:：]/;

/** An inline name without the fields that follow it on the same line. */
export function nameOnly(inline: string): string {
  const m = NEXT_FIELD.exec(inline);
  return (m && m.index > 0 ? inline.slice(0, m.index) : inline).trim();
}
