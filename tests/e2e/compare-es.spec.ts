// The Spanish comparison pages against the Spanish content: /es/compare/ and the fifteen pairs
// read in Spanish (headings, table, labels, FAQ and its FAQPage data), show the same ratings as
// the English pages, keep every internal link under /es/, and the reverse order of each pair is a
// Spanish redirect page to the canonical one, left out of the sitemap.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { levelNumber, toRange, type Level, type LevelSpec } from "../../src/lib/levels";
import { ROLE_IDS, type RoleId } from "../../src/lib/roles";
import es from "../../src/i18n/dictionaries/es/compare";
import en from "../../src/i18n/dictionaries/en/compare";
import esCommon from "../../src/i18n/dictionaries/es/common";
import { CONTENT, sourceRoles } from "./support/articles";
import { sitemapPaths } from "./support/sitemap";

interface EsRole {
  name: string;
  question: string;
  workflow: string[];
  suitedTo: string[];
}
const frontMatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, "utf8"))![1]!) as Record<string, unknown>;
const esRoles = new Map(ROLE_IDS.map((id) => [id, frontMatter(join(CONTENT, "i18n", "es", "roles", `${id}.md`)) as unknown as EsRole]));
const enRoles = sourceRoles();
const esSkills = parse(readFileSync(join(CONTENT, "i18n", "es", "skills.yaml"), "utf8")) as { id: string; name: string }[];
const name = (id: RoleId) => esRoles.get(id)!.name;
/** Role names inside a Spanish sentence are written in lower case. */
const inText = (id: RoleId) => name(id)[0]!.toLowerCase() + name(id).slice(1);
const level = (spec: LevelSpec) => {
  const r = toRange(spec);
  const w = (l: Level) => esCommon.levels[l];
  return r.min === r.max ? w(r.min) : `${w(r.min)}–${w(r.max)}`;
};

const pairs: [RoleId, RoleId][] = ROLE_IDS.flatMap((a, i) => ROLE_IDS.slice(i + 1).map((b): [RoleId, RoleId] => [a, b]));
const canonical = ([a, b]: [RoleId, RoleId]) => `/es/compare/${a}-vs-${b}/`;
const reverse = ([a, b]: [RoleId, RoleId]) => `/es/compare/${b}-vs-${a}/`;
const vs = (a: RoleId, b: RoleId) => `${name(a)} vs. ${name(b)}`;

/** Every link inside <main> that points into the site stays in Spanish. */
async function linksStayInSpanish(page: Page) {
  const hrefs = await page.locator("main a[href^='/']").evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => !h.startsWith("/es/"))).toEqual([]);
}

/** No fixed English wording of the compare pages (the English dictionary's words) is left on the page. */
async function noEnglishLeft(page: Page) {
  const strings: string[] = [];
  const walk = (v: unknown) => (typeof v === "string" ? strings.push(v) : v && typeof v === "object" && Object.values(v).forEach(walk));
  walk(en);
  const fragments = [...new Set(strings.flatMap((s) => s.split(/\{\w+\}/)).map((f) => f.trim()))].filter((f) => f.length >= 8 && /[a-z]{3}/.test(f));
  const text = await page.locator("main").innerText();
  expect(fragments.filter((f) => text.includes(f))).toEqual([]);
}

test("the sitemap lists /es/compare/ and the fifteen Spanish pair pages, and no reverse URL", () => {
  const listed = sitemapPaths().filter((p) => p.startsWith("/es/compare/"));
  expect(listed.sort()).toEqual(["/es/compare/", ...pairs.map(canonical)].sort());
});

test("/es/compare/ reaches every pair in Spanish from the grid and the list", async ({ page }) => {
  await page.goto("/es/compare/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparar dos roles");
  await expect(page.getByRole("heading", { level: 2, name: "Todas las parejas de un vistazo" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Las 15 comparaciones" })).toBeVisible();
  const grid = page.getByRole("table", { name: "Elige una fila y una columna para comparar dos roles" });
  await expect(grid.getByRole("columnheader")).toHaveText(ROLE_IDS.map(name));
  await expect(grid.getByRole("rowheader")).toHaveText(ROLE_IDS.map(name));
  const list = new Intl.ListFormat("es", { type: "conjunction" });
  for (const row of ROLE_IDS)
    for (const col of ROLE_IDS) {
      if (row === col) continue;
      // "Comparar Analista de datos e Ingeniero de IA": Spanish "y" turns "e" before "I".
      const link = grid.getByRole("link", { name: `Comparar ${list.format([name(row), name(col)])}`, exact: true });
      const [x, y] = ROLE_IDS.indexOf(row) < ROLE_IDS.indexOf(col) ? [row, col] : [col, row];
      await expect(link).toHaveAttribute("href", canonical([x, y]));
    }
  await expect(grid.getByText(/^\d+ de 12 áreas difieren?$/)).toHaveCount(ROLE_IDS.length * (ROLE_IDS.length - 1));
  for (const p of pairs) await expect(page.getByRole("link", { name: vs(...p), exact: true })).toHaveAttribute("href", canonical(p));
  await expect(page.getByText(/^Difieren? \d+ de 12 áreas de habilidad/)).toHaveCount(15);
  await linksStayInSpanish(page);
  await noEnglishLeft(page);

  await grid.getByRole("link", { name: `Comparar ${list.format([name("ml-engineer"), name("data-scientist")])}`, exact: true }).click();
  await expect(page).toHaveURL(/\/es\/compare\/data-scientist-vs-ml-engineer\/$/);
});

test("a Spanish pair page reads in Spanish, with the Spanish role data, FAQ and FAQPage data", async ({ page }) => {
  const [a, b] = ["data-scientist", "ml-engineer"] as const;
  await page.goto(canonical([a, b]));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page).toHaveTitle(new RegExp(`^${vs(a, b)}`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(vs(a, b));
  // First mention: the Spanish title with the English one job ads use.
  const lede = page.locator("article header .lede");
  await expect(lede).toContainText(`El ${inText(a)} (${enRoles.get(a)!.name}) se pregunta: «${esRoles.get(a)!.question}».`);
  await expect(lede).toContainText(`El ${inText(b)} (${enRoles.get(b)!.name}) se pregunta: «${esRoles.get(b)!.question}».`);
  await expect(page.getByRole("link", { name: "Comparar roles" })).toHaveAttribute("href", "/es/compare/");

  for (const section of Object.values(es.pair.sections).filter((s) => !s.includes("{")))
    await expect(page.getByRole("region", { name: section, exact: true }), section).toBeVisible();

  // The ratings table, in Spanish words.
  const table = page.getByRole("table", { name: `Niveles de habilidad del ${inText(a)} y del ${inText(b)}, con la diferencia` });
  await expect(table.getByRole("columnheader")).toHaveText(["Área de habilidad", name(a), /Diferencia/, name(b)]);
  const rows = table.locator("tbody tr");
  await expect(rows).toHaveCount(esSkills.length);
  for (const skill of esSkills) {
    const row = rows.filter({ has: page.getByRole("rowheader", { name: skill.name, exact: true }) });
    const [sa, sb] = [enRoles.get(a)!.skills[skill.id]!.level as LevelSpec, enRoles.get(b)!.skills[skill.id]!.level as LevelSpec];
    await expect(row.locator(`td[data-role="${a}"] .word`)).toHaveText(level(sa));
    await expect(row.locator(`td[data-role="${b}"] .word`)).toHaveText(level(sb));
    const [ra, rb] = [toRange(sa), toRange(sb)];
    const even = Math.max(levelNumber(ra.min), levelNumber(rb.min)) <= Math.min(levelNumber(ra.max), levelNumber(rb.max));
    if (even) await expect(row.locator("td.diff")).toHaveText("Igual");
    else {
      const gap = new Intl.NumberFormat("es").format(Math.abs(ra.value - rb.value));
      await expect(row.locator("td.diff")).toContainText(`${name(ra.value > rb.value ? a : b)} +${gap}`);
    }
  }
  await expect(page.getByRole("img", { name: `Perfiles de habilidades del ${inText(a)} y del ${inText(b)}` }).first()).toBeAttached();

  // Workflows and who each suits, from the Spanish role files.
  const workflow = page.getByRole("region", { name: "Cómo avanza el trabajo, paso a paso" });
  for (const id of [a, b]) await expect(workflow.locator(`[data-role="${id}"] li`)).toHaveText(esRoles.get(id)!.workflow);
  const suits = page.getByRole("region", { name: "A quién le encaja cada rol" });
  for (const id of [a, b]) {
    await expect(suits.getByRole("heading", { name: `El ${inText(id)} es para ti si` })).toBeVisible();
    await expect(suits.locator(`[data-role="${id}"] li`)).toHaveText(esRoles.get(id)!.suitedTo);
  }
  await expect(page.getByRole("region", { name: "Las herramientas de cada uno" }).getByRole("heading", { name: "Los dos usan" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Cómo contratan las empresas a cada uno" }).getByRole("heading", { name: "En una startup" })).toBeVisible();
  const choose = page.getByRole("region", { name: "¿Cuál deberías elegir?" });
  await expect(choose.getByRole("heading", { name: `Elige el rol de ${inText(a)} si…` })).toBeVisible();
  await expect(choose.getByRole("link", { name: "Haz el cuestionario" })).toHaveAttribute("href", "/es/quiz/");

  // The FAQ from the Spanish comparison, and the same questions and answers as FAQPage data.
  const written = frontMatter(join(CONTENT, "i18n", "es", "comparisons", `${a}-vs-${b}.mdx`)) as { title: string; faq: { question: string; answer: string }[] };
  await expect(page.getByRole("region", { name: written.title, exact: true })).toBeVisible();
  const faq = page.getByRole("region", { name: "Preguntas y respuestas" });
  await expect(faq.getByRole("heading", { level: 3 })).toHaveText(written.faq.map((f) => f.question));
  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t) as Record<string, unknown>);
  const faqPage = blocks.find((d) => d["@type"] === "FAQPage") as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
  expect(faqPage.mainEntity.map((q) => [q.name, q.acceptedAnswer.text])).toEqual(written.faq.map((f) => [f.question, f.answer]));

  const next = page.getByRole("region", { name: "Sigue explorando" });
  await expect(next.getByRole("link", { name: `El rol de ${inText(a)} a fondo` })).toHaveAttribute("href", `/es/roles/${a}/`);
  await expect(next.getByRole("list", { name: `${name(a)} comparado con:` }).getByRole("link")).toHaveCount(ROLE_IDS.length - 2);
  await expect(next.getByRole("link", { name: "Todas las parejas de roles" })).toHaveAttribute("href", "/es/compare/");
  await linksStayInSpanish(page);
  await noEnglishLeft(page);
});

test("every Spanish pair page shows the same ratings and leaders as its English twin", async ({ request }) => {
  // The ratings table's data attributes, in order: skill, both values, leader and gap.
  const cells = async (path: string) => {
    const html = await (await request.get(path)).text();
    const table = html.slice(html.indexOf('class="ratings'), html.indexOf("</table>", html.indexOf('class="ratings')));
    return [...table.matchAll(/data-(?:skill|value|leader|gap)="([^"]*)"/g)].map((m) => m[1]);
  };
  for (const p of pairs) {
    const [spanish, english] = await Promise.all([cells(canonical(p)), cells(canonical(p).replace(/^\/es/, ""))]);
    expect(spanish.length, canonical(p)).toBe(esSkills.length * 5);
    expect(spanish, canonical(p)).toEqual(english);
  }
});

test("each reverse Spanish URL is a Spanish redirect page to the canonical one", async ({ page, request }) => {
  for (const pair of pairs) {
    const html = await (await request.get(reverse(pair))).text();
    expect(html, reverse(pair)).toMatch(/<html lang="es">/);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${canonical(pair)}">`);
    expect(html).toContain(`<meta name="robots" content="noindex">`);
    expect(html).toContain(`<title>Redirigiendo a ${vs(...pair)}</title>`);
    expect(new URL(/<link rel="canonical" href="([^"]+)">/.exec(html)![1]!).pathname).toBe(canonical(pair));
    expect(html).toContain(`Esta comparación está en <a href="${canonical(pair)}">${vs(...pair)}</a>.`);
  }
  const pair = pairs[5]!;
  await page.goto(reverse(pair));
  await expect(page).toHaveURL(new RegExp(`${canonical(pair)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(vs(...pair));
});
