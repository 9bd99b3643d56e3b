// The role pages, /roles/, /skills/, the home page's roles and /api/roles.json, in every language,
// checked against the content files: every front-matter field is on the page, the chart and its
// table show the role's twelve ratings in the language's level words, the links go where the data
// says and stay in the page's language, a translated role names its English job title too, no other
// language's words are left over, and nothing ships JavaScript.
import type { Locator, Page } from "@playwright/test";
import { fill, plural } from "../../src/lib/i18n-format";
import { LEVELS, toRange } from "../../src/lib/levels";
import { lowerFirstLetter, payLadder } from "../../src/lib/role-page";
import { rolePaths, stepLabel } from "../../src/lib/role-paths";
import { LAYER_IDS, ROLE_IDS, pairSlug, type RoleId } from "../../src/lib/roles";
import { contentsLinks } from "./support/contents";
import { expect, expectLinksInLanguage, expectNoOtherLanguage, templatePattern, test } from "./support/language";

/** A region's text, whitespace collapsed: read once, then searched for every field it should show. */
const textOf = async (region: Locator) => ((await region.textContent()) ?? "").replace(/\s+/g, " ");
const section = (page: Page, heading: RegExp | string) => page.getByRole("region", { name: heading, exact: typeof heading === "string" });

async function onlyThemeScript(page: Page) {
  await expect(page.locator("script[src]")).toHaveCount(0);
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBeLessThanOrEqual(1);
}

test.describe("/roles/", () => {
  test.beforeEach(async ({ page, href }) => {
    await page.goto(href("/roles/"));
  });

  test("groups all six roles by layer, each card with its core question, strongest areas and a small chart of its ratings", async ({ page, t, href, content, level }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.roles.index.title);
    let seen = 0;
    for (const layer of LAYER_IDS) {
      const members = content.roles.filter((r) => r.data.layer === layer);
      const group = section(page, new RegExp(`^${t.roles.layers[layer].heading}`));
      if (members.length === 0) {
        await expect(group).toHaveCount(0);
        continue;
      }
      await expect(group.getByRole("heading", { level: 2 })).toContainText(t.common.layers[layer].question);
      await expect(group.getByRole("heading", { level: 3 })).toHaveText(members.map((r) => r.data.name));
      for (const r of members) {
        const card = group.getByRole("article").filter({ has: page.getByRole("heading", { name: r.data.name, exact: true }) });
        await expect(card.getByRole("link", { name: r.data.name, exact: true })).toHaveAttribute("href", href(`/roles/${r.id}/`));
        // A translated name is followed by the English job title, marked as English.
        const english = content.englishName(r.id);
        await expect(card.locator('[lang="en"]')).toHaveText(english === r.data.name ? [] : [english]);
        await expect(card).toContainText(r.data.question);
        await expect(card).toContainText(t.roles.index.strongest);
        const chart = card.getByRole("img");
        const ratings = content.skills.map((s) => fill(t.matrix.chart.sparkRating, { skill: s.name, level: level(r.data.skills[s.id]!.level) })).join(", ");
        await expect(chart).toHaveAccessibleName(fill(t.matrix.chart.spark, { role: r.data.name, ratings }));
        await expect(chart.locator("rect")).toHaveCount(content.skills.length);
      }
      seen += members.length;
    }
    expect(seen).toBe(ROLE_IDS.length);
  });

  test("ends with the next steps, every link in the page's language and no other language's words", async ({ page, lang, t, href }) => {
    const next = section(page, t.roles.index.nextHeading);
    await expect(next.getByRole("link", { name: t.roles.index.next.compare.link })).toHaveAttribute("href", href("/compare/"));
    await expect(next.getByRole("link", { name: t.roles.index.next.skills.link })).toHaveAttribute("href", href("/skills/"));
    await expect(next.getByRole("link", { name: t.roles.index.next.paths.link })).toHaveAttribute("href", href("/paths/"));
    await expect(next.getByRole("link", { name: t.roles.index.next.quiz.link })).toHaveAttribute("href", href("/quiz/"));
    await expectLinksInLanguage(page, lang);
    await expectNoOtherLanguage(page, lang, ["roles", "matrix"]);
  });

  test("taller bars mean higher levels, in the skill areas' order", async ({ page, t, content }) => {
    const r = content.roles.find((x) => x.id === "data-analyst")!;
    const heights = await page
      .getByRole("img", { name: new RegExp(`^${fill(t.matrix.chart.spark, { role: r.data.name, ratings: "" })}`) })
      .locator("rect")
      .evaluateAll((rects) => rects.map((el) => Number(el.getAttribute("height"))));
    const values = content.skills.map((s) => toRange(r.data.skills[s.id]!.level).value);
    for (let i = 0; i < values.length; i++)
      for (let j = 0; j < values.length; j++)
        if (values[i]! > values[j]!) expect(heights[i]!, `${content.skills[i]!.id} > ${content.skills[j]!.id}`).toBeGreaterThan(heights[j]!);
  });

  test("ships no JavaScript of its own", async ({ page }) => {
    await onlyThemeScript(page);
  });
});

for (const id of ROLE_IDS) {
  test.describe(`the ${id} page`, () => {
    test.beforeEach(async ({ page, href }) => {
      await page.goto(href(`/roles/${id}/`));
    });

    test("opens with the name, the English job title where it differs, summary, core question, layer, focus and pay", async ({ page, t, content }) => {
      const data = content.role(id);
      const english = content.englishName(id);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(data.name);
      const head = page.locator("article header").first();
      if (english === data.name) await expect(head.locator('[lang="en"]')).toHaveCount(0);
      else {
        await expect(head.locator('[lang="en"]')).toHaveText(english);
        await expect(head).toContainText(`${t.roles.page.englishName} ${english}`);
      }
      await expect(head).toContainText(data.summary);
      await expect(head).toContainText(data.question);
      await expect(head).toContainText(t.common.layers[data.layer].name);
      await expect(head).toContainText(data.focus);
      const facts = head.locator("dl");
      await expect(facts.getByRole("term")).toHaveText([t.roles.page.facts.layer, t.roles.page.facts.focus, t.roles.page.facts.pay]);
      const pay = data.compensation ? t.roles.payTiers[data.compensation.tier] : t.roles.page.facts.payUnknown;
      await expect(facts.getByRole("definition")).toHaveText([t.common.layers[data.layer].name, data.focus, pay]);
      await expect(page).toHaveTitle(`${fill(t.roles.page.title, { name: data.name, english })} · ${t.common.site.name}`);
      await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", data.summary);
    });

    test("shows its chart and, as the table alternative, every rating with its source", async ({ page, lang, t, href, content, level, named }) => {
      const data = content.role(id);
      const skillsSection = section(page, fill(t.roles.page.sections.skills, named(data)));
      const derived = content.skills.filter((s) => data.skills[s.id]!.source !== "matrix").length;
      const fromMatrix = content.skills.length - derived;
      await expect(skillsSection).toContainText(
        fromMatrix > 0 ? plural(lang, t.roles.page.skills.fromMatrix, fromMatrix, { derived }) : plural(lang, t.roles.page.skills.allDerived, derived),
      );
      const chart = skillsSection.getByRole("img", { name: fill(t.roles.page.skills.chartTitle, { name: data.name }) });
      await expect(chart).toHaveCount(1);
      await expect(chart).toBeVisible();
      await expect(chart.locator(".tick text")).toHaveText(LEVELS.map((l) => t.common.levels[l]));
      // The chart's description spells out every rating for screen readers.
      const desc = await chart.locator("desc").textContent();
      for (const s of content.skills)
        expect(desc).toContain(fill(t.matrix.chart.row, { skill: s.name, ratings: fill(t.matrix.chart.rating, { role: data.name, level: level(data.skills[s.id]!.level) }) }));

      const table = skillsSection.getByRole("table", { name: fill(t.roles.skillTable.caption, { name: data.name }) });
      await expect(table.getByRole("columnheader")).toHaveText([t.roles.skillTable.skill, t.roles.skillTable.level]);
      // Read in one pass: each row's skill area, its link, level word and text.
      const rows = await table.locator("tbody tr").evaluateAll((trs) =>
        trs.map((tr) => {
          const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, " ").trim();
          const link = tr.querySelector("th a");
          return { skill: text(tr.querySelector("th")), link: [text(link), link?.getAttribute("href")], word: text(tr.querySelector(".word")), text: text(tr) ?? "" };
        }),
      );
      expect(rows.map((r) => r.skill)).toEqual(content.skills.map((s) => s.name));
      for (const [i, s] of content.skills.entries()) {
        const rating = data.skills[s.id]!;
        expect(rows[i]!.link, s.id).toEqual([s.name, href(`/skills/#${s.id}`)]);
        expect(rows[i]!.word, s.id).toBe(level(rating.level));
        expect(rows[i]!.text, s.id).toContain(rating.source === "matrix" ? t.roles.skillTable.fromMatrix : `${t.roles.skillTable.derived} ${rating.reason}`);
      }
    });

    test("still shows a readable chart on a phone, and keeps its labels inside the drawing at any width", async ({ page, t, content }) => {
      const data = content.role(id);
      const chart = page.getByRole("img", { name: fill(t.roles.page.skills.chartTitle, { name: data.name }) });
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await expect(chart).toBeVisible();
        const outside = await chart.evaluate((svg) => {
          const box = svg.getBoundingClientRect();
          return [...svg.querySelectorAll("text")]
            .filter((text) => {
              const r = text.getBoundingClientRect();
              return r.left < box.left - 0.5 || r.right > box.right + 0.5;
            })
            .map((text) => text.textContent);
        });
        expect(outside, `${width}px`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }
      await page.setViewportSize({ width: 375, height: 800 });
      await expect(chart).toHaveCount(1);
      const box = (await chart.boundingBox())!;
      expect(box.width).toBeLessThanOrEqual(375);
      // Labels stay at least 11px tall once the drawing is scaled to the screen.
      const sizes = await chart.locator("text.label").evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      await expect(page.getByRole("table", { name: fill(t.roles.skillTable.caption, { name: data.name }) })).toBeVisible();
    });

    test("presents every front-matter field for reading, and says where the sources are silent", async ({ page, lang, t, href, content, named, names, list }) => {
      const data = content.role(id);
      const h = (text: string) => fill(text, named(data));
      /** The roles whose `field` the sources give ({roles.the} …): what a site-written list is set against. */
      const covered = (field: (typeof data.siteWritten)[number]) => names("roles", content.roles.filter((r) => !r.data.siteWritten.includes(field)).map((r) => r.data));
      const main = page.getByRole("main");
      await expect(main).toContainText(data.objective);
      const purpose = section(page, h(t.roles.page.sections.purpose));
      const mates = content.roles.filter((r) => r.data.layer === data.layer && r.id !== id);
      if (mates.length === 0) await expect(purpose).toContainText(t.roles.page.purpose.alone);
      else {
        const mateNames = list(mates.map((m) => fill(t.roles.page.purpose.mate, named(m.data, "mate"))));
        await expect(purpose).toContainText(plural(lang, t.roles.page.purpose.mates, mates.length, { roles: mateNames }));
      }

      const duties = await textOf(section(page, h(t.roles.page.sections.responsibilities)));
      for (const r of data.responsibilities) expect(duties).toContain(`${r.title}. ${r.detail}`);
      const example = section(page, h(t.roles.page.sections.example));
      const exampleText = await textOf(example);
      for (const text of [data.example.setting, ...data.example.actions, ...data.example.questions]) expect(exampleText).toContain(text);
      await expect(example.getByText(t.roles.page.example.illustrative)).toHaveCount(data.example.illustrative ? 1 : 0);

      const tools = section(page, h(t.roles.page.sections.tools));
      await expect(tools.getByRole("term")).toHaveText(data.tools.map((g) => g.group));
      const shown = new Set(await tools.getByRole("listitem").evaluateAll((lis) => lis.filter((li) => li.checkVisibility()).map((li) => li.textContent?.trim())));
      for (const item of [...data.tools.flatMap((g) => g.items), ...data.softSkills]) expect(shown.has(item), item).toBe(true);

      const workflow = section(page, h(t.roles.page.sections.workflow));
      await expect(workflow.getByRole("list").first().getByRole("listitem")).toHaveText(data.workflow);
      expect(await workflow.getByRole("list").first().evaluate((el) => el.tagName)).toBe("OL");
      const workflowNote = fill(t.roles.page.workflow.siteWritten, covered("workflow"));
      await expect(workflow.getByText(workflowNote)).toHaveCount(data.siteWritten.includes("workflow") ? 1 : 0);

      const fit = section(page, h(t.roles.page.sections.fit));
      await expect(fit.getByRole("list").getByRole("listitem")).toHaveText(data.suitedTo);
      await expect(fit.getByText(fill(t.roles.page.fit.siteWritten, covered("suitedTo")))).toHaveCount(data.siteWritten.includes("suitedTo") ? 1 : 0);

      const pay = section(page, h(t.roles.page.sections.pay));
      if (data.compensation) await expect(pay).toContainText(data.compensation.note);
      else {
        const paid = names("roles", payLadder(content.roles).flatMap((tier) => tier.roles.map((r) => content.role(r.id))));
        await expect(pay).toContainText(fill(t.roles.page.pay.unknown, paid));
      }
      // The tiers, lowest first, this role marked and the others linked.
      const ladder = pay.getByRole("list", { name: t.roles.payLadder.label });
      const tiers = payLadder(content.roles);
      await expect(ladder.getByRole("listitem")).toHaveCount(tiers.length);
      for (const [i, tier] of tiers.entries()) {
        const item = ladder.getByRole("listitem").nth(i);
        await expect(item).toContainText(t.roles.payTiers[tier.tier]);
        for (const r of tier.roles)
          if (r.id === id) await expect(item).toContainText(fill(t.roles.payLadder.thisRole, { name: r.name }));
          else await expect(item.getByRole("link", { name: r.name, exact: true })).toHaveAttribute("href", href(`/roles/${r.id}/`));
      }
      // Relative, as the sources put it: no figures.
      expect(await pay.textContent()).not.toMatch(/[$€£]|\d/);

      const hiring = await textOf(section(page, h(t.roles.page.sections.hiring)));
      for (const text of Object.values(data.hiring)) if (text) expect(hiring).toContain(text);
      expect(Object.values(data.hiring).filter(Boolean).length).toBeGreaterThan(0);
      const unsaid = (["startup", "growing", "enterprise"] as const).filter((s) => !data.hiring[s]);
      if (unsaid.length) expect(hiring).toContain(fill(t.roles.page.hiring.unsaid, { stages: list(unsaid.map((s) => t.roles.stagesInText[s])) }));

      const myths = section(page, h(t.roles.page.sections.myths));
      await expect(myths).toHaveCount(data.myths.length ? 1 : 0);
      if (data.myths.length) {
        const said = await textOf(myths);
        for (const m of data.myths) {
          expect(said).toContain(`${t.roles.page.myths.myth} ${m.myth}`);
          expect(said).toContain(`${t.roles.page.myths.reality} ${m.reality}`);
        }
      }
    });

    test("links to the five comparisons with this role, each with where the two differ most", async ({ page, t, href, content, named }) => {
      const box = section(page, fill(t.roles.page.sections.compare, named(content.role(id))));
      const links = box.getByRole("link");
      const others = ROLE_IDS.filter((r) => r !== id);
      await expect(links).toHaveCount(others.length);
      const pairName = (o: RoleId) => {
        const [a, b] = pairSlug(id, o).split("-vs-") as [RoleId, RoleId];
        return fill(t.roles.comparisons.pair, { ...named(content.role(a), "a"), ...named(content.role(b), "b") });
      };
      await expect(links).toHaveText(others.map(pairName));
      for (const [i, o] of others.entries()) await expect(links.nth(i)).toHaveAttribute("href", href(`/compare/${pairSlug(id, o)}/`));
      await expect(box).toContainText(t.roles.comparisons.gapsTitle);
    });

    test("shows the paths into and out of it, linking roles and naming stages", async ({ page, lang, t, href, content, named, names }) => {
      const me = content.role(id);
      const box = section(page, fill(t.roles.page.sections.paths, named(me)));
      const p = rolePaths(content.paths, id, (r) => content.role(r));
      const groups = [
        { title: fill(t.roles.paths.into, named(me)), moves: p.into },
        { title: fill(t.roles.paths.out, named(me)), moves: p.out },
      ].filter((g) => g.moves.length > 0);
      await expect(box.getByRole("heading", { level: 3 })).toHaveText(groups.map((g) => g.title));
      for (const m of [...p.into, ...p.out]) {
        await expect(box).toContainText(m.route.name);
        await expect(box).toContainText(m.note);
        await expect(box.getByRole("list", { name: fill(t.roles.paths.steps, { steps: m.chain.map((s) => stepLabel(s, lang, "text")).join(t.roles.paths.then) }) }).first()).toBeVisible();
        // A chain's step is a label: its first name as a title, any other as running text.
        for (const step of m.chain)
          for (const [i, n] of step.entries()) {
            if (n.id === id) continue;
            const shown = i === 0 ? n.name : n.forms.text;
            if (n.role) await expect(box.getByRole("link", { name: shown, exact: true }).first()).toHaveAttribute("href", href(`/roles/${n.id}/`));
            else await expect(box).toContainText(shown);
          }
      }
      if (groups.length === 0) {
        const moved = new Set(content.paths.flatMap((e) => (e.type === "move" ? [...e.from, e.to] : [])));
        await expect(box).toContainText(fill(t.roles.paths.none, names("roles", ROLE_IDS.filter((r) => moved.has(r)).map((r) => content.role(r)))));
      }
      for (const hy of p.hybrids) await expect(box).toContainText(fill(t.roles.paths.hybrid, names("members", [me, ...hy.others])));
      await expect(box.getByRole("link", { name: t.roles.paths.allLink })).toHaveAttribute("href", href("/paths/"));
    });

    test("lists the articles about it and ends with the quiz and how it scores", async ({ page, t, href, content, named }) => {
      const me = content.role(id);
      const about = content.articles.filter((a) => a.roles.includes(id));
      const reading = section(page, fill(t.roles.page.sections.reading, named(me)));
      await expect(reading.getByRole("link")).toHaveText(about.map((a) => a.title));
      for (const [i, a] of about.entries()) await expect(reading.getByRole("link").nth(i)).toHaveAttribute("href", href(`/articles/${a.id}/`));
      const next = section(page, fill(t.roles.page.sections.next, named(me)));
      await expect(next.getByRole("link", { name: t.roles.page.next.quiz })).toHaveAttribute("href", href("/quiz/"));
      await expect(next.getByRole("link", { name: t.roles.page.next.howItWorks })).toHaveAttribute("href", href("/quiz/how-it-works/"));
    });

    test("its contents list names every section and each link lands on its heading", async ({ page, t }) => {
      const entries = await contentsLinks(page.getByRole("navigation", { name: t.articles.toc.label }));
      expect(entries).toHaveLength(await page.locator("main h2").count());
      for (const e of entries) {
        expect(e.targets, `${e.href} names one element`).toBe(1);
        expect([e.tag, e.targetText], e.href).toEqual(["H2", e.text]);
      }
    });

    test("ships no JavaScript of its own, and keeps its links and words in its language", async ({ page, lang }) => {
      await onlyThemeScript(page);
      await expectLinksInLanguage(page, lang);
      await expectNoOtherLanguage(page, lang, ["roles", "matrix"]);
    });
  });
}

test("/skills/ shows the whole matrix as one table, 12 skill areas by 6 roles, sources told apart, areas described", async ({ page, lang, t, href, content, level, levelInText, named, list }) => {
  await page.goto(href("/skills/"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.matrix.page.title);
  const cells = content.roles.flatMap((r) => Object.values(r.data.skills));
  const fromMatrix = cells.filter((c) => c.source === "matrix").length;
  const lede = page.locator("main .lede");
  await expect(lede).toContainText(plural(lang, t.matrix.page.scale, content.skills.length, { levels: list(LEVELS.map((l) => t.common.levelsInText[l])) }));
  const sources = plural(lang, t.matrix.page.sources, fromMatrix, { cells: cells.length, derived: cells.length - fromMatrix });
  await expect(lede).toContainText(sources.split("{link}")[0]!);
  await expect(lede.getByRole("link", { name: t.matrix.page.rolesLink })).toHaveAttribute("href", href("/roles/"));

  const tables = page.getByRole("table");
  await expect(tables).toHaveCount(1);
  const table = page.getByRole("table", { name: fill(t.matrix.page.caption, { skills: content.skills.length, roles: content.roles.length }) });
  await expect(table.locator("thead th[scope=col]")).toHaveText([t.matrix.table.skill, ...content.roles.map((r) => r.data.name)]);
  for (const r of content.roles) await expect(table.getByRole("link", { name: r.data.name, exact: true })).toHaveAttribute("href", href(`/roles/${r.id}/`));
  // Read in one pass: each row's skill area and, per cell, its role, value, level word, pips and text.
  const rows = await table.locator("tbody tr").evaluateAll((trs) =>
    trs.map((tr) => ({
      skill: tr.querySelector("th")?.textContent?.trim(),
      cells: [...tr.querySelectorAll("td")].map((td) => ({
        role: td.dataset["role"],
        value: td.dataset["value"],
        word: td.querySelector(".word")?.textContent?.trim(),
        pips: td.querySelectorAll(".pip").length,
        text: td.textContent?.replace(/\s+/g, " ") ?? "",
      })),
    })),
  );
  expect(rows.map((r) => r.skill)).toEqual(content.skills.map((s) => s.name));
  for (const [i, s] of content.skills.entries()) {
    const cells = rows[i]!.cells;
    expect(cells.map((c) => c.role), s.id).toEqual(content.roles.map((r) => r.id));
    for (const [j, r] of content.roles.entries()) {
      const rating = r.data.skills[s.id]!;
      const { text, ...cell } = cells[j]!;
      expect(cell, `${s.id} / ${r.id}`).toEqual({ role: r.id, value: String(toRange(rating.level).value), word: level(rating.level), pips: 5 });
      expect(text, `${s.id} / ${r.id}`).toContain(rating.source === "matrix" ? t.matrix.source.matrix : t.matrix.source.derived);
    }
  }
  await expect(table.getByRole("rowheader")).toHaveCount(content.skills.length);
  await expect(table.getByRole("cell")).toHaveCount(content.skills.length * content.roles.length);
  await expect(page.getByText(t.matrix.table.keyMatrix)).toBeVisible();
  await expect(page.getByText(t.matrix.table.keyDerived)).toBeVisible();

  const chartSection = section(page, t.matrix.page.chartHeading);
  await expect(chartSection.getByRole("img", { name: t.matrix.page.chartTitle })).toBeVisible();
  await expect(chartSection.locator(".legend li")).toHaveText(content.roles.map((r) => r.data.name));

  // Each skill area's description, with an anchor the role pages link to, and its five levels.
  const areas = section(page, t.matrix.page.areasHeading);
  await expect(areas.locator(".skill-areas > div > dt")).toHaveText(content.skills.map((s) => s.name));
  for (const s of content.skills) {
    const area = page.locator(`[id="${s.id}"]`);
    await expect(area).toContainText(s.name);
    await expect(area).toContainText(s.description.slice(0, 60));
    await expect(area.locator(".levels dt")).toHaveText(LEVELS.map((l) => t.common.levels[l]));
    if (s.tools.length) await expect(area).toContainText(`${t.matrix.areas.tools} ${s.tools.join(", ")}`);
    // Needed most by the roles rated highest in the area, each linking to its page.
    const best = Math.max(...content.roles.map((r) => toRange(r.data.skills[s.id]!.level).value));
    const top = content.roles.filter((r) => toRange(r.data.skills[s.id]!.level).value === best);
    const needed = list(top.map((r) => fill(t.matrix.areas.role, { ...named(r.data), level: levelInText(r.data.skills[s.id]!.level) })));
    await expect(area).toContainText(`${t.matrix.areas.neededMost} ${needed}`);
    // The linked words are the role's name in the form the item's template writes it.
    const linked = (r: (typeof top)[number]) => named(r.data)[/\{(role(?:\.\w+)?)\}/.exec(t.matrix.areas.role)![1]!]!;
    for (const r of top) await expect(area.getByRole("link", { name: linked(r), exact: true })).toHaveAttribute("href", href(`/roles/${r.id}/`));
  }
  await onlyThemeScript(page);
  await expectLinksInLanguage(page, lang);
  await expectNoOtherLanguage(page, lang, ["roles", "matrix"]);
});

test("the home page shows the six roles by layer with their core questions", async ({ page, t, href, content }) => {
  await page.goto(href("/"));
  for (const layer of LAYER_IDS) {
    const members = content.roles.filter((r) => r.data.layer === layer);
    const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(`^${t.common.layers[layer].name}:`) }) });
    // The layer's name, then its question as the language writes it after a colon.
    const question = t.common.layers[layer].question;
    await expect(item.getByRole("heading", { level: 3 })).toHaveText(
      fill(t.home.layerHeading, { name: t.common.layers[layer].name, question, questionInText: lowerFirstLetter(question) }),
    );
    await expect(item.getByRole("heading", { level: 4 })).toHaveText(members.map((r) => r.data.name));
    for (const r of members) await expect(item).toContainText(r.data.question);
  }
});

test("/api/roles.json publishes the skill areas and the matrix with the quiz's numbers", async ({ request, href, content }) => {
  const res = await request.get(href("/api/roles.json"));
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("application/json");
  const api = (await res.json()) as {
    skills: { id: string; name: string; description: string }[];
    roles: { id: string; name: string; url: string; layer: string; question: string; skills: Record<string, { min: string; max: string; value: number; source: string; reason?: string }> }[];
  };
  expect(api.skills.map((s) => [s.id, s.name, s.description])).toEqual(content.skills.map((s) => [s.id, s.name, s.description]));
  expect(api.roles.map((r) => r.id)).toEqual([...ROLE_IDS]);
  let cells = 0;
  for (const r of api.roles) {
    const source = content.role(r.id as RoleId);
    expect([r.name, r.url, r.layer, r.question]).toEqual([source.name, href(`/roles/${r.id}/`), source.layer, source.question]);
    expect(Object.keys(r.skills)).toEqual(content.skills.map((s) => s.id));
    for (const [skill, cell] of Object.entries(r.skills)) {
      const rating = source.skills[skill]!;
      const { min, max, value } = toRange(rating.level);
      expect(cell, `${r.id}/${skill}`).toEqual({ min, max, value, source: rating.source, ...(rating.reason ? { reason: rating.reason } : {}) });
      cells++;
    }
  }
  expect(cells).toBe(72);
  const da = api.roles.find((r) => r.id === "data-analyst")!;
  expect(da.skills["statistics"]).toMatchObject({ min: "basic", max: "medium", value: 2.5, source: "matrix" });
});

test("a role the sources say less about says so, in the page's language", async ({ page, href, t, content }) => {
  // The AI Engineer: an example of the site's own, no workflow, fit or pay in the sources, no career move.
  const data = content.role("ai-engineer");
  expect(data.example.illustrative).toBe(true);
  expect(data.siteWritten).toEqual(expect.arrayContaining(["workflow", "suitedTo"]));
  expect(data.compensation).toBeUndefined();
  await page.goto(href("/roles/ai-engineer/"));
  await expect(page.locator("article header")).toContainText(t.roles.page.facts.payUnknown);
  await expect(page.getByText(t.roles.page.example.illustrative)).toBeVisible();
  await expect(page.getByText(templatePattern(t.roles.page.workflow.siteWritten))).toBeVisible();
  await expect(page.getByText(templatePattern(t.roles.page.fit.siteWritten))).toBeVisible();
  await expect(page.getByText(templatePattern(t.roles.page.pay.unknown))).toBeVisible();
  await expect(page.getByText(templatePattern(t.roles.paths.none))).toBeVisible();
});
