// The places on the site that teach skill areas, in a language: role-page sections that declare
// them (sectionSkills, linked by their fixed anchors) and articles (skills). The quiz's plan and the
// job-ad decoder's first steps both send readers there.
import { dictionary } from "../i18n";
import { fill } from "../lib/i18n-format";
import { nameValues } from "../lib/name-forms";
import { articleUrl, sectionUrl } from "../lib/quiz/links";
import type { RoleId } from "../lib/roles";
import { ROLE_SECTIONS } from "../lib/schemas";
import type { Site } from "./site";

export interface TeachingPlaces {
  /** In role and page order: a title in the site's language and a language-neutral path. */
  sections: { role: RoleId; title: string; url: string; skills: string[] }[];
  /** Newest first, language-neutral paths. */
  articles: { title: string; url: string; roles: string[]; skills: string[] }[];
}

export function teachingPlaces(site: Site): TeachingPlaces {
  const t = dictionary(site.lang).quiz;
  return {
    sections: site.roles.flatMap((r) =>
      ROLE_SECTIONS.flatMap((section) => {
        const skills = r.data.sectionSkills[section];
        if (!skills) return [];
        return [{ role: r.id, title: fill(t.links.section, { ...nameValues("role", r.data), section: t.links.sections[section] }), url: sectionUrl(r.id, section), skills }];
      }),
    ),
    articles: site.articles.map((a) => ({ title: a.data.title, url: articleUrl(a.id), roles: a.data.roles, skills: a.data.skills })),
  };
}
