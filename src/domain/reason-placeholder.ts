/** The 偏差原因 stub the product writes: recognisable, so a later run can tell it from what a person typed. */
export const STUB_MARK = '（请填写）';

export function isStub(text: string): boolean {
  return text.includes(STUB_MARK);
}

/** “偏差原因：…；改进措施：（请填写）” — facts only, never an invented cause (domain.md Scoring §9). */
export function reasonStub(fact: string): string {
  return `偏差原因：${fact}${STUB_MARK}；改进措施：${STUB_MARK}`;
}
