/** A pane's controller on a double, and the double's cells without settings or parts (journal-parts tests). */
import { Controller } from '../../src/addin/controller';
import type { ExcelDouble, OfficeDouble } from '../../src/double';

export function paneOn(xl: ExcelDouble, office: OfficeDouble = xl.office): Controller {
  return new Controller({ excel: xl, isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v), settings: office.context.document.settings, lang: 'zh' });
}

/** What the user sees: every cell, format and merge, not the add-in's settings or custom XML parts. */
export function cellsOf(xl: ExcelDouble): string {
  const d = xl.data();
  delete d.settings;
  delete d.xmlParts;
  return JSON.stringify(d);
}
