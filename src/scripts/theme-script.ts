// The inline site-wide script's source, kept as a string so the page writes it verbatim and the
// build's Content-Security-Policy can allow exactly it by hash (astro.config.mjs). It runs in
// <head> on every page: keep it tiny (at most 1 KB gzipped) and free of backticks. It marks the
// page as scripted (data-js, so scripted widgets can take their room in the first layout instead of
// shifting the page when they upgrade), sets the remembered theme before the first paint, and
// once the page has loaded and the browser is idle it registers the language's service worker
// (the lighter one when the visitor asks to save data).
// The lighter worker precaches nothing and keeps pages as they pass through it; the page it was
// registered from loaded before it existed, so that page hands over its own address and files.
// A newer worker waiting behind an old one is told to take over: this page has loaded everything
// it needs, so the next navigation gets the new version whole. Trimmed: the W3C Nu checker hashes
// an inline script without its leading and trailing whitespace, browsers hash it as written, and
// only a script without any matches its hash in both.
export const THEME_SCRIPT = `
(() => {
  const root = document.documentElement, key = "theme";
  root.dataset.js = "";
  const valid = (t) => t === "light" || t === "dark";
  try { const t = localStorage.getItem(key); if (valid(t)) root.dataset.theme = t; } catch {}
  const current = () => root.dataset.theme || (matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");
  customElements.define("theme-toggle", class extends HTMLElement {
    connectedCallback() {
      // The element is upgraded as soon as it is parsed, before its button: wait for the document.
      if (document.readyState === "loading") return addEventListener("DOMContentLoaded", () => this.connectedCallback(), { once: true });
      const b = this.querySelector("button");
      if (!b) return;
      const sync = () => b.setAttribute("aria-pressed", String(current() === "dark"));
      sync();
      b.addEventListener("click", () => {
        root.dataset.theme = current() === "dark" ? "light" : "dark";
        try { localStorage.setItem(key, root.dataset.theme); } catch {}
        sync();
      });
    }
  });
  const sw = navigator.serviceWorker;
  if (sw) addEventListener("load", () => (window.requestIdleCallback || setTimeout)(() => {
    const c = navigator.connection, d = root.dataset, lite = c && c.saveData;
    sw.register(lite ? d.swLite : d.sw).then((r) => {
      if (!r) return;
      if (lite && !sw.controller) sw.ready.then((s) => s.active.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: [location.href, ...performance.getEntriesByType("resource").map((e) => e.name)] } }));
      const go = (w) => w && sw.controller && w.postMessage({ type: "SKIP_WAITING" });
      go(r.waiting);
      r.addEventListener("updatefound", () => {
        const w = r.installing;
        if (w) w.addEventListener("statechange", () => w.state === "installed" && go(w));
      });
    }, () => {});
  }));
})();
`.trim();
