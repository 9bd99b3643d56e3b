// Every tuning number of the quiz in one place, so /quiz/how-it-works/ prints the values the
// scorer actually uses.

/** fit = SCORE_HALF × (1 + r): a correlation of −1 … 1 becomes a score of 0 … 100. */
export const SCORE_HALF = 50;
/** The runner-up is a close call when its rounded score is at most this many points behind (set by the audit: below it, simulated takers' top role is right barely more than half the time). */
export const CLOSE_CALL_POINTS = 5;
/** An area must move a score by at least this many points to be named as a reason. */
export const MIN_EFFECT_POINTS = 0.5;
/** How many areas are named as raising or lowering a score. */
export const TOP_AREAS = 3;
/** Answering fewer than this share of the fit questions lowers confidence… */
export const FEW_ANSWERS_SHARE = 0.75;
/** …and fewer than this share makes it low. */
export const VERY_FEW_ANSWERS_SHARE = 0.5;
/** A profile whose standard deviation (divided by the share of questions answered) is below this does not separate the areas: flat. */
export const FLAT_SD = 0.2;
/** A best correlation below this is a weak match for every role. */
export const WEAK_MATCH_R = 0.3;
/** A role's need at least this many levels above the stated level is a gap. */
export const GAP_LEVELS = 1;
/** The fewest answers that give a result (and that a share code may carry). */
export const MIN_ANSWERS = 4;
/** An experience answer's signal is the stated level minus this (Medium = 0). */
export const LEVEL_OFFSET = 3;
/** The plan names at most this many places to read per step (src/lib/quiz/plan.ts, readingOrder). */
export const MAX_READING = 3;
/** The result links to at most this many articles about the chosen role, newest first. */
export const MAX_ROLE_ARTICLES = 5;
/** A close call offers at most this many tie-breakers. */
export const MAX_TIEBREAKERS = 3;
/** The plan shows at most this many career-path routes into the chosen role. */
export const MAX_CHAINS = 2;
/** A route into a role has at most this many moves. */
export const MAX_CHAIN_MOVES = 4;
