// The Spanish role pages, /es/roles/ and /es/skills/: Spanish headings, labels and level words,
// the English job title beside the Spanish one, links that stay in /es/, the same ratings as the
// English pages, no English sentence left over, and charts whose Spanish labels fit.
import { expect, test, type Page } from "@playwright/test";
import enMatrix from "../../src/i18n/dictionaries/en/matrix";
import enRoles from "../../src/i18n/dictionaries/en/roles";
import esCommon from "../../src/i18n/dictionaries/es/common";
import { LEVELS, levelLabel, toRange, type LevelSpec } from "../../src/lib/levels";
import { ROLE_IDS, pairSlug, type RoleId } from "../../src/lib/roles";
import { contentRoles, contentSkills, translatedRoles, translatedSkills } from "./support/roles";

const roles = contentRoles();
const skills = contentSkills();
const es = translatedRoles("es");
const esSkills = translatedSkills("es");
const en = (id: RoleId) => roles.find((r) => r.id === id)!.data;
const nameEs = (id: RoleId) => es.get(id)!.name;
const level = (spec: LevelSpec) => levelLabel(toRange(spec), esCommon.levels);
/** A role's name inside a Spanish sentence: first letter lowered ("ingeniero de IA"). */
const inText = (id: RoleId) => nameEs(id).charAt(0).toLowerCase() + nameEs(id).slice(1);
const section = (page: Page, heading: string | RegExp) => page.getByRole("region", { name: heading });

/** Every internal link in <main> stays in the Spanish edition. */
async function linksStayInSpanish(page: Page) {
  const hrefs = await page.locator("main a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((h) => !h.startsWith("/es/"))).toEqual([]);
}

/**
 * The sentences and labels the English pages of this area write (its dictionary sections), cut
 * at their placeholders: none of them may show on a Spanish page, outside the English job titles.
 */
const ENGLISH = (() => {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === "string") {
      for (const part of v.split(/\{\w+\}/)) if (part.trim().split(/\s+/).length >= 3) out.add(part.trim());
    } else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(enRoles);
  walk(enMatrix);
  return [...out];
})();

async function noEnglishLeft(page: Page) {
  const text = await page.locator("main").evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[lang="en"]').forEach((el) => el.remove());
    const labels = [...copy.querySelectorAll("[aria-label]")].map((el) => el.getAttribute("aria-label"));
    return [copy.textContent, ...labels, document.title].join("\n").replace(/\s+/g, " ");
  });
  expect(ENGLISH.filter((s) => text.includes(s))).toEqual([]);
}

test("/es/roles/ groups the six roles by layer in Spanish, each card naming the English job title too", async ({ page }) => {
  await page.goto("/es/roles/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Los seis roles de datos e IA");
  const layers = { foundation: "Capa de cimientos de datos", descriptive: "Capa descriptiva", predictive: "Capa predictiva", production: "Capa de producción" } as const;
  for (const [layer, heading] of Object.entries(layers)) {
    const members = roles.filter((r) => r.data.layer === layer);
    const group = section(page, new RegExp(`^${heading}`));
    await expect(group.getByRole("heading", { level: 2 })).toContainText(esCommon.layers[layer as keyof typeof layers].question);
    await expect(group.getByRole("heading", { level: 3 })).toHaveText(members.map((r) => nameEs(r.id)));
    for (const r of members) {
      const card = group.getByRole("article").filter({ has: page.getByRole("heading", { name: nameEs(r.id), exact: true }) });
      await expect(card.getByRole("link", { name: nameEs(r.id), exact: true })).toHaveAttribute("href", `/es/roles/${r.id}/`);
      await expect(card.locator('[lang="en"]')).toHaveText(r.data.name);
      await expect(card).toContainText(es.get(r.id)!.question);
      await expect(card).toContainText("Sus áreas más fuertes");
      const words = esSkills.map((s) => `${s.name} ${level(r.data.skills[s.id]!.level)}`).join(", ");
      await expect(card.getByRole("img")).toHaveAccessibleName(`${nameEs(r.id)}, niveles de habilidad: ${words}`);
    }
  }
  const next = section(page, "¿No sabes cuál es el tuyo?");
  await expect(next.getByRole("link", { name: "Compara dos roles cualesquiera" })).toHaveAttribute("href", "/es/compare/");
  await expect(next.getByRole("link", { name: "Consulta la matriz de habilidades completa" })).toHaveAttribute("href", "/es/skills/");
  await expect(next.getByRole("link", { name: "Recorre las trayectorias profesionales" })).toHaveAttribute("href", "/es/paths/");
  await expect(next.getByRole("link", { name: "Haz el cuestionario" })).toHaveAttribute("href", "/es/quiz/");
  await linksStayInSpanish(page);
  await noEnglishLeft(page);
});

test("every Spanish role page names the role in Spanish and in English, in Spanish throughout", async ({ page }) => {
  for (const id of ROLE_IDS) {
    await page.goto(`/es/roles/${id}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(nameEs(id));
    const head = page.locator("article header").first();
    await expect(head.locator('[lang="en"]')).toHaveText(en(id).name);
    await expect(head).toContainText(`En las ofertas de empleo: ${en(id).name}`);
    await expect(head).toContainText(es.get(id)!.summary);
    await expect(page).toHaveTitle(`${nameEs(id)} (${en(id).name}): habilidades, herramientas y trayectorias profesionales · Guía de Carreras de Datos`);
    await expect(page.getByRole("heading", { level: 2, name: `¿Qué habilidades pide el rol de ${inText(id)}?` })).toBeVisible();
    await linksStayInSpanish(page);
    await noEnglishLeft(page);
  }
});

test.describe("/es/roles/ml-engineer/", () => {
  const id = "ml-engineer";
  const data = en(id);
  test.beforeEach(async ({ page }) => {
    await page.goto(`/es/roles/${id}/`);
  });

  test("gives its facts, ratings and sources in Spanish, the same ratings as the English page", async ({ page }) => {
    const facts = page.locator("article header dl");
    await expect(facts.getByRole("term")).toHaveText(["Capa", "Enfoque", "Salario relativo"]);
    await expect(facts.getByRole("definition")).toHaveText(["Producción", es.get(id)!.focus, "A menudo, el más alto"]);

    const skillsSection = section(page, "¿Qué habilidades pide el rol de ingeniero de machine learning?");
    await expect(skillsSection).toContainText("8 de las valoraciones se copian de la matriz de habilidades publicada; las otras 4 son");
    const chart = skillsSection.getByRole("img", { name: "Ingeniero de machine learning: niveles de habilidad en doce áreas" });
    await expect(chart).toBeVisible();
    await expect(chart.locator(".tick text")).toHaveText(LEVELS.map((l) => esCommon.levels[l]));
    const table = skillsSection.getByRole("table", { name: "Ingeniero de machine learning: niveles de habilidad y de dónde sale cada uno" });
    await expect(table.getByRole("columnheader")).toHaveText(["Área de habilidad", "Nivel y de dónde sale"]);
    const rows = table.locator("tbody tr");
    await expect(rows).toHaveCount(skills.length);
    for (const [i, s] of esSkills.entries()) {
      const rating = data.skills[s.id]!;
      const row = rows.nth(i);
      await expect(row.getByRole("link", { name: s.name, exact: true })).toHaveAttribute("href", `/es/skills/#${s.id}`);
      await expect(row.locator(".word")).toHaveText(level(rating.level));
      if (rating.source === "matrix") await expect(row).toContainText("De la matriz de habilidades publicada");
      else await expect(row).toContainText(`Deducido por este sitio: ${es.get(id)!.skills![s.id]!.reason}`);
    }
  });

  test("links its pay tiers, comparisons, paths and the quiz inside the Spanish site", async ({ page }) => {
    const ladder = page.getByRole("list", { name: "Salario relativo, del nivel más bajo al más alto" });
    await expect(ladder.getByRole("listitem")).toHaveCount(3);
    await expect(ladder).toContainText("Ingeniero de machine learning (este rol)");
    await expect(ladder.getByRole("link", { name: nameEs("data-analyst") })).toHaveAttribute("href", "/es/roles/data-analyst/");
    await expect(section(page, /^¿Cómo contratan las empresas/)).toContainText("Las fuentes no dicen nada concreto sobre startups.");

    const others = ROLE_IDS.filter((r) => r !== id);
    const links = section(page, "¿Cómo se compara el rol de ingeniero de machine learning con los demás?").getByRole("link");
    await expect(links).toHaveText(others.map((o) => pairSlug(id, o).split("-vs-").map((x) => nameEs(x as RoleId)).join(" vs. ")));
    for (const [i, o] of others.entries()) await expect(links.nth(i)).toHaveAttribute("href", `/es/compare/${pairSlug(id, o)}/`);
    await expect(section(page, "¿Cómo se compara el rol de ingeniero de machine learning con los demás?")).toContainText("Dónde más se diferencian");

    const paths = section(page, "¿Cómo se entra en el rol y adónde lleva?");
    await expect(paths.getByRole("heading", { level: 3 })).toHaveText(["Cómo se llega al rol de ingeniero de machine learning"]);
    await expect(paths.getByRole("list", { name: "Pasos: Analista de datos o Analista de negocio, luego Ingeniero de machine learning" })).toHaveCount(1);
    await expect(paths.getByRole("link", { name: "Mira todos los cambios de carrera entre los roles" })).toHaveAttribute("href", "/es/paths/");

    const next = section(page, "¿Qué rol encaja mejor contigo?");
    await expect(next.getByRole("link", { name: "Hacer el cuestionario" })).toHaveAttribute("href", "/es/quiz/");
    await expect(next.getByRole("link", { name: "Cómo puntúa el cuestionario" })).toHaveAttribute("href", "/es/quiz/how-it-works/");
  });

  test("keeps its Spanish chart labels inside the drawing, on a phone and on a desktop", async ({ page }) => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const chart = page.getByRole("img", { name: "Ingeniero de machine learning: niveles de habilidad en doce áreas" });
      await expect(chart).toBeVisible();
      const outside = await chart.evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll("text")].filter((t) => {
          const r = t.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5;
        }).map((t) => t.textContent);
      });
      expect(outside, `${width}px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
  });
});

test("a Spanish role the sources say less about says so in Spanish", async ({ page }) => {
  await page.goto("/es/roles/ai-engineer/");
  await expect(section(page, /^¿Cómo se aborda un problema real/)).toContainText("Este ejemplo es del propio sitio");
  const three = "analista de datos, científico de datos e ingeniero de machine learning";
  await expect(section(page, "¿Cómo se desarrolla el trabajo, paso a paso?")).toContainText(`Las fuentes solo describen el flujo de trabajo de los roles de ${three}`);
  await expect(section(page, "¿A quién le va bien este rol?")).toContainText(`Las fuentes describen a quién le van bien los roles de ${three}, pero no este`);
  await expect(section(page, "¿Cómo se paga frente a los demás roles?")).toContainText(`Las fuentes solo comparan el salario de los roles de ${three}.`);
  await expect(page.locator("article header")).toContainText("Las fuentes no lo comparan");
  const paths = section(page, "¿Cómo se entra en el rol y adónde lleva?");
  await expect(paths).toContainText("Las fuentes no describen ningún cambio hacia este rol ni desde él");
  await expect(paths).toContainText("ingeniero de IA, ingeniero de analítica y científico aplicado.");
  await expect(section(page, "¿Para qué sirve el rol de ingeniero de IA?")).toContainText("Comparte esa capa con el rol de ingeniero de machine learning.");
});

test("/es/skills/ shows the same matrix with Spanish names, level words, legend and counts", async ({ page }) => {
  await page.goto("/es/skills/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("La matriz de habilidades");
  const lede = page.locator("main .lede");
  await expect(lede).toContainText("Todos los roles de este sitio se valoran en las mismas 12 áreas de habilidad, con una sola escala: Bajo, Básico, Medio, Alto, Avanzado.");
  await expect(lede).toContainText("De las 72 valoraciones, 24 se copian de una matriz publicada de tres roles; las otras 48 son");
  await expect(lede.getByRole("link", { name: "página de rol" })).toHaveAttribute("href", "/es/roles/");

  const table = page.getByRole("table", { name: "12 áreas de habilidad por 6 roles" });
  await expect(table.locator("thead th[scope=col]")).toHaveText(["Área de habilidad", ...ROLE_IDS.map(nameEs)]);
  for (const id of ROLE_IDS) await expect(table.getByRole("link", { name: nameEs(id), exact: true })).toHaveAttribute("href", `/es/roles/${id}/`);
  const rows = table.locator("tbody tr");
  for (const [i, s] of esSkills.entries()) {
    const row = rows.nth(i);
    await expect(row.getByRole("rowheader")).toHaveText(s.name);
    for (const id of ROLE_IDS) {
      const rating = en(id).skills[s.id]!;
      const cell = row.locator(`td[data-role="${id}"]`);
      await expect(cell).toHaveAttribute("data-value", String(toRange(rating.level).value));
      await expect(cell.locator(".word")).toHaveText(level(rating.level));
      await expect(cell).toContainText(rating.source === "matrix" ? "(de la matriz de la fuente)" : "(deducido por este sitio)");
    }
  }
  await expect(page.getByText("Las celdas sin asterisco vienen de la matriz publicada de la fuente.")).toBeVisible();
  await expect(page.getByText("Las celdas con asterisco las deduce este sitio")).toBeVisible();

  const chartSection = section(page, "¿Cómo se comparan los seis perfiles de un vistazo?");
  await expect(chartSection.getByRole("img", { name: "Los seis roles" })).toBeVisible();
  await expect(chartSection.locator(".legend li")).toHaveText(ROLE_IDS.map(nameEs));

  const areas = section(page, "¿Qué abarca cada área de habilidad?");
  // Each area is a term of the outer list; its five levels are a list of their own inside it.
  await expect(areas.locator(".skill-areas > div > dt")).toHaveText(esSkills.map((s) => s.name));
  await expect(areas.locator('[id="sql"] .levels dt')).toHaveText(["Bajo", "Básico", "Medio", "Alto", "Avanzado"]);
  const sql = page.locator('[id="sql"]');
  await expect(sql).toContainText("Herramientas:");
  await expect(sql).toContainText(`Quién más la necesita: ${nameEs("data-engineer")} (Avanzado)`);
  await expect(sql.getByRole("link", { name: nameEs("data-engineer") })).toHaveAttribute("href", "/es/roles/data-engineer/");
  await linksStayInSpanish(page);
  await noEnglishLeft(page);
});
