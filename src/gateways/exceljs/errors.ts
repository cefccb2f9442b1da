/** Bad input the user can fix (unreadable file, wrong format, output clash): one line, no stack. */
export class JixiaoInputError extends Error {
  constructor(
    public zh: string,
    public en: string,
  ) {
    super(zh);
    this.name = 'JixiaoInputError';
  }
}
