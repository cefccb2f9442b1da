/** Just enough of the raw package (the zip) to see what ExcelJS does not keep. */
import JSZip from 'jszip';
import { posix } from 'path';

export interface SheetPart {
  name: string;
  /** e.g. "xl/worksheets/sheet1.xml" */
  part: string;
}

export async function partText(zip: JSZip, part: string): Promise<string> {
  const f = zip.file(part);
  return f ? f.async('string') : '';
}

export function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

export function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

function relsPath(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

/** Relationship id → resolved part path (external targets skipped). */
export async function relTargets(zip: JSZip, part: string): Promise<Map<string, string>> {
  const xml = await partText(zip, relsPath(part));
  const out = new Map<string, string>();
  for (const tag of xml.match(/<Relationship\b[^>]*>/g) ?? []) {
    const id = attr(tag, 'Id');
    const target = attr(tag, 'Target');
    if (!id || !target || attr(tag, 'TargetMode') === 'External') continue;
    const resolved = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(part), target));
    out.set(id, resolved);
  }
  return out;
}

/** Worksheets (not chartsheets) in workbook order with their part paths. */
export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const xml = await partText(zip, 'xl/workbook.xml');
  const rels = await relTargets(zip, 'xl/workbook.xml');
  const out: SheetPart[] = [];
  for (const tag of xml.match(/<sheet\b[^>]*>/g) ?? []) {
    const name = attr(tag, 'name');
    const part = rels.get(attr(tag, 'r:id') ?? '');
    if (name && part && part.includes('worksheets/')) out.push({ name, part });
  }
  return out;
}

/** Every part reachable from a sheet through at most `depth` relationships, mapped to the sheet name. */
export async function partOwners(zip: JSZip, sheets: SheetPart[], depth = 3): Promise<Map<string, string>> {
  const owner = new Map<string, string>();
  for (const s of sheets) {
    let frontier = [s.part];
    for (let d = 0; d < depth && frontier.length; d++) {
      const next: string[] = [];
      for (const p of frontier) {
        for (const t of (await relTargets(zip, p)).values()) {
          if (owner.has(t) || t === s.part) continue;
          owner.set(t, s.name);
          next.push(t);
        }
      }
      frontier = next;
    }
  }
  return owner;
}
