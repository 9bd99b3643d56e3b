// <site-search>: runs the /search/ page's form against the Pagefind index built with the site.
// Pagefind's script, its WebAssembly and the index load only once a visitor searches or filters (the
// first keystroke, a submit, a filter chosen, or a ?q=, ?role=, ?skill= or ?tag= in the address).
// Filters narrow the articles by role, skill area and tag (ids every article page declares with
// data-pagefind-filter); with filters and no words, every matching article is listed. Results are built with DOM APIs; excerpts go
// through excerptParts, so the only markup taken from the index is <mark>.
import { excerptParts, resultsSummary, type SummaryWords } from "../lib/search-results";

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Result {
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Resolves null when a later call replaced this one before it ran. */
  debouncedSearch(term: string | null, options?: { filters?: Record<string, string> }, wait?: number): Promise<{ results: Result[] } | null>;
}

// A variable, so the bundler leaves the import for the browser: the file exists only after the
// index is built.
const PAGEFIND_URL = "/pagefind/pagefind.js";
const BATCH = 10;
const TYPING_PAUSE_MS = 250;

let loading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  loading ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24, excerptEllipsis: "\u2026" });
    await pagefind.init();
    return pagefind;
  });
  // A failed load may be a passing network fault: let the next search try again.
  loading.catch(() => (loading = undefined));
  return loading;
}

class SiteSearch extends HTMLElement {
  private input!: HTMLInputElement;
  private status!: HTMLElement;
  private list!: HTMLOListElement;
  private more!: HTMLButtonElement;
  /** The filter <select>s, by filter name (role, skill, tag). */
  private filters: HTMLSelectElement[] = [];
  private results: Result[] = [];
  private shown = 0;
  /** The query the page shows results for; an answer to any other is stale and dropped. */
  private query = "";
  /** The page's words (its language's dictionary), from the element's data-words attribute. */
  private words!: SummaryWords & { loading: string; failed: string };
  private language = "en";

  connectedCallback(): void {
    if (this.input) return;
    this.words = JSON.parse(this.dataset["words"]!) as typeof this.words;
    this.language = document.documentElement.lang;
    const form = this.querySelector("form")!;
    form.hidden = false;
    this.input = form.querySelector("input")!;
    this.status = this.querySelector("[data-status]")!;
    this.list = this.querySelector("[data-results]")!;
    this.more = this.querySelector("[data-more]")!;
    this.filters = [...this.querySelectorAll<HTMLSelectElement>("select[data-filter]")];

    form.addEventListener("submit", (e) => {
      e.preventDefault();
      void this.search(0);
    });
    this.input.addEventListener("input", () => void this.search(TYPING_PAUSE_MS));
    this.more.addEventListener("click", () => void this.showMore(true));
    for (const select of this.filters) select.addEventListener("change", () => void this.search(0));

    const params = new URLSearchParams(location.search);
    const q = params.get("q");
    if (q?.trim()) this.input.value = q;
    for (const select of this.filters) {
      const value = params.get(select.name);
      // Only a value the page offers: an unknown one in the address is left unchosen.
      if (value && [...select.options].some((o) => o.value === value)) select.value = value;
    }
    if (q?.trim() || Object.keys(this.chosen()).length) void this.search(0);
  }

  /** The filters chosen, by name; "Any" is no filter. */
  private chosen(): Record<string, string> {
    return Object.fromEntries(this.filters.filter((s) => s.value).map((s) => [s.name, s.value]));
  }

  private async search(wait: number): Promise<void> {
    const words = this.input.value.trim();
    const filters = this.chosen();
    const filtered = Object.keys(filters).length > 0;
    // What the page is answering: the words and the filters together.
    const query = JSON.stringify([words, filters]);
    if (query === this.query && wait > 0) return;
    this.query = query;
    const params = new URLSearchParams({ ...(words ? { q: words } : {}), ...filters });
    history.replaceState(null, "", params.size ? `?${params}` : location.pathname);
    if (!words && !filtered) return this.show([], "");
    if (!loading) this.status.textContent = this.words.loading;
    try {
      const found = await (await loadPagefind()).debouncedSearch(words || null, filtered ? { filters } : {}, wait);
      if (found === null || query !== this.query) return;
      await this.show(found.results, resultsSummary(found.results.length, words, this.words, this.language, filtered));
    } catch {
      if (query === this.query) await this.show([], this.words.failed);
    }
  }

  private async show(results: Result[], summary: string): Promise<void> {
    this.results = results;
    this.shown = 0;
    const query = this.query;
    const first = await this.batch();
    if (query !== this.query) return;
    this.list.replaceChildren(...first);
    this.more.hidden = this.shown >= this.results.length;
    this.status.textContent = summary;
  }

  /** Adds the next batch; from the button, focus moves to the first new result. */
  private async showMore(focus: boolean): Promise<void> {
    const query = this.query;
    const items = await this.batch();
    if (query !== this.query) return;
    this.list.append(...items);
    this.more.hidden = this.shown >= this.results.length;
    if (focus) items[0]?.querySelector("a")?.focus();
  }

  private async batch(): Promise<HTMLLIElement[]> {
    const slice = this.results.slice(this.shown, this.shown + BATCH);
    this.shown += slice.length;
    const data = await Promise.all(slice.map((r) => r.data()));
    return data.flatMap((d) => this.item(d) ?? []);
  }

  private item(d: ResultData): HTMLLIElement | null {
    const url = new URL(d.url, location.origin);
    if (url.origin !== location.origin) return null; // the index only holds this site's pages
    const li = document.createElement("li");
    const heading = document.createElement("h2");
    const link = document.createElement("a");
    link.href = url.pathname + url.hash;
    link.textContent = d.meta["title"] ?? url.pathname;
    heading.append(link);
    li.append(heading);
    if (d.meta["section"]) {
      const section = document.createElement("p");
      section.className = "section";
      section.textContent = d.meta["section"];
      li.append(section);
    }
    const excerpt = document.createElement("p");
    for (const part of excerptParts(d.excerpt)) {
      if (!part.mark) excerpt.append(part.text);
      else excerpt.append(Object.assign(document.createElement("mark"), { textContent: part.text }));
    }
    li.append(excerpt);
    return li;
  }
}

customElements.define("site-search", SiteSearch);
