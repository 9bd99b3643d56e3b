// Install icons for the web app manifest, drawn from public/favicon.svg at build time: 192 and
// 512 px, and a maskable 512 px one with room around the mark.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute } from "astro";
import { Resvg } from "@resvg/resvg-js";
import { ICON_SIZES, maskableSvg } from "../../lib/web-manifest";

const favicon = () => readFileSync(join(process.cwd(), "public/favicon.svg"), "utf8");
// The mark's own blue, so the maskable icon's edge is the same colour as the favicon's square.
const MARK_BLUE = "#1a4fd6";

export const getStaticPaths = () => [
  ...ICON_SIZES.map((size) => ({ params: { name: `icon-${size}` }, props: { size, maskable: false } })),
  { params: { name: "maskable-512" }, props: { size: 512, maskable: true } },
];

export const GET: APIRoute<{ size: number; maskable: boolean }> = ({ props }) => {
  const svg = props.maskable ? maskableSvg(favicon(), MARK_BLUE) : favicon();
  const png = new Resvg(svg, { fitTo: { mode: "width", value: props.size }, font: { loadSystemFonts: false } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
};
