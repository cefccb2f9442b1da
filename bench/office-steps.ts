/** The add-in's five commands as the bench runs them (bench/office.ts, bench/undo-answers.ts), on one double. */
import { Controller } from '../src/addin/controller';
import type { ExcelDouble } from '../src/double';

export function officeSteps(xl: ExcelDouble): [string, () => Promise<unknown>][] {
  const o = xl.office;
  const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
  return [
    ['校验 validate', () => h.validate()],
    ['再次校验 re-validate', () => h.validate()],
    ['自评 fill', () => h.fillSelfEvaluation()],
    ['撤销 undo', () => h.undo()],
    ['清除标记 clear marks', () => h.clearMarks()],
  ];
}
