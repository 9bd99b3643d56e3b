// Zod schemas for everything in content/. Pure (no Astro imports) so unit tests can run them on
// fixtures; src/content.config.ts hands them to the loaders. Rules that need two collections at
// once live in ./content-rules.ts.
import { z } from "zod";
import { LEVELS, levelNumber } from "./levels";
import { LAYER_IDS, ROLE_IDS } from "./roles";

const text = z.string().trim().min(1);
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens");
/** Skill-area ids (content/skills.yaml), checked against the areas by ./content-rules.ts. */
const skillIds = z.array(z.string()).default([]);
/** A section's skill areas: at least one when the section is named. */
const sectionAreas = z.array(z.string()).min(1, "name at least one skill area, or leave the section out").optional();

/** A level word: low, basic, medium, high or advanced. */
export const levelSchema = z.enum(LEVELS, {
  error: (issue) => `"${String(issue.input)}" is not a level; use one of ${LEVELS.join(", ")}`,
});

/** One level, or a [min, max] range whose min is not above its max. */
export const levelSpecSchema = z.union(
  [
    levelSchema,
    z.tuple([levelSchema, levelSchema]).refine(([min, max]) => levelNumber(min) <= levelNumber(max), {
      message: "a range's min is above its max",
    }),
  ],
  {
    // A union's default message ("did not match union") hides what is wrong; say it plainly.
    error: (issue) =>
      Array.isArray(issue.input)
        ? `a range is [min, max] of two level words (${LEVELS.join(", ")}); got ${JSON.stringify(issue.input)}`
        : `${JSON.stringify(issue.input)} is not a level; use one of ${LEVELS.join(", ")}`,
  },
);

/** How a role rates one skill area. */
export const ratingSchema = z
  .strictObject({
    /** The level, or a [min, max] range, in the matrix's words. */
    level: levelSpecSchema,
    /** "matrix": copied from the source's skill comparison matrix; "derived": the project's reading of the sources. */
    source: z.enum(["matrix", "derived"]),
    /** Why a derived rating is what it is, in one line grounded in the sources. */
    reason: text.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.source === "derived" && !r.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "a derived rating needs a one-line reason" });
  });

/** content/skills.yaml: one skill area. */
export const skillSchema = z.strictObject({
  /** Stable id used by roles, quiz signals and URLs. */
  id,
  /** Set by the loader: the entry's position in the file, which is the display order. */
  order: z.number().int().min(0),
  /** Full name, e.g. "Cloud and deployment". */
  name: text,
  /** At most 10 characters, for chart labels. */
  short: text.max(10),
  /** One paragraph: what the area covers. */
  description: text,
  /** Tools and libraries the sources name for this area. */
  tools: z.array(text).default([]),
  /**
   * What each level looks like in practice: the concepts and tools (from `tools` and the sources)
   * a person at that level works with, one or two sentences each. All five, non-empty. Shown on
   * /skills/ (each level has the anchor "<id>-<level>") and as the next step in the quiz's plan.
   */
  levels: z.strictObject({ low: text, basic: text, medium: text, high: text, advanced: text }),
});

/**
 * A role's or a career stage's name as sentences need it, in the file's language: templates insert
 * these forms ("{role.the}", "{roles.of}", src/lib/name-forms.ts) and never lower, pluralise or
 * decline a name themselves. The entry's `name` is the form for headings, labels, buttons and the
 * start of a sentence. Spanish writes job titles in lower case in running text; English keeps capitals.
 */
export const nameFormsSchema = z.strictObject({
  /** Inside a sentence, without an article: "Data Scientist", "científico de datos". */
  text,
  /** The plural inside a sentence: "Data Scientists", "científicos de datos". */
  plural: text,
  /** With the definite article: "the Data Scientist", "el científico de datos". */
  the: text,
  /** The plural with the definite article: "the Data Scientists", "los científicos de datos". */
  thePlural: text,
  /** With the indefinite article: "a Data Scientist", "an ML Engineer", "un científico de datos". */
  a: text,
  /** "Of" and the definite article, as the language joins them: "of the Data Scientist", "del científico de datos". */
  of: text,
  /** "To" and the definite article, as the language joins them: "to the Data Scientist", "al científico de datos". */
  to: text,
  /** Grammatical gender, for words that agree with the name; "none" in a language without it. */
  gender: z.enum(["masculine", "feminine", "none"]),
});

/**
 * The role page's own sections that can declare skill areas. Their anchors (#responsibilities …)
 * are written by the role page itself, so they are the same in every language.
 */
export const ROLE_SECTIONS = ["responsibilities", "example", "tools", "workflow"] as const;
export type RoleSection = (typeof ROLE_SECTIONS)[number];

/** content/roles/<id>.md front matter. */
export const roleSchema = z.strictObject({
  /** Job title as a heading, e.g. "Data Analyst". */
  name: text,
  /** The job title inside a sentence: with and without its article, singular and plural. */
  forms: nameFormsSchema,
  /** One line on what the role is for; used on cards and in meta descriptions. */
  summary: text.max(160),
  /** The primary objective, one sentence. */
  objective: text,
  /** Short phrase for the kind of analysis, e.g. "Descriptive and diagnostic". */
  focus: text,
  /** The core question the role answers. */
  question: text,
  /** Which layer of the data stack the role serves. */
  layer: z.enum(LAYER_IDS),
  /** What the role does, each with a sentence of detail. */
  responsibilities: z.array(z.strictObject({ title: text, detail: text })).min(3),
  /** A worked example: the company, what the role does there, the questions it answers. */
  example: z.strictObject({
    /** The kind of company and its problem. */
    setting: text,
    /** What the role does there. */
    actions: z.array(text).min(2),
    /** The questions it answers. */
    questions: z.array(text).min(1),
    /** True when the example is the site's own rather than taken from the sources. */
    illustrative: z.boolean(),
  }),
  /** Technical tools in named groups. */
  tools: z.array(z.strictObject({ group: text, items: z.array(text).min(1) })).min(1),
  /** Soft skills the role leans on. */
  softSkills: z.array(text).default([]),
  /** Who the role suits. */
  suitedTo: z.array(text).min(1),
  /** The role's workflow as ordered steps. */
  workflow: z.array(text).min(2),
  /** Lists the sources give no version of for this role, so the site wrote them from its duties; the page says so. */
  siteWritten: z.array(z.enum(["workflow", "suitedTo"])).default([]),
  /** Relative pay as the sources put it; omitted where they say nothing. */
  compensation: z
    .strictObject({
      /** Where the sources place the role relative to the others. */
      tier: z.enum(["entry-to-mid", "higher", "highest"]),
      /** One sentence, as the sources put it, without figures. */
      note: text,
    })
    .optional(),
  /** How companies at each stage hire the role; a stage the sources skip is left out. */
  hiring: z
    .strictObject({ startup: text.optional(), growing: text.optional(), enterprise: text.optional() })
    .default({}),
  /** Misconceptions the sources correct. */
  myths: z.array(z.strictObject({ myth: text, reality: text })).default([]),
  /** A rating for every skill area, keyed by skill id. */
  skills: z.record(z.string(), ratingSchema),
  /**
   * Which skill areas each of the page's sections teaches (section -> skill-area ids), so the
   * quiz's plan can send a reader to /roles/<id>/#<section>. Data, not text: translations leave it out.
   */
  sectionSkills: z
    .strictObject({
      responsibilities: sectionAreas,
      example: sectionAreas,
      tools: sectionAreas,
      workflow: sectionAreas,
    } satisfies Record<RoleSection, unknown>)
    .default({}),
});

/** A question and answer shown as an FAQ (with FAQPage structured data). */
export const faqSchema = z.array(z.strictObject({ question: text, answer: text })).default([]);

/** content/articles/**\/*.mdx front matter. */
export const articleSchema = z.strictObject({
  /** Sentence-case title; the page's h1. */
  title: text,
  /** At most 160 characters, for search results and share cards. */
  description: text.max(160),
  /** First publication. */
  pubDate: z.coerce.date(),
  /** Last substantial revision, if any. */
  updatedDate: z.coerce.date().optional(),
  /** Lower-case, hyphenated tags; each gets a page. */
  tags: z.array(id).default([]),
  /** Role ids the article is about; checked against the roles. */
  roles: z.array(z.string()).default([]),
  /** Skill-area ids the article teaches; the quiz's plan links here for them. English file only. */
  skills: skillIds,
  /** Drafts are built in dev only, never published or listed. */
  draft: z.boolean().default(false),
  /** Questions and answers shown at the end. */
  faq: faqSchema,
});

/** content/comparisons/<a>-vs-<b>.mdx front matter: written sections for one pair's page. */
export const comparisonSchema = z.strictObject({
  /** Heading for the written section; a default is used when absent. */
  title: text.optional(),
  /** Questions and answers shown as an FAQ. */
  faq: faqSchema,
});

/** One answer option of a quiz question. */
export const quizOptionSchema = z.strictObject({
  /** Short id, unique within its question; part of share codes' meaning. */
  id,
  /** The text beside the radio button. */
  label: text,
  /** Skill-area id -> affinity from -2 (avoid) to +2 (strong). */
  signals: z.record(z.string(), z.number().int().min(-2, "signals run from -2 to 2").max(2, "signals run from -2 to 2")),
});

/** content/quiz.yaml: the whole question bank. */
export const quizSchema = z
  .strictObject({
    /** Set by the loader: the bank is the collection's single entry. */
    id: z.literal("bank").optional(),
    /** Bumped whenever questions or options change meaning; share codes carry it. */
    version: z.number().int().min(1),
    /** The questions in the order they are asked. */
    questions: z
      .array(
        z.strictObject({
          /** Stable id. */
          id,
          /** What the question probes. */
          kind: z.enum(["interest", "work-style", "dislike", "experience"]),
          /** The question as the visitor reads it (the fieldset's legend). */
          prompt: text,
          /** Optional hint under the prompt. */
          hint: text.optional(),
          /** The choices; at least two. */
          options: z.array(quizOptionSchema).min(2, "a question needs at least two options"),
        }),
      )
      .min(1),
    /** Tie-breakers: extra questions a close call between two roles may offer (src/lib/quiz/tiebreak.ts). */
    tiebreakers: z
      .array(
        z.strictObject({
          /** Stable id, unique among the tie-breakers. */
          id,
          /** The two roles it separates, in any order. */
          pair: z.tuple([z.enum(ROLE_IDS), z.enum(ROLE_IDS)]).refine(([a, b]) => a !== b, "a pair names two different roles"),
          /** The question as the visitor reads it. */
          prompt: text,
          /** Optional hint under the prompt. */
          hint: text.optional(),
          /** Two or three choices, each leaning toward one side of the pair. */
          options: z.array(quizOptionSchema).min(2, "a tie-breaker needs at least two options").max(3, "a tie-breaker has at most three options"),
        }),
      )
      .default([]),
  })
  .superRefine((bank, ctx) => {
    const seen = new Map<string, number>();
    bank.tiebreakers.forEach((t, i) => {
      if (seen.has(t.id))
        ctx.addIssue({ code: "custom", path: ["tiebreakers", i, "id"], message: `duplicate tie-breaker id "${t.id}" (also tie-breaker ${seen.get(t.id)! + 1})` });
      seen.set(t.id, i);
    });
    seen.clear();
    bank.questions.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({ code: "custom", path: ["questions", i, "id"], message: `duplicate question id "${q.id}" (also question ${seen.get(q.id)! + 1})` });
      seen.set(q.id, i);
      const opts = new Set<string>();
      q.options.forEach((o, j) => {
        if (opts.has(o.id))
          ctx.addIssue({ code: "custom", path: ["questions", i, "options", j, "id"], message: `duplicate option id "${o.id}" in question "${q.id}"` });
        opts.add(o.id);
      });
    });
  });

/** A node of the career graph that is not one of the six roles. */
const stageSchema = z.strictObject({
  id,
  /** Set by the loader: position in the file. */
  order: z.number().int().min(0),
  type: z.literal("stage"),
  /** Display name, e.g. "Senior Analyst". */
  name: text,
  /** The name inside a sentence: with and without its article, singular and plural. */
  forms: nameFormsSchema,
  /** career-stage: a step within a track; adjacent-role: a job outside the six; hybrid-role: a blend the sources see emerging. */
  kind: z.enum(["career-stage", "adjacent-role", "hybrid-role"]),
  /** One sentence. */
  description: text,
});

/** A named career path that groups moves. */
const routeSchema = z.strictObject({
  id,
  /** Set by the loader: position in the file. */
  order: z.number().int().min(0),
  type: z.literal("route"),
  /** Display name, e.g. "From Data Analyst to Data Scientist" (job titles capitalised). */
  name: text,
  /** One sentence. */
  summary: text,
});

/** One move: an edge of the career graph. */
const moveSchema = z.strictObject({
  id,
  /** Set by the loader: position in the file. */
  order: z.number().int().min(0),
  type: z.literal("move"),
  /** Role or stage ids; several mean "from any of these". */
  from: z.array(z.string()).min(1),
  /** Role or stage id. */
  to: z.string(),
  /** The route this move belongs to. */
  route: z.string(),
  /** Which seed names the move. */
  source: z.string(),
  /** What the move takes. */
  note: text,
});

/** Roles and stages the sources see emerging as hybrids. */
const emergingSchema = z.strictObject({
  id,
  /** Set by the loader: position in the file. */
  order: z.number().int().min(0),
  type: z.literal("emerging"),
  name: text,
  /** Role or stage ids. */
  members: z.array(z.string()).min(1),
  source: z.string(),
  note: text,
});

/** content/paths.yaml: one entry of the career graph. */
export const pathEntrySchema = z.discriminatedUnion("type", [stageSchema, routeSchema, moveSchema, emergingSchema]);

/** How strongly one mention of a phrase speaks for a skill area (content/decoder/*.yaml). */
const lexiconWeight = z.number().gt(0, "a weight is above 0").max(2, "a weight is at most 2");
const phrases = z.array(text);

/** One entry of the job-ad decoder's lexicon: phrases that mean one thing in an ad, and the skill areas they speak for. */
export const lexiconEntrySchema = z.strictObject({
  /** The ways an ad writes it; matched as whole words, ignoring case, accents and a final "s" on words of four letters or more. */
  phrases: phrases.min(1, "list at least one phrase"),
  /** Skill-area id -> weight above 0 and at most 2: 1 an ordinary mention, up to 2 a decisive one, 0.3 to 0.5 a hint. Checked against content/skills.yaml. */
  areas: z.record(z.string(), lexiconWeight).refine((a) => Object.keys(a).length > 0, "name at least one skill area"),
  /** Match the phrases with their case as written: for names that are also ordinary words (R, Excel, Spark). */
  case: z.boolean().default(false),
  /** The role whose duties these phrases describe; the build checks that the entry's areas alone rank that role first. */
  marks: z.enum(ROLE_IDS).optional(),
});

const yearsFor = z.number().int().min(0).max(40);

/** content/decoder/lexicon.yaml: the decoder's data that is the same in every language. */
export const decoderCommonSchema = z.strictObject({
  /** Set by the loader: the file is the collection's single entry. */
  id: z.literal("lexicon").optional(),
  /** The fewest years of experience that imply each level ("5+ years" is High with high: 5); rising. */
  years: z
    .strictObject({ basic: yearsFor, medium: yearsFor, high: yearsFor, advanced: yearsFor })
    .refine((y) => y.basic < y.medium && y.medium < y.high && y.high < y.advanced, "the years must rise from basic to advanced"),
  /** Frequent words of languages the decoder does not read: an ad made of them gets a plain message instead of a reading. */
  otherStopwords: phrases.min(10),
  /** Tools and names ads write the same way in every language. */
  tools: z.array(lexiconEntrySchema).default([]),
});

/** content/decoder/<lang>.yaml: how ads in one language word things. */
export const decoderLanguageSchema = z.strictObject({
  /** Set by the loader: the language, from the file name. */
  id: z.string().optional(),
  /** Frequent short words of the language: how the decoder tells which language an ad is in. */
  stopwords: phrases.min(20, "list at least 20 frequent words"),
  /** Level wording: phrases that say how much of a skill is asked for ("familiarity with" Basic … "expert" Advanced). */
  levels: z.strictObject({ basic: phrases.min(1), medium: phrases.min(1), high: phrases.min(1), advanced: phrases.min(1) }),
  /** Whether level words usually follow the skill they qualify ("Python avanzado"): settles a tie between a level word before a skill and one after it. */
  levelWordsFollow: z.boolean().default(false),
  /** Phrases that make what their sentence asks for optional ("nice to have"), read as Basic; a heading with one covers the lines below it. */
  optional: phrases.min(1),
  /** Years of experience: the words for a year ("years") and numbers written as words ("three"). */
  years: z.strictObject({ words: phrases.min(1), numbers: z.record(z.string(), z.number().int().min(0).max(40)).default({}) }),
  /** Seniority words in a title: junior ones make Basic the level for skills the wording leaves open, senior ones High. */
  seniority: z.strictObject({ junior: phrases, senior: phrases }),
  /** Negation: words that say the job does not ask for what follows them in the sentence ("won't be expected to build models"), and words after which the sentence asks again ("but"). */
  negation: z.strictObject({ words: phrases.min(1), ends: phrases.default([]) }),
  /** Phrases that look like a skill but are not ("reports to"): matched first, then ignored. */
  ignore: phrases.default([]),
  /** Words that mark a line about degrees: the fields such a line names count for little. */
  degree: phrases.min(1),
  /** Labels of a title field ("Job title: …"). */
  titleFields: phrases.min(1),
  /** Each role's titles as ads in this language write them. */
  titles: z.strictObject(Object.fromEntries(ROLE_IDS.map((id) => [id, phrases.min(1)])) as Record<(typeof ROLE_IDS)[number], z.ZodArray<typeof text>>),
  /** The phrases and duties, each with the skill areas it speaks for. */
  phrases: z.array(lexiconEntrySchema).min(1),
});

export type SkillData = z.infer<typeof skillSchema>;
export type RoleData = z.infer<typeof roleSchema>;
export type RatingData = z.infer<typeof ratingSchema>;
export type ArticleData = z.infer<typeof articleSchema>;
export type ComparisonData = z.infer<typeof comparisonSchema>;
export type QuizData = z.infer<typeof quizSchema>;
export type PathEntry = z.infer<typeof pathEntrySchema>;
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
export type DecoderCommon = z.infer<typeof decoderCommonSchema>;
export type DecoderLanguage = z.infer<typeof decoderLanguageSchema>;
export type NameForms = z.infer<typeof nameFormsSchema>;
export type Faq = z.infer<typeof faqSchema>;

export { ROLE_IDS };
