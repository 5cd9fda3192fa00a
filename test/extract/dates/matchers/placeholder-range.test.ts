import { describe, expect, it } from "vitest";
import { dates } from "../_helpers.js";

describe("dates/placeholder-range", () => {
  it("(20xx--20xx) and 20xx—20xx → placeholders with from/to null", () => {
    const found = dates("规划纲要》(20xx--20xx)为指针,发展规划(20xx—20xx)", {});
    expect(found.map((d) => [d.text, d.placeholder, d.from, d.to])).toEqual([
      ["20xx--20xx", true, null, null],
      ["20xx—20xx", true, null, null],
    ]);
  });
});
