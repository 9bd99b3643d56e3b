// Reading an ad: the matcher (whole words, case, accents, plurals, the longest phrase, phrases that
// only look like skills), level wording in both languages, years of experience, optional and degree
// lines, negation, and the title. Every ad here is a few lines the test writes itself.
import { describe, expect, it } from "vitest";
import { fold, tokenize } from "../../src/lib/decoder/text";
import { ADVANCED, BASIC, HIGH, MEDIUM } from "../../src/lib/decoder/read";
import { ROLE_IDS } from "../../src/lib/roles";
import { levelOf, mentionOf, read } from "./decoder-fixture";

const phrases = (text: string, lang = "en") => {
  const e = read(text, lang);
  return e.mentions.map((m) => text.slice(m.start, m.end));
};

describe("words", () => {
  it("fold case, accents and a final s, so a phrase finds its plural and its unaccented spelling", () => {
    expect(fold("Dashboards")).toBe("dashboard");
    expect(fold("Estadísticas")).toBe("estadistica");
    expect(fold("años")).toBe(fold("año"));
    expect(fold("class")).toBe("class");
    expect(fold("bus")).toBe("bus");
  });

  it("keep each word's place in the text, and split sentences at full stops and lines", () => {
    const text = "Build ETL jobs. Own CI/CD\nand C++ code.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["Build", "ETL", "jobs", "Own", "CI", "CD", "and", "C++", "code"]);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(tokens.map((t) => t.text));
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    expect(tokens.map((t) => t.line)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });
});

describe("the matcher", () => {
  it("finds phrases and tools as whole words, ignoring case, accents and plurals", () => {
    expect(phrases("You will own DASHBOARDS and a dashboard in Tableau.")).toEqual(["DASHBOARDS", "dashboard", "Tableau"]);
    expect(phrases("Conocimientos de estadistica y de Estadística bayesiana.", "es")).toEqual(["estadistica", "Estadística bayesiana"]);
    expect(phrases("We sell sparkling water")).toEqual([]);
  });

  it("prefers the longest phrase at each place", () => {
    expect(phrases("Experience with machine learning pipelines and A/B testing.")).toEqual(["machine learning pipelines", "A/B testing"]);
  });

  it("matches a tool that is also an ordinary word only with its case as written", () => {
    expect(phrases("Models in R and Spark, reports in Excel.")).toEqual(["R", "Spark", "reports", "Excel"]);
    expect(phrases("You will excel at this; our R&D team sparks ideas.")).toEqual([]);
  });

  it("drops phrases that only look like skills", () => {
    expect(phrases("This role reports to the Head of Design.")).toEqual([]);
  });
});

describe("level wording", () => {
  const levelFor = (text: string, phrase: string, lang = "en") => mentionOf(text, read(text, lang), phrase);

  it("reads the English level words: familiarity Basic, working knowledge Medium, strong or solid High, expert or deep expertise Advanced", () => {
    expect(levelFor("Familiarity with Docker.", "Docker").level).toBe(BASIC);
    expect(levelFor("Working knowledge of Docker.", "Docker").level).toBe(MEDIUM);
    expect(levelFor("Strong SQL.", "SQL").level).toBe(HIGH);
    expect(levelFor("Solid statistics.", "statistics").level).toBe(HIGH);
    expect(levelFor("Expert in PyTorch.", "PyTorch").level).toBe(ADVANCED);
    expect(levelFor("Deep expertise in PyTorch.", "PyTorch").level).toBe(ADVANCED);
  });

  it("reads the Spanish ones, before or after the skill", () => {
    expect(levelFor("Conocimientos básicos de SQL.", "SQL", "es").level).toBe(BASIC);
    expect(levelFor("Experiencia con Docker.", "Docker", "es").level).toBe(MEDIUM);
    expect(levelFor("Sólidos conocimientos de Python.", "Python", "es").level).toBe(HIGH);
    expect(levelFor("Python avanzado.", "Python", "es").level).toBe(ADVANCED);
    const text = "Experiencia con SQL, Python avanzado.";
    expect(levelFor(text, "SQL", "es").level).toBe(MEDIUM);
    expect(levelFor(text, "Python", "es").level).toBe(ADVANCED);
  });

  it("maps years of experience to levels: under 2 Basic, 2 to 4 Medium, 5 to 7 High, 8 or more Advanced", () => {
    expect(levelFor("1 year of experience with SQL.", "SQL").level).toBe(BASIC);
    expect(levelFor("3+ years of experience with SQL.", "SQL").level).toBe(MEDIUM);
    expect(levelFor("5-7 years of SQL.", "SQL").level).toBe(HIGH);
    expect(levelFor("Ten or more years of SQL.", "SQL").level).toBe(ADVANCED);
    expect(levelFor("Al menos 5 años de experiencia con SQL.", "SQL", "es").level).toBe(HIGH);
  });

  it("joins level words that follow each other, at the highest of them, and says which words set the level", () => {
    const m = levelFor("5+ years of experience with Python.", "Python");
    expect(m.level).toBe(HIGH);
    expect(m.cueText).toBe("5+ years of experience with");
  });

  it("gives each skill the nearest level words in its sentence", () => {
    const text = "Strong SQL and familiarity with Airflow.";
    expect(levelFor(text, "SQL").level).toBe(HIGH);
    expect(levelFor(text, "Airflow").level).toBe(BASIC);
  });

  it("reads an optional sentence, and the lines under an optional heading, as Basic", () => {
    expect(levelFor("Experience with Kafka is a plus.", "Kafka").source).toBe("optional");
    const text = "Requirements:\n- Strong SQL\nNice to have:\n- Strong Spark\n- Airflow\nAbout us\n- We use Tableau";
    const e = read(text);
    expect(mentionOf(text, e, "SQL").level).toBe(HIGH);
    expect(mentionOf(text, e, "Spark").level).toBe(BASIC);
    expect(mentionOf(text, e, "Airflow").level).toBe(BASIC);
    expect(mentionOf(text, e, "Tableau").source).toBe("default");
  });

  it("counts the fields a degree line names for little, at Basic", () => {
    const text = "Engineer\nA degree in statistics or mathematics. You will build data pipelines every day and own our ETL.";
    const e = read(text);
    const stats = mentionOf(text, e, "statistics");
    expect(stats.source).toBe("degree");
    expect(stats.level).toBe(BASIC);
  });

  it("gives skills the level the title's seniority implies when the wording says nothing", () => {
    expect(read("Senior Data Engineer\nYou will own our ETL.").defaultLevel).toBe(HIGH);
    expect(read("Junior Data Analyst\nYou will build dashboards.").defaultLevel).toBe(BASIC);
    expect(read("Data Analyst\nYou will build dashboards.").defaultLevel).toBe(MEDIUM);
  });
});

describe("negation", () => {
  it("counts nothing for a skill the ad says the job does not ask for", () => {
    const text = "You will build pipelines. This role does not involve machine learning or deep learning, but SQL matters.";
    const e = read(text);
    expect(mentionOf(text, e, "machine learning").source).toBe("negated");
    expect(mentionOf(text, e, "deep learning").source).toBe("negated");
    expect(mentionOf(text, e, "SQL").source).not.toBe("negated");
    expect(levelOf(e, "machine-learning")).toBe(0);
    expect(levelOf(e, "deep-learning")).toBe(0);
  });

  it("reads Spanish negation too", () => {
    const text = "El puesto no incluye deep learning.";
    expect(mentionOf(text, read(text, "es"), "deep learning").source).toBe("negated");
  });
});

describe("the title", () => {
  it("is the first line when it is short and not a sentence, and names the role it holds", () => {
    const e = read("Senior Machine Learning Engineer – Platform\nYou will build dashboards for stakeholders.");
    expect(e.title).toMatchObject({ start: 0, role: ROLE_IDS.indexOf("ml-engineer"), seniority: "senior" });
    // The title's words are judged apart: they give the profile nothing.
    expect(e.mentions.every((m) => m.start > e.title!.end)).toBe(true);
  });

  it("is a title field near the top when there is one", () => {
    const text = "Acme Corp, Lisbon\nJob title: Data Scientist\nYou will run experiments.";
    const e = read(text);
    expect(text.slice(e.title!.start, e.title!.end)).toBe("Data Scientist");
    expect(e.title!.role).toBe(ROLE_IDS.indexOf("data-scientist"));
  });

  it("is absent when the ad opens with a sentence", () => {
    expect(read("We are looking for someone to build dashboards and reports for our sales team.").title).toBeNull();
  });

  it("reads Spanish titles, and English titles in Spanish ads", () => {
    expect(read("Científica de datos\nHarás experimentos.", "es").title!.role).toBe(ROLE_IDS.indexOf("data-scientist"));
    expect(read("Data Engineer Sr.\nConstruirás pipelines.", "es").title).toMatchObject({ role: ROLE_IDS.indexOf("data-engineer"), seniority: "senior" });
  });
});
