// Numbers as the gates print them.

/** 1234 -> "1,234". */
export function int(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}

/** Bytes in KB (1 KB = 1024 B) to one decimal: 8192 -> "8.0 KB". */
export function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

/** Exact, and in KB from 1 KB up, for a failure message: 8192 -> "8.0 KB (8,192 B)", 28 -> "28 B". */
export function bytes(n: number): string {
  return n < 1024 ? `${int(n)} B` : `${kb(n)} (${int(n)} B)`;
}

/** A text table, columns padded to their widest cell; `align` has an "l" or "r" per column (default "l"). */
export function textTable(head: string[], rows: string[][], align = ""): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (align[i] === "r" ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/** The same table in Markdown. */
export function markdownTable(head: string[], rows: string[][], align = ""): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), `|${head.map((_, i) => (align[i] === "r" ? " ---: |" : " --- |")).join("")}`, ...rows.map(line)].join("\n");
}
