import { describe, expect, it } from "vitest";

import { csvCell, toCsv, toCsvFilename, type CsvColumn } from "./csv";

interface Row {
  name: string | null;
  votes: number | null;
}
const columns: CsvColumn<Row>[] = [
  { header: "name", value: (r) => r.name },
  { header: "votes", value: (r) => r.votes },
];

describe(toCsv, () => {
  it("writes a header, CRLF line ends and a BOM by default", () => {
    expect(toCsv([{ name: "Tokayev", votes: 6456393 }], columns)).toBe(
      "\uFEFFname,votes\r\nTokayev,6456393\r\n",
    );
  });

  it("leaves the BOM out on request", () => {
    expect(toCsv([], columns, { bom: false })).toBe("name,votes\r\n");
  });

  it("keeps the column order given, not the object's", () => {
    const reversed = [...columns].reverse();
    expect(toCsv([{ name: "a", votes: 1 }], reversed, { bom: false })).toBe(
      "votes,name\r\n1,a\r\n",
    );
  });

  it("writes missing values as empty cells", () => {
    expect(toCsv([{ name: null, votes: null }], columns, { bom: false })).toBe(
      "name,votes\r\n,\r\n",
    );
  });
});

describe(csvCell, () => {
  it("quotes commas, quotes, CR and LF, doubling embedded quotes", () => {
    expect(csvCell("People's Coalition, independent")).toBe('"People\'s Coalition, independent"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a\nb")).toBe('"a\nb"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
    expect(csvCell("plain")).toBe("plain");
  });

  it("keeps Cyrillic and Kazakh text as it is", () => {
    expect(csvCell("Қасым-Жомарт Тоқаев")).toBe("Қасым-Жомарт Тоқаев");
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tx")).toBe("'\tx");
    expect(csvCell("\rx")).toBe('"\'\rx"');
  });

  it("neutralises a formula behind leading spaces, which spreadsheets skip", () => {
    expect(csvCell(" =1+1")).toBe("' =1+1");
    expect(csvCell("\u00a0=cmd|' /C calc'!A0")).toBe("'\u00a0=cmd|' /C calc'!A0");
    expect(csvCell("\u2003 +1")).toBe("'\u2003 +1");
    expect(csvCell("  @SUM(A1)")).toBe("'  @SUM(A1)");
    expect(csvCell("\n-2")).toBe('"\'\n-2"');
    // Text that merely contains a sign later on is left as it is.
    expect(csvCell("Kazakhstan = 20 regions")).toBe("Kazakhstan = 20 regions");
    expect(csvCell(" 5 - 3")).toBe(" 5 - 3");
  });

  it("leaves numbers alone, negative ones included, and writes them unformatted", () => {
    expect(csvCell(-8.1)).toBe("-8.1");
    expect(csvCell(45000000000)).toBe("45000000000");
    expect(csvCell(81.31)).toBe("81.31");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("writes booleans as true and false", () => {
    expect(csvCell(true)).toBe("true");
    expect(csvCell(false)).toBe("false");
  });
});

describe(toCsvFilename, () => {
  it("joins safe parts", () => {
    expect(toCsvFilename("kz-2022-presidential-results", "2022-11-22")).toBe(
      "kz-2022-presidential-results_2022-11-22.csv",
    );
    expect(toCsvFilename("../etc/passwd", null)).toBe("etc-passwd.csv");
    expect(toCsvFilename("")).toBe("data.csv");
  });
});
