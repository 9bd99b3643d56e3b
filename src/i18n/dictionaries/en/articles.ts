// Strings for the articles pages and their components, and for the MDX components an article's
// body uses (which comparison pages share).
export default {
  /** /articles/ */
  index: {
    title: "Articles",
    description: "Long reads on the data and AI roles, how they differ, the ideas behind the work, and the tools the roles build.",
    /** {feed} is a link to the RSS feed, with the text `feed` below. */
    lede: "Longer reads on the six roles and the ideas behind them, newest first. Each one links to the roles it discusses. Follow new articles with the {feed}.",
    feed: "RSS feed",
    byTag: "Browse by tag",
  },
  /** /articles/tags/<tag>/: {tag} is the tag's label. */
  tag: {
    title: "Articles tagged “{tag}”",
    /** {n} is how many articles, {site} the site's name; one form per plural category ("newest first" only where there are several). */
    description: { one: "The one article on the {site} tagged “{tag}”.", other: "Articles on the {site} tagged “{tag}” ({n}), newest first." },
    count: { one: "{n} article", other: "{n} articles" },
    /** {all} is a link to /articles/ with the text `all`. */
    lede: { one: "One article has this tag. {all}.", other: "{n} articles have this tag, newest first. {all}." },
    all: "See all articles",
  },
  /** /articles/roles/<role>/: {role}, {role.text} … are the role's name forms (name-forms.ts), {n} how many articles. */
  role: {
    title: "Articles about the {role} role",
    description: { one: "The one article on the {site} about the {role} role.", other: "Articles on the {site} about the {role} role ({n}), newest first." },
    /** {role.text} is a link to the role's page. */
    lede: { one: "One article is about the {role.text} role.", other: "{n} articles are about the {role.text} role, newest first." },
  },
  /** /articles/skills/<area>/: {skill} is the skill area's name, {n} how many articles. */
  skill: {
    title: "Articles on {skill}",
    description: { one: "The one article on the {site} that teaches {skill}.", other: "Articles on the {site} that teach {skill} ({n}), newest first." },
    /** {area} is a link to the area on the skill matrix. */
    lede: { one: "One article teaches {area}.", other: "{n} articles teach {area}, newest first." },
  },
  /** The feed's description: {description} is common.feed.description, {count} how many articles it carries. */
  feedNewest: "{description} The newest {count} articles; the articles index lists them all.",
  /** The page a service worker shows offline for an article (or a list page) not saved on the device yet. */
  offline: {
    title: "Not available offline yet",
    description: "You are offline, and this page has not been saved on this device yet. These articles have.",
    heading: "This page is not available offline yet",
    lead: "You are offline, and this page has not been saved on this device yet: it will be once you open it with a connection. Every article you have opened before is here, and so are these, the newest:",
    /** After the list; {roles}, {compare} and {quiz} are links with the words below. */
    rest: "The {roles}, the {compare} and the {quiz} work offline too.",
    roles: "roles",
    compare: "comparisons",
    quiz: "quiz",
  },
  /** The numbered navigation of every article list, and what each page says of itself. */
  pages: {
    /** The navigation's accessible name. */
    label: "Pages",
    previous: "Previous page",
    next: "Next page",
    /** A page number's accessible name. */
    page: "Page {n}",
    /** Title, heading and description of page 2 onwards: {title} is the list's own. */
    titled: "{title}, page {n} of {count}",
    filter: "Filter all articles by role, skill area and tag",
  },
  /** One article's page. */
  article: {
    draft: "Draft: not published",
    /** Followed by the roles' names, as links. */
    roles: "Roles in this article:",
    /** Followed by the skill areas' names, as links to their lists of articles. */
    skills: "Skill areas it teaches:",
  },
  /** The dates line under a title; {date} is a <time>. */
  dates: {
    published: "Published {date}",
    updated: "Updated {date}",
    readingTime: { one: "{n} min read", other: "{n} min read" },
  },
  /** The list of an article's tags. */
  tagList: { label: "Tags" },
  toc: {
    /** The navigation's accessible name. */
    label: "Table of contents",
    title: "On this page",
  },
  faq: { heading: "Questions and answers" },
  /** The closing section of every article. */
  next: {
    heading: "Keep exploring",
    /** Followed by the roles' names, as links. */
    inDepth: { one: "The role in depth:", other: "The roles in depth:" },
    /** {link} is a link to /roles/ with the text `allRolesLink`. */
    allRoles: "{link}, side by side.",
    allRolesLink: "All six roles",
    /** {link} is a link to the comparison, with the text `compareLink`. */
    compare: "{link}, skill by skill.",
    /** {a} … and {b} … are the two roles. */
    compareLink: "Compare {a} and {b}",
    /** {link} is a link to the quiz with the text `quizLink`. */
    quiz: "{link} to see which role suits the work you enjoy.",
    quizLink: "Take the quiz",
  },
  pager: {
    label: "Previous and next articles",
    previous: "Previous article",
    next: "Next article",
  },
  /** The MDX components of an article's body. */
  mdx: {
    /** The hidden name of a heading's link to itself; {heading} is the heading's text. */
    anchor: "Link to section: {heading}",
    callout: {
      note: "Note",
      tip: "Tip",
      caution: "Caution",
      /** The aside's accessible name when it has a title. */
      withTitle: "{kind}: {title}",
    },
    /** <CompareLink>: the pair itself is written as the comparison page titles it (compare.vs). */
    compareLink: { kicker: "Compare" },
    quizCta: {
      /** The aside's accessible name. */
      label: "Take the quiz",
      lead: "Still weighing the roles?",
      body: "Answer a few short questions about the work you enjoy and the work you would rather avoid. The quiz ranks all six roles against the skill matrix and shows why each one scored as it did.",
      button: "Take the quiz",
    },
    /** A Markdown table's scrolling region; {columns} is its column headings, comma-separated. */
    table: { label: "Table", withColumns: "Table: {columns}" },
  },
  /**
   * Every tag in use (content/articles/*.mdx front matter), by id: the label shown for it. Ids stay
   * the tags' URL segments in every language; tests/unit/articles-i18n.test.ts fails for a tag in
   * use without a label (one the map lacks would show as its id).
   */
  tags: {
    ai: "ai",
    "ai-engineering": "ai-engineering",
    "career-change": "career-change",
    "career-paths": "career-paths",
    careers: "careers",
    "computer-vision": "computer-vision",
    "data-analyst": "data-analyst",
    "data-engineering": "data-engineering",
    "data-scientist": "data-scientist",
    "deep-learning": "deep-learning",
    foundations: "foundations",
    gan: "gan",
    "generative-ai": "generative-ai",
    "image-editing": "image-editing",
    llm: "llm",
    "machine-learning": "machine-learning",
    mathematics: "mathematics",
    "ml-engineer": "ml-engineer",
    nlp: "nlp",
    "problem-solving": "problem-solving",
    roles: "roles",
  },
};
