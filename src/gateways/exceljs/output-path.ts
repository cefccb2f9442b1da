/**
 * Whether the output path can be written: not the input, not an existing file (unless --force), in a folder
 * that exists. Asked before a command reads its input (a 100 000-row fill reads and plans for seconds first)
 * and again when it writes.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { JixiaoInputError } from './errors';

function samePath(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  // Windows and macOS file systems usually ignore case; refusing there too is the safe side.
  return ra === rb || ra.toLowerCase() === rb.toLowerCase();
}

export async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** Throws the one Chinese line for an output path that cannot be written; returns its folder. */
export async function checkOutputPath(outPath: string, opts: { inputPath: string; force?: boolean }): Promise<string> {
  if (samePath(outPath, opts.inputPath) || (await sameFile(outPath, opts.inputPath))) {
    throw new JixiaoInputError(`输出文件不能与输入文件相同：${outPath}`, `The output file must not be the input file: ${outPath}`);
  }
  if (!opts.force && (await exists(outPath))) {
    throw new JixiaoInputError(`输出文件已存在：${outPath}（如需覆盖请加 --force）`, `The output file already exists: ${outPath} (add --force to overwrite)`);
  }
  const dir = path.dirname(path.resolve(outPath));
  if (!(await exists(dir))) {
    throw new JixiaoInputError(`输出文件夹不存在：${dir}`, `The output folder does not exist: ${dir}`);
  }
  return dir;
}
