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
    lede: "Answer {count} short questions about the work you enjoy, how you like to work, and what you can already do. You then see how well each of the six roles fits your answers, and why.",
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
    /** The plan's heading; {role} (or {role.text} …) is where the chosen role's name goes. */
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
    /** The tie-breakers' box (QuizTiebreak.astro). */
    tieTitle: "Settle the close call",
    tieIntro: "Up to three short questions written to tell the top two roles apart. Answer the ones you like, then score again; skipping them keeps the result as it is.",
    tieScore: "Score again",
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
      one: "A close call: {role.the} is only {n} point behind, so read about both.",
      other: "A close call: {role.the} is only {n} points behind, so read about both.",
    },
    tie: "A tie: {role.the} scores {n} as well, so read about both.",
    tiebreak: {
      changed: "With your extra answers, {role.the} now comes first, ahead of {was.the}.",
      kept: "With your extra answers, {role.the} stays first.",
      none: "No extra question was answered, so the result is as it was.",
    },
    runner: "{role}, with {n} out of 100. {compare}",
    /** {a} … is the top role, {b} … the runner-up. */
    compare: "Compare {a} and {b}",
    readiness: {
      skipped: "The experience questions were skipped, so the quiz cannot compare current skills with what this role needs.",
      gaps: "The stated experience covers about {pct} of what this role asks for. The steps below are the areas where it asks for more.",
      met: "The stated experience meets what this role asks for in every area rated ({pct}).",
    },
    roleLink: "The {role.text} role: what it does and needs",
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
          one: "Your stated experience is nearest to {start.the}. The career paths name this route from there to {role.the}:",
          other: "Your stated experience is nearest to {start.the}. The career paths name these routes from there to {role.the}:",
        },
        shared: {
          one: "The stated experience is nearest to {start.the}. The career paths name this route from there to {role.the}:",
          other: "The stated experience is nearest to {start.the}. The career paths name these routes from there to {role.the}:",
        },
      },
      routeAny: { one: "The career paths name this route into the {role.text} role:", other: "The career paths name these routes into the {role.text} role:" },
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
      levelsInText: common.levelsInText,
      effect: {
        lean: {
          mine: { toward: "you lean toward it", away: "you lean away from it" },
          shared: { toward: "the answers lean toward it", away: "the answers lean away from it" },
        },
        raises: "{skill}: {lean}, and this role {need}.",
        lowers: "{skill}: {lean}, but this role {need}.",
        needsMuch: "needs it at {level} level",
        needsLittle: "needs relatively little of it ({level})",
      },
      /** {need} and {stated} are levels as a sentence writes them. */
      gap: {
        mine: "{skill}: the role needs the {need} level; your answers say {stated}.",
        shared: "{skill}: the role needs the {need} level; the answers say {stated}.",
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
      "The quiz's method in full: the profile, the match with what sets each role apart, confidence and tie-breakers, accuracy in simulation, and every signal.",
    lede: "The quiz compares the shape of your answers with what sets each role apart from the others, and ranks the roles by how closely the two follow each other. This page gives the whole method, the numbers it runs on, how accurate it is in simulation, and every signal in the question bank, so any result can be checked by hand. The code that does it is the same code your browser runs.",
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
    /** ProfileStep.astro. */
    profile: {
      heading: "Step 1: your answers become a profile",
      /** {fit} and {experience} are numbers of questions. */
      p1: "Only the {fit} fit questions, about what you enjoy, how you like to work, and what you dislike, shape the fit. The {experience} experience questions state your level in some areas instead: they feed the skill gaps and the plan described below, and never the ranking.",
      /** {areas} is the number of skill areas. */
      p2: "Each answer sends signals to some of the {areas} skill areas, from −2 (you would rather avoid this) to +2 (you are drawn to it). A question asks about an area when any of its options mentions it; an option that does not mention that area counts as 0 there. Before they are used, each question's signals are centred: in every area the question asks about, the average signal of its options is taken away from each option's signal.",
      /** The centring formula as a screen reader says it. */
      centredLabel: "centred signal equals the option's signal minus the average signal of the question's options, area by area",
      centred: "centred signal",
      signal: "the option's signal",
      optionsAverage: "the average of the question's options",
      p3: "So in every area, the centred signals of a question's options add up to 0, and an answer picked at random moves the profile toward no role on average. An option that mentions no area still leans a little away from whatever the question's other options lean toward.",
      /** The profile formula as a screen reader says it. */
      formulaLabel:
        "profile of an area equals the sum of the centred signals your answers send to it, divided by the number of fit questions in the bank that ask about it",
      /** {area} is the variable, set in italics. */
      formulaName: "profile({area})",
      area: "area",
      numerator: "sum of the centred signals your answers send to the {area}",
      denominator: "fit questions in the bank that ask about the {area}",
      p4: "The result is your profile: one number per skill area. Dividing by the bank's count rather than by the questions you answered means a skipped question counts as 0 and pulls nothing in either direction. An answered tie-breaker (see close calls, below) joins the sum and adds 1 to the count of each area it asks about.",
    },
    /** ShapeStep.astro. */
    shape: {
      heading: "Step 2: each role is matched on what sets it apart",
      p1: "A role's needs come from the matrix below: Low counts 1, Basic 2, Medium 3, High 4, Advanced 5, and a range such as Basic–Medium counts as its midpoint, 2.5. The quiz does not match your profile with these needs as they are, but with the role's focus: in each area, the role's need minus the six roles' average need there.",
      /** The focus formula as a screen reader says it. */
      focusLabel: "focus of a role in area a equals its need in area a minus the six roles' average need in area a",
      focus: "focus",
      need: "need",
      rolesAverage: "the six roles' average need",
      /** {shared} is a skill area's name; {min} and {max} are numbers. */
      p2: "A need every role shares then decides nothing, and what is left is what makes each role different from the others. In {shared}, the area where the roles' needs differ least, every role's focus lies between {min} and {max}.",
      /** {r} is the correlation's symbol. */
      p3: "The quiz then measures how closely your profile rises and falls with a role's focus, using the Pearson correlation {r}. Both sets of numbers are first measured from their own average, so only their ups and downs count. Career-matching tools call this a shape match; research for O*NET, the U.S. database of occupations, has used the same kind of correlation to link a person's profile to occupations.",
      rLabel:
        "r equals the sum over areas of the profile minus its mean times the focus minus its mean, divided by the square root of the product of the two sums of squares",
      /** {half} is the number 50. */
      fitLabel: "fit equals {half} times one plus r",
      /** The fit's name in the formula. */
      fit: "fit",
      /** {pa} profile in area a, {a} the area, {fa} the focus in area a, {pbar} and {fbar} their averages, {areas} the number of areas, {top} and {half} fits, {r} the correlation. */
      p4: "Here {pa} is your profile in area {a}, {fa} is the role's focus there, and {pbar} and {fbar} are their averages over the {areas} areas. A correlation of 1 means your profile has exactly the shape of what sets the role apart and gives a fit of {top}; 0 means no relation ({half}); −1 means the opposite shape (0). Roles are ranked by {r}; a tie keeps the site's usual role order.",
      whyHeading: "Why shape rather than level",
      why1: "If the quiz simply added up how much you like each area, someone who answered every question with the most eager option would fit every role well, and the role that needs the most of everything would always win. Measuring each profile from its own average removes that: what counts is which areas you put above your own average and which below, against the areas where a role needs more and less than the other roles.",
      /** {half} is the number 50. */
      why2: "A profile with no ups and downs at all, such as no answers or the same signal everywhere, has no shape to match. Every role then scores {half}, and the quiz says it cannot tell.",
    },
    /** The section around WorkedExample.astro, and what it adds to the `example` section's words. */
    example: {
      heading: "A worked example",
      /** A column of the profile table: {n} is the answer's number in the list above it. */
      answerColumn: "Answer {n}",
      /** Read out, in place of a dash, where a question does not ask about an area. */
      notAsked: "not asked",
      centredNote: "Each answer's column shows the centred signal it sends to each area; a dash marks an area its question does not ask about. Numbers are rounded to two decimals.",
      /** {role} is the top role; {score} its fit. */
      whyCaption: "Why {role.the} scores {score}: each area's points",
      profileZ: "Profile (z)",
      focusZ: "Focus (z)",
      points: "Points",
      start: "Starting point",
      total: "Fit",
      /** {shown} is the fit as the result shows it, a whole number. */
      totalNote: "(shown as {shown})",
      /** {half} is the number 50; {areas} the number of skill areas. */
      whyNote: "z is the distance from its own average, in standard deviations. Each area's points are {half} × profile z × focus z ÷ {areas}, as the next section explains, rounded to two decimals so that they add up exactly to the fit.",
      /** {n} and {close} are points; {max} the most tie-breakers offered. */
      close: {
        one: "The top two are {n} point apart, no more than {close}, so this is a close call. The bank has tie-breakers written for exactly this pair, and the quiz offers them (at most {max}). Suppose they are answered like this:",
        other: "The top two are {n} points apart, no more than {close}, so this is a close call. The bank has tie-breakers written for exactly this pair, and the quiz offers them (at most {max}). Suppose they are answered like this:",
      },
      /** {n} and {close} are points. */
      closeNone: {
        one: "The top two are {n} point apart, no more than {close}, so this is a close call; the bank has no tie-breakers for this pair.",
        other: "The top two are {n} points apart, no more than {close}, so this is a close call; the bank has no tie-breakers for this pair.",
      },
      afterCaption: "The fits before and after the tie-breakers",
      before: "Before",
      after: "After",
      /** {role} is the top role after the tie-breakers; {n} its lead in points. */
      afterNote: {
        one: "The tie-breaker answers join the profile like any other answer, and the result is scored again: {role.the} now leads by {n} point.",
        other: "The tie-breaker answers join the profile like any other answer, and the result is scored again: {role.the} now leads by {n} points.",
      },
    },
    reasons: {
      heading: "Why a role scored what it did",
      /** {half} is the number 50; {areas} the number of skill areas. */
      p1: "The correlation is a sum with one term per skill area, so each area's share of a score can be read off exactly: the term is (your profile's distance from its average) × (the role's focus's distance from its average), both in standard deviations, divided by {areas} and multiplied by {half}. The terms add up to the fit minus {half}.",
      /** {top} areas named at most; {min} the smallest effect named, in points. */
      p2: "The result names up to {top} areas that raised the top role's fit most and up to {top} that lowered it, leaving out any that moved it by less than {min} of a point. An area can raise a fit in two ways: you lean toward it and the role needs more of it than the other roles do, or you lean away from it and the role needs less of it than they do.",
    },
    /** ExperienceMethod.astro: readiness, gaps and the plan. */
    gaps: {
      heading: "Readiness and skill gaps",
      /** {count} experience questions; {offset} the level an experience signal of 0 means. */
      p1: "The fit is about what draws you. Readiness is about what you can do now, so it uses only the {count} experience questions. Their answers state a level directly: an experience signal is the level minus {offset}, so −2 is Low, 0 is Medium, and +2 is Advanced.",
      formulaLabel:
        "readiness equals one minus the sum of the shortfalls divided by the sum of the needs above Low, as a percentage",
      readiness: "readiness",
      need: "need",
      stated: "stated",
      p2: "Both sums run over the areas your experience answers rate, and use the role's needs as the matrix gives them. Readiness does not change the fit or the ranking, and neither do the experience answers.",
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
    /** ConfidenceMethod.astro: the confidence rules, then close calls and tie-breakers. */
    confidence: {
      heading: "How sure the result is",
      intro: "The result states its confidence as high, medium, or low. It looks at how much it has to go on, and at the margin between the top two roles:",
      /** {share} and {low} percentages, {count} the number of fit questions. */
      few: { label: "Few answers:", text: "answering fewer than {share} of the {count} fit questions makes it medium, and fewer than {low} makes it low." },
      /** {sd} a number, {areas} the number of areas; {reason} is the result's own words for it. */
      flat: {
        label: "A flat profile:",
        text: "a standard deviation under {sd} across the {areas} areas, after dividing by the share of fit questions answered (skipped questions shrink every area toward 0), makes it low; {reason}.",
      },
      /** {close} points; {reason} the result's own words. */
      close: {
        label: "A close call:",
        text: "when the runner-up's fit, as shown, is {close} points or fewer behind the top role's, it is low; {reason}. The result suggests reading about both, and may offer tie-breakers.",
      },
      /** {reason} the result's own words. */
      fragile: {
        label: "A fragile result:",
        text: "the quiz tries every change of a single answer: each other option of a fit question you answered, and each option of one you skipped. If any of them would put another role first, it is medium; {reason}.",
      },
      /** {r} a correlation; {reason} the result's own words. */
      weak: { label: "A weak match:", text: "a best correlation below {r} makes it medium; {reason}." },
      /** {min} is a number of answers. */
      outro: "With none of these, confidence is high. A close call is not counted again as fragile, and a flat profile is not tested for the rest. At least {min} answers are needed for any result.",
    },
    tiebreak: {
      heading: "What happens when the top two are close?",
      /** {max} is a number. */
      p1: "A close call offers up to {max} tie-breakers: short extra questions written for exactly the top two roles, whichever of them leads, each with an answer leaning toward either role. A pair of roles without tie-breakers gets none, and the close call stands.",
      /** {list} is the link below. */
      p2: "An answered tie-breaker joins the profile like a fit question: its signals are centred over its options and added to the areas it asks about, and the count of each of those areas grows by 1. The result is then scored again, confidence included. Skipped tie-breakers change nothing. {list} are listed at the end of this page.",
      listLink: "All the tie-breakers",
    },
    /** QuizAccuracy.astro: the simulation (src/lib/quiz/audit.ts) run at build time. */
    accuracy: {
      heading: "How accurate is this quiz?",
      /** {total} simulated takers; {version} the bank's version; {seed} a number. */
      intro: "Nobody can check the quiz against real careers yet, so it is measured as an instrument: simulated takers answer the questions that ship, and the scorer that ships ranks them. Every build of this site runs {total} simulated takers on bank version {version}, with the random seed {seed}, so the figures below describe this version of the quiz, and the same bank always gives the same figures.",
      randomHeading: "What does answering at random produce?",
      /** {random} a number of takers; {skip} a percentage. */
      randomP: "The simulation has {random} random takers pick an option for every question, each option equally likely, and {random} more do the same but skip each question with a probability of {skip}. With no preference behind the answers, no role should come first much more often than the others, and few results should be labelled high.",
      randomCaption: "Share of random takers for whom each role comes first",
      role: "Role",
      allAnswered: "Every question answered",
      /** {skip} a percentage. */
      skipping: "About {skip} skipped",
      /** {high}, {highSkip} and {close} are percentages. */
      randomHigh: "Of the random answer sets, {high} are labelled high ({highSkip} of those that skip questions), and {close} are close calls.",
      consistentHeading: "How often does it find a taker's role?",
      /** {consistent} a number of takers; {ps} the values of p, as a list. */
      consistentP: "A consistent taker has a hidden true role. For each question, with probability p, they pick that role's best option: the one whose signals correlate most with the role's needs in the matrix (a tie goes to the option that points further toward what sets the role apart, then to the earlier option). Otherwise they pick an option at random, which may be the best one too. In a close call, they answer the tie-breakers offered the same way. {consistent} such takers are simulated at each value of p ({ps}), split evenly over the six roles.",
      recallCaption: "Share of consistent takers whose top role is their true role",
      /** A column heading: {p} is a probability. */
      atP: "p\u00a0=\u00a0{p}",
      allRoles: "All roles",
      /** {p} a probability; {all} is 100% as a percentage. */
      confusionCaption: "Which role comes first for consistent takers at p\u00a0=\u00a0{p}: each row is a true role and adds up to {all}; each column is the role ranked first",
      /** {p} a probability. */
      confusionRegion: "Confusion matrix at p\u00a0=\u00a0{p}",
      trueRole: "True role",
      labelsHeading: "What has each confidence label meant?",
      /** {p} a probability. */
      labelsP: "For consistent takers at p\u00a0=\u00a0{p}: the share given each label, how often their top role was their true role, and how often one changed answer would have put another role first.",
      /** {p} a probability. */
      labelsCaption: "Confidence labels of consistent takers at p\u00a0=\u00a0{p}",
      levels: { high: "High", medium: "Medium", low: "Low" },
      share: "Share of takers",
      right: "Top role right",
      flips: "One changed answer changes the top role",
      /** Shown where no taker got a label, so there is nothing to measure. */
      none: "no takers",
      closeHeading: "How often is it a close call, and do the tie-breakers help?",
      closeCaption: "Close calls among consistent takers",
      closeShare: "Close calls, of all takers",
      offered: "Offered tie-breakers",
      beforeTies: "Right before the tie-breakers",
      afterTies: "Right after them",
      closeNote: "The last three rows are shares of the close calls. A close call between two roles that have no tie-breakers stays as it was, so it counts the same before and after.",
      limitsHeading: "What this simulation assumes and cannot know",
      limits: [
        "It measures the quiz against its own matrix. A simulated taker's true role is defined by the same ratings the quiz scores against, so these figures show that the questions and the scorer agree with the matrix, not that the matrix describes the jobs correctly.",
        "Simulated takers are not people. Real answers are neither uniformly random nor one role's best option at a fixed rate: people mix interests from several roles, read questions in their own way, and change their minds.",
        "It knows nothing about careers or outcomes. No real person's answers, job, or satisfaction went into these figures, and nobody has checked whether people who follow the quiz's top role do well in it.",
        "The values of p and the rule that picks a role's best option are choices; other choices would give other figures.",
      ],
    },
    matrix: {
      heading: "The matrix the quiz scores against",
      /** {skills} and {data} are the links below. */
      p: "These are the skill matrix's ratings as numbers, with the six roles' average in each area. The same data drives the {skills}, the role pages, and the {data}, so the quiz cannot disagree with them. The second table is what the quiz actually matches your profile with: each role's focus, its need minus that average.",
      skillsLink: "skill matrix page",
      dataLink: "open data file",
      averageColumn: "Six roles' average",
      focusCaption: "Each role's focus per skill area: its need minus the six roles' average there (above 0, more than the average; below 0, less)",
      focusRegion: "Each role's focus as numbers",
    },
    /** QuestionBank.astro. */
    bank: {
      heading: "Every question and what its answers signal",
      /** {version}, {count} and {fit} are numbers; {data} is the link below. */
      p: "The question bank is version {version}, with {count} questions, {fit} of which are fit questions. It is also published as {data}. Signals are listed by skill area as the bank writes them; an area a question asks about but an answer does not mention counts as 0 for that answer. The scorer centres them before use (Step 1): in each area, it takes away the average over the question's options.",
      dataLink: "open data",
    },
    tiebreakers: {
      heading: "Every tie-breaker and the pair it separates",
      /** {count} and {max} are numbers. */
      p: "The bank has {count} tie-breakers. Each is offered only when its two roles are the top two in a close call, at most {max} at a time, in this order. Their signals are centred over their options like the questions' signals.",
      /** {a} … and {b} … are the two roles. */
      pair: "Tie-breaker for {a.the} and {b.the}",
    },
    privacy: {
      heading: "Where your answers go",
      /** {restart} is the result's "Start over" button; {max} the longest code read, in characters. */
      p: 'Nowhere. The scoring runs in your browser. Your progress and the ticks on your plan are kept in this browser\'s local storage so a reload does not lose them, and "{restart}" clears both. A shared link carries your answers in a short code: the bank\'s version, a dot, and one letter per question (a for the first answer, b for the second, a hyphen for a skipped question); after a close call, a dot, the letter t, and one letter per tie-breaker offered follow; when you switch the plan to another role, a dot, the digit 1, and a letter for the role follow. A code from another version of the bank, or one longer than {max} characters or damaged in any way, is refused with a message instead of showing a wrong result.',
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
    intro: "Someone answers the seven experience questions like this, and looks at the plan for {role.the}:",
    /** {role} is the role the plan is for. */
    caption: "The plan's steps for {role.the}, in order",
    order: "Order",
    skillArea: "Skill area",
    need: "Need",
    stated: "Stated",
    shortfall: "Shortfall",
    priority: "Priority (need × shortfall)",
    /** {skills} is a list of skill areas, as a sentence writes them. */
    strengths: "Strengths, already at the role's level: {skills}.",
    /** {role} is the role the plan is for. */
    distanceCaption: "How far these answers are from each role the routes into the {role.text} role start from",
    startRole: "Starting role",
    distance: "Average difference per area, in levels",
    /** {start} … the nearest starting role; {role} … the plan's role. */
    nearest: "{start.The} is nearest, so the plan shows its routes into the {role.text} role:",
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
