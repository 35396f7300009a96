import type { Lang } from '../../api/types.js';

/** A widget's messages in every shipped language. English must have exactly the keys Vietnamese has. */
export type Localized<T> = Readonly<Record<Lang, T>>;

export const defineMessages = <T>(vi: T, en: NoInfer<T>): Localized<T> => ({ vi, en });
