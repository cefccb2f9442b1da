/**
 * Two sheets of workbook.xml whose relationships lead to the same part (a converter's bug): check read the
 * one table twice (as two sheets, every project twice) and fill wrote two sets of edits into one part, of
 * which one won. Each sheet has its own part (ECMA-376 Part 1 §18.2.19: a sheet's r:id names its part), so
 * such a package is damaged: said in one line.
 */
import { fail, type Package } from './input';

export function refuseSharedParts(pkg: Package, sheets: { name: string; part: string }[]): void {
  const seen = new Map<string, string>();
  for (let i = 0; i < sheets.length; i++) {
    const s = sheets[i];
    const k = pkg.name(s.part).toLowerCase();
    const other = seen.get(k);
    if (other !== undefined)
      fail(
        pkg.path,
        `文件已损坏：工作表“${other}”和“${s.name}”指向同一个部件 ${pkg.name(s.part)}（每个工作表应有自己的部件）；请在 Excel 或 WPS 中打开并另存后再试。`,
        `sheets "${other}" and "${s.name}" share the part ${s.part}.`,
      );
    seen.set(k, s.name);
  }
}
