/** Shared CLI plumbing: the scheme option and input errors. */
import * as fs from 'fs';
import { DEFAULT_CONFIG, SCHEMES, schemeFromJson, type Config } from '../domain/config';
import { JixiaoInputError } from '../gateways/exceljs/errors';

export function configFor(scheme: string | undefined): Config {
  if (!scheme) return DEFAULT_CONFIG;
  if (SCHEMES[scheme]) return { ...DEFAULT_CONFIG, scheme: SCHEMES[scheme] };
  if (!fs.existsSync(scheme))
    throw new JixiaoInputError(`评分方案“${scheme}”不存在：请用 national、hubei、sichuan 或一个 JSON 文件路径`, `unknown scheme ${scheme}`);
  let obj: unknown;
  try {
    obj = JSON.parse(fs.readFileSync(scheme, 'utf8'));
  } catch (e) {
    throw new JixiaoInputError(`评分方案文件 ${scheme} 不是有效的 JSON：${(e as Error).message}`, `bad scheme JSON ${scheme}`);
  }
  try {
    return { ...DEFAULT_CONFIG, scheme: schemeFromJson(obj, scheme) };
  } catch (e) {
    throw new JixiaoInputError((e as Error).message, `bad scheme ${scheme}`);
  }
}
