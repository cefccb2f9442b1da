import { Controller } from '../src/addin/controller';
import { createExcelDouble, fromGrid } from '../src/double';
import { generateGrid } from './grid-gen';

async function main(): Promise<void> {
  for (const rows of process.argv.slice(2).map(Number)) {
    const xl = createExcelDouble(fromGrid(generateGrid(rows)));
    const o = xl.office;
    const h = new Controller({ excel: xl, isSetSupported: (n, v) => o.context.requirements.isSetSupported(n, v), settings: o.context.document.settings, lang: 'zh' });
    const out: string[] = [];
    const steps: [string, () => Promise<unknown>][] = [
      ['validate', () => h.validate()],
      ['re-validate', () => h.validate()],
      ['fill', () => h.fillSelfEvaluation()],
      ['undo', () => h.undo()],
      ['clear', () => h.clearMarks()],
    ];
    for (const [name, run] of steps) {
      const mark = xl.syncLog.length;
      await run();
      const log = xl.syncLog.slice(mark);
      out.push(`${name}=${log.length}/${Math.max(0, ...log.map((s) => s.requestBytes))}/${Math.max(0, ...log.map((s) => s.responseBytes))}`);
    }
    console.log(rows, out.join(' '), 'calc:', xl.state.calculateCalls.length, xl.state.calculateCalls.slice(0, 3).join(','));
  }
}
void main();
