import { memoise } from '../domain/memo';

/**
 * A cheap first look before a memo of header words. Every text cell of a sheet is asked whether it is a header
 * word (600 000 cells at 100 000 rows), nearly all of them indicator names and values: a map lookup each. A
 * header word starts (after spaces, a star or invisible characters: `lead`) with one of a few characters (`first`),
 * or with a year (19xx / 20xx): any other first character answers no at once, from one array read per character.
 * `lead` and `first` are the bodies of the pattern's own character classes, so this is only a necessary
 * condition: a text that passes still gets the full answer from `test`, once per distinct text (indicator names repeat).
 */
export function byFirstChar(lead: string, first: string, test: (s: string) => boolean): (s: string) => boolean {
  const full = memoise(test);
  const leadRe = new RegExp(`^[${lead}]`);
  const firstRe = new RegExp(`^[${first}]`);
  // 0 not asked yet, 1 may start a header word, 2 cannot.
  const known = new Uint8Array(65536);
  return (s: string): boolean => {
    if (s.length === 0) return full(s);
    const c = s.charCodeAt(0);
    let k = known[c];
    if (k === 0) {
      const ch = String.fromCharCode(c);
      known[c] = k = leadRe.test(ch) || firstRe.test(ch) || ch === '1' || ch === '2' ? 1 : 2;
    }
    return k === 1 && full(s);
  };
}
