// <quiz-app>: upgrades the quiz page's build-time markup (one fieldset per question, a review step
// and a result block) into a one-question-at-a-time quiz whose result ends in a plan for any role.
// Scoring, the plan's order, share codes and saved progress come from src/lib/quiz, the same code
// the build and the method page use. Every word it writes,
// and every link, comes from the page's JSON data in the page's language (src/lib/quiz/client-data.ts);
// share codes and saved progress carry no language, so they work across languages. Text from the
// URL or from storage never reaches the page: codes are parsed into numbers, and everything shown
// is set with textContent or DOM APIs.
import { fill, formatList, formatNumber, plural } from "../lib/i18n-format";
import { LEVELS } from "../lib/levels";
import { nameValues } from "../lib/name-forms";
import type { RoleId } from "../lib/roles";
import type { ClientData, ClientText } from "../lib/quiz/client-data";
import { MIN_ANSWERS } from "../lib/quiz/constants";
import { CODE_PARAM } from "../lib/quiz/links";
import { answeredCount, emptyAnswers, shapesFit, type QuizModel } from "../lib/quiz/model";
import { buildPlan, routeFor } from "../lib/quiz/plan";
import { scoreAnswers, type QuizResult } from "../lib/quiz/score";
import { decodeAnswers, encodeAnswers } from "../lib/quiz/share-code";
import { STORAGE_KEY, TICKS_KEY, parseProgress, parseTicks, serializeProgress, serializeTicks, type Ticks } from "../lib/quiz/storage";
import { tieAnswers, tiebreakersFor } from "../lib/quiz/tiebreak";
import { confidenceText, effectText, gapText } from "../lib/quiz/words";

type Answers = (number | null)[];

/** A link with its text. */
const link = (href: string, label: string) => el("a", label, { href });

/** A list item holding the nodes given. */
function item(...nodes: (Node | string)[]): HTMLElement {
  const li = el("li");
  li.append(...nodes);
  return li;
}

/** Builds an element with text content and attributes. */
function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function storage(action: (s: Storage) => string | null | void): string | null {
  try {
    return action(localStorage) ?? null;
  } catch {
    return null; // storage blocked: the quiz still works, it just forgets
  }
}

class QuizApp extends HTMLElement {
  private data!: ClientData;
  private t!: ClientText;
  private model!: QuizModel;
  private answers: Answers = [];
  private step = 0;
  /** Set when a question was opened from the review, so Next returns there. */
  private fromReview = false;
  private questions: HTMLFieldSetElement[] = [];
  /** The role the plan was switched to; null: the best fit. */
  private planRole: RoleId | null = null;
  private ticks: Ticks = {};
  /** The result on screen, whose answers it shows, and whether they are someone else's. */
  private result: QuizResult | null = null;
  private shown: Answers = [];
  private shared = false;
  /** Answers to the tie-breakers the result offers, in the order offered (null: skipped). */
  private ties: Answers = [];

  private piece<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  connectedCallback(): void {
    if (this.model) return;
    this.data = JSON.parse(this.piece("quiz-data").textContent!) as ClientData;
    this.model = this.data.model;
    this.t = this.data.text;
    this.questions = [...this.querySelectorAll<HTMLFieldSetElement>("fieldset[data-question]")];
    const form = this.piece<HTMLFormElement>("form");

    form.addEventListener("change", (e) => {
      const input = e.target as HTMLInputElement;
      const qi = this.questions.indexOf(input.closest("fieldset")!);
      if (qi < 0) return;
      this.answers[qi] = Number(input.dataset["index"]);
      this.ties = []; // other answers may offer other tie-breakers
      this.piece("warning").textContent = "";
      this.save();
    });
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.next();
    });
    this.piece("back").addEventListener("click", () => this.go(this.step - 1));
    this.piece("review-list").addEventListener("click", (e) => {
      const target = (e.target as HTMLElement).closest<HTMLElement>("[data-goto]");
      if (!target) return;
      this.fromReview = true;
      this.go(Number(target.dataset["goto"]));
    });
    this.piece("copy").addEventListener("click", () => void this.copy());
    this.piece("tiebreak-form").addEventListener("submit", (e) => {
      e.preventDefault();
      this.ties = [...this.querySelectorAll<HTMLFieldSetElement>("[data-tie]:not([hidden])")].map((f) => {
        const checked = f.querySelector<HTMLInputElement>("input:checked");
        return checked ? Number(checked.dataset["index"]) : null;
      });
      const before = this.result!.ranking[0]!;
      this.showResult(this.shown, this.shared, false);
      const after = this.result!.ranking[0]!;
      const words = this.t.tiebreak;
      this.piece("tiebreak-status").textContent = !this.ties.some((a) => a !== null)
        ? words.none
        : fill(after === before ? words.kept : words.changed, { ...nameValues("role", this.info(after)), ...nameValues("was", this.info(before)) });
    });
    this.piece("switch").addEventListener("change", (e) => {
      this.planRole = (e.target as HTMLInputElement).value as RoleId;
      this.renderPlan(true);
    });
    this.piece("steps").addEventListener("change", (e) => {
      const box = e.target as HTMLInputElement;
      const role = this.piece("plan").dataset["role"] as RoleId;
      const skill = box.dataset["tick"]!;
      const ticked = new Set(this.ticks[role]);
      if (box.checked) ticked.add(skill);
      else ticked.delete(skill);
      this.ticks[role] = [...ticked];
      box.closest("li")!.classList.toggle("done", box.checked);
      storage((s) => s.setItem(TICKS_KEY, serializeTicks(this.model, this.ticks)));
      this.piece("ticks-status").textContent = "";
    });
    this.piece("clear-ticks").addEventListener("click", () => {
      this.ticks = {};
      storage((s) => s.removeItem(TICKS_KEY));
      this.renderPlan(false);
      this.piece("ticks-status").textContent = this.t.plan.cleared;
    });
    this.piece("restart").addEventListener("click", () => this.restart());
    this.piece("change").addEventListener("click", () => this.go(this.count));
    this.piece("take").addEventListener("click", () => {
      this.planRole = null;
      this.go(0);
    });

    const raw = storage((s) => s.getItem(STORAGE_KEY));
    const saved = parseProgress(this.model, raw);
    if (raw !== null && !saved) storage((s) => s.removeItem(STORAGE_KEY)); // unreadable or foreign: drop it quietly
    // Ticks that cannot be read are dropped too, with a note on the plan saying so.
    const ticks = parseTicks(this.model, storage((s) => s.getItem(TICKS_KEY)));
    this.ticks = ticks.ticks;
    if (ticks.problem) {
      storage((s) => s.removeItem(TICKS_KEY));
      this.piece("ticks-note").textContent = this.t.plan.ticksNote;
    }
    this.answers = saved?.answers ?? emptyAnswers(this.model);
    this.planRole = saved?.role ?? null;
    this.ties = saved?.ties ?? [];
    this.answers.forEach((a, qi) => {
      if (a !== null) this.questions[qi]!.querySelectorAll("input")[a]!.checked = true;
    });
    form.hidden = false;

    const code = new URLSearchParams(location.search).get(CODE_PARAM);
    if (code !== null) {
      const shared = decodeAnswers(this.model, code);
      if (shared.ok) {
        // The visitor's own result, reloaded: the saved progress is at the result with the same answers.
        const own = saved?.step === this.count + 1 && saved.answers.join() === shared.answers.join();
        this.planRole = shared.role;
        this.ties = shared.ties;
        return this.showResult(shared.answers, !own, false);
      }
      const message = fill(this.t.codeErrors[shared.error], { n: this.num(MIN_ANSWERS) });
      this.piece("notice").textContent = fill(this.t.codeNotice, { message });
      this.setUrl(null);
      return this.go(0, false);
    }
    this.go(saved?.step ?? 0, false);
  }

  /** A number as the page's language writes it. */
  private num(n: number): string {
    return formatNumber(this.data.lang, n);
  }

  private get count(): number {
    return this.model.questions.length;
  }

  private save(): void {
    storage((s) => s.setItem(STORAGE_KEY, serializeProgress(this.model, this.answers, this.step, this.planRole, this.ties)));
  }

  private setUrl(code: string | null): void {
    const path = this.data.quizUrl;
    history.replaceState(null, "", code === null ? path : `${path}?${CODE_PARAM}=${code}`);
  }

  /** Shows question `step` (0-based), the review (count) or the result (count + 1). */
  private go(step: number, focus = true): void {
    const n = this.count;
    this.step = Math.max(0, Math.min(step, n + 1));
    if (this.step === n + 1) return this.showResult(this.answers, false, focus);
    this.setUrl(null);
    const review = this.step === n;
    this.questions.forEach((q, i) => (q.hidden = i !== this.step));
    this.piece("review").hidden = !review;
    this.piece("result").hidden = true;
    this.piece("form").hidden = false;
    this.piece("back").hidden = this.step === 0;
    if (review) this.fromReview = false;
    const t = this.t;
    this.piece("next").textContent = review ? t.seeResult : this.fromReview ? t.backToReview : t.next;
    this.piece("progress-text").textContent = fill(review ? t.reviewProgress : t.progress, {
      n: this.num(review ? answeredCount(this.answers) : this.step + 1),
      total: this.num(n),
    });
    this.piece<HTMLProgressElement>("progress").value = review ? n : this.step + 1;
    if (review) this.fillReview();
    this.save();
    if (focus) (review ? this.piece("review") : this.questions[this.step]!).querySelector<HTMLElement>("h2")!.focus();
  }

  private next(): void {
    if (this.step < this.count) return this.go(this.fromReview ? this.count : this.step + 1);
    if (answeredCount(this.answers) < MIN_ANSWERS) {
      const warning = this.piece("warning");
      warning.textContent = plural(this.data.lang, this.t.atLeast, MIN_ANSWERS);
      return;
    }
    this.go(this.count + 1);
  }

  private fillReview(): void {
    const list = this.piece("review-list");
    const t = this.t;
    list.replaceChildren(
      ...this.questions.map((q, qi) => {
        const a = this.answers[qi];
        const prompt = q.querySelector("legend")!.textContent!.trim();
        const answer = a == null ? t.notAnswered : q.querySelectorAll("label")[a]!.textContent!.trim();
        const item = el("li");
        const change = el("button", t.change, { type: "button", class: "link-button", "data-goto": String(qi) });
        change.append(el("span", ` ${fill(t.changeWhat, { prompt })}`, { class: "visually-hidden" }));
        item.append(el("span", prompt, { class: "review-q" }), el("span", answer, { class: a == null ? "review-a skipped" : "review-a" }), change);
        return item;
      }),
    );
  }

  private showResult(answers: Answers, shared: boolean, focus: boolean): void {
    const { model, data, t } = this;
    const { lang } = data;
    const words = t.words;
    // A close call offers its tie-breakers; their answers join the profile and the result is scored again.
    const base = scoreAnswers(model, answers);
    const offered = tiebreakersFor(model, base);
    if (this.ties.length !== offered.length) this.ties = offered.map(() => null);
    const result = offered.length ? scoreAnswers(model, answers, tieAnswers(offered, this.ties)) : base;
    this.result = result;
    this.shown = answers;
    this.shared = shared;
    const [top, runner] = result.ranked as [(typeof result.ranked)[0], (typeof result.ranked)[0]];
    const topInfo = this.info(top.id);
    const runnerInfo = this.info(runner.id);
    const topLevel = (skill: string) => topInfo.levels[model.skills.indexOf(skill)]!;
    const text = (name: string, value: string) => (this.piece(name).textContent = value);

    const section = this.piece("result");
    section.dataset["ranking"] = result.ranking.join(" ");
    section.style.setProperty("--top-role", `var(--role-${top.id})`);
    this.piece("shared").hidden = !shared;
    this.piece("restart").hidden = this.piece("change").hidden = shared;
    text("kicker", shared ? t.kicker.shared : t.kicker.mine);
    text("top-name", topInfo.name);
    text("top-score", fill(t.outOf, { n: this.num(top.shown) }));
    text(
      "close",
      result.tie
        ? fill(t.tie, { ...nameValues("role", runnerInfo), n: this.num(runner.shown) })
        : result.closeCall
          ? plural(lang, t.close, top.shown - runner.shown, nameValues("role", runnerInfo))
          : "",
    );
    // The tie-breakers' box: the offered questions, with any answers already given.
    // A shared result already counts the sharer's tie-breaker answers; only the taker answers them.
    this.piece("tiebreak").hidden = offered.length === 0 || shared;
    if (!offered.length) this.piece("tiebreak-status").textContent = "";
    const shownTies = new Set(offered.map((i) => model.tiebreakers[i]!.id));
    for (const f of this.querySelectorAll<HTMLFieldSetElement>("[data-tie]")) {
      const k = offered.findIndex((i) => model.tiebreakers[i]!.id === f.dataset["tie"]);
      f.hidden = !shownTies.has(f.dataset["tie"]!);
      f.querySelectorAll("input").forEach((input, oi) => (input.checked = k >= 0 && this.ties[k] === oi));
    }
    const effect = (e: (typeof top.raised)[0]) => el("li", effectText(words, e, this.skillName(e.skill), topLevel(e.skill), shared));
    this.list("why", top.raised.map(effect));
    this.list("against", top.lowered.map(effect));
    this.piece("against-title").hidden = top.lowered.length === 0;
    text("confidence", confidenceText(words, lang, result, model.questions.filter(shapesFit).length, shared));

    // The bars and the plan's role switcher, both in rank order with the scores.
    for (const name of ["bars", "switch-options"]) {
      const box = this.piece(name);
      for (const fit of result.ranked) {
        const row = box.querySelector<HTMLElement>(`[data-role="${fit.id}"]`)!;
        row.style.setProperty("--score", `${fit.shown}%`);
        row.querySelector("[data-value]")!.textContent = this.num(fit.shown);
        row.classList.toggle("top", fit.rank === 1);
        box.append(row); // re-append in rank order
      }
    }

    // The runner-up sentence, with the comparison link wherever the language puts {compare}.
    const compare = link(topInfo.compare[runner.id]!, fill(t.compare, { ...nameValues("a", topInfo), ...nameValues("b", runnerInfo) }));
    this.piece("runner").replaceChildren(
      ...t.runner
        .split(/(\{compare\})/)
        .map((part) => (part === "{compare}" ? compare : fill(part, { ...nameValues("role", runnerInfo), n: this.num(runner.shown) }))),
    );

    // Ticks belong to the visitor: a shared result's plan has none.
    this.piece("tick-actions").hidden = shared;
    text("copy-status", "");
    this.piece("form").hidden = true;
    section.hidden = false;
    if (!shared) this.step = this.count + 1;
    this.renderPlan(false);
    if (focus) this.piece("result-title").focus();
  }

  /** The names, links and levels of a role, from the page's data. */
  private info(id: string) {
    return this.data.roles[this.model.roles.findIndex((r) => r.id === id)]!;
  }

  private skillName(skill: string): string {
    return this.data.skillNames[this.model.skills.indexOf(skill)]!;
  }

  private list(name: string, items: Node[]): void {
    this.piece(name).replaceChildren(...items);
    this.piece(name).hidden = items.length === 0;
  }

  /**
   * The plan for the chosen role (the best fit unless one was picked): readiness, the steps in the
   * order plan.ts sets, the routes into the role, the strengths; then the share link and the
   * address bar, which carry the chosen role, and the saved progress.
   */
  private renderPlan(announce: boolean): void {
    const { model, data, t, shared } = this;
    const result = this.result!;
    const { lang } = data;
    const p = data.plan;
    const top = result.ranked[0]!;
    const fit = result.ranked.find((f) => f.id === this.planRole) ?? top;
    const ri = model.roles.findIndex((r) => r.id === fit.id);
    const info = data.roles[ri]!;
    const plan = buildPlan(model, ri, result.profile.stated);
    const stated = result.profile.stated;
    const role = fit.id;
    const ticked = new Set(this.ticks[role]);
    const name = (skill: string) => this.skillName(skill);
    const level = (skill: string) => info.levels[model.skills.indexOf(skill)]!;
    const sentence = (a: { skill: string; need: number; stated: number | null }) => gapText(t.words, { ...a, stated: a.stated! }, name(a.skill), level(a.skill), shared);

    this.piece("plan").dataset["role"] = role;
    // The heading names the role in the form its template asks for ({role}, {role.text} …).
    const planRole = this.piece("plan-role");
    planRole.textContent = nameValues("role", info)[planRole.dataset["planRole"] || "role"] ?? info.name;
    this.piece("switch").querySelector<HTMLInputElement>(`input[value="${role}"]`)!.checked = true;
    const pct = fit.readiness === null ? "" : formatNumber(lang, fit.readiness / 100, { style: "percent" });
    this.piece("readiness").textContent = fill(fit.readiness === null ? t.readiness.skipped : plan.steps.length ? t.readiness.gaps : t.readiness.met, { pct });

    this.list(
      "steps",
      plan.steps.map((step) => {
        const li = el("li", undefined, { "data-skill": step.skill });
        const head = el(shared ? "p" : "label", undefined, { class: "step-head" });
        if (!shared) {
          const box = el("input", undefined, { type: "checkbox", "data-tick": step.skill }) as HTMLInputElement;
          box.checked = ticked.has(step.skill);
          li.classList.toggle("done", box.checked);
          head.append(box);
        }
        head.append(el("span", sentence(step), { class: "step-name" }));
        const levelName = LEVELS[step.next - 1]!;
        const next = el("p");
        next.append(
          el("strong", fill(t.plan.next, { level: t.words.levelsInText[levelName] })),
          ` ${p.levels[step.i]![step.next - 2]} `,
          // Every level of the area on the skills page (left out of print, where this one is written out).
          el("a", fill(t.plan.allLevels, { skill: name(step.skill) }), { href: `${p.skillsUrl}#${step.skill}-${levelName}`, class: "step-levels" }),
        );
        const places = p.reading[ri]![step.i]!;
        const read = el("ul", undefined, { class: "step-read" });
        read.append(...places.map((k) => item(link(p.places[k]!.url, p.places[k]!.title))));
        li.append(head, next, ...(places.length ? [el("p", t.plan.read, { class: "step-read-title" }), read] : []));
        return li;
      }),
    );
    this.piece("steps-title").hidden = plan.steps.length === 0;
    this.piece("ticks-hint").hidden = shared || plan.steps.length === 0;
    this.piece("no-steps").textContent = plan.steps.length || fit.readiness === null ? "" : t.plan.noSteps;

    const route = routeFor(model, p.chains[ri]!, stated);
    const n = route.chains.length;
    this.piece("route").hidden = n === 0;
    const isRole = (id: string) => model.roles.some((r) => r.id === id);
    const nodeNamed = (id: string) => (isRole(id) ? this.info(id) : p.stages[id]!);
    this.piece("route-text").textContent = route.start
      ? plural(lang, shared ? t.plan.route.shared : t.plan.route.mine, n, { ...nameValues("start", nodeNamed(route.start)), ...nameValues("role", info) })
      : plural(lang, t.plan.routeAny, n, nameValues("role", info));
    this.list(
      "chains",
      route.chains.map((chain) => {
        const nodes = el("ol");
        // A route is a label: only its first name is written as a title.
        const shownName = (id: string, i: number) => (i === 0 ? nodeNamed(id).name : nodeNamed(id).forms.text);
        nodes.append(...chain.map((id, i) => item(isRole(id) ? link(this.info(id).url, shownName(id, i)) : shownName(id, i))));
        return item(nodes);
      }),
    );

    // With no experience answered, the readiness line says so and there is nothing to list.
    this.piece("strengths-box").hidden = fit.readiness === null;
    this.list("strengths", plan.strengths.length ? plan.strengths.map((a) => el("li", sentence(a))) : [el("li", t.plan.noStrengths)]);
    this.piece("unrated").textContent =
      plan.unrated.length && fit.readiness !== null ? fill(t.plan.unrated, { skills: formatList(lang, plan.unrated.map((a) => data.skillNamesInText[model.skills.indexOf(a.skill)]!)) }) : "";

    const read = [link(info.url, fill(t.roleLink, nameValues("role", info))), ...info.articles.map((a) => link(a.url, a.title))];
    this.list("links", read.map((a) => item(a)));

    // The chosen role travels in the code only when it is not the best fit.
    const code = encodeAnswers(model, this.shown, role === top.id ? null : role, this.ties);
    this.piece<HTMLInputElement>("share-url").value = `${location.origin}${data.quizUrl}?${CODE_PARAM}=${code}`;
    this.setUrl(code);
    if (!shared) {
      this.planRole = role === top.id ? null : role;
      this.save();
    }
    // Printed, every link shows its address (the print styles read data-url).
    for (const a of this.piece("result").querySelectorAll("a")) a.dataset["url"] = a.href;
    if (announce) this.piece("plan-status").textContent = plural(lang, t.plan.switched, plan.steps.length, nameValues("role", info));
  }

  private async copy(): Promise<void> {
    const input = this.piece<HTMLInputElement>("share-url");
    const status = this.piece("copy-status");
    try {
      await navigator.clipboard.writeText(input.value);
      status.textContent = this.t.copied;
    } catch {
      // No clipboard access (older browser, insecure page, permission refused): select the link instead.
      input.focus();
      input.select();
      status.textContent = this.t.selectHint;
    }
  }

  private restart(): void {
    this.answers = emptyAnswers(this.model);
    this.ties = [];
    this.planRole = null;
    this.ticks = {};
    storage((s) => s.removeItem(TICKS_KEY));
    this.fromReview = false;
    this.piece<HTMLFormElement>("form").reset();
    storage((s) => s.removeItem(STORAGE_KEY));
    this.piece("notice").textContent = "";
    this.setUrl(null);
    this.go(0);
  }
}

customElements.define("quiz-app", QuizApp);
