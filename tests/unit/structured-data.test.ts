import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { roleSchema, type RoleData } from "../../src/lib/schemas";
import { NAV, SITE_NAME } from "../../src/lib/site-config";
import {
  articleLd,
  breadcrumbLd,
  breadcrumbTrail,
  faqPageLd,
  occupationLd,
  websiteLd,
} from "../../src/lib/structured-data";

const SITE = new URL("https://example.org");

function role(id: string): RoleData {
  const text = readFileSync(join(process.cwd(), "content", "roles", `${id}.md`), "utf8");
  return roleSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!));
}
const skills = parse(readFileSync(join(process.cwd(), "content", "skills.yaml"), "utf8")) as { id: string; name: string }[];

describe("breadcrumb trail", () => {
  it("has none on the home page or the not-found page", () => {
    expect(breadcrumbTrail("/", SITE_NAME)).toEqual([]);
    expect(breadcrumbTrail("/404/", "Page not found")).toEqual([]);
    expect(breadcrumbTrail("/404", "Page not found")).toEqual([]);
    expect(breadcrumbLd([], SITE)).toBeNull();
  });

  it("names a section root by its navigation label", () => {
    for (const item of NAV)
      expect(breadcrumbTrail(item.href, "Whatever the page calls itself")).toEqual([
        { name: "Home", path: "/" },
        { name: item.label, path: item.href },
      ]);
  });

  it("puts a page under its section, named by its title, skipping levels that are not pages", () => {
    expect(breadcrumbTrail("/roles/data-analyst/", "Data Analyst")).toEqual([
      { name: "Home", path: "/" },
      { name: "Roles", path: "/roles/" },
      { name: "Data Analyst", path: "/roles/data-analyst/" },
    ]);
    expect(breadcrumbTrail("/articles/tags/ai/", "Articles tagged “ai”").map((c) => c.path)).toEqual(["/", "/articles/", "/articles/tags/ai/"]);
  });

  it("puts a page outside the navigation straight under home", () => {
    expect(breadcrumbTrail("/license/", "License")).toEqual([
      { name: "Home", path: "/" },
      { name: "License", path: "/license/" },
    ]);
  });

  it("writes positions from 1 and absolute URLs on the site", () => {
    const ld = breadcrumbLd(breadcrumbTrail("/quiz/how-it-works/", "How the quiz scores your answers"), SITE)!;
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("BreadcrumbList");
    expect(ld["itemListElement"]).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "https://example.org/" },
      { "@type": "ListItem", position: 2, name: "Quiz", item: "https://example.org/quiz/" },
      { "@type": "ListItem", position: 3, name: "How the quiz scores your answers", item: "https://example.org/quiz/how-it-works/" },
    ]);
  });
});

describe("WebSite", () => {
  it("offers a search action whose template the search page reads", () => {
    const ld = websiteLd(SITE);
    expect(ld).toMatchObject({ "@context": "https://schema.org", "@type": "WebSite", name: SITE_NAME, url: "https://example.org/" });
    const action = ld["potentialAction"] as { "@type": string; target: { urlTemplate: string }; "query-input": string };
    expect(action["@type"]).toBe("SearchAction");
    expect(action.target.urlTemplate).toBe("https://example.org/search/?q={search_term_string}");
    expect(action["query-input"]).toBe("required name=search_term_string");
  });
});

describe("Article", () => {
  const data = {
    title: "A title",
    description: "What it is about.",
    pubDate: new Date("2026-03-04"),
    tags: ["careers", "sql"],
  };

  it("carries the headline, dates, its card and the project as author and publisher", () => {
    const ld = articleLd({ id: "a-slug", data }, SITE);
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Article",
      headline: "A title",
      description: "What it is about.",
      datePublished: "2026-03-04",
      dateModified: "2026-03-04",
      image: "https://example.org/og/articles/a-slug.png",
      url: "https://example.org/articles/a-slug/",
      keywords: "careers, sql",
    });
    expect(ld["author"]).toEqual({ "@type": "Organization", name: SITE_NAME, url: "https://example.org/" });
    expect(ld["publisher"]).toEqual(ld["author"]);
  });

  it("uses the revision date as the modified date when there is one", () => {
    expect(articleLd({ id: "a", data: { ...data, updatedDate: new Date("2026-05-06") } }, SITE)["dateModified"]).toBe("2026-05-06");
  });
});

describe("FAQPage", () => {
  it("lists the questions and answers in the page's order and words", () => {
    const faq = [
      { question: "First?", answer: "One." },
      { question: "Second?", answer: "Two." },
    ];
    expect(faqPageLd(faq)["mainEntity"]).toEqual([
      { "@type": "Question", name: "First?", acceptedAnswer: { "@type": "Answer", text: "One." } },
      { "@type": "Question", name: "Second?", acceptedAnswer: { "@type": "Answer", text: "Two." } },
    ]);
  });
});

describe("Occupation", () => {
  const data = role("data-analyst");
  const ld = occupationLd({ id: "data-analyst", data }, skills, SITE);

  it("names and describes the role from its front matter", () => {
    expect(ld).toMatchObject({ "@context": "https://schema.org", "@type": "Occupation", name: data.name, url: "https://example.org/roles/data-analyst/" });
    expect(ld["description"]).toBe(data.summary);
  });

  it("lists every skill area by name at the role's level, in the skill areas' order, ranges included", () => {
    const listed = ld["skills"] as string[];
    expect(listed.map((s) => s.split(": ")[0])).toEqual(skills.map((s) => s.name));
    const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    skills.forEach((s, i) => {
      const level = data.skills[s.id]!.level;
      expect(listed[i]).toBe(`${s.name}: ${typeof level === "string" ? cap(level) : `${cap(level[0])}–${cap(level[1])}`}`);
    });
    expect(Object.values(data.skills).some((r) => Array.isArray(r.level)), "the fixture role has a range rating").toBe(true);
  });

  it("lists each responsibility with its detail", () => {
    expect(ld["responsibilities"]).toEqual(data.responsibilities.map((r) => `${r.title}: ${r.detail}`));
  });

  it("invents nothing the content does not have: no codes, no salary", () => {
    for (const key of ["occupationalCategory", "estimatedSalary", "educationRequirements", "qualifications"]) expect(ld).not.toHaveProperty(key);
  });

  it("stops on a role with a skill area unrated", () => {
    const { sql: _, ...rest } = data.skills;
    expect(() => occupationLd({ id: "data-analyst", data: { ...data, skills: rest } }, skills, SITE)).toThrow(/no rating for sql/);
  });
});
