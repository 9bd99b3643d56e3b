// Schema.org objects built from the same typed data the page shows, so what search engines read
// never disagrees with what visitors read. Pure: pages pass the result to Base's `jsonLd`.
import type { Faq } from "./schemas";

const CONTEXT = "https://schema.org";

/** FAQPage for a page that shows these questions and answers, in the same order and words. */
export function faqPageLd(faq: Faq): Record<string, unknown> {
  return {
    "@context": CONTEXT,
    "@type": "FAQPage",
    mainEntity: faq.map((f) => ({
      "@type": "Question",
      name: f.question,
      acceptedAnswer: { "@type": "Answer", text: f.answer },
    })),
  };
}
