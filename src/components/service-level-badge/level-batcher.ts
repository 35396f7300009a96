import { queryString, type DvcApi } from '../../api/client.js';
import { arr, obj, str } from '../../api/shape/base.js';
import type { ServiceLevel } from '../../api/types.js';
import { SERVICE_LEVELS } from '../../api/vocabulary.js';

/**
 * The contract's limit on `codes=` (MAX_CODES_PER_REQUEST of src/api/procedures.ts, which the badge does not
 * import: that module brings the search's endpoints and their answer checks with it).
 */
const MAX_CODES_PER_REQUEST = 100;

/**
 * `GET /procedures?codes=…`, checked only for what a badge reads: each item's code and level. Everything else
 * in the answer is left unread, so it needs no check; a malformed answer fails the request as a whole (the
 * badges show their error and retry). An item whose level is not one of the contract's (an old record's "4")
 * is left out: its badge shows the level as unknown, as for a code the API does not know, while the others of
 * the request (up to 99 on a list page) show theirs; a retry would only get the same item again.
 */
export function levelsByCodes(api: DvcApi, codes: string[]): Promise<Map<string, ServiceLevel>> {
  return api.request(`/procedures${queryString([['codes', codes.join(',')]])}`, (json) => {
    const items = arr(obj(json, 'answer').items, 'items').map((v, i) => obj(v, `items[${i}]`));
    const levels = new Map<string, ServiceLevel>();
    items.forEach((p, i) => {
      const code = str(p.code, `items[${i}].code`);
      if (SERVICE_LEVELS.includes(p.level as ServiceLevel)) levels.set(code, p.level as ServiceLevel);
    });
    return levels;
  });
}

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
        .then(() => levelsByCodes(this.client, chunk))
        .then((levels) => {
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
