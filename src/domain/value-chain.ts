/**
 * A range written as a chained inequality with the indicator between its bounds (“90%≤x≤95%”, “95%≤合格率≤100%”, “0<X≤5%”):
 * respelled as its two bounds (“≥90%且≤95%”), which value-range.ts reads. The x is not a placeholder. Pure.
 */
import { readOp } from './value-read';

const BOUND = '[+-]?\\d+(?:\\.\\d+)?[^\\d≤≥<>=≦≧]*';
const CHAIN = new RegExp(`^(${BOUND})(<=|≤|≦|<)([A-Za-z]|[\\p{Script=Han}]{1,10})(<=|≤|≦|<)(${BOUND})$`, 'u');

/** “90%≤x≤95%” → “≥90%且≤95%”; null when `c` (half-width, no spaces) is no chained inequality. */
export function chainedBounds(c: string): string | null {
  const m = CHAIN.exec(c);
  if (!m) return null;
  const low = readOp(m[2])?.op;
  const high = readOp(m[4])?.op;
  if (!low || !high) return null;
  return `${low === '<' ? '>' : '≥'}${m[1]}且${high}${m[5]}`;
}
