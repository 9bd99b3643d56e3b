import { describe, expect, it } from "vitest";
import { excerptParts, resultsSummary } from "../../src/lib/search-results";
import { dictionary } from "../../src/i18n";

describe("reading search excerpts", () => {
  it("splits the matched words from the text around them", () => {
    expect(excerptParts("schedules pipelines with <mark>Airflow</mark> and <mark>Spark</mark>.")).toEqual([
      { text: "schedules pipelines with ", mark: false },
      { text: "Airflow", mark: true },
      { text: " and ", mark: false },
      { text: "Spark", mark: true },
      { text: ".", mark: false },
    ]);
  });

  it("turns escaped characters back into the text the page shows", () => {
    expect(excerptParts("a &lt;table&gt; &amp; a &quot;chart&quot;")).toEqual([{ text: 'a <table> & a "chart"', mark: false }]);
  });

  it("keeps any other markup as literal text, so nothing in an excerpt can become an element", () => {
    const parts = excerptParts('<img src=x onerror="alert(1)"><mark>SQL</mark><script>x()</script>');
    expect(parts).toEqual([
      { text: '<img src=x onerror="alert(1)">', mark: false },
      { text: "SQL", mark: true },
      { text: "<script>x()</script>", mark: false },
    ]);
  });

  it("joins neighbouring runs and survives unbalanced or empty input", () => {
    expect(excerptParts("<mark>data</mark><mark> engineer</mark>")).toEqual([{ text: "data engineer", mark: true }]);
    expect(excerptParts("<mark>open")).toEqual([{ text: "open", mark: true }]);
    expect(excerptParts("")).toEqual([]);
  });
});

describe("the results summary", () => {
  const en = dictionary("en").search;
  const es = dictionary("es").search;

  it("counts pages in words that fit the number, and quotes the query", () => {
    expect(resultsSummary(1, "airflow", en, "en")).toBe("Found 1 page matching \u201cairflow\u201d.");
    expect(resultsSummary(7, "sql", en, "en")).toBe("Found 7 pages matching \u201csql\u201d.");
    expect(resultsSummary(1234, "sql", en, "en")).toBe("Found 1,234 pages matching \u201csql\u201d.");
  });

  it("says what to try when nothing matches", () => {
    expect(resultsSummary(0, "zzz", en, "en")).toMatch(/^No pages match \u201czzz\u201d\. Try /);
  });

  it("speaks Spanish on Spanish pages, with Spanish plurals, numbers and quotation marks", () => {
    expect(resultsSummary(1, "airflow", es, "es")).toBe("Coincide 1 página con «airflow».");
    expect(resultsSummary(7, "sql", es, "es")).toBe("Coinciden 7 páginas con «sql».");
    expect(resultsSummary(0, "zzz", es, "es")).toMatch(/^Ninguna página coincide con «zzz»\./);
  });

  it("counts articles when filters are chosen without words, and says how to widen an empty list", () => {
    expect(resultsSummary(1, "", en, "en", true)).toBe("1 article matches the filters.");
    expect(resultsSummary(2345, "", en, "en", true)).toBe("2,345 articles match the filters.");
    expect(resultsSummary(0, "", en, "en", true)).toMatch(/^No article matches these filters\./);
    expect(resultsSummary(3, "", es, "es", true)).toBe("Hay 3 artículos que coinciden con los filtros.");
    // Words and filters together: the words decide the sentence.
    expect(resultsSummary(3, "sql", en, "en", true)).toBe("Found 3 pages matching \u201csql\u201d.");
  });
});
