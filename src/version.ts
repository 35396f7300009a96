/** The library's version; a test keeps it equal to package.json's. Shown when two copies clash on one page. */
export const VERSION = '0.1.0';
