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
    /** {count} is `count` below, {site} the site's name. */
    description: "Articles on the {site} tagged “{tag}” ({count}), newest first.",
    count: { one: "{n} article", other: "{n} articles" },
    /** {all} is a link to /articles/ with the text `all`. */
    lede: "Tagged this way: {count}, newest first. {all}.",
    all: "See all articles",
  },
  /** One article's page. */
  article: {
    draft: "Draft: not published",
    /** Followed by the roles' names, as links. */
    roles: "Roles in this article:",
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
