/**
 * What the double checks of a custom XML part's text: one root element (after an optional XML
 * declaration), its namespace (xmlns on the root: the part's namespaceUri), and no bare '&' or '<'
 * in a text-only root. Not a full XML parser: child elements are taken as they are.
 */
const ROOT = /^\s*(?:<\?xml[^?]*\?>\s*)?<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(?:\/>|>([\s\S]*)<\/\1\s*>)\s*$/;
const BARE_AMP = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** The root's namespace ('' when it has none), or null when the text is not one well-formed element. */
export function xmlNamespace(xml: string): string | null {
  const m = ROOT.exec(xml);
  if (!m) return null;
  const inner = m[3] ?? '';
  if (BARE_AMP.test(inner) || BARE_AMP.test(m[2])) return null;
  const ns = /\sxmlns\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[2]);
  return ns ? (ns[1] ?? ns[2]) : '';
}
