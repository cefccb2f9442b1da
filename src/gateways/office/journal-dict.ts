/**
 * The journal's third compression (undo.ts encodeUndo): a sheet's repeated texts are written once,
 * in a list `d`, and referred to by their index. The score formulas of 自评 differ from row to row
 * by their constants (a unit, a target) but repeat from project to project, and a 校验's notes repeat
 * their rule's text: at 50 000 rows the 自评 record was 16.6 MB of settings, the marks' notes 1.7 MB,
 * over a 4 MB budget, so the marks left the history and 清除标记 was refused.
 *
 * In a run, `[i]` is the list's text i once and `[i, -n]` n times: neither shape occurs in older
 * journals (a run entry there is a value or `[value, count ≥ 2]`), which decode as before.
 */

/** Texts shorter than this cost less written out than referred to. */
const MIN_LENGTH = 4;

export class JournalDict {
  readonly list: string[] = [];
  private readonly index = new Map<string, number>();

  /** A dictionary of the texts seen at least twice (most frequent first: the shortest indices). */
  static of(texts: Iterable<string>): JournalDict {
    const count = new Map<string, number>();
    for (const t of texts) if (t.length >= MIN_LENGTH) count.set(t, (count.get(t) ?? 0) + 1);
    const d = new JournalDict();
    for (const [t] of [...count].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1])) {
      d.index.set(t, d.list.length);
      d.list.push(t);
    }
    return d;
  }

  ref(t: unknown): number | undefined {
    return typeof t === 'string' ? this.index.get(t) : undefined;
  }
}

/** A run entry referring to the dictionary: its index and count, or null for any other entry. */
export function dictEntry(e: unknown): { i: number; n: number } | null {
  if (!Array.isArray(e)) return null;
  if (e.length === 1 && typeof e[0] === 'number') return { i: e[0], n: 1 };
  if (e.length === 2 && typeof e[0] === 'number' && typeof e[1] === 'number' && e[1] < 0) return { i: e[0], n: -e[1] };
  return null;
}

/** A note's text as written: its index in the dictionary, or the text itself. */
export function noteText(content: string, d: JournalDict): string | number {
  return d.ref(content) ?? content;
}

export function noteFrom(v: string | number, list: string[]): string {
  return typeof v === 'number' ? list[v] : v;
}
