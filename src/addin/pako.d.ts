/** The two calls record-text.ts uses of pako 1.0 (zlib in JavaScript; jszip's own deflate), which ships no types. */
declare module 'pako' {
  export function deflateRaw(data: Uint8Array, options?: { level?: number }): Uint8Array;
  export function inflateRaw(data: Uint8Array): Uint8Array;
}
