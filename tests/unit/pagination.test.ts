// The arithmetic of the paginated article lists: how many pages a list fills, where each page
// lives, and which numbers the navigation shows. Astro's paginate() cuts the lists
// (src/data/article-lists.ts); these are the rules around it that a reader sees.
import { describe, expect, it } from "vitest";
import { ARTICLES_PER_PAGE, pageCount, pageLinks, pageNumber, pagePath } from "../../src/lib/pagination";

describe("pageCount", () => {
  it("fills whole pages and one more for the rest", () => {
    expect(pageCount(ARTICLES_PER_PAGE)).toBe(1);
    expect(pageCount(ARTICLES_PER_PAGE + 1)).toBe(2);
    expect(pageCount(2006, 20)).toBe(101);
  });

  it("gives an empty list (a tag, role or skill area with no article yet) one page, which says so", () => {
    expect(pageCount(0)).toBe(1);
  });
});

describe("pagePath", () => {
  it("keeps the first page at the list's own address, and numbers the rest", () => {
    expect(pagePath("/articles/", 1)).toBe("/articles/");
    expect(pagePath("/articles/", 2)).toBe("/articles/2/");
    expect(pagePath("/articles/tags/llm", 7)).toBe("/articles/tags/llm/7/");
  });

  it("refuses what is not a page number", () => {
    expect(() => pagePath("/articles/", 0)).toThrow(/not a page number/);
    expect(() => pagePath("/articles/", 1.5)).toThrow(/not a page number/);
  });

  it("reads Astro's page parameter back: none is the first page", () => {
    expect(pageNumber(undefined)).toBe(1);
    expect(pageNumber("12")).toBe(12);
  });
});

describe("pageLinks", () => {
  it("lists every page of a short list", () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps the first, the last and the pages around the current one, with gaps between", () => {
    expect(pageLinks(7, 20)).toEqual([1, null, 6, 7, 8, null, 20]);
    expect(pageLinks(1, 101)).toEqual([1, 2, null, 101]);
    expect(pageLinks(101, 101)).toEqual([1, null, 100, 101]);
  });

  it("shows a one-page gap as that page, never as an ellipsis", () => {
    expect(pageLinks(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20]);
    expect(pageLinks(17, 20)).toEqual([1, null, 16, 17, 18, 19, 20]);
  });

  it("never lists a page twice or out of order, wherever the reader is", () => {
    for (let last = 1; last <= 30; last++)
      for (let current = 1; current <= last; current++) {
        const numbers = pageLinks(current, last).filter((n): n is number => n !== null);
        expect(numbers).toEqual([...new Set(numbers)].sort((a, b) => a - b));
        expect(numbers).toContain(current);
        expect(numbers[0]).toBe(1);
        expect(numbers.at(-1)).toBe(last);
        expect(numbers.length).toBeLessThanOrEqual(7);
      }
  });
});
