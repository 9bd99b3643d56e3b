// One page per worker for sweeps over many URLs: on a 2-core machine a fresh browser context for
// every URL cost more than loading the URL itself.
import type { Browser, BrowserContextOptions, Page, WorkerInfo } from "@playwright/test";

export async function sharedPage(browser: Browser, info: WorkerInfo, options: BrowserContextOptions = {}): Promise<Page> {
  const baseURL = info.project.use.baseURL;
  const context = await browser.newContext({ ...options, ...(baseURL ? { baseURL } : {}) });
  return context.newPage();
}
