// Strings for the search page, its element (src/scripts/search.ts reads them from data attributes)
// and the section names shown with each result.
export default {
  title: "Search",
  description: "Search the role pages, the comparisons, the articles, and the skill matrix: find a tool, a skill, or a role by name.",
  label: "Search the roles, comparisons, articles, and skill matrix",
  hint: "A tool, a skill, or a role, for example Airflow, statistics, or ML Engineer.",
  button: "Search",
  noscript: "Search runs in your browser, so it needs JavaScript, which is turned off or blocked here. Every page it covers is also a link or two away in the sections below.",
  results: "Search results",
  more: "More results",
  loading: "Loading search…",
  failed: "Search could not load, so there are no results to show. Try again in a moment, or browse the sections below.",
  /** {query} is the visitor's words in quotation marks. */
  none: "No pages match {query}. Try a tool, a skill, or a role's name, or browse the sections below.",
  matches: { one: "Found {n} page matching {query}.", other: "Found {n} pages matching {query}." },
  /** Quotation marks around the query. */
  quote: "“{query}”",
  /** The article filters (Pagefind filters over every article's roles, skill areas and tags). */
  filters: {
    legend: "Filter the articles",
    hint: "Pick a role, a skill area or a tag to list the articles that match, with or without words to search for.",
    role: "Role",
    skill: "Skill area",
    tag: "Tag",
    anyRole: "Any role",
    anySkill: "Any skill area",
    anyTag: "Any tag",
  },
  /** After a search with filters chosen and no words. */
  filtered: { one: "{n} article matches the filters.", other: "{n} articles match the filters." },
  noneFiltered: "No article matches these filters. Choose “Any” in one of them to widen the list.",
  sections: { role: "Role", comparison: "Comparison", article: "Article", skills: "Skill matrix" },
  browse: {
    heading: "Browse instead",
    roles: "The six roles",
    rolesNote: ": what each one does, its skills, tools, and paths",
    compare: "Comparisons",
    compareNote: ": any two roles side by side",
    articles: "Articles",
    articlesNote: ": long reads on the roles and the ideas behind the work",
    skills: "The skill matrix",
    skillsNote: ": twelve skill areas rated for every role",
  },
};
