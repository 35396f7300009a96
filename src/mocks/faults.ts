import { HttpResponse, delay } from 'msw';

/**
 * Switchable failure modes for the mock API, per endpoint, so tests, stories and the demo can show how each
 * widget behaves when the province's API misbehaves.
 */
export type Endpoint = 'procedures' | 'procedure' | 'domains' | 'agencies' | 'dossier' | 'feedback' | 'stats'
  // The static catalog folder (src/mocks/catalog-folder.ts): its index.json, and its procedures/{code}.json.
  | 'catalog-index' | 'catalog-procedure';

export type Fault =
  | { kind: 'slow'; ms: number }
  | { kind: 'hang' }
  | { kind: 'network' }
  | { kind: 'server-error' }
  | { kind: 'unavailable'; retryAfter?: number }
  | { kind: 'rate-limited'; retryAfter?: number }
  | { kind: 'malformed' }
  | { kind: 'wrong-shape' }
  | { kind: 'empty' }
  | { kind: 'missing' };

export const FAULT_KINDS = ['slow', 'hang', 'network', 'server-error', 'unavailable', 'rate-limited', 'malformed', 'wrong-shape', 'empty', 'missing'] as const;

interface Active {
  fault: Fault;
  /** How many more requests it applies to; undefined: until cleared. */
  times?: number;
}

const active = new Map<Endpoint | '*', Active>();

/** Makes `endpoint` (or every endpoint, with '*') fail in the given way, for `times` requests or until cleared. */
export function setFault(endpoint: Endpoint | '*', fault: Fault, times?: number): void {
  active.set(endpoint, { fault, times });
}

export function clearFaults(): void {
  active.clear();
}

const problem = (status: number, type: string, title: string, headers: Record<string, string> = {}) =>
  HttpResponse.json({ type, title, status }, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

/**
 * The faulty answer for this request, or undefined to answer normally. `slow` waits and then answers normally.
 */
export async function applyFault(endpoint: Endpoint): Promise<Response | undefined> {
  const key = active.has(endpoint) ? endpoint : active.has('*') ? '*' : undefined;
  if (!key) return undefined;
  const entry = active.get(key)!;
  if (entry.times !== undefined) {
    entry.times -= 1;
    if (entry.times <= 0) active.delete(key);
  }
  const f = entry.fault;
  switch (f.kind) {
    case 'slow':
      await delay(f.ms);
      return undefined;
    case 'hang':
      await delay('infinite');
      return undefined;
    case 'network':
      return HttpResponse.error();
    case 'server-error':
      return problem(500, 'about:blank', 'Internal Server Error');
    case 'unavailable':
      return problem(503, 'about:blank', 'Service Unavailable', f.retryAfter ? { 'Retry-After': String(f.retryAfter) } : {});
    case 'rate-limited':
      return problem(429, 'urn:dvc:problem:rate-limited', 'Too Many Requests', f.retryAfter ? { 'Retry-After': String(f.retryAfter) } : {});
    case 'malformed':
      return new HttpResponse('{"items": [{"code": "1.001193", "name": "Đăng ký', { headers: { 'Content-Type': 'application/json' } });
    case 'wrong-shape':
      return HttpResponse.json({ data: { results: 'not the contract' } });
    case 'empty':
      return new HttpResponse(null, { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'missing':
      // What a static web server answers for a file that is not there: 404 with an HTML page.
      return new HttpResponse('<h1>404 Not Found</h1>', { status: 404, headers: { 'Content-Type': 'text/html' } });
  }
}
