/**
 * A digitally signed workbook (_xmlsignatures/, ECMA-376 Part 2 §12): the signature covers the parts fill
 * changes, so in the output it no longer holds (Excel says the signature is invalid). The parts are kept as
 * they are — removing a signature is the signer's choice — and the user is told in one line.
 */
import type { Package } from '../xlsx/input';

export function signatureNotice(pkg: Package, notices: { zh: string }[]): void {
  for (const part of pkg.dir.keys())
    if (/^_xmlsignatures\/[^/]+\.xml$/i.test(part)) {
      notices.push({ zh: '原文件带有数字签名，输出文件已修改，签名对它不再有效（Excel 会提示签名无效）；如需签名，请在 Excel 中重新签署输出文件。' });
      return;
    }
}
