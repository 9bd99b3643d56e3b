// Every tuning number of the job-ad decoder in one place (docs/decoder.md explains each). They are
// general rules about how postings are written, set from the dev split's aggregate figures
// (bench/DECODER.md), never from a single ad.

/** An ad with fewer words than this is too short to read. */
export const SHORT_WORDS = 40;
/** Below this much evidence for the data skill areas (DATA_AREAS; an ordinary mention weighs 1), an ad is not a data or AI job… */
export const OFF_TOPIC_EVIDENCE = 2.5;
/** …nor when that evidence is thinner than this per 100 words, or when even the closest role is a weak match (the quiz's WEAK_MATCH_R). */
export const OFF_TOPIC_DENSITY = 1;
/** The skill areas only data and AI work asks for: software, cloud, Python, communication, mathematics and research are asked by many other jobs too. */
export const DATA_AREAS = ["sql", "statistics", "machine-learning", "data-visualization", "data-engineering", "deep-learning"] as const;

/** An area is asked for when its evidence reaches this: about one ordinary mention. */
export const ASKED_EVIDENCE = 0.9;
/** A mention speaks clearly for an area with at least this weight: it sets the area's level and is listed for it (a hint is not). */
export const LEVEL_WEIGHT = 0.5;
/** How much a mention counts toward the profile at each level it is asked at (index: Basic 2 … Advanced 5): a nice-to-have says less about the job than a requirement. */
export const LEVEL_FACTOR = [0, 0, 0.5, 1, 1.25, 1.5];
/** Each repeat of the same phrase counts this much of the one before it: 1, every mention counts fully (what an ad repeats is what it is about; on the dev split, 0.5 read 64 of 68 ads right, 1 read 67). */
export const REPEAT_DECAY = 1;
/** Mentions on a line about degrees count this much: a list of fields of study is not a list of duties. */
export const DEGREE_FACTOR = 0.3;
/** The profile the roles are matched against is each area's evidence, log(1 + E), scaled to 0 … STRENGTH_STEPS and rounded, which is what a share link carries. */
export const STRENGTH_STEPS = 9;

/** Level words this many words apart or fewer, with no skill between them, count as one ("strong experience with"). */
export const CUE_CHAIN_GAP = 3;
/** A level word reaches skills at most this many words away, in the same sentence. */
export const CUE_REACH = 15;
/** A negation ("does not involve") reaches skills at most this many words after it, in the same sentence. */
export const NEGATION_REACH = 8;
/** A number and the word "years" at most this many words apart make a years phrase ("5 or more years"). */
export const YEARS_REACH = 3;
/** A first line of at most this many words, not ending a sentence, is the ad's title. */
export const TITLE_WORDS = 12;
/** A line of at most this many words that names no skill is a heading ("Nice to have:"). */
export const HEADING_WORDS = 8;
/** A title field ("Job title: …") is looked for in the first this many lines. */
export const TITLE_FIELD_LINES = 6;

/** A "unicorn" posting asks for nearly everything: at least this many of the 12 skill areas… */
export const UNICORN_AREAS = 10;
/** …and at least this many of them at Advanced. */
export const UNICORN_ADVANCED = 4;

/** A language's frequent words must make up at least this share of an ad's words for the ad to count as written in it. */
export const LANGUAGE_SHARE = 0.05;
