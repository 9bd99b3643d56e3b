// Strings for the quiz pages and their components. `client` is handed to the quiz element in the
// page's JSON data (src/lib/quiz/client-data.ts), so the browser writes only these words.
import type { ClientText } from "../../../lib/quiz/client-data";
import common from "./common";

export default {
  /** The quiz page, /quiz/. {count} is the number of questions. */
  page: {
    title: "Which data role fits you? A quiz",
    description:
      "Answer {count} short questions about what you enjoy and what you can do, and see how six data and AI roles fit you, with the scoring shown.",
    heading: "Which data role fits you?",
    lede: "{count} short questions about the work you enjoy, how you like to work, and what you can already do. You then see how well each of the six roles fits your answers, and why.",
    /** {method} is the link below. */
    time: "It takes about five minutes, and your answers stay in this browser. {method} explains the method and what it cannot know.",
    methodLink: "How the quiz scores you",
  },
  /** QuizApp.astro: the frame around the questions. */
  app: {
    /** Shown when JavaScript is off; {skills} and {compare} are the links below. */
    noscript:
      "The quiz runs in your browser, so it needs JavaScript, which is turned off or blocked here. You can still {skills} the quiz scores against, or {compare}.",
    skillsLink: "read the skill matrix",
    compareLink: "compare two roles side by side",
    /** The form's accessible name. */
    formLabel: "Quiz",
    back: "Back",
  },
  /** QuizReview.astro. */
  review: {
    heading: "Check your answers",
    intro: "Change any answer, or go on to your result. A question you skipped counts as neutral.",
  },
  /** QuizResult.astro: the result's fixed words (the element fills in the rest from `client`). */
  result: {
    sharedNote: "Someone shared this result with you. It shows their answers, not yours.",
    take: "Take the quiz yourself",
    /** {score} is where the top role's score goes. */
    fit: "Fit: {score}",
    barsTitle: "How all six roles fit",
    /** After each bar's number, for screen readers only. */
    outOf100: "out of 100",
    runnerTitle: "The runner-up",
    whyTitle: "Why it fits",
    againstTitle: "What counts against it",
    confidenceTitle: "How sure is this?",
    /** The plan's heading; {role} is where the chosen role's name goes. */
    planTitle: "A plan for {role}",
    /** The role switcher's legend: its options are the six roles in rank order, with their scores. */
    switchLegend: "Show the plan for any role, ranked by fit",
    stepsTitle: "What to learn next, most important first",
    ticksHint: "Tick a step off once you reach the level it names. Ticks stay in this browser and are never sent anywhere.",
    strengthsTitle: "Already at this role's level",
    routeTitle: "How people move into this role",
    clearTicks: "Clear ticks",
    readNext: "Read next",
    shareTitle: "Share this result",
    shareLabel: "Link to this result",
    copy: "Copy link",
    change: "Change answers",
    restart: "Start over",
    method: "How the quiz worked this out",
  },
  /** Everything the quiz element writes in the browser; placeholders are described in ClientText. */
  client: {
    progress: "Question {n} of {total}",
    reviewProgress: "Review: {n} of {total} answered",
    next: "Next",
    seeResult: "See my result",
    backToReview: "Back to review",
    notAnswered: "Not answered",
    change: "Change",
    changeWhat: "answer to “{prompt}”",
    atLeast: { one: "Answer at least {n} question to see a result.", other: "Answer at least {n} questions to see a result." },
    codeNotice: "{message} You can take the quiz below.",
    codeErrors: {
      empty: "This link to a quiz result is empty.",
      "too-long": "This link to a quiz result is too long to be one of ours.",
      malformed: "This link to a quiz result is damaged, so it cannot be read.",
      version: "This link to a quiz result comes from another version of the quiz, whose questions have changed.",
      length: "This link to a quiz result looks cut short or padded, so it cannot be read.",
      option: "This link to a quiz result names an answer the quiz does not have.",
      "too-few": "This link to a quiz result holds fewer than {n} answers, too few for a result.",
    },
    kicker: { mine: "Your closest match", shared: "The closest match in this shared result" },
    outOf: "{n} out of 100",
    close: {
      one: "A close call: {role} is only {n} point behind, so read about both.",
      other: "A close call: {role} is only {n} points behind, so read about both.",
    },
    runner: "{role}, with {n} out of 100. {compare}",
    /** {roles} is the two role names as a list ("A and B"). */
    compare: "Compare {roles}",
    readiness: {
      skipped: "The experience questions were skipped, so the quiz cannot compare current skills with what this role needs.",
      gaps: "The stated experience covers about {pct} of what this role asks for. The steps below are the areas where it asks for more.",
      met: "The stated experience meets what this role asks for in every area rated ({pct}).",
    },
    roleLink: "The {role} role: what it does and needs",
    copied: "Link copied.",
    selectHint: "The link is selected: press Ctrl+C, or ⌘C on a Mac, to copy it.",
    /** The plan (src/scripts/quiz.ts); a step's line and a strength's line use words.gap. */
    plan: {
      switched: { one: "Plan for {role}: {n} step.", other: "Plan for {role}: {n} steps." },
      next: "Next level, {level}:",
      allLevels: "{skill}: all five levels",
      read: "Where to read about it:",
      route: {
        mine: {
          one: "Your stated experience is nearest to {start}. The career paths name this route from there to {role}:",
          other: "Your stated experience is nearest to {start}. The career paths name these routes from there to {role}:",
        },
        shared: {
          one: "The stated experience is nearest to {start}. The career paths name this route from there to {role}:",
          other: "The stated experience is nearest to {start}. The career paths name these routes from there to {role}:",
        },
      },
      routeAny: { one: "The career paths name this route into {role}:", other: "The career paths name these routes into {role}:" },
      pathsLink: "All career paths",
      unrated: "Not rated, because the experience question was skipped: {skills}.",
      noSteps: "No steps: the stated experience meets this role's needs in every area rated.",
      noStrengths: "None yet: in every area rated, this role needs more than the answers state.",
      cleared: "Ticks cleared.",
      ticksNote:
        "The ticks saved in this browser could not be read, perhaps because they come from an older version of the quiz, so the plan starts with none ticked.",
    },
    /** The result's sentences (src/lib/quiz/words.ts), also used by the method page. */
    words: {
      levels: common.levels,
      effect: {
        lean: {
          mine: { toward: "you lean toward it", away: "you lean away from it" },
          shared: { toward: "the answers lean toward it", away: "the answers lean away from it" },
        },
        raises: "{skill}: {lean}, and this role {need}.",
        lowers: "{skill}: {lean}, but this role {need}.",
        needsMuch: "needs it at {level} level",
        needsLittle: "needs little of it ({level})",
      },
      gap: {
        mine: "{skill}: the role needs {need}; your answers say {stated}.",
        shared: "{skill}: the role needs {need}; the answers say {stated}.",
      },
      confidence: {
        high: {
          mine: {
            one: "High: you answered {n} of the {total} questions that decide the fit, and no single answer, changed, would put another role first.",
            other: "High: you answered {n} of the {total} questions that decide the fit, and no single answer, changed, would put another role first.",
          },
          shared: {
            one: "High: these answers cover {n} of the {total} questions that decide the fit, and no single one, changed, would put another role first.",
            other: "High: these answers cover {n} of the {total} questions that decide the fit, and no single one, changed, would put another role first.",
          },
        },
        medium: "Medium: {reasons}. Treat the ranking as a starting point.",
        low: "Low: {reasons}. Treat the ranking as a starting point.",
        fewAnswers: {
          mine: { one: "you answered {n} of the {total} questions that decide the fit", other: "you answered {n} of the {total} questions that decide the fit" },
          shared: { one: "only {n} of the {total} questions that decide the fit were answered", other: "only {n} of the {total} questions that decide the fit were answered" },
        },
        reasons: {
          flat: "the answers rate the skill areas almost evenly, so no shape stands out",
          close: "the runner-up is only a few points behind",
          fragile: "changing a single answer would put another role first",
          "weak-match": "even the closest role matches the answers only loosely",
        },
      },
    },
  } satisfies ClientText,
  /** The method page, /quiz/how-it-works/. Placeholders in curly braces are numbers, links or formula symbols. */
  method: {
    title: "How the quiz scores your answers",
    description:
      "The quiz's method in full: how answers become a skill profile, the correlation it ranks roles by, the matrix it scores against, and every question's signals.",
    lede: "The quiz compares the shape of your answers with the shape of each role's skill needs and ranks the roles by how closely the two follow each other. This page gives the whole method, the numbers it runs on, and every signal in the question bank, so any result can be checked by hand. The code that does it is the same code your browser runs.",
    verdict: {
      heading: "A list of roles to explore, not a verdict",
      /** {matrix} is the link to the skill matrix page. */
      items: [
        "The result says which roles to read about first. It is not an aptitude test, a hiring signal, or advice to quit anything.",
        "It only knows what you tell it. It takes your word for your experience and tests no skill.",
        "It ignores pay, job openings where you live, degrees, personality, and the industry you want to work in.",
        "It scores against a skill matrix in which some ratings come from a published comparison of three roles and the rest are this site's reading of role descriptions. {matrix} marks which are which.",
        "Job titles mean different things at different companies, so read a job ad's duties rather than its title.",
      ],
      matrixLink: "The skill matrix page",
    },
    profile: {
      heading: "Step 1: your answers become a profile",
      p1: "Each answer sends signals to some of the twelve skill areas, from −2 (you would rather avoid this) to +2 (you are drawn to it, or strong in it). For each area, the quiz adds up the signals your answers send to it and divides by the number of questions in the bank that ask about that area. A question asks about an area when any of its answers mentions it; an answer that does not mention that area counts as 0 there, and so does a skipped question. Once every question is answered, this is simply the average of your answers' signals for the area.",
      /** The formula as a screen reader says it. */
      formulaLabel:
        "profile of an area equals the sum of the signals your answers send to it, divided by the number of questions in the bank that ask about it",
      /** {area} is the variable, set in italics. */
      formulaName: "profile({area})",
      area: "area",
      numerator: "sum of the signals your answers send to the {area}",
      denominator: "questions in the bank that ask about the {area}",
      p2: "The result is your profile: twelve numbers between −2 and +2, one per skill area. Dividing by the bank's count rather than by the questions you answered means an answer always moves an area the way its signal points, and a skipped question pulls nothing in either direction.",
    },
    shape: {
      heading: "Step 2: each role is matched on shape, not height",
      /** {r} is the correlation's symbol. */
      p1: "A role's needs come from the matrix below: Low counts 1, Basic 2, Medium 3, High 4, Advanced 5, and a range such as Basic–Medium counts as its midpoint, 2.5. The quiz measures how closely your profile rises and falls with a role's needs using the Pearson correlation {r}. Both sets of twelve numbers are first measured from their own average, so only their ups and downs count. Career-matching tools call this a shape match; research for O*NET, the U.S. database of occupations, has used the same kind of correlation to link a person's profile to occupations.",
      rLabel:
        "r equals the sum over areas of the profile minus its mean times the need minus its mean, divided by the square root of the product of the two sums of squares",
      /** {half} is the number 50. */
      fitLabel: "fit equals {half} times one plus r",
      /** The fit's name in the formula. */
      fit: "fit",
      /** {pa} profile in area a, {a} the area, {na} the need in area a, {pbar} and {nbar} their averages, {r} the correlation. */
      p2: "Here {pa} is your profile in area {a}, {na} is the role's need there, and {pbar} and {nbar} are their averages over the twelve areas. A correlation of 1 means your profile has exactly the role's shape and gives a fit of 100; 0 means no relation (50); −1 means the opposite shape (0). Roles are ranked by {r}; a tie keeps the site's usual role order.",
      whyHeading: "Why shape rather than level",
      why1: "If the quiz simply added up how much you like each area, someone who answered every question with the most eager option would fit every role well, and the role that needs the most of everything would always win. Measuring each profile from its own average removes that: answering everything one notch higher changes no score. What counts is which areas you put above your own average and which below, against which areas a role needs more and less of than its own average. The last row of the matrix table shows each role's average.",
      why2: "A profile with no ups and downs at all, such as no answers or the same signal everywhere, has no shape to match. Every role then scores 50, and the quiz says it cannot tell.",
    },
    example: { heading: "A worked example" },
    reasons: {
      heading: "Why a role scored what it did",
      /** {half} is the number 50. */
      p1: "The correlation is a sum with one term per skill area, so each area's share of a score can be read off exactly: the term is (your profile's distance from its average) × (the role's need's distance from its average), both in standard deviations, divided by twelve and multiplied by {half}. The terms add up to the fit minus 50.",
      /** {top} areas named at most; {min} the smallest effect named, in points. */
      p2: "The result names up to {top} areas that raised the top role's fit most and up to {top} that lowered it, leaving out any that moved it by less than {min} of a point. An area can raise a fit in two ways: you lean toward it and the role needs a lot of it, or you lean away from it and the role needs little of it.",
    },
    gaps: {
      heading: "Readiness and skill gaps",
      /** {count} experience questions; {offset} the level an experience signal of 0 means; {levels} is gapLevels. */
      p1: "The fit is about what draws you. Readiness is about what you can do now, so it uses only the {count} experience questions. Their answers state a level directly: an experience signal is the level minus {offset}, so −2 is Low, 0 is Medium, and +2 is Advanced.",
      formulaLabel:
        "readiness equals one minus the sum of the shortfalls divided by the sum of the needs above Low, as a percentage",
      readiness: "readiness",
      need: "need",
      stated: "stated",
      p2: "Both sums run over the areas your experience answers rate. Readiness does not change the ranking.",
    },
    /** How the plan is ordered, with a worked example (PlanExample.astro). */
    plan: {
      heading: "How the plan is ordered",
      p1: "The plan is for the best-fit role until you pick another. Its steps are the skill areas where that role needs more than your experience answers state. Areas where your stated level already meets the need are listed as strengths, and an area whose experience question you skipped is listed as not rated.",
      p2: "The steps are sorted by one rule: the role's need in the area times how far your stated level falls short of it. Both numbers are levels (Low 1 to Advanced 5), so a bigger shortfall in an area the role needs more always comes first. A tie goes to the area the role needs more, then to the usual order of the skill areas.",
      formulaLabel: "priority equals need times the difference between the need and the stated level",
      priority: "priority",
      need: "need",
      stated: "stated",
      /** {skills} is the link to the skills page; {max} a number. */
      p3: "Each step shows the level you state, the level the role needs, and what the next level above yours looks like in practice, as the {skills} describes it. It then names up to {max} places on this site that teach the area, most relevant first: a section of the role's own page, then articles about the role, then other articles, then the pages of other roles, the one that needs the area most first.",
      skillsLink: "skills page",
      /** {max} is a number. */
      p4: "Where the career paths name routes into the role, the plan shows up to {max}, starting from the role your stated levels are nearest to: the one with the smallest average difference, area by area, between its needs and the levels you state. The ticks you set on the plan stay in this browser.",
    },
    confidence: {
      heading: "How sure the result is",
      intro: "The result states its confidence as high, medium, or low. Each of these lowers it:",
      /** {share} a percentage, {count} the number of questions; {reason} is the result's own sentence for it. */
      few: { label: "Few answers:", text: "fewer than {share} of the {count} questions answered." },
      flat: {
        label: "A flat profile:",
        text: "a standard deviation under {sd} across the twelve areas, after dividing by the share of questions answered (skipped questions shrink every area toward 0); {reason}.",
      },
      oneNote: { label: "A one-note profile:", text: "the two strongest areas carry more than {share} of the profile's variation; {reason}." },
      weak: { label: "A weak match:", text: "the best correlation is below {r}; {reason}." },
      /** {share} a percentage, {close} points, {min} answers. */
      outro: "With none of these, confidence is high. With one, it is medium. With two or more, a flat profile, or fewer than {share} of the questions answered, it is low. Separately, when the runner-up's fit is within {close} points of the top role's, the result calls it a close call and suggests reading about both. At least {min} answers are needed for any result.",
    },
    matrix: {
      heading: "The matrix the quiz scores against",
      /** {skills} and {data} are the links below. */
      p: "These are the skill matrix's ratings as numbers. The same data drives the {skills}, the role pages, and the {data}, so the quiz cannot disagree with them.",
      skillsLink: "skill matrix page",
      dataLink: "open data file",
    },
    bank: {
      heading: "Every question and what its answers signal",
      /** {version} and {count} are numbers; {data} is the link below. */
      p: "The question bank is version {version}, with {count} questions. It is also published as {data}. Signals are listed by skill area; an area a question asks about but an answer does not mention counts as 0 for that answer.",
      dataLink: "open data",
    },
    privacy: {
      heading: "Where your answers go",
      /** {restart} is the result's "Start over" button; {max} the longest code read, in characters. */
      p: 'Nowhere. The scoring runs in your browser. Your progress and the ticks on your plan are kept in this browser\'s local storage so a reload does not lose them, and "{restart}" clears both. A shared link carries your answers in a short code: the bank\'s version, a dot, and one letter per question (a for the first answer, b for the second, a hyphen for a skipped question); when you switch the plan to another role, a dot, the digit 1, and a letter for the role follow. A code from another version of the bank, or one longer than {max} characters or damaged in any way, is refused with a message instead of showing a wrong result.',
      take: "Take the quiz",
    },
  },
  /** WorkedExample.astro, on the method page. */
  example: {
    intro: "Someone answers three questions and skips the rest (the quiz itself asks for a few more before it shows a result):",
    profileCaption: "The profile these answers make",
    skillArea: "Skill area",
    summed: "Signals summed",
    asking: "Questions asking",
    profile: "Profile",
    fitCaption: "How each role fits that profile",
    rank: "Rank",
    role: "Role",
    r: "r",
    fit: "Fit",
  },
  /** PlanExample.astro, on the method page: the plan worked out for one set of experience answers. */
  planExample: {
    /** {role} is the role the plan is for. */
    intro: "Someone answers the seven experience questions like this, and looks at the plan for {role}:",
    /** {role} is the role the plan is for. */
    caption: "The plan's steps for {role}, in order",
    order: "Order",
    skillArea: "Skill area",
    need: "Need",
    stated: "Stated",
    shortfall: "Shortfall",
    priority: "Priority (need × shortfall)",
    /** {skills} is a list of skill areas. */
    strengths: "Strengths, already at the role's level: {skills}.",
    /** {role} is the role the plan is for. */
    distanceCaption: "How far these answers are from each role the routes into {role} start from",
    startRole: "Starting role",
    distance: "Average difference per area, in levels",
    /** {start} the nearest starting role; {role} the plan's role. */
    nearest: "{start} is nearest, so the plan shows its routes into {role}:",
  },
  /** The role-page sections the plan links to, and the skills page. */
  links: {
    /** A link to a section of a role page: {role}, {section} (one of sections). */
    section: "{role}: {section}",
    /** The role-page sections, as a link to one names them. */
    sections: {
      responsibilities: "responsibilities",
      example: "a real problem, worked through",
      tools: "tools",
      workflow: "the work, step by step",
    },
    /** SkillAreaList.astro on /skills/: the heading over each area's five levels. */
    levelsHeading: "What each level looks like in practice",
  },
  /** MatrixValues.astro, on the method page. */
  values: {
    regionLabel: "Each role's needs as numbers",
    caption: "Each role's need per skill area, as the scorer reads it (Low 1, Basic 2, Medium 3, High 4, Advanced 5)",
    skillArea: "Skill area",
    average: "Average (the centre)",
  },
  /** QuestionSignals.astro, on the method page. */
  signals: {
    kinds: {
      interest: "Interest",
      "work-style": "Way of working",
      dislike: "Dislike",
      /** {offset} is the level a signal of 0 means (3). */
      experience: "Experience: each signal is a stated level minus {offset}",
    },
    /** {kind} is one of kinds; {id} is the question's id, set as code. */
    meta: "{kind} · id {id}",
    answer: "Answer",
    signals: "Signals",
    none: "none: counts as 0 in every area the question asks about",
  },
};
