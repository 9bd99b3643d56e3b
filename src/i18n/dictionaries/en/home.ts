// Strings for the home page and the license page.
export default {
  lede: "Six data and AI jobs share tools and titles but answer different questions. See what each one does, the skills it needs, how two of them differ, and which fits you, with every rating and every quiz score traceable to its source.",
  takeQuiz: "Take the quiz",
  compare: "Compare two roles",
  layersHeading: "Three questions a business asks of its data",
  /** Each layer's heading: {name} and its question, as {question} or, lower-cased to run on after the colon, {questionInText}. */
  layerHeading: "{name}: {question}",
  /** {happened}, {will} and {production} are the emphasised phrases below, in this order or the language's own. */
  layersText:
    "Companies turn raw data into value in layers. First they describe {happened}; then they predict {will}; then they build systems that act on those predictions {production}, at scale and without a person in the loop. Under all three sits the data foundation: pipelines and warehouses that make the data trustworthy in the first place. Each role below lives mainly in one layer.",
  happened: "what happened",
  will: "what will happen",
  production: "in production",
  nextHeading: "Where to go next",
  next: {
    skills: "The skill matrix",
    skillsNote: ": twelve skill areas rated for all six roles, with sources.",
    paths: "Career paths",
    pathsNote: ": the moves people make between these roles.",
    method: "How the quiz scores you",
    methodNote: ": the formula, in the open.",
  },
  latest: "Latest articles",
  license: {
    title: "License",
    description: "The Data Career Guide's code is under the MIT License and its writing and data under CC BY 4.0.",
    codeHeading: "The code: MIT",
    code: "Everything that builds this site (its components, scripts, tests and scoring library) is under the MIT License. Use it, change it and ship it, commercially or not, as long as the copyright notice and license text travel with it.",
    contentHeading: "The writing and data: CC BY 4.0",
    content: "The articles, role profiles, skill matrix, career paths and quiz bank are under the Creative Commons Attribution 4.0 International License. You may copy, adapt and republish them for any purpose if you credit the Data Career Guide, say what you changed, and do not imply that we endorse you.",
    /** {roles} and {quiz} are links to the two JSON files. */
    data: "The matrix and the quiz bank are published as JSON so you can build on them: {roles} and {quiz}.",
  },
};
