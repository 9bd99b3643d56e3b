// Each language's web app manifest: installing from a Spanish page installs the Spanish edition.
import type { APIRoute } from "astro";
import tokensCss from "../../styles/tokens.css?raw";
import { dictionary } from "../../i18n";
import { eachLang } from "../../data/lang-paths";
import { localePath } from "../../i18n/urls";
import { colourTokens } from "../../lib/tokens";
import { webManifest } from "../../lib/web-manifest";

export const getStaticPaths = eachLang;

export const GET: APIRoute<{ lang: string }> = ({ props }) => {
  const t = dictionary(props.lang).common;
  const tokens = colourTokens(tokensCss);
  const manifest = webManifest({
    name: t.site.name,
    shortName: t.site.shortName,
    description: t.site.description,
    lang: t.meta.tag,
    start: localePath(props.lang, "/"),
    background: tokens.get("bg")!.light,
    theme: tokens.get("accent")!.light,
  });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { "Content-Type": "application/manifest+json" } });
};
