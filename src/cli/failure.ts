/**
 * The last word on a failure that is not a finding: one Chinese line (exit 2), never a stack or a
 * library's own message. Set JIXIAO_DEBUG=1 to see the original error as well.
 */
import { JixiaoInputError } from '../gateways/exceljs/errors';

/** Operating-system error codes a user can act on. */
const OS: Record<string, string> = {
  EACCES: '没有访问权限',
  EPERM: '操作不被允许（权限不足）',
  EROFS: '所在磁盘为只读',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已满',
  ENOENT: '文件或文件夹不存在',
  ENOTDIR: '路径中有一段不是文件夹',
  EISDIR: '这是一个文件夹',
  EMFILE: '同时打开的文件过多',
  ENAMETOOLONG: '路径过长',
  EBUSY: '文件正被其他程序占用',
  EIO: '读写磁盘出错',
};

function where(e: NodeJS.ErrnoException): string {
  return typeof e.path === 'string' ? `：${e.path}` : '';
}

/** One line, without the "jixiao：" prefix. */
export function failureLine(e: unknown): string {
  if (e instanceof JixiaoInputError) return oneLine(e.zh);
  const err = (e ?? {}) as NodeJS.ErrnoException;
  const code = typeof err.code === 'string' ? err.code : '';
  if (OS[code]) return `${OS[code]}${where(err)}`;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY' || e instanceof RangeError) return '文件过大或结构异常，处理时超出了内存或长度上限，已停止（输入文件未改动）';
  return '处理时发生了意外错误，未能完成（输入文件未改动）；请将文件与命令反馈给维护者';
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** For JIXIAO_DEBUG=1 only: the original error, for a maintainer. */
export function debugText(e: unknown): string | null {
  const v = process.env.JIXIAO_DEBUG;
  if (!v || v === '0') return null;
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}
