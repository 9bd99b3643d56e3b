// The question bank as open data, in each language: what the quiz asks and the signals each
// answer sends. Ids and signals are the same in every language; only the text differs.
import type { APIRoute } from "astro";
import { getSite } from "../../../data/site";
import { eachLang } from "../../../data/lang-paths";
import { localePath } from "../../../i18n/urls";
import { publishedBank } from "../../../lib/quiz/client-data";

export const getStaticPaths = eachLang;

export const GET: APIRoute<{ lang: string }> = async ({ props }) => {
  const { quiz } = await getSite(props.lang);
  return new Response(`${JSON.stringify(publishedBank(quiz, props.lang, localePath(props.lang, "/quiz/how-it-works/")), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
