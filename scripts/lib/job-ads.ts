// The project's labelled job ads (tests/fixtures/job-ads/<lang>/<id>.txt; the folder's README says how
// they were written and labelled): each file's front matter (role, kind, split) and the ad after it,
// which is all the decoder is given.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { KINDS, SPLITS, type AdKind, type LabelledAd, type Split } from "../../src/lib/decoder/audit";
import { isRoleId } from "../../src/lib/roles";

export const JOB_ADS = join(process.cwd(), "tests/fixtures/job-ads");

const FRONT = /^---\r?\nrole: (\S+)\r?\nkind: (\S+)\r?\nsplit: (\S+)\r?\n---\r?\n/;

export function parseJobAd(file: string, lang: string, source: string): LabelledAd {
  const m = FRONT.exec(source);
  if (!m) throw new Error(`${file}: no front matter (role, kind, split)`);
  const [, role, kind, split] = m;
  if (role !== "off-topic" && !isRoleId(role)) throw new Error(`${file}: role "${role}" is not a role or "off-topic"`);
  if (!(KINDS as readonly string[]).includes(kind!)) throw new Error(`${file}: kind "${kind}" is not one of ${KINDS.join(", ")}`);
  if (!(SPLITS as readonly string[]).includes(split!)) throw new Error(`${file}: split "${split}" is not one of ${SPLITS.join(", ")}`);
  return { id: `${lang}/${file.replace(/\.txt$/, "")}`, lang, role, kind: kind as AdKind, split: split as Split, text: source.slice(m[0].length) };
}

/** Every labelled ad, by language folder then file name. */
export function loadJobAds(dir = JOB_ADS): LabelledAd[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((lang) =>
      readdirSync(join(dir, lang))
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => parseJobAd(f, lang, readFileSync(join(dir, lang, f), "utf8"))),
    );
}
