// What the page says about an ad: a reading ranked by the quiz's own matching, or a plain message
// (empty, too short, not a data job, another language); the lexicon of the ad's own language; the
// close call, the title that names another role and the unicorn. The ads are the test's own.
import { describe, expect, it } from "vitest";
import { UNICORN_AREAS } from "../../src/lib/decoder/constants";
import { decodeAd, readProfile } from "../../src/lib/decoder/reading";
import { fitsOf, topIndex } from "../../src/lib/quiz/score";
import { lexicons, model, words } from "./decoder-fixture";

const ANALYST = `Data Analyst
You will build dashboards in Tableau and Power BI for our sales and finance stakeholders, write SQL queries against the warehouse,
track KPIs, and turn the numbers into recommendations for the leadership team. Strong SQL and Excel; experience with Python is a plus.
You will present findings every month and answer ad hoc requests from the business.`;

const ENGINEER_AS_SCIENTIST = `Data Scientist
You will build and run the data pipelines that feed our warehouse: ingestion from twelve sources, ETL in Airflow and Spark,
data modeling with dbt, and data quality checks. Strong SQL and Python, experience with Kafka and AWS.
You will not build machine learning models; our data scientists do that on top of what you ship.`;

const CHEF = `Head Chef
We are looking for a head chef to lead our kitchen team of eight. You will plan seasonal menus, order produce from local farms,
keep the kitchen clean and safe, train junior cooks, and manage food costs with the restaurant manager. Five years in a busy kitchen,
a food hygiene certificate and a calm head during service are essential. We offer a staff meal, paid holidays and a pension.`;

const FRENCH = `Analyste de données
Nous recherchons une personne pour construire des tableaux de bord et suivre les indicateurs de vente avec les équipes commerciales.
Vous travaillerez avec SQL et Python dans une équipe de six personnes, et vous présenterez vos résultats à la direction chaque mois.`;

const UNICORN = `Lead Data Scientist
Expert in SQL, expert in Python, advanced statistics and causal inference, expert machine learning, deep expertise in Tableau dashboards,
expert software engineering and APIs, advanced Kubernetes and cloud deployment, expert data pipelines with Spark and Airflow,
expert PyTorch deep learning, advanced mathematics, a research record with papers at NeurIPS, and outstanding stakeholder communication.`;

const decode = (text: string, page = "en", loaded = lexicons) => decodeAd(text, loaded, words, page, model);

describe("a reading", () => {
  it("ranks the six roles with the quiz's own matching, the closest first, and says so in data-ranking order", () => {
    const d = decode(ANALYST);
    if (d.status !== "ok") throw new Error(d.status);
    expect(d.reading.ranking[0]).toBe("data-analyst");
    expect(d.reading.ranking).toHaveLength(6);
    // The same correlation the quiz ranks answers with, on the ad's profile.
    expect(model.roles[topIndex(fitsOf(model, d.reading.strengths))]!.id).toBe("data-analyst");
  });

  it("says when the title names another role than the duties describe", () => {
    const d = decode(ENGINEER_AS_SCIENTIST);
    if (d.status !== "ok") throw new Error(d.status);
    expect(d.reading.titleRole).toBe("data-scientist");
    expect(d.reading.ranking[0]).toBe("data-engineer");
    expect(d.reading.mismatch).toBe(true);
  });

  it("names a posting that asks for nearly everything at the top level a unicorn", () => {
    const d = decode(UNICORN);
    if (d.status !== "ok") throw new Error(d.status);
    expect(d.reading.unicorn).toBe(true);
    expect(d.reading.levels.filter((l) => l > 0).length).toBeGreaterThanOrEqual(UNICORN_AREAS);
    const ordinary = decode(ANALYST);
    expect(ordinary.status === "ok" && ordinary.reading.unicorn).toBe(false);
  });

  it("calls a runner-up within the quiz's close-call margin a close call, and equal scores a tie", () => {
    const levels = model.skills.map(() => 0);
    // A flat profile matches no role's shape: every role scores the same.
    const even = readProfile(model, { levels, strengths: [5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], titleRole: null });
    expect(even.tie).toBe(true);
    expect(even.closeCall).toBe(true);
    const clear = decode(ANALYST);
    if (clear.status !== "ok") throw new Error(clear.status);
    expect(clear.reading.closeCall).toBe(false);
  });

  it("reads a profile the same way every time: a shared link gives the ranking the ad gave", () => {
    const d = decode(ANALYST);
    if (d.status !== "ok") throw new Error(d.status);
    const again = readProfile(model, { levels: d.reading.levels, strengths: d.reading.strengths, titleRole: d.reading.titleRole });
    expect(again.ranking).toEqual(d.reading.ranking);
    expect(again.result.ranked.map((f) => f.shown)).toEqual(d.reading.result.ranked.map((f) => f.shown));
  });
});

describe("too little to read", () => {
  it("says so for an empty ad and a short one", () => {
    expect(decode("  \n ").status).toBe("empty");
    expect(decode("Data analyst wanted: SQL, Excel and dashboards. Remote.").status).toBe("short");
  });

  it("says a job outside data and AI is not one, rather than forcing a role on it", () => {
    expect(decode(CHEF).status).toBe("off-topic");
  });

  it("says an ad in a language it does not read is in another language", () => {
    expect(decode(FRENCH).status).toBe("other-language");
  });
});

describe("languages", () => {
  it("reads an English ad on the Spanish page with the English lexicon, once it is loaded", () => {
    expect(decode(ANALYST, "es", { es: lexicons["es"]! })).toEqual({ status: "needs-lexicon", lang: "en" });
    const d = decode(ANALYST, "es");
    expect(d.status === "ok" && d.lang).toBe("en");
  });

  it("reads a Spanish ad on the English page with the Spanish lexicon", () => {
    const ad = `Analista de datos
Buscamos una persona para crear cuadros de mando en Power BI para las áreas de negocio, escribir consultas SQL sobre el almacén de datos,
seguir los KPIs y presentar recomendaciones a la dirección. Se valorará experiencia con Python.`;
    const d = decode(ad, "en");
    expect(d.status).toBe("ok");
    if (d.status === "ok") {
      expect(d.lang).toBe("es");
      expect(d.reading.ranking[0]).toBe("data-analyst");
    }
  });

  it("uses the page's language when the ad says too little to tell", () => {
    const d = decode("SQL, Python, Airflow, Spark, dbt, Snowflake, Kafka, Docker, Kubernetes, AWS, Terraform, Git, data pipelines, ETL, ELT, CDC, Parquet, Delta Lake, Databricks, BigQuery, Redshift, PostgreSQL, MySQL, MongoDB, Cassandra, Hive, Presto, Trino, Flink, Kinesis, Airbyte, Fivetran, Dagster, Prefect, Looker, Tableau, Excel, pandas, NumPy, Jupyter, Linux", "es");
    expect(d.status === "ok" && d.lang).toBe("es");
  });
});
