import { describe, expect, it } from "vitest";
import { targetsOf } from "../_helpers.js";

describe("refiners/attach-approximate", () => {
  it("约20人 → approximate, quote holds 约", () => {
    expect(targetsOf("参加培训约20人")[0]).toMatchObject({ text: "约20人", value: 20, approximate: true });
  });
  it("30分钟左右 → approximate, quote holds 左右", () => {
    expect(targetsOf("每天阅读30分钟左右")[0]).toMatchObject({ text: "每天阅读30分钟左右".slice(4), approximate: true });
  });
  it("力争…95%以上 → approximate, quote unchanged", () => {
    expect(targetsOf("力争合格率达到95%以上")[0]).toMatchObject({ text: "95%以上", approximate: true, comparator: ">=" });
  });
  it("不少于3次 → not approximate", () => {
    expect(targetsOf("不少于3次")[0]?.approximate).toBe(false);
  });
});
