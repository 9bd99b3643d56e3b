import { describe, expect, it } from "vitest";
import { parseEntryList, parseSingleEntry } from "../../src/lib/yaml-list";

describe("YAML entry lists", () => {
  it("keeps each entry's position, since the collection API does not", () => {
    const entries = parseEntryList("- id: b\n- id: a\n", "x.yaml");
    expect(entries.map((e) => [e["id"], e["order"]])).toEqual([["b", 0], ["a", 1]]);
  });

  it("names the file, the position and the id of a duplicate", () => {
    expect(() => parseEntryList("- id: a\n- id: b\n- id: a\n", "content/x.yaml")).toThrow('content/x.yaml: 2.id: duplicate id "a" (also entry 0)');
  });

  it("refuses entries without an id and files that are not lists", () => {
    expect(() => parseEntryList("- name: a\n", "x.yaml")).toThrow("x.yaml: 0.id: every entry needs an id");
    expect(() => parseEntryList("a: 1\n", "x.yaml")).toThrow("expected a YAML list");
    expect(() => parseSingleEntry("- 1\n", "q.yaml")).toThrow("expected a YAML mapping");
  });
});
