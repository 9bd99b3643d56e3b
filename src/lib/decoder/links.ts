// The decoder page's address, language-neutral (the page localizes it), and the query parameter a
// shared reading travels in: the same one the quiz's share codes use, which the offline worker
// already ignores when it looks a page up (src/lib/precache.ts, IGNORED_PARAMS).
export const DECODE_PATH = "/decode/";
export { CODE_PARAM } from "../quiz/links";
