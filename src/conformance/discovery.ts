import * as shape from '../api/shape.js';
import type { Agency, CodeName, Page, ProcedureSummary } from '../api/types.js';
import type { Contract } from './contract.js';
import { jsonOf, type Answer, type Http } from './http.js';

/** The contract's largest page. */
export const MAX_PAGE_SIZE = 100;

/** Endpoint names as the report groups times and headers. */
export const EP = {
  search: 'GET /procedures',
  procedure: 'GET /procedures/{code}',
  domains: 'GET /domains',
  agencies: 'GET /agencies',
  stats: 'GET /stats',
  dossier: 'GET /dossiers/{code}',
  feedback: 'POST /feedback',
  preflightDossier: 'OPTIONS /dossiers/{code}',
  preflightFeedback: 'OPTIONS /feedback',
} as const;

/** Catalog endpoints: public, the same for every citizen, worth caching. */
export const CATALOG_ENDPOINTS: readonly string[] = [EP.search, EP.procedure, EP.domains, EP.agencies, EP.stats];

/**
 * Codes that no province uses (official codes start with a digit from 1), for the "unknown code" checks.
 * They sort before every official code, as the widgets sort the codes they send.
 */
export const UNKNOWN_CODE = '0.000000.KIEMTRA';
export const unknownCode = (i: number): string => `${UNKNOWN_CODE}.${String(i).padStart(3, '0')}`;
export const UNKNOWN_DOSSIER = '000.00.00.KIEMTRA-000101-0000';

/** An answer with its parsed body when the contract and the widgets accept it. */
export interface Checked<T> {
  answer: Answer;
  value?: T;
  problems: string[];
}

/**
 * What several checks need from the API (a list of procedures, the domains, the agencies), fetched once and
 * shared. The check that owns an endpoint reports its problems; the others only skip when the data is missing.
 */
export class Discovery {
  private cache = new Map<string, Promise<Checked<unknown>>>();

  constructor(
    private readonly http: Http,
    private readonly contract: Contract,
  ) {}

  private memo<T>(key: string, load: () => Promise<Checked<T>>): Promise<Checked<T>> {
    let p = this.cache.get(key);
    if (!p) {
      p = load();
      // A failed request is not remembered: the next check asks again and reports it itself.
      p.catch(() => this.cache.delete(key));
      this.cache.set(key, p);
    }
    return p as Promise<Checked<T>>;
  }

  /** GET a contract path and check the answer against the OpenAPI document and the widgets' check. */
  async fetchChecked<T>(
    path: string,
    specPath: string,
    endpoint: string,
    widgetCheck: (json: unknown) => T,
    headers?: Record<string, string>,
  ): Promise<Checked<T>> {
    const answer = await this.http.get(path, endpoint, headers);
    const problems = this.contract.problems(answer, specPath, 'get', widgetCheck);
    const ok = answer.status >= 200 && answer.status < 300 && problems.length === 0;
    return { answer, problems, value: ok ? widgetCheck(jsonOf(answer)) : undefined };
  }

  /** The first page of procedures at the largest page size. */
  procedures(): Promise<Checked<Page<ProcedureSummary>>> {
    return this.memo('procedures', () =>
      this.fetchChecked(`/procedures?page=1&pageSize=${MAX_PAGE_SIZE}`, '/procedures', EP.search, shape.procedurePage),
    );
  }

  domains(): Promise<Checked<CodeName[]>> {
    return this.memo('domains', () => this.fetchChecked('/domains', '/domains', EP.domains, shape.codeNameList));
  }

  agencies(): Promise<Checked<Agency[]>> {
    return this.memo('agencies', () => this.fetchChecked('/agencies', '/agencies', EP.agencies, shape.agencyList));
  }

  /** Answers of the dossier lookups, kept for the checks that read their headers. */
  readonly dossierAnswers: Answer[] = [];

  /** The dossier lookup without a verifier, shared by the lookup and the verifier checks. */
  async dossier(path: string): Promise<Answer> {
    const r = await this.memo(`dossier ${path}`, async () => {
      const answer = await this.http.get(path, EP.dossier);
      this.dossierAnswers.push(answer);
      return { answer, problems: [] };
    });
    return r.answer;
  }
}
