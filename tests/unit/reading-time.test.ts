import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countWords, mdxText, readingTime, readingTimeLabel, WORDS_PER_MINUTE } from "../../src/lib/reading-time";
import en from "../../src/i18n/dictionaries/en/index";
import es from "../../src/i18n/dictionaries/es/index";

describe("mdxText", () => {
  it("keeps prose, link text and component children, drops markup, URLs and props", () => {
    const mdx = [
      "## A heading",
      "",
      "Read the [Data Analyst](/roles/data-analyst/) page.",
      "",
      '<SkillMatrix roles={["data-analyst", "data-scientist"]} skills={["sql"]} />',
      "",
      '<Callout type="tip" title="Pick by taste">',
      "",
      "Inside the **callout**.",
      "",
      "</Callout>",
    ].join("\n");
    const text = mdxText(mdx);
    for (const w of ["A heading", "Read the", "Data Analyst", "page", "Pick by taste", "Inside the", "callout"]) expect(text).toContain(w);
    for (const w of ["/roles/", "SkillMatrix", "data-scientist", "roles=", "tip", "**", "##"]) expect(text).not.toContain(w);
  });

  it("reads a figure's caption and a table's cells but not its rules", () => {
    const text = mdxText('<Figure caption="Three models">\n\n| Model | Size |\n|---|---|\n| BERT | 340 million |\n\n</Figure>');
    expect(countWords(text)).toBe(["Three", "models", "Model", "Size", "BERT", "340", "million"].length);
  });

  it("drops multi-line tags with expressions and MDX comments", () => {
    const text = mdxText('Before.\n\n<SkillMatrix\n  roles={["ml-engineer"]}\n  skills={["python"]}\n/>\n\n{/* a note to authors */}\n\nAfter.');
    expect(text.replace(/\s+/g, " ").trim()).toBe("Before. After.");
  });
});

describe("countWords", () => {
  it("counts hyphenated and apostrophised words once, and numbers as words", () => {
    expect(countWords("The model's well-known 175 billion parameters")).toBe(6);
    expect(countWords("")).toBe(0);
    expect(countWords(" — , . ")).toBe(0);
  });
});

describe("readingTime", () => {
  it("is whole minutes at the set pace, never below one", () => {
    const words = (n: number) => Array.from({ length: n }, () => "word").join(" ");
    expect(readingTime(words(WORDS_PER_MINUTE * 3))).toEqual({ words: WORDS_PER_MINUTE * 3, minutes: 3 });
    expect(readingTime(words(10)).minutes).toBe(1);
    expect(readingTime("").minutes).toBe(1);
    expect(readingTime(words(100), [], 50).minutes).toBe(2);
  });

  it("adds extra text shown with the body (an FAQ)", () => {
    expect(readingTime("one two", ["three four five"]).words).toBe(5);
  });

  it("labels minutes in the page's language, with the dictionary's words", () => {
    expect(readingTimeLabel({ minutes: 7 }, "en", en.articles.dates.readingTime)).toBe("7 min read");
    expect(readingTimeLabel({ minutes: 1 }, "en", en.articles.dates.readingTime)).toBe("1 min read");
    expect(readingTimeLabel({ minutes: 7 }, "es", es.articles.dates.readingTime)).toBe("7 min de lectura");
    expect(readingTimeLabel({ minutes: 1 }, "es", es.articles.dates.readingTime)).toBe("1 min de lectura");
  });

  it("grows with each real article's body and counts none of its markup", () => {
    const dir = join(process.cwd(), "content", "articles");
    const files = readdirSync(dir).filter((f) => f.endsWith(".mdx"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const body = readFileSync(join(dir, f), "utf8").replace(/^---[\s\S]*?\n---\n/, "");
      const text = mdxText(body);
      expect(text, f).not.toMatch(/<\/?[A-Z][A-Za-z]*|\]\(\/|\{\[/);
      const { words } = readingTime(body);
      // The raw word count includes markup, so the reader's count is smaller but of the same order.
      expect(words, f).toBeLessThan(countWords(body));
      expect(words, f).toBeGreaterThan(countWords(body) / 2);
    }
  });
});
