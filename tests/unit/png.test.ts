// The share cards' PNG encoder: what it writes must decode, by the PNG rules, to exactly the pixels
// it was given, or a card would show something other than what resvg drew.
import { describe, expect, it } from "vitest";
import { crc32, inflateSync } from "node:zlib";
import { opaquePng } from "../../src/lib/png";

/** A minimal decoder for what the encoder writes: chunks with their CRCs, IHDR, IDAT rows of filter 0, RGBA. */
function decode(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const types: string[] = [];
  let width = 0;
  let height = 0;
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    expect(view.getUint32(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    types.push(type);
    if (type === "IHDR") {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  expect(types).toEqual(["IHDR", "IDAT", "IEND"]);
  const rows = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  expect(rows.length).toBe(stride * height);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(rows[y * stride]).toBe(0);
    rgba.set(rows.subarray(y * stride + 1, (y + 1) * stride), y * width * 4);
  }
  return { width, height, rgba };
}

function image(width: number, height: number, alpha = () => 255) {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([(i * 7) % 256, (i * 13) % 256, (i * 29) % 256, alpha()], i * 4);
  return rgba;
}

describe("opaquePng", () => {
  it("writes a PNG that decodes to exactly the pixels it was given", () => {
    const rgba = image(37, 11);
    const decoded = decode(opaquePng(rgba, 37, 11)!);
    expect(decoded).toEqual({ width: 37, height: 11, rgba });
    // The same from pixels that do not start on a word boundary.
    const shifted = new Uint8Array(rgba.length + 1);
    shifted.set(rgba, 1);
    expect(decode(opaquePng(shifted.subarray(1), 37, 11)!).rgba).toEqual(rgba);
  });

  it("leaves an image with any transparency to another encoder", () => {
    let n = 0;
    expect(opaquePng(image(5, 5, () => (n++ === 17 ? 254 : 255)), 5, 5)).toBeNull();
    // Colour bytes of 255 next to a transparent pixel do not pass for alpha.
    const clear = new Uint8Array(4 * 4).fill(255);
    clear[11] = 0;
    expect(opaquePng(clear, 2, 2)).toBeNull();
  });

  it("says so when the pixels do not match the size", () => {
    expect(() => opaquePng(new Uint8Array(10), 2, 2)).toThrow(/10 bytes is not 2 × 2 RGBA pixels/);
  });
});
