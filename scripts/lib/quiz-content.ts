// Loads the real content (skills, roles, the question bank) the way the build does, without
// Astro, so the quiz audit and the quiz's unit tests run on the bank and matrix the site publishes.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { parseEntryList, parseSingleEntry } from "../../src/lib/yaml-list";
import { buildMatrix, type Matrix } from "../../src/lib/matrix";
import { ROLE_IDS } from "../../src/lib/roles";
import { quizSchema, roleSchema, skillSchema, type QuizData } from "../../src/lib/schemas";
import { buildModel, type QuizModel } from "../../src/lib/quiz/model";

const CONTENT = join(process.cwd(), "content");

export function loadBank(): QuizData {
  const file = join(CONTENT, "quiz.yaml");
  return quizSchema.parse(parseSingleEntry(readFileSync(file, "utf8"), file)[0]);
}

export function loadMatrix(): Matrix {
  const file = join(CONTENT, "skills.yaml");
  const skills = parseEntryList(readFileSync(file, "utf8"), file).map((s) => skillSchema.parse(s));
  const roles = ROLE_IDS.map((id) => {
    const text = readFileSync(join(CONTENT, "roles", `${id}.md`), "utf8");
    const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1];
    if (!front) throw new Error(`content/roles/${id}.md has no front matter`);
    return { id, data: roleSchema.parse(parse(front)) };
  });
  return buildMatrix(skills, roles);
}

export function loadModel(): QuizModel {
  return buildModel(loadBank(), loadMatrix());
}
