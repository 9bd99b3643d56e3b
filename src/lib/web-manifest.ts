// The web app manifest of one language's edition, and the install icons drawn from the favicon.
// Pure: the endpoints (src/pages/[...lang]/manifest.webmanifest.ts, src/pages/icons/) call these.

export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  /** BCP 47 tag. */
  lang: string;
  /** The edition's home page, which is also its scope ("/", "/es/"). */
  start: string;
  /** Light theme's page and accent colours from the design tokens. */
  background: string;
  theme: string;
}

export const ICON_SIZES = [192, 512] as const;

export function webManifest(m: ManifestInput) {
  return {
    name: m.name,
    short_name: m.shortName,
    description: m.description,
    lang: m.lang,
    dir: "ltr",
    start_url: m.start,
    scope: m.start,
    id: m.start,
    display: "standalone",
    background_color: m.background,
    theme_color: m.theme,
    icons: [
      ...ICON_SIZES.map((s) => ({ src: `/icons/icon-${s}.png`, sizes: `${s}x${s}`, type: "image/png", purpose: "any" })),
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}

/**
 * The favicon as a maskable icon: drawn at 60% in the middle of a square of its own colour, so
 * the part that matters stays inside the 80% safe zone whatever shape the system cuts.
 */
export function maskableSvg(favicon: string, background: string): string {
  const inner = favicon.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(6.4 6.4) scale(0.6)">${inner}</g></svg>`;
}
