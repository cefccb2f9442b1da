/**
 * Parts of the package that ExcelJS 4.4 reads past and will not write back. Found from the raw
 * zip so the user is told before the copy silently drops them.
 */
import type JSZip from 'jszip';
import type * as ExcelJS from 'exceljs';
import { attr, partOwners, partText, type SheetPart } from './zip-parts';

export interface Loss {
  part: string;
  zh: string;
  en: string;
  sheet?: string;
}

/** Folder (or exact part) → what it is, in Chinese and English. */
const KINDS: [RegExp, string, string][] = [
  [/^xl\/charts\/chart\d*\.xml$/, '图表', 'Chart'],
  [/^xl\/chartsheets\/[^/]+\.xml$/, '图表工作表', 'Chart sheet'],
  [/^xl\/threadedComments\/[^/]+\.xml$/, '线程批注（回复会丢失，只保留旧版批注文字）', 'Threaded comments (replies are lost)'],
  [/^xl\/persons\/[^/]+\.xml$/, '批注人员列表', 'Comment persons'],
  [/^xl\/pivotTables\/[^/]+\.xml$/, '数据透视表', 'Pivot table'],
  [/^xl\/pivotCache\/pivotCacheDefinition\d*\.xml$/, '数据透视表缓存', 'Pivot cache'],
  [/^xl\/slicers\/[^/]+\.xml$/, '切片器', 'Slicer'],
  [/^xl\/slicerCaches\/[^/]+\.xml$/, '切片器缓存', 'Slicer cache'],
  [/^xl\/timelines\/[^/]+\.xml$/, '日程表', 'Timeline'],
  [/^xl\/timelineCaches\/[^/]+\.xml$/, '日程表缓存', 'Timeline cache'],
  [/^xl\/vbaProject\.bin$/, '宏代码 VBA', 'Macros (VBA)'],
  [/^xl\/ctrlProps\/[^/]+\.xml$/, '表单控件', 'Form control'],
  [/^xl\/activeX\/[^/]+\.(xml|bin)$/, 'ActiveX 控件', 'ActiveX control'],
  [/^xl\/externalLinks\/[^/]+\.xml$/, '外部链接', 'External link'],
  [/^customXml\/item\d*\.xml$/, '自定义 XML 部件', 'Custom XML part'],
  [/^xl\/connections\.xml$/, '数据连接', 'Data connections'],
  [/^xl\/queryTables\/[^/]+\.xml$/, '查询表', 'Query table'],
  [/^xl\/richData\/[^/]+\.xml$/, '单元格内图片等富数据', 'Rich data (e.g. pictures in cells)'],
  [/^xl\/cellimages\.xml$/, '单元格内图片（WPS）', 'Pictures in cells (WPS)'],
  [/^xl\/embeddings\/[^/]+$/, '嵌入对象', 'Embedded object'],
];

function loss(part: string, zh: string, en: string, sheet?: string): Loss {
  const l: Loss = { part, zh: `${zh}（${part}）无法保留`, en: `${en} (${part}) cannot be kept` };
  if (sheet) l.sheet = sheet;
  return l;
}

/** Things inside a kept sheet part that the ExcelJS writer leaves out. */
const SHEET_MARKS: [RegExp, string, string][] = [
  [/<x14:sparklineGroups\b/, '迷你图', 'Sparklines'],
  [/<colBreaks\b[^>]*[^/]>/, '列分页符', 'Column page breaks'],
  [/<x14:dataValidations\b/, '引用其他工作表的数据验证', 'Data validation referring to other sheets'],
  [/<legacyDrawingHF\b/, '页眉页脚中的图片', 'Header/footer pictures'],
];

export async function findLosses(zip: JSZip, sheets: SheetPart[], workbook: ExcelJS.Workbook): Promise<Loss[]> {
  const owners = await partOwners(zip, sheets);
  const out: Loss[] = [];
  const parts = Object.keys(zip.files)
    .filter((p) => !zip.files[p].dir)
    .sort();
  for (const part of parts) {
    const kind = KINDS.find(([re]) => re.test(part));
    if (kind) out.push(loss(part, kind[1], kind[2], owners.get(part)));
    if (/^xl\/drawings\/[^/]+\.xml$/.test(part) && /<xdr:(sp|grpSp|cxnSp)\b/.test(await partText(zip, part))) {
      out.push(loss(part, '形状或文本框', 'Shapes or text boxes', owners.get(part)));
    }
  }
  for (const s of sheets) {
    const xml = await partText(zip, s.part);
    for (const [re, zh, en] of SHEET_MARKS) if (re.test(xml)) out.push(loss(s.part, zh, en, s.name));
  }
  out.push(...(await nameLosses(zip, workbook)));
  return out;
}

/** ExcelJS keeps only defined names made of absolute ranges, and drops their sheet scope. */
async function nameLosses(zip: JSZip, workbook: ExcelJS.Workbook): Promise<Loss[]> {
  const xml = await partText(zip, 'xl/workbook.xml');
  const kept = new Set((workbook.definedNames as unknown as { model: { name: string }[] }).model.map((n) => n.name));
  const out: Loss[] = [];
  const part = 'xl/workbook.xml';
  for (const m of xml.matchAll(/<definedName\b([^>]*)>/g)) {
    const name = attr(m[1], 'name') ?? '';
    if (/^_xlnm\.(Print_Area|Print_Titles|_FilterDatabase)$/i.test(name)) continue;
    if (!kept.has(name)) {
      out.push({ part, zh: `名称“${name}”（${part}）无法保留`, en: `Defined name "${name}" (${part}) cannot be kept` });
    } else if (attr(m[1], 'localSheetId') !== undefined) {
      out.push({
        part,
        zh: `名称“${name}”的工作表范围无法保留，将变为整个工作簿范围`,
        en: `The sheet scope of defined name "${name}" cannot be kept; it becomes workbook-wide`,
      });
    }
  }
  return out;
}
