import type { Lang } from '../../api/types.js';

/**
 * The loader's only text: the note beside a widget whose code could not be fetched. Both languages are here, in
 * the loader itself, not in a catalog: a catalog's English is a file of its own, and a note saying that files
 * could not be fetched must not need another file.
 */
export const loadFailedNote: Readonly<Record<Lang, { short: string; long: string }>> = {
  vi: {
    short: 'Chưa tải được',
    long: 'Chưa tải được tiện ích này. Hãy tải lại trang sau ít phút.',
  },
  en: {
    short: 'Could not load',
    long: 'This widget could not be loaded. Please reload the page in a few minutes.',
  },
};
