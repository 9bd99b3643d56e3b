// <ad-decoder>: reads a pasted job ad against the skill matrix, in the browser. The reading itself is
// src/lib/decoder (the same code the audit measures); this element only shows it. The ad's text is
// never sent anywhere and never stored: the only requests it makes fetch another language's lexicon
// (a fixed address, nothing of the ad in it), and a share link carries the profile alone. Every word
// it writes comes from the page's JSON data; text from the ad or the link reaches the page only
// through textContent and DOM nodes.
import { fill, formatList, formatNumber, plural } from "../lib/i18n-format";
import { LEVELS } from "../lib/levels";
import { nameValues } from "../lib/name-forms";
import { MIN_ANSWERS } from "../lib/quiz/constants";
import { answeredCount } from "../lib/quiz/model";
import { buildProfile } from "../lib/quiz/profile";
import { scoreAnswers } from "../lib/quiz/score";
import { STORAGE_KEY, parseProgress } from "../lib/quiz/storage";
import { tieAnswers, tiebreakersFor } from "../lib/quiz/tiebreak";
import type { DecoderData, DecoderText } from "../lib/decoder/client-data";
import { SHORT_WORDS } from "../lib/decoder/constants";
import type { CompiledLexicon } from "../lib/decoder/lexicon";
import { CODE_PARAM } from "../lib/decoder/links";
import { clearFor, type AdEvidence } from "../lib/decoder/read";
import { decodeAd, readProfile, type AdReading } from "../lib/decoder/reading";
import { decodeProfile, encodeProfile } from "../lib/decoder/share-code";
import { youAndAd } from "../lib/decoder/you";

function el(tag: string, text?: string, attrs: Record<string, string> = {}): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

const link = (href: string, text: string) => el("a", text, { href });

class AdDecoder extends HTMLElement {
  private data!: DecoderData;
  private t!: DecoderText;
  private lexicons: Record<string, CompiledLexicon> = {};

  private piece<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  connectedCallback(): void {
    if (this.data) return;
    this.data = JSON.parse(this.piece("decoder-data").textContent!) as DecoderData;
    const lexicon = JSON.parse(this.piece("decoder-lexicon").textContent!) as CompiledLexicon;
    this.lexicons[lexicon.lang] = lexicon;
    this.t = this.data.text;
    this.piece<HTMLFormElement>("form").addEventListener("submit", (e) => {
      e.preventDefault();
      void this.decode();
    });
    this.piece("clear").addEventListener("click", () => {
      this.piece<HTMLTextAreaElement>("ad").value = "";
      this.reset();
      history.replaceState(null, "", this.data.decodeUrl);
      this.piece("announce").textContent = this.t.status.cleared;
      this.piece("ad").focus();
    });
    this.piece("copy").addEventListener("click", () => void this.copy());

    const code = new URLSearchParams(location.search).get(CODE_PARAM);
    if (code === null) return;
    const shared = decodeProfile(code, this.data.model.skills.length);
    if (shared.ok) this.show(readProfile(this.data.model, shared.profile), null, "", false);
    else {
      this.notice(fill(this.t.codeNotice, { message: this.t.codeErrors[shared.error] }));
      history.replaceState(null, "", this.data.decodeUrl);
    }
  }

  private num(n: number): string {
    return formatNumber(this.data.lang, n);
  }

  private notice(message: string): void {
    this.piece("notice").textContent = message;
  }

  private reset(): void {
    this.notice("");
    this.piece("result").hidden = true;
  }

  /** Reads the ad; fetches the lexicon of its language first when the page does not carry it. */
  private async decode(): Promise<void> {
    const { data, t } = this;
    const text = this.piece<HTMLTextAreaElement>("ad").value;
    this.reset();
    let decoded = decodeAd(text, this.lexicons, data.words, data.lang, data.model);
    if (decoded.status === "needs-lexicon") {
      const lang = decoded.lang;
      const language = data.languageNames[lang] ?? lang;
      this.notice(fill(t.status.loading, { language }));
      try {
        const response = await fetch(data.lexiconUrls[lang]!);
        if (!response.ok) throw new Error(String(response.status));
        this.lexicons[lang] = (await response.json()) as CompiledLexicon;
      } catch {
        this.notice(fill(t.status.loadFailed, { language }));
        return;
      }
      this.notice("");
      decoded = decodeAd(text, this.lexicons, data.words, data.lang, data.model);
    }
    switch (decoded.status) {
      case "ok":
        return this.show(decoded.reading, decoded.evidence, text, true);
      case "empty":
        return this.notice(t.status.empty);
      case "short":
        return this.notice(fill(t.status.short, { n: this.num(decoded.evidence?.words ?? 0), min: this.num(SHORT_WORDS) }));
      case "off-topic":
        return this.notice(t.status.offTopic);
      case "other-language":
        return this.notice(t.status.otherLanguage);
    }
  }

  private roleInfo(id: string) {
    return this.data.roles[this.data.model.roles.findIndex((r) => r.id === id)]!;
  }

  /** A reading: of an ad pasted here (with its evidence and text) or of a shared link (evidence null). */
  private show(reading: AdReading, evidence: AdEvidence | null, text: string, focus: boolean): void {
    const { data, t } = this;
    const { lang } = data;
    const shared = evidence === null;
    const [top, runner] = reading.result.ranked as [(typeof reading.result.ranked)[0], (typeof reading.result.ranked)[0]];
    const topInfo = this.roleInfo(top.id);
    const runnerInfo = this.roleInfo(runner.id);
    const section = this.piece("result");
    section.dataset["ranking"] = reading.ranking.join(" ");
    section.style.setProperty("--top-role", `var(--role-${top.id})`);
    this.piece("shared").hidden = !shared;
    this.piece("kicker").textContent = shared ? t.kicker.shared : t.kicker.mine;
    this.piece("top-name").textContent = topInfo.name;
    this.piece("top-score").textContent = fill(t.outOf, { n: this.num(top.shown) });
    this.piece("close").textContent = reading.tie
      ? fill(t.tie, { ...nameValues("role", runnerInfo), n: this.num(runner.shown) })
      : reading.closeCall
        ? plural(lang, t.close, top.shown - runner.shown, nameValues("role", runnerInfo))
        : "";
    const title = reading.titleRole ? this.roleInfo(reading.titleRole) : null;
    this.piece("title-note").textContent =
      title === null ? "" : reading.mismatch ? fill(t.mismatch, { ...nameValues("top", topInfo), ...nameValues("title", title) }) : fill(t.titleAgrees, nameValues("role", title));
    const unicorn = this.piece("unicorn");
    unicorn.hidden = !reading.unicorn;
    unicorn.textContent = reading.unicorn ? t.unicorn : "";

    const bars = this.piece("bars");
    for (const fit of reading.result.ranked) {
      const row = bars.querySelector<HTMLElement>(`[data-role="${fit.id}"]`)!;
      row.style.setProperty("--score", `${fit.shown}%`);
      row.querySelector("[data-value]")!.textContent = this.num(fit.shown);
      row.classList.toggle("top", fit.rank === 1);
      bars.append(row);
    }
    const compare = link(topInfo.compare[runner.id]!, fill(t.compare, { roles: formatList(lang, [topInfo.name, runnerInfo.name]), "roles.text": formatList(lang, [topInfo.forms.text, runnerInfo.forms.text]) }));
    this.piece("runner").replaceChildren(...t.runner.split(/(\{compare\})/).map((part) => (part === "{compare}" ? compare : fill(part, { ...nameValues("role", runnerInfo), n: this.num(runner.shown) }))));
    this.piece("role-link").replaceChildren(link(topInfo.url, fill(t.roleLink, nameValues("role", topInfo))));

    this.renderAreas(reading, evidence, text);
    this.piece("ad-box").hidden = shared;
    if (evidence) this.renderAd(evidence, text);
    this.renderYou(reading);

    const url = `${location.origin}${data.decodeUrl}?${CODE_PARAM}=${encodeProfile(reading)}`;
    this.piece<HTMLInputElement>("share-url").value = url;
    this.piece("copy-status").textContent = "";
    section.hidden = false;
    if (focus) {
      const other = evidence && evidence.lang !== lang ? ` ${fill(t.status.otherLexicon, { language: data.languageNames[evidence.lang] ?? evidence.lang })}` : "";
      this.piece("announce").textContent = fill(t.status.done, nameValues("role", topInfo)) + other;
      this.piece("result-title").focus();
    }
  }

  /** The skill areas the ad asks for, highest level first, with the phrases that show each. */
  private renderAreas(reading: AdReading, evidence: AdEvidence | null, text: string): void {
    const { data, t } = this;
    const areas = reading.levels
      .map((level, i) => ({ level, i, strength: reading.strengths[i]! }))
      .filter((a) => a.level > 0)
      .sort((a, b) => b.level - a.level || b.strength - a.strength || a.i - b.i);
    this.piece("phrases-column").hidden = evidence === null;
    const quote = (text: string) => fill(t.quote, { text });
    const phrasesOf = (i: number, negated: boolean) => {
      if (!evidence) return [];
      const seen = new Map<string, string>();
      for (const m of evidence.mentions) {
        if ((m.source === "negated") !== negated || !clearFor(this.lexicons[evidence.lang]!, m.entry, i)) continue;
        const words = text.slice(m.start, m.end);
        if (!seen.has(words.toLowerCase())) seen.set(words.toLowerCase(), words);
      }
      return [...seen.values()];
    };
    this.piece("areas").replaceChildren(
      ...areas.map((a) => {
        const row = el("tr");
        row.append(el("th", data.skills[a.i]!.name, { scope: "row" }));
        const level = el("td", data.levels[a.level - 1]!);
        if (evidence) {
          const m = evidence.mentions[evidence.levelFrom[a.i]!];
          const how =
            m?.source === "cue" && m.cue
              ? fill(t.levelFrom, { words: text.slice(m.cue[0], m.cue[1]) })
              : m?.source === "optional"
                ? t.levelOptional
                : m?.source === "degree"
                  ? t.levelDegree
                  : t.levelDefault;
          level.append(el("span", how, { class: "how" }));
          const phrases = phrasesOf(a.i, false);
          row.append(level, el("td", formatList(data.lang, phrases.slice(0, 8).map(quote)) + (phrases.length > 8 ? " …" : "")));
        } else row.append(level);
        return row;
      }),
    );
    const negated = evidence ? [...new Set(evidence.mentions.filter((m) => m.source === "negated").map((m) => text.slice(m.start, m.end)))] : [];
    this.piece("negated").textContent = negated.length ? fill(t.negated, { phrases: formatList(data.lang, negated.map(quote)) }) : "";
  }

  /** The area an entry speaks for most: the one a highlight is labelled with. */
  private mainArea(evidence: AdEvidence, entry: number): number {
    const lexicon = this.lexicons[evidence.lang]!;
    return lexicon.entries[entry]!.w.reduce((best, cur) => (cur[1] > best[1] ? cur : best))[0];
  }

  /** The ad as pasted, each phrase the decoder read marked with its skill area in words (not colour alone). */
  private renderAd(evidence: AdEvidence, text: string): void {
    const { data, t } = this;
    const box = this.piece("ad-text");
    const nodes: Node[] = [];
    type Span = { start: number; end: number; node: () => HTMLElement };
    const spans: Span[] = evidence.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      node: () => {
        const area = this.mainArea(evidence, m.entry);
        const skill = data.skills[area]!;
        const negated = m.source === "negated";
        const mark = el("mark", text.slice(m.start, m.end), negated ? { class: "negated" } : {});
        mark.append(el("span", skill.short, { class: "tag", "aria-hidden": "true" }));
        const label = negated ? fill(t.markNegated, { skill: skill.name }) : fill(t.markLabel, { skill: skill.name, level: data.levels[m.level - 1]! });
        mark.append(el("span", ` (${label})`, { class: "visually-hidden" }));
        return mark;
      },
    }));
    const title = evidence.title;
    if (title) {
      // Title roles are numbered in the fixed role order, which is the model's.
      const role = title.role >= 0 ? data.roles[title.role] : undefined;
      spans.push({
        start: title.start,
        end: title.end,
        node: () => {
          const mark = el("mark", text.slice(title.start, title.end), { class: "title" });
          mark.append(el("span", ` (${role ? fill(t.titleLabel, nameValues("role", role)) : t.titleNone})`, { class: "visually-hidden" }));
          return mark;
        },
      });
    }
    spans.sort((a, b) => a.start - b.start);
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue;
      nodes.push(document.createTextNode(text.slice(at, s.start)), s.node());
      at = s.end;
    }
    nodes.push(document.createTextNode(text.slice(at)));
    box.replaceChildren(...nodes);
  }

  /** "You and this ad": the saved quiz answers against the ad, or a link to take the quiz. */
  private renderYou(reading: AdReading): void {
    const { data, t } = this;
    const { model, lang } = data;
    const box = this.piece("you");
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(STORAGE_KEY);
    } catch {
      // storage blocked: as if no quiz were taken
    }
    const saved = parseProgress(model, raw);
    if (!saved || answeredCount(saved.answers) < MIN_ANSWERS) {
      const take = el("p");
      take.append(link(data.quizUrl, t.you.take));
      box.replaceChildren(el("p", t.you.none), take);
      return;
    }
    const offered = tiebreakersFor(model, scoreAnswers(model, saved.answers));
    const ties = saved.ties.length === offered.length ? saved.ties : offered.map(() => null);
    const profile = buildProfile(model, saved.answers, tieAnswers(offered, ties));
    const you = youAndAd(model, profile, reading.levels);
    const nodes: Node[] = [el("p", fill(t.you.fit, { n: this.num(you.shown) }))];
    nodes.push(el("p", you.readiness === null ? t.you.readinessSkipped : fill(t.you.readiness, { pct: formatNumber(lang, you.readiness / 100, { style: "percent" }) })));
    if (you.readiness !== null) {
      if (!you.steps.length) nodes.push(el("p", t.you.noGaps));
      else {
        const top = model.roles.findIndex((r) => r.id === reading.ranking[0]);
        const list = el("ol");
        for (const step of you.steps.slice(0, 3)) {
          const skill = data.skills[step.i]!;
          const li = el("li");
          li.append(el("span", fill(t.you.step, { skill: skill.name, need: data.levelsInText[step.need - 1]!, stated: data.levelsInText[Math.round(step.stated) - 1]! }), { class: "step" }));
          const next = el("p", `${fill(t.you.next, { level: data.levelsInText[step.next - 1]! })} `);
          next.append(link(`${data.skillsUrl}#${step.skill}-${LEVELS[step.next - 1]}`, fill(t.you.levelLink, { level: data.levelsInText[step.next - 1]!, skill: skill.name })));
          li.append(next);
          const place = data.places[data.reading[top]![step.i]!];
          if (place) {
            const read = el("p", `${t.you.read} `);
            read.append(link(place.url, place.title));
            li.append(read);
          }
          list.append(li);
        }
        nodes.push(el("h4", t.you.stepsTitle), list);
      }
    }
    const plan = el("p");
    plan.append(link(data.quizUrl, t.you.plan));
    nodes.push(plan);
    box.replaceChildren(...nodes);
  }

  private async copy(): Promise<void> {
    const input = this.piece<HTMLInputElement>("share-url");
    const status = this.piece("copy-status");
    try {
      await navigator.clipboard.writeText(input.value);
      status.textContent = this.t.copied;
    } catch {
      input.focus();
      input.select();
      status.textContent = this.t.selectHint;
    }
  }
}

customElements.define("ad-decoder", AdDecoder);
