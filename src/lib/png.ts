// A PNG encoder for opaque images, for the share cards: resvg's own encoder took 11 ms of a card's
// 28 (measured in docs/speed.md); Node's zlib at level 3 on RGB rows takes about 5 and writes
// smaller files (the cards are flat colour and text). An image with any transparent pixel is left
// to the caller's encoder: dropping alpha would change it.
import { crc32, deflateSync } from "node:zlib";

/** The deflate level: level 3 was both faster and smaller than levels 1 and 6 on the cards. */
export const PNG_LEVEL = 3;

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
 * An 8-bit RGB PNG of `rgba` (width × height pixels, four bytes each, as resvg renders them), or
 * null when some pixel is not fully opaque.
 */
export function opaquePng(rgba: Uint8Array, width: number, height: number): Uint8Array | null {
  if (rgba.length !== width * height * 4) throw new Error(`png: ${rgba.length} bytes is not ${width} × ${height} RGBA pixels`);
  const stride = width * 3 + 1;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    let d = y * stride + 1; // each row opens on filter type 0 (none), already 0
    for (let s = y * width * 4, end = s + width * 4; s < end; s += 4) {
      if (rgba[s + 3] !== 255) return null;
      rows[d++] = rgba[s]!;
      rows[d++] = rgba[s + 1]!;
      rows[d++] = rgba[s + 2]!;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per sample, truecolour, deflate, adaptive filters, no interlace
  const parts = [new Uint8Array(SIGNATURE), chunk("IHDR", header), chunk("IDAT", deflateSync(rows, { level: PNG_LEVEL })), chunk("IEND", new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    png.set(p, at);
    at += p.length;
  }
  return png;
}
