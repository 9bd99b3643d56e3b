// Strings for the roles pages and their components (/roles/, /roles/<id>/, RoleCard, PayLadder,
// RolePaths, RoleComparisons, RoleSkillTable).
//
// Placeholders a role page fills in its sentences: {name} the role's name as a title ("ML
// Engineer"); {role.text}, {role.the}, {role.a}, {role.of} … the role's forms inside a sentence,
// as each language writes them in content (src/lib/name-forms.ts); {roles.the} … a list of roles.
export default {
  /**
   * Whether this language writes job titles in lower case inside a sentence ("el científico de
   * datos"); the `forms` each role and stage writes in content follow it (tests/unit/name-forms.test.ts).
   */
  lowerNamesInText: false,
  /** Each layer of data work as a heading (roles index, cards) and inside a sentence. */
  layers: {
    foundation: { heading: "Data foundation layer", inText: "the data foundation layer" },
    descriptive: { heading: "Descriptive layer", inText: "the descriptive layer" },
    predictive: { heading: "Predictive layer", inText: "the predictive layer" },
    production: { heading: "Production layer", inText: "the production layer" },
  },
  /** Relative pay as the sources rank it, lowest tier first. */
  payTiers: { "entry-to-mid": "Entry to mid level", higher: "Higher", highest: "Often the highest" },
  /** Company stages for hiring, smallest first. */
  stages: { startup: "Startups", growing: "Growing companies", enterprise: "Large enterprises" },
  /** The same stages inside a sentence ("nothing specific about startups"). */
  stagesInText: { startup: "startups", growing: "growing companies", enterprise: "large enterprises" },
  card: {
    /** Screen-reader prefix of the card's quoted question. */
    coreQuestion: "Core question: ",
    /** The card's quoted question: {question}. */
    quoted: "“{question}”",
    /** Layer and focus under the card's name. */
    meta: "{layer} · {focus}",
  },
  index: {
    title: "The six data and AI roles",
    description: "Data Analyst, Data Scientist, ML Engineer, Data Engineer, Deep Learning Engineer, and AI Engineer, grouped by the question each answers.",
    lede:
      "Each role answers a different question about a company's data, from where it comes from to how a model runs for millions of users. Find the question that interests you most, then open the role to see what the job involves and what it takes.",
    /** {matrix} is a link whose text is `matrixLink`; {first} and {last} are skill areas. */
    key: "The bars on each card are the role's levels in the twelve skill areas, in the order of the {matrix} ({first} first, {last} last); a taller bar is a higher level.",
    matrixLink: "skill matrix",
    strongest: "Strongest areas",
    nextHeading: "Not sure which one is yours?",
    /** Each item: {link} is a link whose text is the item's `link`. */
    next: {
      compare: { text: "{link} side by side, skill by skill.", link: "Compare any two roles" },
      skills: { text: "{link}: twelve areas by six roles, with the source of every rating.", link: "See the whole skill matrix" },
      paths: { text: "{link} people take between these roles.", link: "Follow the career paths" },
      quiz: { text: "{link} to rank the six roles against the work you enjoy.", link: "Take the quiz" },
    },
  },
  page: {
    /** The page title (browser tab, share card); {english} is the English job title, for languages that add it. */
    title: "{name}: skills, tools, and career paths",
    up: "All six roles",
    /** Beside the English job title under the heading, on pages whose role name is not English. */
    englishName: "In job ads:",
    questionLabel: "The question it answers",
    /** Under the reading list when the role has more articles than it shows; {all} is a link with `readingAll`. */
    readingMore: "The {shown} newest of {count} articles about the role. {all}.",
    readingAll: "See every article about the role",
    facts: { layer: "Layer", focus: "Focus", pay: "Relative pay", payUnknown: "Not compared in the sources" },
    sections: {
      purpose: "What is {role.a} for?",
      responsibilities: "What is {role.a} responsible for?",
      example: "How would {role.a} tackle a real problem?",
      skills: "Which skills does {role.a} need?",
      tools: "What does {role.a} work with?",
      workflow: "How does the work run, step by step?",
      fit: "Who does the role suit?",
      pay: "How is it paid compared with the other roles?",
      hiring: "How do companies hire {role.a}?",
      myths: "What do people get wrong about it?",
      paths: "How do people move into and out of the role?",
      compare: "How does {role.a} compare with the other roles?",
      reading: "What can you read about it?",
      next: "Which role fits you best?",
    },
    purpose: {
      objective: "Primary objective:",
      focus: "Its focus is {focus}.",
      /** {question} is the layer's question, quoted. */
      layer: "It serves {layer}, where a business asks {question}",
      /** {roles} lists the other roles of the layer, each written as `mate` and linked. */
      mates: { one: "It shares that layer with {roles}.", other: "It shares that layer with {roles}." },
      /** One of the other roles of the layer: {mate}, {mate.the} … */
      mate: "{mate.the}",
      alone: "It is the only one of the six roles in that layer.",
    },
    example: {
      does: "What {role.the} does",
      questions: "The questions it answers",
      illustrative:
        "This example is the site's own: the sources list the role's duties but give no worked case, so it shows those duties at work on a typical problem.",
    },
    skills: {
      /** {low} and {advanced} are the lowest and highest level words, as a sentence writes them. */
      intro: "Twelve skill areas, each rated from {low} to {advanced}.",
      /** Counted by {n}, the ratings copied from the matrix; {derived} is the rest. */
      fromMatrix: {
        one: "Of the twelve ratings, {n} is copied from the published matrix; the other {derived} are this site's reading of the role descriptions, each with its reason in the table.",
        other: "Of the twelve ratings, {n} are copied from the published matrix; the other {derived} are this site's reading of the role descriptions, each with its reason in the table.",
      },
      /** For a role the published matrix leaves out; {n} is the number of ratings. */
      allDerived: {
        one: "The published matrix does not cover this role, so its {n} rating is this site's reading of the role descriptions, with its reason in the table.",
        other: "The published matrix does not cover this role, so all {n} ratings are this site's reading of the role descriptions, each with its reason in the table.",
      },
      /** The chart's accessible title. */
      chartTitle: "{name}: skill levels in twelve areas",
      /** {min} and {max} are the ends of an example range of levels, as a sentence writes them. */
      caption: "Each mark is the role's level in one skill area; a bar marks a range such as {min}–{max}. The table below gives the same ratings in words.",
      /** {link} is a link to /skills/ with the text `matrixLink`. */
      matrix: "Set these against the other five roles on the {link}.",
      matrixLink: "full skill matrix",
    },
    tools: { technical: "Technical tools", soft: "Soft skills" },
    /** Notes for lists the site wrote itself; {roles.the} … lists the roles the sources do cover. */
    workflow: { siteWritten: "The sources set out workflows only for {roles.the}; these steps are this site's outline of the duties above." },
    fit: {
      intro: "The role tends to suit you if these ring true:",
      siteWritten: "The sources describe who suits {roles.the}, not this role; this list follows from its duties and skills.",
    },
    pay: {
      /** {roles.the} … lists the roles the sources rank on pay. */
      unknown: "The sources compare pay for {roles.the} only. They say nothing about this role's pay, so this site gives no estimate.",
      note: "The sources give tiers, not figures, and say that pay varies by geography.",
    },
    /** {stages} lists the company stages the sources do not mention, as `stagesInText` writes them. */
    hiring: { unsaid: "The sources say nothing specific about {stages}." },
    myths: { myth: "Myth", reality: "In practice" },
    next: {
      text: "Answer a few questions about the work you enjoy and the work you would rather avoid. The quiz scores all six roles against the same matrix as the table above and shows why each one ranked where it did.",
      quiz: "Take the quiz",
      howItWorks: "How the quiz scores you",
    },
  },
  /** The role's twelve ratings as a table (RoleSkillTable). */
  skillTable: {
    caption: "{name}: skill levels and where each comes from",
    skill: "Skill area",
    level: "Level, and where it comes from",
    fromMatrix: "From the published matrix",
    derived: "Derived by this site:",
  },
  /** Relative pay (PayLadder). */
  payLadder: {
    label: "Relative pay, lowest tier first",
    thisRole: "{name} (this role)",
  },
  /** The career moves into and out of a role (RolePaths). */
  paths: {
    into: "How people move into the {role.text} role",
    out: "Where the {role.text} role can lead",
    /** {roles.text} … lists the roles the sources' moves do connect. */
    none: "The sources describe no move into or out of this role, so this site does not invent one. The paths they do describe run between the {roles.text} roles and a few stages around them.",
    /** The accessible name of a route's steps; {steps} joined by `then`, each step's names as a sentence writes them. */
    steps: "Steps: {steps}",
    then: ", then ",
    /** A move's start and end, before what it takes: {from} … (one or more roles or stages, "or"), {to} …. */
    move: "{from} to {to.text}:",
    /** A group of hybrid roles this role belongs to: {members.the} … lists them all. */
    hybrid: "{members.the}.",
    /** {link} is a link to /paths/ with the text `allLink`. */
    all: "{link} on the paths page.",
    allLink: "See every career move between the roles",
  },
  /** The five comparisons with this role (RoleComparisons). */
  comparisons: {
    /** A comparison's link: {a} and {b} (and {b.text} …) are the two roles. */
    pair: "{a} vs {b}",
    gapsTitle: "Where they differ most",
    /** One skill area where the two differ: "Statistics: Data Analyst Basic–Medium, ML Engineer Medium"; {role} … this role, {other} … the other, {mine} and {theirs} their levels as a sentence writes them. */
    gap: "{skill}: {role} {mine}, {other} {theirs}",
  },
};
