// <quiz-app>: upgrades the quiz page's build-time markup (one fieldset per question, a review step
// and a result block) into a one-question-at-a-time quiz. Scoring, share codes and saved progress
// come from src/lib/quiz, the same code the build and the method page use. Text from the URL or
// from storage never reaches the page: codes are parsed into numbers, and everything shown is
// set with textContent or DOM APIs.
import type { ClientData } from "../lib/quiz/client-data";
import { MIN_ANSWERS } from "../lib/quiz/constants";
import { CODE_PARAM, QUIZ_PATH, compareUrl, roleUrl } from "../lib/quiz/links";
import { answeredCount, emptyAnswers, type QuizModel } from "../lib/quiz/model";
import { scoreAnswers } from "../lib/quiz/score";
import { CODE_MESSAGES, decodeAnswers, encodeAnswers } from "../lib/quiz/share-code";
import { STORAGE_KEY, parseProgress, serializeProgress } from "../lib/quiz/storage";
import { confidenceText, effectText, gapText } from "../lib/quiz/words";

type Answers = (number | null)[];

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
  private model!: QuizModel;
  private answers: Answers = [];
  private step = 0;
  /** Set when a question was opened from the review, so Next returns there. */
  private fromReview = false;
  private questions: HTMLFieldSetElement[] = [];

  private piece<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  connectedCallback(): void {
    if (this.model) return;
    this.data = JSON.parse(this.piece("quiz-data").textContent!) as ClientData;
    this.model = this.data.model;
    this.questions = [...this.querySelectorAll<HTMLFieldSetElement>("fieldset[data-question]")];
    const form = this.piece<HTMLFormElement>("form");

    form.addEventListener("change", (e) => {
      const input = e.target as HTMLInputElement;
      const qi = this.questions.indexOf(input.closest("fieldset")!);
      if (qi < 0) return;
      this.answers[qi] = Number(input.dataset["index"]);
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
    this.piece("restart").addEventListener("click", () => this.restart());
    this.piece("change").addEventListener("click", () => this.go(this.count));
    this.piece("take").addEventListener("click", () => {
      this.setUrl(null);
      this.go(0);
    });

    const raw = storage((s) => s.getItem(STORAGE_KEY));
    const saved = parseProgress(this.model, raw);
    if (raw !== null && !saved) storage((s) => s.removeItem(STORAGE_KEY)); // unreadable or foreign: drop it quietly
    this.answers = saved?.answers ?? emptyAnswers(this.model);
    this.answers.forEach((a, qi) => {
      if (a !== null) this.questions[qi]!.querySelectorAll("input")[a]!.checked = true;
    });
    form.hidden = false;

    const code = new URLSearchParams(location.search).get(CODE_PARAM);
    if (code !== null) {
      const shared = decodeAnswers(this.model, code);
      if (shared.ok) return this.showResult(shared.answers, true, false);
      this.piece("notice").textContent = `${CODE_MESSAGES[shared.error]} You can take the quiz below.`;
      this.setUrl(null);
      return this.go(0, false);
    }
    this.go(saved?.step ?? 0, false);
  }

  private get count(): number {
    return this.model.questions.length;
  }

  private save(): void {
    storage((s) => s.setItem(STORAGE_KEY, serializeProgress(this.model, this.answers, this.step)));
  }

  private setUrl(code: string | null): void {
    history.replaceState(null, "", code === null ? QUIZ_PATH : `${QUIZ_PATH}?${CODE_PARAM}=${code}`);
  }

  /** Shows question `step` (0-based), the review (count) or the result (count + 1). */
  private go(step: number, focus = true): void {
    const n = this.count;
    this.step = Math.max(0, Math.min(step, n + 1));
    if (this.step === n + 1) return this.showResult(this.answers, false, focus);
    const review = this.step === n;
    this.questions.forEach((q, i) => (q.hidden = i !== this.step));
    this.piece("review").hidden = !review;
    this.piece("result").hidden = true;
    this.piece("form").hidden = false;
    this.piece("back").hidden = this.step === 0;
    if (review) this.fromReview = false;
    this.piece("next").textContent = review ? "See my result" : this.fromReview ? "Back to review" : "Next";
    this.piece("progress-text").textContent = review ? `Review: ${answeredCount(this.answers)} of ${n} answered` : `Question ${this.step + 1} of ${n}`;
    this.piece<HTMLProgressElement>("progress").value = review ? n : this.step + 1;
    if (review) this.fillReview();
    this.save();
    if (focus) (review ? this.piece("review") : this.questions[this.step]!).querySelector<HTMLElement>("h2")!.focus();
  }

  private next(): void {
    if (this.step < this.count) return this.go(this.fromReview ? this.count : this.step + 1);
    if (answeredCount(this.answers) < MIN_ANSWERS) {
      const warning = this.piece("warning");
      warning.textContent = `Answer at least ${MIN_ANSWERS} questions to see a result.`;
      return;
    }
    this.go(this.count + 1);
  }

  private fillReview(): void {
    const list = this.piece("review-list");
    list.replaceChildren(
      ...this.questions.map((q, qi) => {
        const a = this.answers[qi];
        const prompt = q.querySelector("legend")!.textContent!.trim();
        const answer = a == null ? "Not answered" : q.querySelectorAll("label")[a]!.textContent!.trim();
        const item = el("li");
        const change = el("button", "Change", { type: "button", class: "link-button", "data-goto": String(qi) });
        change.append(el("span", ` answer to “${prompt}”`, { class: "visually-hidden" }));
        item.append(el("span", prompt, { class: "review-q" }), el("span", answer, { class: a == null ? "review-a skipped" : "review-a" }), change);
        return item;
      }),
    );
  }

  private showResult(answers: Answers, shared: boolean, focus: boolean): void {
    const { model, data } = this;
    const result = scoreAnswers(model, answers);
    const roleIndex = (id: string) => model.roles.findIndex((r) => r.id === id);
    const [top, runner] = result.ranked as [(typeof result.ranked)[0], (typeof result.ranked)[0]];
    const topInfo = data.roles[roleIndex(top.id)]!;
    const runnerInfo = data.roles[roleIndex(runner.id)]!;
    const skillName = (skill: string) => data.skillNames[model.skills.indexOf(skill)]!;
    const topLevel = (skill: string) => topInfo.levels[model.skills.indexOf(skill)]!;
    const text = (name: string, value: string) => (this.piece(name).textContent = value);
    const list = (name: string, items: Node[]) => {
      this.piece(name).replaceChildren(...items);
      this.piece(name).hidden = items.length === 0;
    };
    const link = (href: string, label: string) => el("a", label, { href });

    const section = this.piece("result");
    section.dataset["ranking"] = result.ranking.join(" ");
    section.style.setProperty("--top-role", `var(--role-${top.id})`);
    this.piece("shared").hidden = !shared;
    this.piece("restart").hidden = this.piece("change").hidden = shared;
    text("kicker", shared ? "The closest match in this shared result" : "Your closest match");
    text("top-name", topInfo.name);
    text("top-score", `${top.shown} out of 100`);
    text(
      "close",
      result.closeCall
        ? `A close call: ${runnerInfo.name} is only ${top.shown - runner.shown} ${top.shown - runner.shown === 1 ? "point" : "points"} behind, so read about both.`
        : "",
    );
    list("why", top.raised.map((e) => el("li", effectText(e, skillName(e.skill), topLevel(e.skill), shared))));
    list("against", top.lowered.map((e) => el("li", effectText(e, skillName(e.skill), topLevel(e.skill), shared))));
    this.piece("against-title").hidden = top.lowered.length === 0;
    text("confidence", confidenceText(result, this.count, shared));

    const bars = this.piece("bars");
    for (const fit of result.ranked) {
      const row = bars.querySelector<HTMLElement>(`[data-role="${fit.id}"]`)!;
      row.style.setProperty("--score", `${fit.shown}%`);
      row.querySelector("[data-value]")!.textContent = String(fit.shown);
      row.classList.toggle("top", fit.rank === 1);
      bars.append(row); // re-append in rank order
    }

    const runnerLine = this.piece("runner");
    runnerLine.replaceChildren(
      `${runnerInfo.name}, with ${runner.shown} out of 100. `,
      link(compareUrl(top.id, runner.id), `Compare ${topInfo.name} and ${runnerInfo.name}`),
    );

    text("gaps-role", topInfo.name);
    text(
      "readiness",
      top.readiness === null
        ? "The experience questions were skipped, so the quiz cannot compare current skills with what this role needs."
        : top.gaps.length
          ? `The stated experience covers about ${top.readiness}% of what this role asks for. It needs at least a level more in:`
          : `The stated experience meets what this role asks for in every area rated (${top.readiness}%).`,
    );
    list("gaps", top.gaps.map((g) => el("li", gapText(g, skillName(g.skill), topLevel(g.skill), shared))));

    const read = [link(roleUrl(top.id), `The ${topInfo.name} role: what it does and needs`), ...topInfo.articles.map((a) => link(a.url, a.title))];
    list("links", read.map((a) => {
      const li = el("li");
      li.append(a);
      return li;
    }));

    const code = encodeAnswers(model, answers);
    this.piece<HTMLInputElement>("share-url").value = `${location.origin}${QUIZ_PATH}?${CODE_PARAM}=${code}`;
    text("copy-status", "");

    this.piece("form").hidden = true;
    section.hidden = false;
    if (!shared) {
      this.step = this.count + 1;
      this.save();
    }
    if (focus) this.piece("result-title").focus();
  }

  private async copy(): Promise<void> {
    const input = this.piece<HTMLInputElement>("share-url");
    const status = this.piece("copy-status");
    try {
      await navigator.clipboard.writeText(input.value);
      status.textContent = "Link copied.";
    } catch {
      // No clipboard access (older browser, insecure page, permission refused): select the link instead.
      input.focus();
      input.select();
      status.textContent = "The link is selected: press Ctrl+C, or ⌘C on a Mac, to copy it.";
    }
  }

  private restart(): void {
    this.answers = emptyAnswers(this.model);
    this.fromReview = false;
    this.piece<HTMLFormElement>("form").reset();
    storage((s) => s.removeItem(STORAGE_KEY));
    this.piece("notice").textContent = "";
    this.setUrl(null);
    this.go(0);
  }
}

customElements.define("quiz-app", QuizApp);
