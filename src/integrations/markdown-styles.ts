// Astro's Markdown processor (Sätteri) with the site's style policy in it, for every .md and .mdx
// file: GFM's column alignment becomes a class, and a style an author wrote stops the build at its
// file and line (src/lib/style-policy.ts has the rules and the message). astro.config.mjs sets it
// as markdown.processor; MDX inherits it.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { HastPluginDefinition, HastPluginEntry, HastVisitorContext } from "satteri";
import { alignmentClass, mayHoldStyle, rawStyleLine, styleError, withClass } from "../lib/style-policy";

const fileOf = (ctx: HastVisitorContext) => (ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : "(a Markdown file)");

/** Table cells: GFM's style="text-align: ..." becomes align-left, align-center or align-right. */
const alignment: HastPluginDefinition = {
  name: "style-policy-alignment",
  element: {
    filter: ["th", "td"],
    visit(node, ctx) {
      const style = node.properties?.["style"];
      if (typeof style !== "string") return;
      const cls = alignmentClass(style);
      if (cls === null) throw new Error(styleError({ file: fileOf(ctx), line: node.position?.start.line, element: node.tagName }));
      ctx.setProperty(node, "style", undefined);
      ctx.setProperty(node, "className", withClass(node.properties?.["className"], cls));
    },
  },
};

/** Styles an author wrote: an MDX element's style attribute, or raw HTML's in a .md file. Positions on. */
const authored: HastPluginDefinition = {
  name: "style-policy-authored",
  options: { position: true },
  mdxJsxFlowElement: { filter: [], visit: (node, ctx) => checkJsx(node, ctx) },
  mdxJsxTextElement: { filter: [], visit: (node, ctx) => checkJsx(node, ctx) },
  raw(node, ctx) {
    const line = rawStyleLine(node.value);
    if (line === null) return;
    const element = /<([a-z][a-z0-9-]*)[^>]*?\sstyle\s*=/i.exec(node.value)?.[1] ?? "element";
    const start = node.position?.start.line;
    throw new Error(styleError({ file: fileOf(ctx), line: start === undefined ? undefined : start + line - 1, element }));
  },
};

function checkJsx(node: { name: string | null; attributes: readonly { type: string; name?: string }[]; position?: { start: { line: number } } | undefined }, ctx: HastVisitorContext): void {
  if (node.attributes.some((a) => a.type === "mdxJsxAttribute" && a.name === "style"))
    throw new Error(styleError({ file: fileOf(ctx), line: node.position?.start.line, element: node.name ?? "fragment" }));
}

/**
 * The plugins for one file. Tracking source positions costs the parser about 15%, so the plugin
 * that needs them runs only on a file that contains the word "style" at all.
 */
export const stylePolicyPlugins: HastPluginEntry[] = [alignment, (ctx) => (mayHoldStyle(ctx.source) ? authored : null)];
