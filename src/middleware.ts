// Each page leaves the renderer finished (src/lib/security.ts finishPage: inline styles trimmed with
// their hashes, the <meta> policy hoisted). Done here rather than over dist/ after the build, the
// incremental build keeps finished pages, so a rebuild copies them instead of redoing the work;
// src/integrations/security-headers.ts then only reads each page's policy.
import { defineMiddleware } from "astro:middleware";
import { finishPage } from "./lib/security";

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get("content-type")?.startsWith("text/html")) return response;
  return new Response(finishPage(await response.text()), { status: response.status, statusText: response.statusText, headers: response.headers });
});
