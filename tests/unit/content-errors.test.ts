// Bad content fails the build with the file and the field named. Each case overlays one
// fixture (tests/fixtures/content-errors/<case>/) on a copy of content/ and runs the real build.
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), "content-errors-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Vitest sets NODE_ENV=test and DEV, which would make the child build a dev-flavoured one.
const { NODE_ENV: _node, DEV: _dev, VITEST: _vitest, ...productionEnv } = process.env;

// Each case is a real build in a child process (seconds alone, much longer on a busy machine).
const BUILD_TIMEOUT = 120_000;

/**
 * Builds run side by side, one per core, each from its own copy of the project (its node_modules
 * linked): Astro writes the list of content modules a build imports into <root>/.astro/, so two
 * builds sharing one root were seen reading each other's content. (A folder of links instead of
 * copies confuses Astro's compiler, which meets each file under two paths.)
 */
const LANES = Math.max(1, Math.min(2, availableParallelism()));
const lanes = Array.from({ length: LANES }, (_, i) => {
  const view = join(work, `project-${i}`);
  mkdirSync(view);
  const skip = new Set([".astro", ".cache", ".git", "dist", "content", "tests", "test-results", "bench", "node_modules"]);
  for (const entry of readdirSync(root)) if (!skip.has(entry)) cpSync(join(root, entry), join(view, entry), { recursive: true });
  symlinkSync(join(root, "node_modules"), join(view, "node_modules"));
  return view;
});

function build(fixture: string, cwd: string): Promise<{ code: number | null; output: string }> {
  const dir = join(work, fixture);
  cpSync(join(root, "content"), join(dir, "content"), { recursive: true });
  cpSync(join(root, "tests/fixtures/content-errors", fixture), join(dir, "content"), { recursive: true });
  // A fixture's REMOVE file lists content files (one per line) the case deletes, e.g. a translation.
  const remove = join(dir, "content", "REMOVE");
  if (existsSync(remove)) for (const line of readFileSync(remove, "utf8").split("\n").filter(Boolean)) rmSync(join(dir, "content", line));
  return new Promise((resolve) => {
    execFile(
      join(root, "node_modules/.bin/astro"),
      ["build", "--outDir", join(dir, "dist")],
      {
        cwd,
        // Share cards come from (and go to) the project's own card cache.
        env: { ...productionEnv, CONTENT_DIR: join(dir, "content"), OG_CACHE_DIR: join(root, ".cache/og-cards"), NO_COLOR: "1", FORCE_COLOR: "0" },
        encoding: "utf8",
        timeout: BUILD_TIMEOUT,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

/** Builds every fixture, LANES at a time; each test then reads its own build's result. */
async function buildAll(fixtures: string[]): Promise<Map<string, { code: number | null; output: string }>> {
  const results = new Map<string, { code: number | null; output: string }>();
  const queue = [...fixtures];
  await Promise.all(
    lanes.map(async (cwd) => {
      for (let fixture = queue.shift(); fixture !== undefined; fixture = queue.shift()) results.set(fixture, await build(fixture, cwd));
    }),
  );
  return results;
}

// [fixture, strings the error output must contain: the file, the field, what is wrong]
const cases: [string, string[]][] = [
  ["missing-field", ["roles/data-analyst.md", "objective", "Required"]],
  ["unknown-level", ["roles/data-analyst.md", "skills.sql.level", '"expert" is not a level']],
  ["inverted-range", ["roles/data-analyst.md", "skills.statistics.level", "min is above its max"]],
  ["derived-without-reason", ["roles/data-analyst.md", "skills.research.reason", "needs a one-line reason"]],
  ["unrated-skill", ["roles/data-analyst.md", "skills.research", 'no rating for skill area "research"']],
  ["unknown-skill", ["roles/data-analyst.md", "skills.cooking", '"cooking" is not a skill area']],
  ["unknown-role-file", ["roles/astronaut.md", '"astronaut" is not one of the roles']],
  ["quiz-unknown-skill", ["quiz.yaml", "questions.0.options.1.signals.cooking", '"cooking" is not a skill area']],
  ["quiz-signal-range", ["quiz.yaml", "questions.0.options.0.signals.data-visualization", "signals run from -2 to 2"]],
  ["quiz-one-option", ["quiz.yaml", "questions.0.options", "at least two options"]],
  ["quiz-duplicate-question", ["quiz.yaml", "questions.1.id", 'duplicate question id "part"']],
  ["path-unknown-role", ["paths.yaml", ".to", '"astronaut" is neither a role nor a stage']],
  ["article-unknown-role", ["articles/fixture-article.mdx", "roles.0", '"astronaut" is not a role']],
  ["comparison-not-a-pair", ["comparisons/data-analyst-vs-astronaut.mdx", "is not \"<role>-vs-<role>\""]],
  ["comparison-reversed", ["comparisons/data-scientist-vs-data-analyst.mdx", "data-analyst-vs-data-scientist"]],
  ["duplicate-skill-id", ["skills.yaml", "2.id", 'duplicate id "sql"']],
  ["duplicate-article-id", ["more/roles-in-ai-and-ml.mdx", 'id "roles-in-ai-and-ml" is already used']],
  ["translation-missing-role", ["i18n/es/roles/ml-engineer.md", "(file)", "missing; every language translates", "roles/ml-engineer.md"]],
  ["translation-extra-item", ["i18n/es/roles/data-analyst.md", "responsibilities", "has 9 items; the English has 8"]],
  ["decoder-unknown-skill", ["decoder/en.yaml", "phrases.0.areas.cooking", '"cooking" is not a skill area']],
];

let results: Map<string, { code: number | null; output: string }>;
beforeAll(async () => {
  results = await buildAll([...cases.map(([fixture]) => fixture), "none"]);
}, BUILD_TIMEOUT * (cases.length + 1));

describe("bad content stops the build and says where", () => {
  it.each(cases)("%s", (fixture, expected) => {
    const { code, output } = results.get(fixture)!;
    expect(code, output).not.toBe(0);
    for (const text of expected) expect(output, `build output for ${fixture}`).toContain(text);
  });
});

describe("good content builds", () => {
  it("the real content/ passes every rule", () => {
    const { code, output } = results.get("none")!;
    expect(code, output).toBe(0);
  });
});
