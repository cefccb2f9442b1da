/** office.js load options ("a, b", ["a"], { select, expand }, { a: true, b: { c: true } }) → property paths. */

export type LoadSpec = string | string[] | { select?: string | string[]; expand?: string | string[] } | Record<string, unknown> | undefined;

export function loadPaths(spec: LoadSpec): string[] | null {
  if (spec === undefined || spec === null) return null; // everything scalar
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec))
    return spec
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  const o = spec as Record<string, unknown>;
  if ('select' in o || 'expand' in o) {
    const sel = o.select as string | string[] | undefined;
    const exp = o.expand as string | string[] | undefined;
    const out = sel === undefined ? [] : (loadPaths(sel) ?? []);
    for (const e of exp === undefined ? [] : (loadPaths(exp) ?? [])) out.push(e + '/$all');
    return out;
  }
  const out: string[] = [];
  const walk = (obj: Record<string, unknown>, prefix: string): void => {
    for (const [k, v] of Object.entries(obj)) {
      if (v === true) out.push(prefix + k);
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>, prefix + k + '/');
    }
  };
  walk(o, '');
  return out;
}
