// A PNG encoder for opaque images, for the share cards: resvg's own encoder took 11 ms of a card's
// 28 (measured in docs/speed.md); Node's zlib at level 2 on the pixels' rows as they are takes
// about 3.5 and writes smaller files (the cards are flat colour and text). An image with any
// pixel not fully opaque is left to the caller's encoder: resvg hands over premultiplied pixels,
// which only an opaque image can be written from as they are.
import { crc32, deflateSync } from "node:zlib";

/** The deflate level: on the cards, level 2 was as fast as level 1 and 6% smaller; 3 was slower. */
export const PNG_LEVEL = 2;

/** Where a word keeps its first byte, and so where a pixel's alpha (its fourth) lands. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * An 8-bit RGBA PNG of `rgba` (width × height pixels, four bytes each, as resvg renders them), or
 * null when some pixel is not fully opaque.
 */
export function opaquePng(rgba: Uint8Array, width: number, height: number): Uint8Array | null {
  if (rgba.length !== width * height * 4) throw new Error(`png: ${rgba.length} bytes is not ${width} × ${height} RGBA pixels`);
  // Each pixel read as one word, all ANDed together: the alpha byte of the result is 255 only if
  // every pixel's is (a loop over bytes took twice as long).
  const words = rgba.byteOffset % 4 === 0 ? new Int32Array(rgba.buffer, rgba.byteOffset, rgba.length / 4) : new Int32Array(rgba.slice().buffer);
  let all = -1;
  for (let i = 0; i < words.length; i++) all &= words[i]!;
  if (((LITTLE_ENDIAN ? all >>> 24 : all) & 255) !== 255) return null;
  const row = width * 4;
  const rows = new Uint8Array((row + 1) * height); // each row opens on filter type 0 (none), already 0
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * row, (y + 1) * row), y * (row + 1) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per sample, truecolour with alpha, deflate, adaptive filters, no interlace
  const parts = [new Uint8Array(SIGNATURE), chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: PNG_LEVEL })), chunk("IEND", new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}
