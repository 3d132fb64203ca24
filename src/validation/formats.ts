/**
 * The JSON Schema formats the schemas use, for ajv at run time (./validators.ts) and in the build's
 * standalone code (scripts/build.mjs), so both check the same thing.
 *
 * `uri` (RFC 3986, an absolute URI): a scheme, then only characters a URI may carry unencoded (no
 * space, control character, quote, angle bracket, backslash, caret, backtick or brace; RFC 3986
 * §2), and something WHATWG's URL parser, which every request here goes through, accepts.
 * ajv-formats' RFC 3986 expression says the same of these values but costs ~5 ms to compile, and
 * the DATAFOLD_HOST default is checked on every start (issue 11).
 */
const URI_CHARACTERS = /^[a-z][a-z0-9+.-]*:[^\s\u0000-\u001f\u007f"<>\\^`{|}]*$/i;

export const FORMATS = {
  uri: (value: string): boolean => URI_CHARACTERS.test(value) && URL.canParse(value),
};
