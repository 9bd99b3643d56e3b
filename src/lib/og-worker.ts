// A share-card worker thread: renders the cards it is sent and posts back the PNG bytes.
// Started by src/lib/og-pool.ts, one per core.
import { parentPort } from "node:worker_threads";
import type { CardNode } from "./og-card";
import { renderCard } from "./og-render";

parentPort!.on("message", async ({ id, card }: { id: number; card: CardNode }) => {
  try {
    const png = await renderCard(card);
    parentPort!.postMessage({ id, png }, [png.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
