// Each language's compiled decoder lexicon, for a decoder page in another language that meets an ad
// in this one (src/scripts/decoder.ts fetches it then; the service workers precache it).
import type { APIRoute } from "astro";
import { LANGS } from "../../i18n";
import { lexiconOf } from "../../data/decoder";

export const getStaticPaths = () => LANGS.map((lang) => ({ params: { lang }, props: { lang } }));

export const GET: APIRoute<{ lang: string }> = async ({ props }) =>
  new Response(JSON.stringify(await lexiconOf(props.lang)), { headers: { "Content-Type": "application/json; charset=utf-8" } });
