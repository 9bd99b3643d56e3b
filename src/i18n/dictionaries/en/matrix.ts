// Strings for the skill matrix: the /skills/ page, the matrix table (SkillMatrix, SourceMark),
// the skill-area list and the charts (ProfileChart, SkillSpark).
export default {
  page: {
    title: "The skill matrix",
    description: "Twelve skill areas rated for six data and AI roles, from Low to Advanced, with the source of every rating.",
    /** {n} skill areas; {levels} is the scale, lowest first, as a sentence writes the level words. */
    scale: {
      one: "Every role on this site is rated in the same {n} skill area, on one scale: {levels}.",
      other: "Every role on this site is rated in the same {n} skill areas, on one scale: {levels}.",
    },
    /** {min} and {max} are the ends of an example range of two levels, as a sentence writes them. */
    range: "A range such as {min}–{max} means the sources put the role between two levels.",
    /** {cells} ratings in all, {n} from the published matrix (the count the form follows), {derived} the rest; {link} is a link to /roles/ with the text `rolesLink`. */
    sources: {
      one: "Of the {cells} ratings, {n} is copied from a published matrix of three roles; the other {derived} are this site's reading of the role descriptions, and each {link} gives the reason for them.",
      other: "Of the {cells} ratings, {n} are copied from a published matrix of three roles; the other {derived} are this site's reading of the role descriptions, and each {link} gives the reason for them.",
    },
    rolesLink: "role page",
    /** The table's caption: {skills} skill areas by {roles} roles. */
    caption: "{skills} skill areas by {roles} roles",
    chartHeading: "How do the six profiles compare at a glance?",
    /** {low} and {advanced} are the ends of the scale, as a sentence writes them. */
    chartIntro: "The chart draws the table above: one row per skill area, one mark per role, {low} on the left and {advanced} on the right.",
    chartTitle: "All six roles",
    areasHeading: "What does each skill area cover?",
  },
  table: {
    /** The table region's name when no caption is given. */
    label: "Skill matrix",
    /** The default caption: {roles.the}, {roles.of} … list the roles. */
    caption: "Skill levels of {roles.the}",
    skill: "Skill area",
    keyMatrix: "Plain cells come from the published matrix.",
    keyDerived: "Starred cells are derived by this site from the role descriptions; each role page gives the reason.",
  },
  /** Read out beside a rating (SourceMark): where it comes from. */
  source: {
    matrix: "(from the published matrix)",
    derived: "(derived by this site)",
  },
  /** The skill-area list (SkillAreaList). */
  areas: {
    tools: "Tools:",
    neededMost: "Needed most by:",
    /** A role with its level, in a list after `neededMost`: "Data Analyst (Advanced)"; the role ({role}, {role.text} …) is a link, {level} as a sentence writes it. */
    role: "{role} ({level})",
    /** A link to the area's list of articles, shown when it has any: {count} is how many. */
    articles: { one: "{n} article teaches it", other: "{n} articles teach it" },
  },
  chart: {
    /** The chart's description for screen readers: one `row` per skill area, joined by "; ". */
    row: "{skill}: {ratings}",
    /** One role's rating inside a row. */
    rating: "{role} {level}",
    /** A role's small bar chart on a card: {ratings} lists "{skill} {level}" for every area. */
    spark: "{role}, skill levels: {ratings}",
    sparkRating: "{skill} {level}",
  },
};
