// The English dictionary: every user-visible string the components write, by section. Its shape
// is the type every other language's dictionary must satisfy (src/i18n/dictionary.ts).
import articles from "./articles";
import common from "./common";
import compare from "./compare";
import decoder from "./decoder";
import home from "./home";
import matrix from "./matrix";
import paths from "./paths";
import quiz from "./quiz";
import roles from "./roles";
import search from "./search";

export default { common, home, roles, compare, matrix, paths, articles, quiz, search, decoder };
