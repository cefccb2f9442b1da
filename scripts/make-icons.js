#!/usr/bin/env node
/**
 * Generates the add-in icons in assets/ (pure Node: zlib + a hand-written CRC32, no image libraries).
 *
 * The mark: an Excel-green rounded square with a faint white table grid and a bold white check mark
 * ("the table has been checked"). Output is deterministic, so the PNGs are committed and
 * `node scripts/make-icons.js --check` tells whether they are up to date.
 *
 *   node scripts/make-icons.js          write assets/*.png and assets/icon.svg
 *   node scripts/make-icons.js --check  exit 1 if a committed file differs from what would be written
 */
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ASSETS = path.resolve(__dirname, '..', 'assets');

// ---------------------------------------------------------------- PNG encoding

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeBuf = Buffer.from(type, 'ascii');
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typeBuf.copy(out, 4);
  data.copy(out, 8);
  out.writeUInt32BE(crc32(Buffer.concat([typeBuf, data])), 8 + data.length);
  return out;
}

/** rgba: Uint8Array of width*height*4, non-premultiplied. Returns a PNG (8-bit RGBA, no interlace). */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    Buffer.from(rgba.buffer, rgba.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * Decodes the PNGs this script writes (8-bit RGBA, filter type 0 on every row) into IHDR + raw scanlines,
 * so --check compares pixels, not compressed bytes (zlib builds may compress differently).
 */
function decodeOwnPng(buf) {
  let offset = 8;
  let header = null;
  const idat = [];
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = Buffer.from(data);
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  return { header, pixels: zlib.inflateSync(Buffer.concat(idat)) };
}

function samePng(a, b) {
  try {
    const x = decodeOwnPng(a);
    const y = decodeOwnPng(b);
    return x.header !== null && y.header !== null && x.header.equals(y.header) && x.pixels.equals(y.pixels);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- drawing (unit square, 0..1)

const GREEN = [0x21, 0x73, 0x46]; // Excel green
const WHITE = [0xff, 0xff, 0xff];

function insideRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const CHECK = [
  [0.27, 0.53],
  [0.43, 0.69],
  [0.75, 0.33],
];

/**
 * Colour of one sample point: [r, g, b, a] with a in 0..1.
 * filled: the square covers the whole canvas (logo) instead of leaving a small transparent margin.
 */
function sample(x, y, size, filled) {
  const m = filled ? 0 : 0.0625;
  const radius = filled ? 0.12 : 0.17;
  if (!insideRoundedRect(x, y, m, m, 1 - m, 1 - m, radius)) return [0, 0, 0, 0];
  let colour = GREEN;
  // Faint table grid, only where there are enough pixels to show it.
  if (size >= 32) {
    const line = Math.max(1 / size, 0.025);
    const onGrid = [0.36, 0.6].some((gy) => Math.abs(y - gy) < line / 2 && x > 0.17 && x < 0.83) || (Math.abs(x - 0.38) < line / 2 && y > 0.17 && y < 0.83);
    if (onGrid) colour = [0x5f, 0x9e, 0x7c];
  }
  // The check mark on top.
  const stroke = size <= 16 ? 0.14 : 0.11;
  const d = Math.min(distToSegment(x, y, ...CHECK[0], ...CHECK[1]), distToSegment(x, y, ...CHECK[1], ...CHECK[2]));
  if (d <= stroke / 2) colour = WHITE;
  return [colour[0], colour[1], colour[2], 1];
}

/** Renders with 4x4 supersampling for anti-aliased edges. */
function render(size, filled = false) {
  const SS = 4;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const [cr, cg, cb, ca] = sample((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size, size, filled);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / (SS * SS)) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

function svg() {
  const pts = CHECK.map(([x, y]) => `${x * 128},${y * 128}`).join(' ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128">
  <title>绩效表助手 Jixiao</title>
  <rect x="8" y="8" width="112" height="112" rx="21.76" fill="#217346"/>
  <g stroke="#5f9e7c" stroke-width="3.2">
    <line x1="21.76" y1="46.08" x2="106.24" y2="46.08"/>
    <line x1="21.76" y1="76.8" x2="106.24" y2="76.8"/>
    <line x1="48.64" y1="21.76" x2="48.64" y2="106.24"/>
  </g>
  <polyline points="${pts}" fill="none" stroke="#ffffff" stroke-width="14.08" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
`;
}

function outputs() {
  const files = new Map();
  for (const size of [16, 32, 64, 80, 128]) files.set(`icon-${size}.png`, render(size));
  files.set('logo-filled.png', render(80, true));
  files.set('icon.svg', Buffer.from(svg(), 'utf8'));
  return files;
}

function main() {
  const check = process.argv.includes('--check');
  const stale = [];
  fs.mkdirSync(ASSETS, { recursive: true });
  for (const [name, data] of outputs()) {
    const file = path.join(ASSETS, name);
    if (check) {
      const current = fs.existsSync(file) ? fs.readFileSync(file) : null;
      const same = current !== null && (name.endsWith('.png') ? samePng(current, data) : current.equals(data));
      if (!same) stale.push(name);
    } else {
      fs.writeFileSync(file, data);
      console.log(`wrote assets/${name} (${data.length} bytes)`);
    }
  }
  if (check) {
    if (stale.length) {
      console.error(`out of date: ${stale.join(', ')} — run node scripts/make-icons.js`);
      process.exit(1);
    }
    console.log('assets up to date');
  }
}

if (require.main === module) main();

module.exports = { crc32, encodePng, decodeOwnPng, render };
