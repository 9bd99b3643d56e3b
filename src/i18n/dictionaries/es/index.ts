// The Spanish dictionary. Each section is checked against the English one's type, so a missing
// or misspelt key is a type error that `astro check` reports.
import type { Dictionary } from "../../dictionary";
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

export default { common, home, roles, compare, matrix, paths, articles, quiz, search, decoder } satisfies Dictionary;
