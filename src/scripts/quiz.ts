// <quiz-app>: upgrades the quiz page's build-time markup (one fieldset per question, a review step
// and a result block) into a one-question-at-a-time quiz. Scoring, share codes and saved progress
// come from src/lib/quiz, the same code the build and the method page use. Every word it writes,
// and every link, comes from the page's JSON data in the page's language (src/lib/quiz/client-data.ts);
// share codes and saved progress carry no language, so they work across languages. Text from the
// URL or from storage never reaches the page: codes are parsed into numbers, and everything shown
// is set with textContent or DOM APIs.
import { fill, formatList, formatNumber, plural } from "../lib/i18n-format";
import type { ClientData, ClientText } from "../lib/quiz/client-data";
import { MIN_ANSWERS } from "../lib/quiz/constants";
import { CODE_PARAM } from "../lib/quiz/links";
import { answeredCount, emptyAnswers, type QuizModel } from "../lib/quiz/model";
import { scoreAnswers } from "../lib/quiz/score";
import { decodeAnswers, encodeAnswers } from "../lib/quiz/share-code";
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
  private t!: ClientText;
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
    this.t = this.data.text;
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
    storage((s) => s.setItem(STORAGE_KEY, serializeProgress(this.model, this.answers, this.step)));
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
    text("kicker", shared ? t.kicker.shared : t.kicker.mine);
    text("top-name", topInfo.name);
    text("top-score", fill(t.outOf, { n: this.num(top.shown) }));
    text("close", result.closeCall ? plural(lang, t.close, top.shown - runner.shown, { role: runnerInfo.name }) : "");
    const effect = (e: (typeof top.raised)[0]) => el("li", effectText(words, e, skillName(e.skill), topLevel(e.skill), shared));
    list("why", top.raised.map(effect));
    list("against", top.lowered.map(effect));
    this.piece("against-title").hidden = top.lowered.length === 0;
    text("confidence", confidenceText(words, lang, result, this.count, shared));

    const bars = this.piece("bars");
    for (const fit of result.ranked) {
      const row = bars.querySelector<HTMLElement>(`[data-role="${fit.id}"]`)!;
      row.style.setProperty("--score", `${fit.shown}%`);
      row.querySelector("[data-value]")!.textContent = this.num(fit.shown);
      row.classList.toggle("top", fit.rank === 1);
      bars.append(row); // re-append in rank order
    }

    // The runner-up sentence, with the comparison link wherever the language puts {compare}.
    const compare = link(topInfo.compare[runner.id]!, fill(t.compare, { roles: formatList(lang, [topInfo.name, runnerInfo.name]) }));
    this.piece("runner").replaceChildren(
      ...t.runner
        .split(/(\{compare\})/)
        .map((part) => (part === "{compare}" ? compare : fill(part, { role: runnerInfo.name, n: this.num(runner.shown) }))),
    );

    text("gaps-role", topInfo.name);
    const pct = top.readiness === null ? "" : formatNumber(lang, top.readiness / 100, { style: "percent" });
    text("readiness", fill(top.readiness === null ? t.readiness.skipped : top.gaps.length ? t.readiness.gaps : t.readiness.met, { pct }));
    list("gaps", top.gaps.map((g) => el("li", gapText(words, g, skillName(g.skill), topLevel(g.skill), shared))));

    const read = [link(topInfo.url, fill(t.roleLink, { role: topInfo.name })), ...topInfo.articles.map((a) => link(a.url, a.title))];
    list("links", read.map((a) => {
      const li = el("li");
      li.append(a);
      return li;
    }));

    const code = encodeAnswers(model, answers);
    this.piece<HTMLInputElement>("share-url").value = `${location.origin}${data.quizUrl}?${CODE_PARAM}=${code}`;
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
    this.fromReview = false;
    this.piece<HTMLFormElement>("form").reset();
    storage((s) => s.removeItem(STORAGE_KEY));
    this.piece("notice").textContent = "";
    this.setUrl(null);
    this.go(0);
  }
}

customElements.define("quiz-app", QuizApp);
