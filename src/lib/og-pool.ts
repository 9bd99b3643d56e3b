// Share cards drawn on every core: satori and resvg are CPU-bound and synchronous, so the build's
// page renderer hands each card to a pool of worker threads (one per core, started on first use,
// never keeping the process alive). The bytes are the same as rendering in the build's thread.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CardNode } from "./og-card";

interface Job {
  id: number;
  card: CardNode;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

/**
 * The worker runs the TypeScript sources as they are, through the project's Node loader hook.
 * Paths are taken from the project root: inside Astro's build this module is bundled elsewhere.
 */
const root = process.cwd();
const WORKER = join(root, "src/lib/og-worker.ts");
const REGISTER = join(root, "scripts/register-ts.mjs");

export class CardPool {
  private workers: { worker: Worker; job: Job | undefined }[] = [];
  private queue: Job[] = [];
  private next = 0;

  constructor(private readonly size = availableParallelism()) {}

  render(card: CardNode): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.next++, card, resolve, reject });
      this.pump();
    });
  }

  /** Stops every worker; a later render starts new ones. */
  async close(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.workers.find((w) => !w.job);
      if (!slot && this.workers.length < this.size) slot = this.start();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.worker.postMessage({ id: job.id, card: job.card });
    }
  }

  private start() {
    const worker = new Worker(WORKER, { execArgv: ["--import", REGISTER] });
    const slot: { worker: Worker; job: Job | undefined } = { worker, job: undefined };
    worker.on("message", (msg: { id: number; png?: Uint8Array; error?: string }) => {
      const job = slot.job;
      slot.job = undefined;
      worker.unref(); // an idle worker never keeps the build (or a test) running
      if (job) {
        if (msg.png) job.resolve(new Uint8Array(msg.png));
        else job.reject(new Error(msg.error ?? "share card worker failed"));
      }
      this.pump();
    });
    worker.on("error", (error) => {
      slot.job?.reject(error);
      this.workers = this.workers.filter((w) => w !== slot);
      this.pump();
    });
    worker.unref();
    this.workers.push(slot);
    return slot;
  }
}

let shared: CardPool | undefined;

/** The process's pool. */
export function cardPool(): CardPool {
  shared ??= new CardPool();
  return shared;
}

