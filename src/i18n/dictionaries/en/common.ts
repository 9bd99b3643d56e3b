// Site-wide words: the frame every page shares (header, footer, skip link, theme, 404).
export default {
  meta: {
    /** The language's own name, shown in the language switcher. */
    name: "English",
    /** The same name inside a sentence, as the language writes it there ("en español"). */
    nameInText: "English",
    /** BCP 47 tag for <html lang>, Intl and JSON-LD inLanguage. */
    tag: "en",
    /** Open Graph locale. */
    ogLocale: "en_US",
    /** The RSS <language> value. */
    rssLanguage: "en-us",
  },
  site: {
    name: "Data Career Guide",
    /** Under the icon of the installed app: at most 12 characters. */
    shortName: "Data Careers",
    tagline: "Find your place among the data and AI careers",
    description:
      "Compare Data Analyst, Data Scientist, ML Engineer, Data Engineer, Deep Learning Engineer and AI Engineer, see the skills each needs, and take a quiz that shows its workings.",
  },
  nav: {
    label: "Main",
    roles: "Roles",
    compare: "Compare",
    skills: "Skills",
    paths: "Paths",
    articles: "Articles",
    quiz: "Quiz",
    decode: "Job ads",
    search: "Search",
  },
  header: {
    skip: "Skip to content",
    searchLabel: "Search the site",
    searchFormLabel: "Site",
    searchPlaceholder: "Roles, tools, skills",
    searchButton: "Search",
    darkTheme: "Dark theme",
    /** The switcher's accessible name; {language} is the other language's own name as a sentence writes it. */
    switchTo: "Read this page in {language}",
    languages: "Language",
    /** The button that opens the navigation on narrow screens. */
    menu: "Menu",
  },
  footer: {
    openSource: "{site} is open source. The code is under the {mit}; the writing is under {cc}: reuse it with credit.",
    mit: "MIT License",
    cc: "CC BY 4.0",
    openData: "Open data:",
    rolesJson: "the skill matrix (JSON)",
    quizJson: "the quiz bank (JSON)",
    feed: "articles feed (RSS)",
  },
  notFound: {
    title: "Page not found",
    description: "This page does not exist. Find the roles, comparisons, skill matrix, articles or the quiz from here.",
    heading: "We could not find that page",
    lead: "The address may be mistyped, or the page may have moved. These are good places to go next:",
    home: "The home page",
    roles: "All six roles",
    compare: "Compare two roles",
    quiz: "Take the quiz",
    search: "Search the site",
  },
  feed: {
    title: "{site}: articles",
    description: "Long reads on the data and AI roles, how they differ, and the ideas behind the work.",
  },
  breadcrumbs: { home: "Home" },
  /** Fixed words on the share cards (src/lib/og-card.ts). */
  card: {
    role: "Role",
    compare: "Compare",
    article: "Article",
    vs: "vs",
    scale: "Bars run from Low to Advanced.",
    scaleWithRange: "Bars run from Low to Advanced; a paler end marks a range.",
  },
  /** Share cards' alt text (src/lib/share-card.ts). */
  cardAlt: {
    /** {role} … is the role. */
    role: "{role}: the role's summary and a bar chart of its ratings in {count} skill areas, from Low to Advanced.",
    /** {a} … and {b} … are the two roles. */
    compare: "{a} vs {b}: a bar chart of both roles' ratings side by side in {count} skill areas, from Low to Advanced.",
    article: "“{title}”, with the article's summary.",
    /** {roles}, {roles.text} … list the roles. */
    articleWithRoles: "“{title}”, with the article's summary and the roles it covers: {roles}.",
    default: "{site}: {tagline}, above its {count} roles, each with a small column chart of its skill ratings.",
  },
  /** The level words as labels: table cells, chart axes, a level standing alone. */
  levels: { low: "Low", basic: "Basic", medium: "Medium", high: "High", advanced: "Advanced" },
  /** The level words inside a sentence ("needs it at High level", "from Low to Advanced"). */
  levelsInText: { low: "Low", basic: "Basic", medium: "Medium", high: "High", advanced: "Advanced" },
  /** A range of two levels inside a sentence: {min} and {max} from `levelsInText`. */
  levelRangeInText: "{min}–{max}",
  layers: {
    foundation: { name: "Data foundation", question: "Where does the data come from, and can we trust it?" },
    descriptive: { name: "Descriptive", question: "What happened, and why?" },
    predictive: { name: "Predictive", question: "What will happen?" },
    production: { name: "Production", question: "How does it run in production, at scale?" },
  },
};
