// Strings for the paths pages and their components.
export default {
  /** /paths/ */
  page: {
    title: "Career paths between data roles",
    description:
      "The moves people make between data jobs: analyst to data scientist, data scientist or software engineer to ML engineer, analyst to head of data.",
    intro: [
      "Nobody climbs a single ladder through data work. The roles sit side by side and lean on each other, so people move between them in several directions. The graph shows the moves the sources call common: from analysis into data science, from modeling into production systems, from software engineering into machine learning, and from analysis into leading a team.",
      "An analyst job is the usual way in. Starting as a Data Analyst or a Business Analyst gives you real data and real business questions before you aim at Data Scientist or ML Engineer. The sources name the moves; the line under each move, on what it takes, is this site's reading of the skills on either side.",
    ],
    /** The graph's accessible name. */
    graphTitle: "Career moves between data roles and the stages in between",
    moves: "Every move, route by route",
    stages: "Stages outside the six roles",
  },
  /** The page's closing section. */
  next: {
    heading: "Where to go next",
    /** {link} is a link to the quiz with the text `quizLink`. */
    quiz: "{link} to see which role fits the work you enjoy, and so where a move could take you.",
    quizLink: "Take the quiz",
    /** Followed by a list of comparisons. */
    compare: "See what changes across a move, skill by skill:",
    /** {a} … and {b} … are the two roles. */
    compareLink: "Compare {a} and {b}",
    /** {link} is a link to /skills/ with the text `matrixLink`. */
    matrix: "{link}: every skill area rated for all six roles.",
    matrixLink: "The skill matrix",
  },
  /** How a kind of node is named in running text, e.g. "Senior Analyst (career stage)". */
  kinds: {
    role: "role",
    "career-stage": "career stage",
    "adjacent-role": "adjacent role",
    "hybrid-role": "hybrid role",
  },
  /** The key under the graph. */
  legend: {
    label: "Key to the graph",
    role: "One of the six roles, filled in its colour; opens the role's page",
    "career-stage": "Career stage: a step within a track",
    "adjacent-role": "Adjacent role: a job outside the six",
    "hybrid-role": "Hybrid role the sources see emerging",
    move: "A move the sources name, pointing to where it leads",
  },
  /** The graph's description for screen readers. */
  graph: {
    /** {list} is every move, written with `move`, separated by semicolons. */
    moves: { one: "The graph shows {n} move: {list}.", other: "The graph shows {n} moves: {list}." },
    /** {from} and {to} (and {from.text} …) are a role's or a stage's name. */
    move: "{from} to {to}",
    /** A group of nodes without moves; {members}, {members.text} … list them. */
    group: "{label}: {members}.",
  },
  figure: {
    /** {link} is a link to the list of moves with the text `link`. */
    caption: "Each arrow is one move. {link} follow the graph.",
    link: "The same moves in words",
  },
  /** A move in the list: "A or B → C", read as "A or B to C" (the names after the first as running text writes them). */
  moveList: { to: "to" },
  emerging: {
    /** A member of an emerging list that is one of the six roles; {summary} is the role's. */
    role: "One of the six roles this site covers. {summary}",
  },
};
