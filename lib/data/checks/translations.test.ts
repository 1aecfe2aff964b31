import { rm } from "node:fs/promises";

import { afterEach, describe, expect, it } from "vitest";

import { copyDataDir, editJson } from "../../../test/data-dir";
import { formatIssues } from "../validation-issue";
import { readDataDir } from "../store";

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

type Json = Record<string, Record<string, unknown>>;

async function problemsAfter(file: string, edit: (json: Json) => void): Promise<string> {
  const dir = await copyDataDir();
  dirs.push(dir);
  await editJson(dir, file, (json) => edit(json as unknown as Json));
  const result = await readDataDir(dir);
  expect(result.ok).toBe(false);
  return result.ok ? "" : formatIssues(result.issues);
}

describe("data/translations", () => {
  it("translates every text of the real data into Russian and Kazakh", async () => {
    const result = await readDataDir();
    expect(result.ok).toBe(true);
  });

  it("names the language, the path and the English text of a missing translation", async () => {
    const text = await problemsAfter("translations/kk.json", (json) => {
      delete json.figures!["turnout-2022"];
    });
    expect(text).toContain("translations/kk.json");
    expect(text).toContain("figures.turnout-2022.label");
    expect(text).toContain('no kk text for "Turnout, 2022 presidential election"');
  });

  it("refuses a translation of nothing, and an empty one", async () => {
    const stale = await problemsAfter("translations/ru.json", (json) => {
      json.events!["no-such-event"] = { title: "Нет такого" };
    });
    expect(stale).toContain("events.no-such-event.title");
    expect(stale).toContain("translates nothing");
    const empty = await problemsAfter("translations/ru.json", (json) => {
      json.places!.Moscow = " ";
    });
    expect(empty).toContain("places.Moscow");
    expect(empty).toContain("is empty");
  });

  it("asks for the translation of a figure added in English", async () => {
    const text = await problemsAfter("figures.json", (json) => {
      const figures = json.figures as unknown as { id: string; label: string }[];
      figures.push({ ...figures[0]!, id: "new-figure", label: "A new figure" });
    });
    expect(text).toContain('no ru text for "A new figure"');
    expect(text).toContain('no kk text for "A new figure"');
  });
});
