// Strings for the job-ad decoder, /decode/. `client` travels to the decoder element in the page's
// JSON data (src/lib/decoder/client-data.ts), so the browser writes only these words.
import type { DecoderText } from "../../../lib/decoder/client-data";

export default {
  page: {
    title: "Decode a job ad",
    description: "Paste a job ad and see which of the six data and AI roles its duties describe, what it asks for at which level, and how you fit it.",
    heading: "Decode a job ad",
    lede: "Job titles in data are unreliable: one company's Data Scientist is another's ML Engineer. Paste a posting to see which of the six roles its duties describe, whatever its title says, and the level each skill area is asked at.",
    /** Under the lede. */
    privacy: "Your browser does all the reading. The ad's text never leaves this page and is not saved.",
    /** {method} is the link below. */
    method: "The reading uses the skill matrix and the quiz's own matching. {method}.",
    methodLink: "How the matching works",
    /** Shown when JavaScript is off; {skills} is the link below. */
    noscript: "The decoder runs in your browser, so it needs JavaScript, which is turned off or blocked here. The {skills} shows what each role asks for.",
    skillsLink: "skill matrix",
  },
  form: {
    label: "The job ad",
    hint: "Paste the whole posting, title included. The duties say more than the title.",
    submit: "Decode the ad",
    clear: "Clear",
  },
  /** DecoderResult.astro: the result's fixed words (the element fills in the rest from `client`). */
  result: {
    sharedNote: "Someone shared this reading with you. The link carries the ad's profile, not its text, so there is nothing to highlight.",
    /** {score} is where the top role's score goes. */
    fit: "Match: {score}",
    barsTitle: "How all six roles match the ad",
    /** After each bar's number, for screen readers only. */
    outOf100: "out of 100",
    runnerTitle: "The runner-up",
    areasTitle: "What the ad asks for",
    areasCaption: "Skill areas the ad asks for, the level its wording implies, and the phrases that show it",
    areaColumn: "Skill area",
    levelColumn: "Level",
    phrasesColumn: "Phrases in the ad",
    adTitle: "The ad, with what the decoder read",
    adHint: "Each highlighted phrase is followed by its skill area. Check the reading against the text.",
    youTitle: "You and this ad",
    shareTitle: "Share this reading",
    shareLabel: "Link to this reading",
    copy: "Copy a link to this reading",
    shareHint: "The link carries the profile and the role the title names, never the ad's text.",
  },
  client: {
    status: {
      empty: "Paste a job ad first.",
      /** {n}: the ad's words; {min}: the fewest the decoder reads. */
      short: "This ad is too short to read: {n} words. Paste the whole posting, with its duties and requirements (at least {min} words).",
      offTopic: "This does not read like a data or AI job: it names too few of the skills the six roles work with. If it is one, paste the whole posting.",
      otherLanguage: "This ad seems to be written in a language the decoder does not read yet. It reads English and Spanish.",
      /** {language}: the ad's language, by its own name. */
      loading: "Loading the words for ads in {language}…",
      loadFailed: "The words for ads in {language} could not be loaded. Connect to the internet once, then try again.",
      /** Said when a reading is shown: {role}. */
      done: "Read: the ad is closest to {role.the}.",
      /** {language}: the ad's language, by its own name, when it is not the page's. */
      otherLexicon: "Read as an ad in {language}.",
      cleared: "Cleared.",
    },
    /** The notice for a shared link that cannot be read: {message}, one of codeErrors. */
    codeNotice: "This link to a reading cannot be opened: {message} Paste the ad to read it again.",
    codeErrors: {
      empty: "it holds no reading.",
      "too-long": "it is longer than any reading.",
      malformed: "it is damaged or incomplete.",
      version: "it was made by another version of the decoder.",
      length: "it was made for another set of skill areas.",
      nothing: "the ad it read named no skill.",
    },
    kicker: { mine: "This ad reads like", shared: "The shared ad reads like" },
    /** A score: {n}. */
    outOf: "{n} out of 100",
    /** The runner-up is within a few points: {role} (and its forms, {role.The} …; name-forms.ts), {n} points behind. */
    close: {
      one: "A close call: {role.The} is only {n} point behind, so read about both.",
      other: "A close call: {role.The} is only {n} points behind, so read about both.",
    },
    /** The top two show the same score: {role} is the runner-up, {n} the score. */
    tie: "A tie: {role.The} matches just as well, at {n}. Read about both.",
    /** The title names another role: {top} the closest role, {title} the one the title names (each with its forms, {top.a}, {title.text} …). */
    mismatch: "This ad reads like one for {top.a} even though its title says {title.text}. Trust the duties over the title.",
    /** The title names the closest role: {role}. */
    titleAgrees: "Its title says {role} too.",
    unicorn:
      "This is a \u201cunicorn\u201d posting: it asks for nearly every skill area, most at the top level. No one person is all of that; read it as a wish list and ask which parts matter most.",
    /** The runner-up line: {role}, {n} (its score) and {compare}, the comparison link. */
    runner: "{role}, at {n} out of 100. {compare}",
    /** The comparison link: {roles}, the two roles' names, or {roles.text}, their names inside a sentence. */
    compare: "Compare {roles}",
    /** The link to the top role's page: {role}. */
    roleLink: "What {role.the} does and needs",
    /** A phrase of the ad, quoted: {text}. */
    quote: "\u201c{text}\u201d",
    /** How a level was read: {words} the level words in the ad. */
    levelFrom: "from \u201c{words}\u201d",
    levelOptional: "optional in the ad",
    levelDegree: "named among degrees",
    levelDefault: "no level words near it: the level of the ad as a whole",
    /** The ad says it does not ask for these: {phrases}. */
    negated: "The ad says the job does not ask for {phrases}.",
    /** The highlighted phrase's text alternative: {skill} and {level}. */
    markLabel: "{skill}, {level}",
    /** A phrase the ad says the job does not need: {skill}. */
    markNegated: "{skill}, not asked for",
    /** The title's text alternative: {role}, or titleNone. */
    titleLabel: "title, names {role}",
    titleNone: "title",
    you: {
      /** The fit of the visitor's answers with the ad: {n}. */
      fit: "Your quiz answers match this ad at {n} out of 100 (the same measure as the quiz's fit with a role).",
      /** Readiness: {pct} is a percentage. */
      readiness: "Your stated experience covers {pct} of what the ad asks for.",
      readinessSkipped: "Answer the quiz's experience questions to see how far your experience covers this ad.",
      stepsTitle: "First steps toward this ad, most important first",
      /** A gap: {skill}, {need} (the ad's level), {stated} (the level the answers state), levels as a sentence writes them (common.levelsInText). */
      step: "{skill}: the ad asks for the {need} level; your answers state {stated}.",
      /** The next level: {level}. */
      next: "Next: {level}.",
      /** The link to what the next level looks like: {skill}, {level}. */
      levelLink: "What {level} looks like in {skill}",
      read: "Read:",
      noGaps: "Your stated experience meets every level this ad asks for.",
      /** Without a saved quiz result: before the link. */
      none: "Take the quiz, and this page will show how your answers fit each ad you decode and where to start on the gaps. Your answers stay in this browser.",
      take: "Take the quiz",
      plan: "Your full plan is on the quiz's result.",
    },
    copied: "Link copied. It carries the reading, not the ad's text.",
    /** When the clipboard is refused and the link is selected instead. */
    selectHint: "Copying was not allowed: the link is selected, copy it from the box.",
  } satisfies DecoderText,
};
