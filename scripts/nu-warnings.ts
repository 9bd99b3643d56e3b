// Warnings from the W3C Nu checker (npm run validate:nu) that were read and found harmless, each
// with its reason. Any other warning fails the gate like an error: fix it, or add it here with why.
// The checker reads the policy in each page's <meta>, which is how these two come about.
import type { AllowedWarning } from "./gates/nu";

export const ALLOWED_WARNINGS: readonly AllowedWarning[] = [
  {
    name: "JSON data blocks",
    message: /^Inline script violates Content Security Policy/,
    // The checker's highlight sometimes starts a character early, on the whitespace before the tag.
    markup: /^\s*<script type="application\/(ld\+)?json"/,
    reason:
      "Structured data and the quiz's data are JSON data blocks, which browsers never run, so the " +
      "policy does not govern them; the checker counts every inline <script> as code.",
  },
  {
    name: "the site's own files, read from disk",
    message: /^Resource violates Content Security Policy \(meta tag\): external (stylesheet|script) '\/_astro\//,
    reason:
      "The checker reads pages as files, and a file: address has no origin for 'self' to match. " +
      "Served over HTTP these are the site's own files, which 'self' allows; the browser tests in " +
      "tests/e2e/security.spec.ts load every page and see no violation.",
  },
];
