/** The 偏差原因 placeholder the product writes: recognisable, so a later run can tell it from what a person typed. */
export const PLACEHOLDER_MARK = '（请填写）';

export function isReasonPlaceholder(text: string): boolean {
  return text.includes(PLACEHOLDER_MARK);
}

/** “偏差原因：…；改进措施：（请填写）” — facts only, never an invented cause (docs/domain.md Scoring §9). */
export function reasonPlaceholder(fact: string): string {
  return `偏差原因：${fact}${PLACEHOLDER_MARK}；改进措施：${PLACEHOLDER_MARK}`;
}
