import type { DvcApi } from '../../api/client.js';
import { MAX_CODES_PER_REQUEST, proceduresByCodes } from '../../api/procedures.js';
import type { ServiceLevel } from '../../api/types.js';

/**
 * Collects the procedure codes that badges ask for in the same moment (one task) and fetches them with shared
 * `GET /procedures?codes=…` requests of at most 100 codes. A code asked twice is fetched once; a failed code
 * is forgotten so that a retry asks again. Unknown codes resolve to null.
 */
export class LevelBatcher {
  private readonly cache = new Map<string, Promise<ServiceLevel | null>>();
  private pending = new Map<string, { resolve: (l: ServiceLevel | null) => void; reject: (e: unknown) => void }>();
  private scheduled = false;

  constructor(private readonly client: DvcApi) {}

  level(code: string): Promise<ServiceLevel | null> {
    let promise = this.cache.get(code);
    if (!promise) {
      promise = new Promise((resolve, reject) => this.pending.set(code, { resolve, reject }));
      this.cache.set(code, promise);
      if (!this.scheduled) {
        this.scheduled = true;
        // A macrotask, not a microtask: every badge parsed or upgraded in this task joins the same request.
        setTimeout(() => this.flush(), 0);
      }
    }
    return promise;
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = new Map();
    const codes = [...batch.keys()].sort();
    for (let i = 0; i < codes.length; i += MAX_CODES_PER_REQUEST) {
      const chunk = codes.slice(i, i + MAX_CODES_PER_REQUEST);
      // Any throw, even before the request leaves, reaches every badge waiting on this chunk.
      Promise.resolve()
        .then(() => proceduresByCodes(this.client, chunk))
        .then((page) => {
          const levels = new Map(page.items.map((p) => [p.code, p.level]));
          for (const code of chunk) batch.get(code)!.resolve(levels.get(code) ?? null);
        })
        .catch((error) => {
          for (const code of chunk) {
            this.cache.delete(code);
            batch.get(code)!.reject(error);
          }
        });
    }
  }
}

const batchers = new Map<string, LevelBatcher>();

/**
 * One batcher per data source (an API base, or a catalog with or without one): every badge on the page reading
 * the same source shares it, through the client of the first badge that asked (levels do not depend on the
 * language, and a client never changes its address: a badge's later change of source gets another batcher).
 */
export function levelBatcherFor(source: string, client: DvcApi): LevelBatcher {
  let b = batchers.get(source);
  if (!b) {
    b = new LevelBatcher(client);
    batchers.set(source, b);
  }
  return b;
}

/** For tests: forget every cached level. */
export function resetLevelBatchers(): void {
  batchers.clear();
}
