import { beforeAll, describe, expect, it } from "vitest";

import { REAL_DATA_DIR } from "../../test/data-dir";
import { readDataDir } from "../data/store";
import type { DataSet } from "../data/dataset";
import { toDashboardData } from "../data/dashboard-data";
import { resolveText, textContext } from "../text/resolve-text";
import type { Text } from "../text/text";
import { sameRevisions, toRevisionState } from "./current";
import { changeSince, diffElection, diffTurnout, toChangeLog } from "./diff";

let data: DataSet;
beforeAll(async () => {
  const r = await readDataDir(REAL_DATA_DIR);
  if (!r.ok) throw new Error("real data must validate");
  data = r.data;
});
/** A line of the log as an English page writes it. */
const en = (text: Text) => resolveText(text, textContext(toDashboardData(data, "en")));

describe(diffElection, () => {
  it("finds the one-vote difference between the preliminary and final 2022 results", () => {
    const e = data.elections.find((x) => x.meta.id === "kz-2022-presidential")!;
    const change = diffElection(e, e.revisions[0]!, e.revisions[1]!);
    expect(change.changes.map(en)).toEqual([
      "Status preliminary → final",
      "+1 vote for Kassym-Jomart Tokayev (6,456,392 → 6,456,393)",
      "Voters with absentee certificates added: 13,282",
      "International observers added: 641",
    ]);
    expect(change.from).toMatchObject({ id: "2022-11-21T1200-preliminary", status: "preliminary" });
  });
});

describe(changeSince, () => {
  it("describes a pinned turnout release against the final figure", () => {
    const change = changeSince(data, "kz-2022-turnout-intraday", "2022-11-20T2200-preliminary")!;
    const lines = change.changes.map(en);
    expect(lines).toContain("Turnout 69.43% → 69.44%");
    expect(lines).toContain("Voters who received a ballot 8,299,501 → 8,300,046");
    expect(lines).toContain("No regional figures in this revision");
    expect([change.from, change.to].map((r) => en(r.label))).toEqual([
      "release of 22:00, 20 Nov 2022",
      "final, 22 Nov 2022",
    ]);
    expect(en(change.datasetTitle)).toBe(
      data.turnouts.find((t) => t.meta.id === "kz-2022-turnout-intraday")!.meta.title,
    );
  });

  it("says nothing for the newest revision or an unknown one", () => {
    expect(changeSince(data, "kz-2022-presidential", "2022-11-22T1200-final")).toBeUndefined();
    expect(changeSince(data, "kz-2022-presidential", "nope")).toBeUndefined();
  });
});

describe(toChangeLog, () => {
  it("lists every consecutive pair of every dataset, newest first", () => {
    const log = toChangeLog(data);
    // One step between each pair of consecutive revisions; none for single-revision datasets.
    const steps = [...data.elections, ...data.turnouts].reduce(
      (n, d) => n + d.revisions.length - 1,
      0,
    );
    expect(log).toHaveLength(steps);
    expect(log[0]!.to.asOf >= log[log.length - 1]!.to.asOf).toBe(true);
    const step = log.find((c) => c.to.id === "2022-11-20T1605-preliminary")!;
    expect(en(step.changes[0]!)).toBe("Turnout 51.16% → 62.34%");
    expect(step.changes.map(en)).toContain("20 of 20 regions and cities changed");
  });
});

describe(toRevisionState, () => {
  it("names the newest revision of each dataset and notices a new one", () => {
    const state = toRevisionState(data);
    expect(state.datasets["kz-2022-presidential"]).toBe("2022-11-22T1200-final");
    expect(state.updatedAt).toBe("2023-03-27T12:00:00+06:00");
    const turnout = data.turnouts.find((t) => t.meta.id === "kz-2022-turnout-intraday")!;
    const earlier = toRevisionState({
      ...data,
      turnouts: [{ ...turnout, revisions: turnout.revisions.slice(0, 3) }],
    });
    expect(sameRevisions(state, earlier)).toBe(false);
    expect(sameRevisions(state, toRevisionState(data))).toBe(true);
  });
});

describe("a release whose list survived only in part", () => {
  it("counts the units it lacked as given for the first time in the next, not as changed", () => {
    const t = data.turnouts.find((d) => d.revisions.some((r) => r.partialUnits))!;
    const i = t.revisions.findIndex((r) => r.partialUnits);
    const [partial, next] = [t.revisions[i]!, t.revisions[i + 1]!];
    const step = diffTurnout(t, partial, next);
    const lacked = next.units!.length - partial.units!.length;
    expect(step.changes.map(en)).toContain(
      `Regions and cities given for the first time in this release: ${lacked}`,
    );
    expect(step.changes.map(en).join(" ")).toMatch(
      new RegExp(`of ${partial.units!.length} regions`),
    );
  });
});
