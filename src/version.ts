/** Kept equal to package.json's version by a test; bundled so the user agent needs no file access. */
export const VERSION = '0.1.0';
