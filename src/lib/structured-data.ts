// Schema.org objects built from the same typed data the page shows, so what search engines read
// never disagrees with what visitors read. Pure: pages pass the result to Base's `jsonLd`, and
// Base adds the breadcrumb trail itself.
import { articlePath } from "./articles";
import englishCommon from "../i18n/dictionaries/en/common";
import { levelLabel, toRange, type Level } from "./levels";
import type { RoleId } from "./roles";
import type { ArticleData, Faq, RoleData, SkillData } from "./schemas";
import { articleCardPath, roleCardPath } from "./share-card";
import { NAV, SITE_DESCRIPTION, SITE_NAME } from "./site-config";

const CONTEXT = "https://schema.org";

type Ld = Record<string, unknown>;
const abs = (path: string, site: URL | string) => new URL(path, site).href;
/** Content dates are days, not moments: 2026-11-09. */
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The language a page is in: its tag, how its paths are written, and its level words. */
export interface Edition {
  lang: string;
  /** A language-neutral path as this language writes it (src/i18n/urls.ts localePath). */
  path: (neutral: string) => string;
  levels?: Record<Level, string>;
}

const ENGLISH: Edition = { lang: "en", path: (p) => p };

/** The project itself, as author and publisher of everything on the site. */
export function organizationLd(site: URL | string): Ld {
  return { "@type": "Organization", name: SITE_NAME, url: abs("/", site) };
}

/** FAQPage for a page that shows these questions and answers, in the same order and words. */
export function faqPageLd(faq: Faq): Ld {
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

/** The site as one language's home page presents it: its name there, its URL and its search page. */
export interface SiteEdition {
  name: string;
  description: string;
  /** Absolute URLs of the edition's home and search pages. */
  url: string;
  search: string;
  /** BCP 47 language tag. */
  lang: string;
}

const ENGLISH_EDITION = (site: URL | string): SiteEdition => ({
  name: SITE_NAME,
  description: SITE_DESCRIPTION,
  url: abs("/", site),
  search: abs("/search/", site),
  lang: "en",
});

/** The home page: the site, and how to search it. */
export function websiteLd(edition: SiteEdition | URL | string, site: URL | string = edition as URL | string): Ld {
  const e = typeof edition === "string" || edition instanceof URL ? ENGLISH_EDITION(edition) : edition;
  return {
    "@context": CONTEXT,
    "@type": "WebSite",
    name: e.name,
    description: e.description,
    url: e.url,
    inLanguage: e.lang,
    publisher: organizationLd(site),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${e.search}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}

/** One article: its headline, dates and share card, written by the project. */
export function articleLd(
  article: { id: string; data: Pick<ArticleData, "title" | "description" | "pubDate" | "updatedDate" | "tags"> },
  site: URL | string,
  edition: Edition = ENGLISH,
): Ld {
  const { title, description, pubDate, updatedDate, tags } = article.data;
  const url = abs(edition.path(articlePath(article.id)), site);
  return {
    "@context": CONTEXT,
    "@type": "Article",
    headline: title,
    description,
    datePublished: isoDate(pubDate),
    dateModified: isoDate(updatedDate ?? pubDate),
    author: organizationLd(site),
    publisher: organizationLd(site),
    image: abs(edition.path(articleCardPath(article.id)), site),
    url,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    inLanguage: edition.lang,
    ...(tags.length ? { keywords: tags.join(", ") } : {}),
  };
}

/**
 * A role as an Occupation: what the role page says, nothing more. No occupation codes and no
 * salaries, because the content has none (pay is only described relative to other roles).
 */
export function occupationLd(
  role: { id: RoleId; data: Pick<RoleData, "name" | "summary" | "responsibilities" | "skills"> },
  skills: readonly Pick<SkillData, "id" | "name">[],
  site: URL | string,
  edition: Edition = ENGLISH,
): Ld {
  const { name, summary, responsibilities } = role.data;
  return {
    "@context": CONTEXT,
    "@type": "Occupation",
    name,
    // The summary, not summary + objective: the two often say the same thing twice.
    description: summary,
    skills: skills.map((s) => {
      const rating = role.data.skills[s.id];
      if (!rating) throw new Error(`occupationLd: ${role.id} has no rating for ${s.id}`);
      return `${s.name}: ${levelLabel(toRange(rating.level), edition.levels ?? englishCommon.levels)}`;
    }),
    responsibilities: responsibilities.map((r) => `${r.title}: ${r.detail}`),
    url: abs(edition.path(`/roles/${role.id}/`), site),
    image: abs(edition.path(roleCardPath(role.id)), site),
  };
}

export interface Crumb {
  name: string;
  path: string;
}

/**
 * The trail from the home page to `pathname`: home, the page's section when it is in the main
 * navigation (by its nav label), then the page itself by its title. Levels between that are not
 * pages of their own (/articles/tags/) are left out, so every crumb links somewhere real.
 * The home page and the not-found page have no trail.
 */
export function breadcrumbTrail(
  pathname: string,
  title: string,
  nav: readonly { href: string; label: string }[] = NAV,
  homeName = "Home",
): Crumb[] {
  const path = pathname.endsWith("/") ? pathname : `${pathname}/`;
  if (path === "/" || path === "/404/" || path === "/404.html/") return [];
  const home: Crumb = { name: homeName, path: "/" };
  const section = nav.find((n) => n.href !== "/" && path.startsWith(n.href));
  if (!section) return [home, { name: title, path }];
  if (section.href === path) return [home, { name: section.label, path }];
  return [home, { name: section.label, path: section.href }, { name: title, path }];
}

/** BreadcrumbList for a trail; null when there is none (the home page). */
export function breadcrumbLd(trail: readonly Crumb[], site: URL | string): Ld | null {
  if (trail.length < 2) return null;
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: trail.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: abs(c.path, site) })),
  };
}
