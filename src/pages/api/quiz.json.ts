// The question bank as open data: what the quiz asks and the signals each answer sends.
import type { APIRoute } from "astro";
import { getSite } from "../../data/site";
import { publishedBank } from "../../lib/quiz/client-data";

export const GET: APIRoute = async () => {
  const { quiz } = await getSite();
  return new Response(`${JSON.stringify(publishedBank(quiz), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
