/**
 * A qualitative target that asks for a harm not to happen (“无安全事故”, “杜绝…”, “零投诉”) or for work on time (“按时”,
 * “及时”): an actual saying the harm did not happen (“未发生安全事故”, “没有出现质量问题”, “未延期”, or “无” alone) met it —
 * before the grade words are read, where its 未 / 没 would read 未达成. scoring.ts grades so and formulas.ts tests the same
 * words in the same place, so the pane and fill's Excel formula give one score. Pure.
 */
import type { Grade } from './types';

const NONE_TARGET = /^(?:无|零|杜绝|不发生|未发生|不出现|避免|防止|按时|及时|按期|如期)/;

/** An actual that is only a word for none. */
export const NONE_ALONE = ['无', '零', '没有', '未发生', '没有发生', '未出现', '没有出现'];

/** Words saying the harm (or a delay) did not happen, searched anywhere in the actual. */
// prettier-ignore
export const NONE_SAID = ['未发生', '未出现', '没有发生', '没有出现', '未收到', '没有收到', '无延期', '未延期', '无滞后', '未滞后', '无逾期', '未逾期'];

/** Does the qualitative target ask for a harm not to happen, or for work on time? */
export function noneTarget(targetRaw: string): boolean {
  return NONE_TARGET.test(targetRaw.replace(/\s+/g, ''));
}

/** 达成 when the target asks for none and the actual (without spaces) says none happened; undefined otherwise. */
export function noneGrade(targetRaw: string, actualText: string): Grade | undefined {
  if (!noneTarget(targetRaw)) return undefined;
  return NONE_ALONE.includes(actualText) || NONE_SAID.some((w) => actualText.includes(w)) ? '达成' : undefined;
}
