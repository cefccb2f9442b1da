/** A parsed value as the value tests compare it: kind, operator, number, unit. */
import { parseValue } from '../../src/domain/value';

export const valueView = (s: string): unknown[] => {
  const p = parseValue(s);
  return [p.kind, p.op, p.number, p.unit];
};
