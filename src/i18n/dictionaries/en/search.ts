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
