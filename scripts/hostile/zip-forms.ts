/**
 * A package re-zipped the way other zip writers write it: entries stored (no compression), sizes in
 * data descriptors after the data (streaming writers), ZIP64 records (sizes and offsets in the extra
 * field, the end record's 0xFFFF/0xFFFFFFFF pointing at a ZIP64 end record), comments, entry names in
 * another case or order (APPNOTE.TXT 4.3, 4.4, 4.5.3). Same parts; only the container differs.
 */
import JSZip from 'jszip';
import * as zlib from 'zlib';

export interface ZipForm {
  stored?: boolean;
  descriptor?: boolean;
  zip64?: boolean;
  /** The archive comment, after the end record. */
  comment?: string;
  /** A comment on every entry (central directory). */
  entryComment?: string;
  /** Entry name as written (e.g. another case). */
  rename?: (name: string) => string;
  /** The name in the local header only, when a tool wrote it apart from the central directory's. */
  localName?: (name: string) => string;
  /** Entries in this order (default: as in the input). */
  order?: (names: string[]) => string[];
  /** More entries after the package's, named as given (a name twice, a name that climbs out of the folder). */
  add?: { name: string; data: Buffer | string }[];
  /** The compression method written for an entry (its data then stored as it is): 12 bzip2, 14 LZMA, 9 Deflate64. */
  methodOf?: (name: string) => number | undefined;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const u64 = (n: number) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
};
const MAX32 = 0xffffffff;

/** The package in `buf` (any zip JSZip reads) written again in the given form. */
export async function reZip(buf: Buffer, form: ZipForm): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  let names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  if (form.order) names = form.order(names);
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const entries: { n: string; data: Buffer }[] = [];
  for (const n of names) entries.push({ n, data: await zip.files[n].async('nodebuffer') });
  for (const a of form.add ?? []) entries.push({ n: a.name, data: Buffer.from(a.data) });
  for (const { n, data } of entries) {
    const asked = form.methodOf?.(n);
    const packed = form.stored || asked !== undefined ? data : zlib.deflateRawSync(data);
    const crc = zlib.crc32(data) >>> 0;
    const name = Buffer.from(form.rename ? form.rename(n) : n, 'utf8');
    const localName = form.localName ? Buffer.from(form.localName(n), 'utf8') : name;
    const flags = 0x0800 | (form.descriptor ? 8 : 0);
    const method = asked ?? (form.stored ? 0 : 8);
    const version = form.zip64 ? 45 : 20;
    // ZIP64: both sizes in the local extra field, 0xFFFFFFFF in the header.
    const localExtra = form.zip64 ? Buffer.concat([u16(1), u16(16), u64(form.descriptor ? 0 : data.length), u64(form.descriptor ? 0 : packed.length)]) : Buffer.alloc(0);
    const sizes = form.zip64 ? [MAX32, MAX32] : form.descriptor ? [0, 0] : [packed.length, data.length];
    const local = Buffer.concat([
      u32(0x04034b50),
      u16(version),
      u16(flags),
      u16(method),
      u16(0),
      u16(0x21),
      u32(form.descriptor ? 0 : crc),
      u32(sizes[0]),
      u32(sizes[1]),
      u16(localName.length),
      u16(localExtra.length),
      localName,
      localExtra,
    ]);
    const descriptor = form.descriptor
      ? Buffer.concat([u32(0x08074b50), u32(crc), ...(form.zip64 ? [u64(packed.length), u64(data.length)] : [u32(packed.length), u32(data.length)])])
      : Buffer.alloc(0);
    const comment = Buffer.from(form.entryComment ?? '', 'utf8');
    const centralExtra = form.zip64 ? Buffer.concat([u16(1), u16(24), u64(data.length), u64(packed.length), u64(offset)]) : Buffer.alloc(0);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(version),
        u16(version),
        u16(flags),
        u16(method),
        u16(0),
        u16(0x21),
        u32(crc),
        u32(form.zip64 ? MAX32 : packed.length),
        u32(form.zip64 ? MAX32 : data.length),
        u16(name.length),
        u16(centralExtra.length),
        u16(comment.length),
        u16(0),
        u16(0),
        u32(0),
        u32(form.zip64 ? MAX32 : offset),
        name,
        centralExtra,
        comment,
      ]),
    );
    chunks.push(local, packed, descriptor);
    offset += local.length + packed.length + descriptor.length;
  }
  const cd = Buffer.concat(central);
  const tail: Buffer[] = [];
  if (form.zip64) {
    const at = offset + cd.length;
    tail.push(
      Buffer.concat([u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(entries.length), u64(entries.length), u64(cd.length), u64(offset)]),
      Buffer.concat([u32(0x07064b50), u32(0), u64(at), u32(1)]),
    );
  }
  const comment = Buffer.from(form.comment ?? '', 'utf8');
  const n = form.zip64 ? 0xffff : entries.length;
  tail.push(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(n), u16(n), u32(form.zip64 ? MAX32 : cd.length), u32(form.zip64 ? MAX32 : offset), u16(comment.length), comment]));
  return Buffer.concat([...chunks, cd, ...tail]);
}
