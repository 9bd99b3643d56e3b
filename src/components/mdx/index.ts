// The components an article (or a comparison's prose) may use without importing them; pass as
// <Content components={mdxComponents} />. Headings and tables are swapped for versions with a
// self-link and a scroll container.
import RoleCard from "../roles/RoleCard.astro";
import SkillMatrix from "../matrix/SkillMatrix.astro";
import Callout from "./Callout.astro";
import CompareLink from "./CompareLink.astro";
import QuizCTA from "./QuizCTA.astro";
import Figure from "./Figure.astro";
import H2 from "./H2.astro";
import H3 from "./H3.astro";
import Table from "./Table.astro";

export const mdxComponents = {
  RoleCard,
  SkillMatrix,
  Callout,
  CompareLink,
  QuizCTA,
  Figure,
  h2: H2,
  h3: H3,
  table: Table,
};
