import { checkDossierCode } from './dossier-code.js';

/**
 * What a receipt's QR code may hold: the bare dossier code, a link to a tracker page
 * (`https://xa-a.example.gov.vn/tra-cuu?ma-ho-so=000.00.53.H48-220921-0099`), a link of the province's own
 * portal with the code in another parameter or in the path (`…/ho-so/000.00.53.H48-220921-0099`), or a line of
 * text around it.
 *
 * The field accepts any code the server may know; a QR code's text needs more care, since a link's other parts
 * (`tra-cuu`, `vi`, `2024`) are also letters and digits. So a candidate must look like a dossier code: a
 * receiving date yyMMdd and a counter, each after a separator (`…-220921-0099`, `CNTBD.181121.00334`).
 * The parameter the tracker reads (`ma-ho-so`) is trusted as it is, like the page URL's.
 */
const DOSSIER_CODE_SHAPE = /(?:^|[._-])\d{6}[._-]\d{2,}(?:$|[._-])/;

const decode = (part: string) => {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    return part;
  }
};

function asCode(candidate: string | null | undefined, trusted = false): string | null {
  const check = checkDossierCode(candidate);
  return check.ok && (trusted || DOSSIER_CODE_SHAPE.test(check.code)) ? check.code : null;
}

/** The dossier code a QR code's text holds, or null when it holds none. */
export function findDossierCode(text: string, codeParam: string): string | null {
  const raw = text.trim();
  if (/^https?:\/\//i.test(raw)) {
    let url: URL | undefined;
    try {
      url = new URL(raw);
    } catch {
      // Not a valid link after all: read it as text below.
    }
    if (url) {
      const named = codeParam ? asCode(url.searchParams.get(codeParam), true) : null;
      if (named) return named;
      for (const value of url.searchParams.values()) {
        const code = asCode(value);
        if (code) return code;
      }
      for (const segment of url.pathname.split('/')) {
        const code = asCode(decode(segment));
        if (code) return code;
      }
      // A single-page site's route: `#/tra-cuu?ma-ho-so=…`.
      return url.hash ? findDossierCode(url.hash.slice(1), codeParam) : null;
    }
  }
  const bare = asCode(raw);
  if (bare) return bare;
  // Text around the code ("Mã hồ sơ: 000.00.53.H48-220921-0099"), or a route's pieces.
  for (const token of raw.split(/[\s,;:?&=#/()<>"'[\]{}|\\]+/)) {
    // A sentence's full stop is not part of the code.
    const code = asCode(decode(token).replace(/[._-]+$/, ''));
    if (code) return code;
  }
  return null;
}
