// Strings for the compare pages (/compare/ and /compare/<a>-vs-<b>/) and their components.
// Role names come from the data: {a} and {b} are the pair's first and second role as titles,
// {a.the}, {b.text}, {a.of} … their forms inside a sentence (src/lib/name-forms.ts); {role} and
// {other} likewise.
export default {
  /** "Data Scientist vs ML Engineer": titles, link texts and the h1 (which sets each placeholder apart). */
  vs: "{a} vs {b}",
  /**
   * The sentence builders of src/lib/compare.ts (its CompareWords, less the locale); the same
   * words as its ENGLISH_WORDS.
   */
  words: {
    list: {
      /** "and" inside a skill area's name ("cloud and deployment"). */
      and: "and",
      /** Two items, one with "and" in its name. */
      twoWithAnd: "{a} as well as {b}",
      /** An item with "and" in its name, in a longer list ("{item}": unchanged). */
      itemWithAnd: "{item}",
    },
    levels: { one: "{n} level", other: "{n} levels" },
    hiringStages: { startup: "At a startup", growing: "At a growing company", enterprise: "At a large enterprise" },
    /** How the role data writes examples in a tool's parenthesis: "Cloud platforms (such as AWS, Azure, or GCP)". */
    toolExamples: { suchAs: "such as", and: "and", or: "or" },
    /** One pair's line on /compare/. */
    gist: {
      differ: { one: "They differ in {n} of {total} skill areas", other: "They differ in {n} of {total} skill areas" },
      leads: "{differ}; {a.the} leads most in {skillA}, {b.the} in {skillB}.",
      plain: "{differ}.",
    },
    /** "Choose the X if…": {self} … is that role, {other} … the other one, {skills} a list of skill areas. */
    choose: {
      deeper: {
        one: "…you want to go further in {skills}: {self.the} needs more of it than {other.the} does.",
        other: "…you want to go further in {skills}: {self.the} needs more of them than {other.the} does.",
      },
      noDeeper: "…{other.the}'s extra depth does not appeal: {self.the} needs no skill area at a higher level.",
      lighter: " You can go lighter on {skills}.",
      shared: "Either way, both roles ask for much the same level of {skills}, so time spent there counts toward both. ",
      light: "Neither needs much {skills}.",
    },
    /** Other starting points of a career move: {names.plural} … lists them ("Business Analysts"). */
    moves: { alsoMove: "{names.plural} can make the same move.", alsoFirstStep: "{names.plural} can make the same first step." },
  },
  index: {
    title: "Compare two roles",
    description: "Every pair of the six data and AI roles side by side: skill levels, workflows, tools, hiring, career moves, and which one suits you.",
    lede: "Pick any two of the six roles to see their skill ratings side by side, the tools they share, how their days run, and which one fits what you enjoy. Every comparison reads from the same skill matrix as the rest of the site.",
    gridHeading: "Every pair at a glance",
    gridIntro: "Each cell opens the comparison of its row's role with its column's role, and says in how many skill areas their ratings do not share a level.",
    listHeading: "All {n} comparisons",
  },
  grid: {
    /** For assistive technology only. */
    caption: "Pick a row and a column to compare two roles",
    label: "Comparison grid",
    same: "Same role",
    compare: "Compare",
    /** Hidden after "Compare": the row's role {a} … and the column's {b} …. */
    comparePair: " {a} and {b}",
    count: { one: "{n} of {total} areas differ", other: "{n} of {total} areas differ" },
  },
  pair: {
    description: "{a} or {b.text}? Compare their skill levels, workflows, tools, hiring and career moves side by side, and see which suits you.",
    kicker: "Compare roles",
    /** The roles' first mention on the page: {a.english} and {b.english} are their English titles, for other languages. */
    lede: "{a.The} asks “{questionA}” {b.The} asks “{questionB}” Here is how the two compare, skill by skill, from the same ratings the rest of the site uses.",
    sections: {
      glance: "What each role is for",
      skills: "Where their skills differ",
      /** The written section's heading when the comparison has no title of its own. */
      written: "More on {a.the} and {b.the}",
      workflow: "How the work runs, step by step",
      tools: "The tools each one uses",
      suits: "Who each role suits",
      moves: "Moving between the two",
      hiring: "How companies hire each",
      choose: "Which should you choose?",
      faq: "Questions and answers",
      next: "Keep exploring",
    },
    skillsLead: "{a.The} needs more in {aCount} of the {total} skill areas, {b.the} in {bCount}, and the two share a level in {even}.",
    ratingsHeading: "Every rating side by side",
    chartTitle: "Skill profiles of {a.the} and {b.the}",
    chartCaption: "Both profiles on one scale, {low} to {advanced}; a line shows a range. The table above gives the same ratings.",
    workflowHeading: "{role}",
    suitsHeading: "{role.The} suits you if",
  },
  glance: {
    /** Under a role's name: its layer and focus. */
    meta: "{layer} · {focus}",
    layers: { foundation: "Data foundation layer", descriptive: "Descriptive layer", predictive: "Predictive layer", production: "Production layer" },
    question: "Core question",
    objective: "Objective",
    quote: "“{text}”",
  },
  summary: {
    leads: "Where {role.the} leads",
    leadsNone: "{role.The} needs no skill area at a higher level than {other.the}.",
    even: "Where they overlap",
    evenNone: "The two roles share a level in no skill area.",
    /** One item's two levels: {a} is the first role's. */
    levels: "{a} vs {b}",
    orderNote: "Levels are given as {a} vs {b}; the lists where one role leads start with the widest gap.",
  },
  ratings: {
    /** The table's name, for assistive technology. */
    caption: "Skill levels of {a.the} and {b.the}, with the difference",
    skillArea: "Skill area",
    difference: "Difference",
    /** Shorter column heading on phones. */
    gap: "Gap",
    even: "Even",
    /** Hidden after "+1": {levels} is "1 level". */
    higher: " ({levels} higher)",
    key: "Difference (gap): how many levels, on the scale from {low} to {advanced}, the leading role needs above the other; “{even}” where the two ratings share a level.",
    derived: "Starred ratings are derived by this site from the role descriptions; the others come from the published matrix.",
  },
  tools: {
    shared: "Both use",
    sharedNone: "The two roles list no tool in common.",
    only: "Only {role.the}",
    onlyNone: "Every tool {role.the} lists, {other.the} uses too.",
  },
  moves: {
    /** Between two steps of a chain, for screen readers (an arrow on screen). */
    then: ", then ",
    firstStep: "To {name.text}.",
    nextStep: "Then to {name.text}.",
    /** {link} is `pathsLink`. */
    none: "The career paths this site maps include no move between {a.the} and {b.the}. Each role's other moves are on the {link}.",
    pathsLink: "career paths page",
  },
  hiring: {
    silent: "The sources say nothing specific about how companies at this stage hire {role.the}.",
    none: "The sources do not describe how companies hire either role.",
  },
  choose: {
    heading: "Choose {role.the} if…",
    /** {link} is `quizLink`. */
    quiz: "Still torn? {link}: it ranks all six roles against the work you enjoy and shows why.",
    quizLink: "Take the quiz",
  },
  next: {
    inDepth: "The {role.text} role in depth",
    comparedWith: "{role} compared with:",
    /** {link} is `allLink`. */
    all: "{link} is on the comparisons page.",
    allLink: "Every pair of roles",
  },
  /** The page at the reverse order of a pair (/compare/<b>-vs-<a>/), which sends visitors on. */
  redirect: {
    title: "Redirecting to {page}",
    /** {link} names the canonical page. */
    body: "This comparison is at {link}.",
  },
};
