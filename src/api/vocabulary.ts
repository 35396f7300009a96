/**
 * The closed vocabularies of the API contract (v1): one list each, and the type derived from it, and its one
 * limit a citizen meets. The answer checks, the domain rules, the search filters and the feedback form all read
 * these, and a test holds them equal to the OpenAPI file, so a value added to the contract is added in one place.
 */

/** Online-service levels of Decree 42/2022: fully online, partly online, information only. */
export const SERVICE_LEVELS = ['full', 'partial', 'info'] as const;
export type ServiceLevel = (typeof SERVICE_LEVELS)[number];

/**
 * Government tiers, in the order citizens meet them. Districts were abolished on 1/7/2025; old data still names
 * them, so they stay accepted and shown.
 */
export const TIERS = ['province', 'commune', 'district'] as const;
export type Tier = (typeof TIERS)[number];

/** Ways to apply for a procedure. */
export const CHANNELS = ['in-person', 'online', 'postal'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Dossier status codes (the national portal's TrangThaiHoSo), 1 Mới đăng ký … 10 Đã trả kết quả. */
export const DOSSIER_STATUSES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

/** The satisfaction scale, most satisfied first (the order the form offers them). */
export const RATINGS = ['very-satisfied', 'satisfied', 'dissatisfied'] as const;
export type Rating = (typeof RATINGS)[number];

/** A satisfaction rating, or a petition (phản ánh, kiến nghị). */
export const FEEDBACK_KINDS = ['satisfaction', 'petition'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** The most characters a feedback `message` may have: the contract's `maxLength`, beyond which the API refuses it. */
export const MESSAGE_MAX = 2000;
