/** Writes the result next to the input, never over it, and never leaves a half-written file. */
import { promises as fs } from 'fs';
import type { FileHandle } from 'fs/promises';
import * as path from 'path';
import type * as ExcelJS from 'exceljs';
import { JixiaoInputError } from './errors';
import { checkOutputPath } from './output-path';

const WRITE_ERRORS: Record<string, string> = {
  EACCES: '没有写入该文件夹的权限',
  EPERM: '没有写入该文件夹的权限',
  EROFS: '该文件夹所在磁盘为只读',
  ENOSPC: '磁盘空间不足',
  EDQUOT: '磁盘配额已满',
  ENOENT: '输出文件夹不存在或无法进入',
  ENOTDIR: '输出路径中有一段不是文件夹',
  EISDIR: '输出路径是一个文件夹',
  ENAMETOOLONG: '输出路径过长',
  EBUSY: '输出文件正被其他程序占用',
};

export async function writeWorkbook(workbook: ExcelJS.Workbook, outPath: string, opts: { inputPath: string; force?: boolean }): Promise<void> {
  // A workbook read without a theme part has no themes, yet ExcelJS still writes a relationship to one: let it write its default theme.
  const book = workbook as unknown as { _themes?: Record<string, string> };
  if (book._themes && !Object.keys(book._themes).length) book._themes = undefined;
  await writeBytes(async () => Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer), outPath, opts);
}

/** The output file's bytes written safely (see writeWorkbook); `data` is only made once the path is known good. */
export async function writeBytes(data: () => Promise<Buffer>, outPath: string, opts: { inputPath: string; force?: boolean }): Promise<void> {
  let bytes: Buffer | null = null;
  await writeBy(
    async () => void (bytes = await data()),
    (fh) => fh.writeFile(bytes!),
    outPath,
    opts,
  );
}

/**
 * The output written by `write` into a new file beside the target as it is made, then renamed onto
 * the target: never over the input, never half-written. An error of the file system is one Chinese
 * line; any other (the writer's own) removes the half-written file and is thrown as it came.
 */
export async function writeStreamed(write: (fh: FileHandle) => Promise<void>, outPath: string, opts: { inputPath: string; force?: boolean }): Promise<void> {
  await writeBy(async () => undefined, write, outPath, opts);
}

async function writeBy(make: () => Promise<void>, write: (fh: FileHandle) => Promise<void>, outPath: string, opts: { inputPath: string; force?: boolean }): Promise<void> {
  const dir = await checkOutputPath(outPath, opts);
  const tmp = path.join(dir, `.${path.basename(outPath)}.${process.pid}.${Date.now()}.tmp`);
  await make();
  let fh: FileHandle | null = null;
  try {
    fh = await fs.open(tmp, 'w');
    try {
      await write(fh);
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, outPath);
  } catch (e) {
    // The clean-up can fail for the same reason as the write (a folder one cannot enter): never let it escape.
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? '';
    // Not the file system's: the writer's own failure, for the caller.
    if (!(e as NodeJS.ErrnoException).syscall && !WRITE_ERRORS[code]) throw e;
    const why = WRITE_ERRORS[code] ?? '写入失败';
    throw new JixiaoInputError(`无法写入输出文件 ${outPath}：${why}（原文件未改动）`, `Cannot write ${outPath}: ${code || 'write failed'}`);
  }
}
