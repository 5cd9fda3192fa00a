import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanText, normaliseText, prepareText } from "../../src/clean/index.js";

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/clean/${name}.txt`, import.meta.url), "utf8");

/** fixture → exact clean text and the removals as [rule, removed text] in order */
const CASES: readonly { name: string; text: string; removals: readonly (readonly [string, string])[] }[] = [
  { name: "upload-info", text: "某校工作计划\n一、指导思想",
    removals: [["upload-info", "上传人:景星 文档编号:156072405 上传时间:2020-12-14 格式:DOCX 页数:9 大小:19.46KB\n"]] },
  { name: "page-counter", text: "正文第一段。\n正文第二段。", removals: [["page-counter", "第1页 / 共9页\n"], ["page-counter", "第页共页"]] },
  { name: "page-title-counter", text: "正文。", removals: [["page-title-counter", "某校工作计划_第1页\n"]] },
  { name: "preview-limit", text: "正文。\n正文续。",
    removals: [["preview-limit", "亲,该文档总共9页,到这儿已超出免费预览范围,如果喜欢就下载吧!\n"]] },
  { name: "read-more", text: "正文。", removals: [["read-more", "展开阅读全文"]] },
  { name: "resource-description", text: "某校2022年学校工作计划\n正文。", removals: [["resource-description", "资源描述\n"]] },
  { name: "member-share", text: "正文。",
    removals: [["member-share", "《某校工作计划》由会员分享,可在线阅读,更多相关《某校工作计划(9页珍藏版)》请在金锄头文库上搜索。\n"]] },
  { name: "editor-note", text: "某校工作计划(三篇)\n正文。",
    removals: [["editor-note", "下面是小编为大家整理的某校工作计划(三篇),供大家参考。\n"]] },
  { name: "filler-intro", text: "题目\n正文。",
    removals: [["filler-intro", "人生天地之间,若白驹过隙,忽然而已。下面是小编为大家带来的计划书优秀范文,希望大家可以喜欢。\n"]] },
  { name: "recommended-links", text: "正文。", removals: [["recommended-links", "推荐访问:工作计划 教科室 主题"]] },
  { name: "you-may-like", text: "正文。", removals: [["you-may-like", "猜你喜欢\n其他文章一\n其他文章二"]] },
  { name: "breadcrumb", text: "标题\n正文。", removals: [["breadcrumb", "位置: 首页 >范文大全 > 主题教育 > 文章内容\n"]] },
  { name: "post-meta", text: "标题\n正文。", removals: [["post-meta", "时间:2023-03-28 00:10:02 来源:网友投稿\n"]] },
  { name: "page-actions", text: "标题\n正文。", removals: [["page-actions", "返回 下载 相关 举报\n"]] },
  { name: "qr-code", text: "《某校工作要点》\n正文。", removals: [["qr-code", " 二维码"], ["qr-code", "二维码"]] },
  { name: "site-chrome", text: "正文。",
    removals: [["site-chrome", "相关资源\n"], ["site-chrome", "正为您匹配相似的精品文档\n"], ["site-chrome", "最新文档\n"], ["site-chrome", "电脑版 |金锄头文库版权所有"]] },
  { name: "licence-number", text: "正文。", removals: [["licence-number", "经营许可证:蜀ICP备13022795号 | 川公网安备51140202000112号"]] },
  { name: "lone-number", text: "《某校工作要点》\n正文有3项。", removals: [["lone-number", "4\n"]] },
  { name: "wenku-chunk-marker",
    text: "某校工作计划\n\n一、指导思想强化国家课程研究,指导学校和教师准确把握课程方案,帮助学校逐渐构建科学而富有本校特色的课程体系,满足学生多样化发展需求。开发开设多样化的拓展性课程,开展道德与法治、综合实践活动、地方课程和校本课程等整合实施。",
    removals: [["wenku-chunk-marker", "1、"], ["wenku-chunk-marker", "\n\n2、"], ["wenku-chunk-marker", "\n\n3、"]] },
  { name: "wenku-heading-marker",
    text: "某校工作计划 一、指导思想聚焦核心素养,提高教育教学质量。\n工作重点(1) 推进课程改革,提高教育教学质量。强化国家课程研究,指导学校和教师准确把握国家课程方案和课程标准,帮助学校逐渐构建科学而富有本校特色的课程体系。",
    removals: [["wenku-chunk-marker", "1、"], ["wenku-heading-marker", "2、 "], ["wenku-chunk-marker", "\n\n2、"], ["wenku-chunk-marker", "\n\n3、"]] },
  { name: "duplicated-tail",
    text: "一、工作目标\n全面提高教育教学质量,办人民满意的教育。\n二、工作措施\n加强教研组建设,每月定期组织一次集体备课活动。",
    removals: [["duplicated-tail", "加强教研组建设,每月定期组织一次集体备课活动。"]] },
];

describe("cleaning rules, one fixture each", () => {
  for (const c of CASES) {
    it(`${c.name}: exact text and removals`, () => {
      const raw = fixture(c.name);
      const prepared = prepareText(raw);
      expect(prepared.text).toBe(c.text);
      expect(prepared.removals.map((r) => [r.rule, r.text])).toEqual(c.removals);
      for (const r of prepared.removals) expect(prepared.normalised.slice(r.start, r.end)).toBe(r.text);
      expect(cleanText(prepared.text).text).toBe(prepared.text);
    });
  }

  it("a 文库 chunk break inside a sentence is joined: …富有本校特色的\\n\\n2、课程体系… → …富有本校特色的课程体系…", () => {
    expect(prepareText(fixture("wenku-chunk-marker")).text).toContain("富有本校特色的课程体系");
  });

  it("real list items 1、2、3、 that end their sentences are kept", () => {
    const text = "一、措施\n1、加强理论学习,提高教师素养。\n2、开展课题研究,每学期不少于2次。\n3、做好总结。";
    expect(cleanText(text)).toMatchObject({ text, removals: [] });
  });

  it("a repeated tail line shorter than 20 chars is content, not a duplicated tail", () => {
    const text = "十一月份:\n组织三次观课议课活动。\n组织三次观课议课活动。";
    expect(cleanText(text).removals).toEqual([]);
  });
});

describe("normalisation fixtures", () => {
  it("pinyin: 現(xiàn)在 → 現在, 學(xué)期 → 學期, 计划(jìhuà) → 计划; a latin word without tone marks stays", () => {
    const { text } = normaliseText(fixture("pinyin"));
    expect(text).toBe("現在是新學期,我们要做好计划。STEAM(steam)课程。");
  });

  it("full-width: （一）→(一), １５→15, ９７％→97%, １３：３０→13:30, １．２→1.2; ，；： kept; \\r\\n, U+3000, tab, zero-width, blank lines", () => {
    const { text } = normaliseText(fixture("full-width"));
    expect(text).toBe("(一)每学期不少于15篇，达标率97%以上；13:30开会；第1.2条：见附件。\n第二行 有空格 和制表符。\n\n第三段。");
  });

  it("traditional → simplified with OpenCC t → cn, only when asked", () => {
    const raw = fixture("traditional");
    expect(normaliseText(raw, { traditionalToSimplified: true }).text).toBe(
      "江油市教育发展中心2020年工作计划:加强教师队伍建设,提高课堂教学质量。",
    );
    expect(normaliseText(raw).text).toBe(raw);
  });

  it("the normalisation map takes 15 back to １５ and 篇 to 篇", () => {
    const raw = fixture("full-width");
    const prepared = prepareText(raw);
    const at = prepared.text.indexOf("15篇");
    const span = prepared.toOriginalSpan(at, at + 3);
    expect(raw.slice(span.start, span.end)).toBe("１５篇");
  });
});
