import { describe, expect, it } from "vitest";
import { targetsOf } from "../_helpers.js";

describe("refiners/remove-overlaps", () => {
  it("一到两次: the range wins over the plain 两次", () => {
    expect(targetsOf("一到两次").map((t) => t.matcher)).toEqual(["targets/range"]);
  });
  it("二周一次: the interval wins over 一次 and 二周", () => {
    expect(targetsOf("二周一次").map((t) => t.matcher)).toEqual(["targets/interval-frequency"]);
  });
  it("分别不少于3次和4次: the coordinated pair wins over the plain counts (tie broken by matcher order)", () => {
    expect(targetsOf("分别不少于3次和4次").map((t) => t.matcher)).toEqual(["targets/coordinated", "targets/coordinated"]);
  });
  it("一周至少两次: 一周 is the period the quote holds, not a second target", () => {
    expect(targetsOf("一周至少两次").map((t) => [t.text, t.per])).toEqual([["一周至少两次", "周"]]);
  });
  it("every number is used once", () => {
    const targets = targetsOf("每周一次，每月两次，每学期不少于三次。");
    expect(targets.map((t) => t.value)).toEqual([1, 2, 3]);
  });
});
