// html-validate's rules for the built pages (npm run validate:html, which loads this file
// whatever folder it checks; editors pick it up too). The recommended set, with five rules fitted
// to how this site is built; each change says why.
import { defineConfig } from "html-validate";

export default defineConfig({
  extends: ["html-validate:recommended"],
  rules: {
    // The HTML is generated, and Astro keeps its templates' indentation (compressHTML is off so
    // inline elements keep the spaces between them): trailing spaces are no authoring mistake.
    "no-trailing-whitespace": "off",
    // Wide tables sit in a focusable <div role="region" aria-label> so keyboard users can scroll
    // them. The box is a scroll container, not a thematic section of the page, so no <section>.
    "prefer-native-element": ["error", { exclude: ["region"] }],
    // HTML allows any id without spaces. Numbered headings ("1. Define the problem") get ids that
    // start with a digit, and links to them work in every browser.
    "valid-id": ["error", { relaxed: true }],
    // Article titles are their headlines, written in full; a search result trims the end of a
    // long title, which is the site name. Description length, which does matter there, is
    // limited by the content schema.
    "long-title": "off",
    // Astro writes its redirect pages (/compare/<b>-vs-<a>/ to the canonical order) with a
    // lower-case <!doctype html>; HTML reads the doctype without regard to case.
    "doctype-style": "off",
  },
});
