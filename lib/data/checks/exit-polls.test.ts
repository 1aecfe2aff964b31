import { rm } from "node:fs/promises";

import { afterEach, describe, expect, it } from "vitest";

import { copyDataDir, editJson } from "../../../test/data-dir";
import { EXIT_POLLS_FILE } from "../exit-polls-schema";
import { readDataDir } from "../store";
import { formatIssue } from "../validation-issue";

type Poll = { results: { option: string; share: number }[]; [k: string]: unknown };
type File = { polls: Poll[] };

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** The messages the loader gives for data/ with exit-polls.json edited. */
async function messagesAfter(edit: (f: File) => void): Promise<string[]> {
  const dir = await copyDataDir();
  dirs.push(dir);
  await editJson(dir, EXIT_POLLS_FILE, (json) => edit(json as unknown as File));
  const result = await readDataDir(dir);
  if (result.ok) throw new Error("expected the data to be rejected");
  return result.issues.map(formatIssue);
}

const socis = (f: File) => f.polls.find((p) => p.id === "kz-2022-socis-a")!;

describe("exit-polls.json", () => {
  // Vlast.kz and obzor-gazet.ru printed SOCIS-A's 82.02 as 82.2: with the six other shares that
  // adds up to 100.18, which the check refuses.
  it("refuses a misprinted share that makes the poll add up to more than 100", async () => {
    const messages = await messagesAfter((f) => {
      socis(f).results.find((r) => r.option === "tokayev")!.share = 82.2;
    });
    expect(messages).toEqual([
      `${EXIT_POLLS_FILE} › polls[2].results: the shares add up to 100.18%; every option's shares must add up to 100%`,
    ]);
  });

  it("accepts a poll that announced only some parties, their shares adding to less than 100", async () => {
    const dir = await copyDataDir();
    dirs.push(dir);
    await editJson(dir, EXIT_POLLS_FILE, (json) => {
      const poll = (json as unknown as File).polls.find(
        (p) => p.id === "kz-2023-democracy-institute",
      )!;
      poll.results = poll.results.filter((r) => r.option !== "baitaq" && r.option !== "nsdp");
    });
    const result = await readDataDir(dir);
    expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
  });

  it("names the field of an unknown option, source and pollster", async () => {
    const messages = await messagesAfter((f) => {
      const p = socis(f);
      p.results[1]!.option = "kosanov";
      p.sourceIds = ["no-such-page"];
      p.pollster = "nobody";
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining(
          `${EXIT_POLLS_FILE} › polls[2].pollster: unknown pollster "nobody"`,
        ),
        expect.stringContaining(
          `${EXIT_POLLS_FILE} › polls[2].sourceIds[0]: unknown source "no-such-page"`,
        ),
        expect.stringContaining(
          `${EXIT_POLLS_FILE} › polls[2].results[1].option: "kosanov" is not an option of kz-2022-presidential`,
        ),
      ]),
    );
  });

  it("names the file and field of a value of the wrong shape", async () => {
    const messages = await messagesAfter((f) => {
      socis(f).turnout = { percent: "70,6", sourceIds: ["ortcom-2022-exit-poll-socis"] };
      delete socis(f).published;
    });
    expect(messages).toEqual([
      expect.stringMatching(/^exit-polls\.json › polls\[2\]\.published: /),
      expect.stringMatching(/^exit-polls\.json › polls\[2\]\.turnout\.percent: /),
    ]);
  });
});
