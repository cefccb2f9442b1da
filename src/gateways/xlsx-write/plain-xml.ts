/**
 * A part's text in the plain form the package editor's patterns read (they look for `name="…"`
 * and take every `<row>` and `<si>` they meet): what XML allows and hand-written exporters write is
 * rewritten first (W3C XML 1.0): attributes in single quotes or with spaces around '=' in double
 * quotes, and a declared encoding other than UTF-8 named UTF-8 (the reader has decoded the part; the
 * editor writes UTF-8). Comments, processing instructions and CDATA sections never reach here
 * (Package.text, withoutMarkup). A part already plain (all Excel writes) comes back as it is.
 */

export function plainXml(xml: string): string {
  // Comments, processing instructions and CDATA are gone already: Package.text reads parts without them.
  let out = declaredUtf8(xml);
  if (oddAttributes(out)) out = out.replace(/<[A-Za-z][^>]*>/g, (tag) => (/'|\s=|=\s/.test(tag) ? requoted(tag) : tag));
  return out;
}

/** The XML declaration naming UTF-8 (UTF-16, GB2312… were decoded when the part was read). */
function declaredUtf8(xml: string): string {
  if (!xml.startsWith('<?xml')) return xml;
  const end = xml.indexOf('?>');
  const decl = xml.slice(0, end + 2);
  const m = /\sencoding\s*=\s*(["'])([^"']*)\1/.exec(decl);
  if (!m || /^utf-?8$/i.test(m[2])) return xml;
  return decl.replace(m[0], ' encoding="UTF-8"') + xml.slice(end + 2);
}

/** An attribute in single quotes, or '=' with spaces around it (the first 64 KB tell a writer's habit). */
function oddAttributes(xml: string): boolean {
  for (let i = xml.indexOf("'"); i >= 0; i = xml.indexOf("'", i + 1)) {
    let k = i - 1;
    while (xml.charCodeAt(k) === 32 || xml.charCodeAt(k) === 9 || xml.charCodeAt(k) === 10 || xml.charCodeAt(k) === 13) k--;
    if (xml.charCodeAt(k) === 61 && xml.lastIndexOf('<', k) > xml.lastIndexOf('>', k)) return true;
  }
  return /<[A-Za-z][^>]*?(\s=|=\s)/.test(xml.slice(0, 65536));
}

/** A start tag with each attribute written name="value". */
function requoted(tag: string): string {
  return tag.replace(
    /\s+([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g,
    (_w, name: string, dq: string | undefined, sq: string | undefined) => ` ${name}="${dq ?? sq!.replace(/"/g, '&quot;')}"`,
  );
}
