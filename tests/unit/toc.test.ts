import { describe, expect, it } from "vitest";
import { FAQ_HEADING, NEXT_STEP_HEADING, headingText, pageSectionIds, pageSections, slugify, tableOfContents, TOC_MIN_SECTIONS, type Heading } from "../../src/lib/toc";
import en from "../../src/i18n/dictionaries/en/index";
import es from "../../src/i18n/dictionaries/es/index";

const h = (depth: number, text: string): Heading => ({ depth, text, slug: slugify(text) });

describe("tableOfContents", () => {
  const long = [h(2, "One"), h(3, "One a"), h(2, "Two"), h(2, "Three"), h(4, "Deep"), h(2, "Four")];

  it("lists the h2 sections in order, without subsections", () => {
    expect(tableOfContents(long)).toEqual([
      { slug: "one", text: "One" },
      { slug: "two", text: "Two" },
      { slug: "three", text: "Three" },
      { slug: "four", text: "Four" },
    ]);
  });

  it("is empty for a piece with fewer sections than the threshold", () => {
    const short = long.filter((x) => x.text !== "Four");
    expect(short.filter((x) => x.depth === 2)).toHaveLength(TOC_MIN_SECTIONS - 1);
    expect(tableOfContents(short)).toEqual([]);
  });

  it("appends sections the page adds after the body, and counts them toward the threshold", () => {
    const short = long.filter((x) => x.text !== "Four");
    const faq = { slug: "questions-and-answers", text: FAQ_HEADING };
    expect(tableOfContents(short, [faq]).at(-1)).toEqual(faq);
    expect(tableOfContents(short, [faq])).toHaveLength(TOC_MIN_SECTIONS);
  });
});

describe("slugify", () => {
  it("writes lower-case words joined by hyphens, as Astro's heading ids do", () => {
    expect(slugify("Is an ML Engineer just a more senior Data Scientist?")).toBe("is-an-ml-engineer-just-a-more-senior-data-scientist");
    expect(slugify("What's “large” about it — really?")).toBe("whats-large-about-it-really");
    expect(slugify("Café résumé")).toBe("cafe-resume");
    expect(slugify("???")).toBe("section");
  });

  it("adds a suffix instead of reusing a taken id", () => {
    expect(slugify("Questions and answers", new Set(["questions-and-answers"]))).toBe("questions-and-answers-1");
    expect(slugify("A", new Set(["a", "a-1"]))).toBe("a-2");
  });
});

describe("pageSectionIds", () => {
  it("gives the FAQ, each question and the closing section ids unused by the body or each other", () => {
    const body = ["questions-and-answers", "keep-exploring", "why"];
    const ids = pageSectionIds(body, ["Why?", "Why?", "How?"]);
    expect(ids.faq).toBe(slugify(FAQ_HEADING) + "-1");
    expect(ids.nextStep).toBe(slugify(NEXT_STEP_HEADING) + "-1");
    expect(ids.questions).toEqual(["why-1", "why-2", "how"]);
    const all = [...body, ids.faq, ids.nextStep, ...ids.questions];
    expect(new Set(all).size).toBe(all.length);
  });

  it("makes the ids from the headings in the page's language", () => {
    const ids = pageSectionIds(["preguntas-y-respuestas"], ["¿Por qué?"], { faq: es.articles.faq.heading, nextStep: es.articles.next.heading });
    expect(ids).toEqual({ faq: "preguntas-y-respuestas-1", questions: ["por-que"], nextStep: "sigue-explorando" });
  });

  it("keeps the English defaults equal to the English dictionary's headings", () => {
    expect(FAQ_HEADING).toBe(en.articles.faq.heading);
    expect(NEXT_STEP_HEADING).toBe(en.articles.next.heading);
  });
});

describe("headingText", () => {
  it("strips tags and decodes entities", () => {
    expect(headingText("What <em>is</em> a &quot;large&quot; model&#x3F; &amp; why&#8217;s it&nbsp;big")).toBe('What is a "large" model? & why’s it big');
    expect(headingText("  <code>SQL</code>\n first ")).toBe("SQL first");
  });
});

describe("pageSections", () => {
  it("gives each shown section an id from its heading, in order, and lists them as the contents", () => {
    const { sections, toc } = pageSections({ glance: "At a glance", written: undefined, next: "Keep exploring" }, []);
    expect(sections).toEqual({ glance: { id: "at-a-glance", text: "At a glance" }, next: { id: "keep-exploring", text: "Keep exploring" } });
    expect(toc).toEqual([
      { slug: "at-a-glance", text: "At a glance" },
      { slug: "keep-exploring", text: "Keep exploring" },
    ]);
  });
  it("never repeats an id the written headings use, nor one another's, and numbers the FAQ's questions after them", () => {
    const { sections, questionIds } = pageSections({ a: "Skills", b: "Skills" }, ["skills"], ["Skills?", "Why?"]);
    expect([sections.a.id, sections.b.id]).toEqual(["skills-1", "skills-2"]);
    expect(questionIds).toEqual(["skills-3", "why"]);
  });
});
