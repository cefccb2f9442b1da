/** The last word on failures that are not findings: one Chinese line, no library words. */
import { failureLine } from '../../src/cli/failure';
import { JixiaoInputError } from '../../src/gateways/exceljs/errors';

const errno = (code: string, path?: string) => Object.assign(new Error(`${code}: internal words, open '${path}'`), { code, path });

describe('failureLine', () => {
  test.each([
    [errno('EACCES', '/x/.out.tmp'), /^没有访问权限：\/x\/\.out\.tmp$/],
    [errno('ENOSPC'), /^磁盘空间不足$/],
    [errno('EROFS', '/mnt'), /只读/],
    [Object.assign(new Error('worker ran out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }), /超出了内存/],
    [new RangeError('Invalid string length'), /超出了内存或长度上限/],
    [new Error('Bug : uncompressed data size mismatch'), /意外错误/],
    [new TypeError("Cannot read properties of undefined (reading 'x')"), /意外错误/],
    ['a thrown string', /意外错误/],
    [undefined, /意外错误/],
  ])('%s → one Chinese line without the original words', (e, re) => {
    const line = failureLine(e);
    expect(line).toMatch(re);
    expect(line).not.toMatch(/\n|internal words|Bug :|Invalid string|Cannot read|E[A-Z]{3,}:/);
    expect(line).toMatch(/[\u4e00-\u9fff]/);
  });

  test('an input error keeps its own message, folded to one line', () => {
    expect(failureLine(new JixiaoInputError('第一行\n第二行', 'x'))).toBe('第一行 第二行');
  });
});
