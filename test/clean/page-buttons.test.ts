import { describe, expect, it } from "vitest";
import { prepareText } from "../../src/clean/index.js";

const cleaned = (raw: string) => {
  const p = prepareText(raw);
  return { text: p.text, removed: p.removals.map((r) => [r.rule, r.text]) };
};

describe("page buttons in brackets go: 【打印本页】 【关闭窗口】 【字体：大 中 小】", () => {
  it("a row of bracketed buttons alone on a line", () => {
    expect(cleaned("学校工作计划\n一、指导思想\n坚持立德树人。\n【打印本页】 【关闭窗口】\n二、工作目标").text).toBe("学校工作计划\n一、指导思想\n坚持立德树人。\n二、工作目标");
    expect(cleaned("学校工作计划\n【字体：大 中 小】\n一、指导思想").text).toBe("学校工作计划\n一、指导思想");
    expect(cleaned("一、指导思想\n[打印本页] [关闭窗口] [返回顶部]").text).toBe("一、指导思想");
    expect(cleaned("一、指导思想\n【收藏】【打印】【关闭】").text).toBe("一、指导思想");
  });

  it("a bare row of two buttons, or one worded as no plan line is", () => {
    expect(cleaned("一、指导思想\n打印本页 关闭窗口").text).toBe("一、指导思想");
    expect(cleaned("一、指导思想\n返回顶部\n二、工作目标").text).toBe("一、指导思想\n二、工作目标");
  });

  it("buttons ending the title line go, the title stays", () => {
    const r = cleaned("学校工作计划 【字体：大 中 小】【打印】【关闭】\n一、指导思想");
    expect(r.text).toBe("学校工作计划\n一、指导思想");
    expect(r.removed).toEqual([["page-actions", " 【字体：大中小】【打印】【关闭】"]]);
  });

  it("bracketed plan words and button words in plan text stay", () => {
    for (const raw of ["一、指导思想\n【重点】开展听课活动。", "一、指导思想\n【分享】交流心得", "一、指导思想\n打印\n收藏夹整理", "下载资料，相关学习"]) {
      expect(cleaned(raw).text).toBe(raw);
    }
  });
});
