// Random answer sets for timing the quiz scorer: each question answered with any of its options,
// or skipped now and then, as real visitors do.
import type { Answers, QuizModel } from "../../src/lib/quiz/model";
import type { Random } from "./random";

export function randomAnswers(model: QuizModel, rng: Random, skipShare = 0.1): Answers {
  return model.questions.map((q) => (rng() < skipShare ? null : Math.floor(rng() * q.options.length)));
}
