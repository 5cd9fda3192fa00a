import { describe, expect, it } from "vitest";
import { parseSections } from "../../src/structure/index.js";
import { MAX_TITLE_CHARS } from "../../src/structure/run-in-title.js";
import { between, CORPUS, expectSectionInvariants, flatten, readText, titles } from "./_helpers.js";

const parse = (text: string) => {
  const sections = parseSections(text);
  expectSectionInvariants(text, sections);
  return sections;
};

describe("heading markers at line start", () => {
  it.each([
    ["一、", "一、指导思想\n坚持。\n二、工作目标\n提高。"],
    ["一.", "一.指导思想\n坚持。\n二.工作目标\n提高。"],
    ["一．", "一．指导思想\n坚持。\n二．工作目标\n提高。"],
    ["(一)", "(一)指导思想\n坚持。\n(二)工作目标\n提高。"],
    ["（一）", "（一）指导思想\n坚持。\n（二）工作目标\n提高。"],
    ["1、", "1、指导思想\n坚持。\n2、工作目标\n提高。"],
    ["1.", "1.指导思想\n坚持。\n2.工作目标\n提高。"],
    ["1．", "1．指导思想\n坚持。\n2．工作目标\n提高。"],
    ["1。", "1。指导思想\n坚持。\n2。工作目标\n提高。"],
    ["(1)", "(1)指导思想\n坚持。\n(2)工作目标\n提高。"],
    ["（1）", "（1）指导思想\n坚持。\n（2）工作目标\n提高。"],
    ["①", "①指导思想\n坚持。\n②工作目标\n提高。"],
    ["⑴", "⑴指导思想\n坚持。\n⑵工作目标\n提高。"],
    ["⒈", "⒈指导思想\n坚持。\n⒉工作目标\n提高。"],
    ["第一部分", "第一部分 指导思想\n坚持。\n第二部分 工作目标\n提高。"],
    ["第一章", "第一章 指导思想\n坚持。\n第二章 工作目标\n提高。"],
    ["第一条", "第一条 指导思想\n坚持。\n第二条 工作目标\n提高。"],
    ["第一节", "第一节 指导思想\n坚持。\n第二节 工作目标\n提高。"],
    ["第1部分", "第1部分 指导思想\n坚持。\n第2部分 工作目标\n提高。"],
    ["Ⅰ、", "Ⅰ、指导思想\n坚持。\nⅡ、工作目标\n提高。"],
    ["一）", "一）指导思想\n坚持。\n二）工作目标\n提高。"],
  ])("%s headings → two level-1 sections, guiding then goals", (marker, text) => {
    const sections = parse(text);
    expect(sections.map((section) => [section.marker, section.level, section.kind])).toEqual([
      [marker, 1, "guiding"],
      [text.slice(text.indexOf("\n", text.indexOf("坚持")) + 1, text.indexOf("\n", text.indexOf("坚持")) + 1 + marker.length), 1, "goals"],
    ]);
    expect(sections[0]?.title.endsWith("指导思想")).toBe(true);
  });

  it("a space typed before the 、 is part of the marker: “一 、指导思想”, “1 、…”; not in “2020 、”", () => {
    const sections = parse("一 、指导思想\n坚持。\n二 、工作目标\n1 、提高质量。\n2 、减轻负担。\n三 、主要工作\n2020 、2021年的工作。");
    expect(sections.map((s) => [s.title, s.marker, s.kind, titles(s.children)])).toEqual([
      ["一 、指导思想", "一 、", "guiding", []],
      ["二 、工作目标", "二 、", "goals", ["1 、提高质量。", "2 、减轻负担。"]],
      ["三 、主要工作", "三 、", "measures", []],
    ]);
  });

  it("“1)” / “2）” (a closing parenthesis only) number headings too, a level of their own; not “(见附件1)” or “12)”", () => {
    const sections = parse("一、主要工作\n1.加强常规\n1）加强备课管理。\n2）加强作业管理（见附件1）。\n2.深化课改\n二、保障措施\n落实。");
    expect(sections.map((s) => [s.title, titles(s.children)])).toEqual([
      ["一、主要工作", ["1.加强常规", "2.深化课改"]],
      ["二、保障措施", []],
    ]);
    expect(sections[0]?.children[0]?.children.map((s) => [s.title, s.marker, s.level])).toEqual([
      ["1）加强备课管理。", "1）", 3],
      ["2）加强作业管理（见附件1）。", "2）", 3],
    ]);
  });

  it("一、 then (一) then 1. then (1) → levels 1 to 4 (GB/T 9704)", () => {
    const text = "一、工作重点\n(一)课程改革\n1.提升课程实施水平\n(1)开齐课程。\n(2)上足课时。\n2.深化课改\n(二)教学管理\n二、组织保障\n加强领导。";
    const sections = parse(text);
    expect(titles(sections)).toEqual(["一、工作重点", "二、组织保障"]);
    const first = sections[0];
    expect(titles(first?.children ?? [])).toEqual(["(一)课程改革", "(二)教学管理"]);
    expect(titles(first?.children[0]?.children ?? [])).toEqual(["1.提升课程实施水平", "2.深化课改"]);
    expect(first?.children[0]?.children[0]?.children.map((s) => [s.title, s.level])).toEqual([
      ["(1)开齐课程。", 4],
      ["(2)上足课时。", 4],
    ]);
  });

  it("level follows the order in which styles appear, not a fixed table: (1) above 一、", () => {
    const sections = parse("(1)工作目标\n一、提高质量。\n二、减轻负担。\n(2)具体措施\n一、加强教研。");
    expect(sections.map((s) => [s.title, s.level, s.children.length])).toEqual([
      ["(1)工作目标", 1, 2],
      ["(2)具体措施", 1, 1],
    ]);
  });

  it("a section spans from its heading to the next heading of the same or a higher level", () => {
    const text = "前言。\n一、指导思想\n坚持。\n(一)要求\n细则。\n二、工作目标\n提高。";
    const [first, second] = parse(text);
    expect(first?.start).toBe(text.indexOf("一、"));
    expect(first?.end).toBe(text.indexOf("二、"));
    expect(first?.children[0]?.end).toBe(text.indexOf("二、"));
    expect(second?.end).toBe(text.length);
  });
});

describe("numbering continuity: markers that are not headings", () => {
  it("一是…二是… are inline enumerations", () => {
    const sections = parse("一、主要工作\n一是加强教研;二是深化改革;三是提升质量。");
    expect(flatten(sections).map((s) => s.title)).toEqual(["一、主要工作"]);
  });

  it("“一、二本教育名著” and “三、四年级” are numbers, not headings", () => {
    const sections = parse("一、读书\n每位教师认真学习一、二本教育名著。组织三、四年级开展活动。\n二、教研\n听课。");
    expect(flatten(sections).map((s) => s.title)).toEqual(["一、读书", "二、教研"]);
  });

  it("“周次3、7、13、16” is a table row, not headings", () => {
    const sections = parse("一、开课安排\n周次3、7、13、16\n初一语文、数学");
    expect(flatten(sections).map((s) => s.title)).toEqual(["一、开课安排"]);
  });

  it("a marker in the middle of a sentence is not a heading", () => {
    const sections = parse("一、工作目标\n完成2020年国家义务教育(五、九年级)的质量监测,通过1.5倍的投入达到2.目标。");
    expect(flatten(sections).map((s) => s.title)).toEqual(["一、工作目标"]);
  });

  it("a “1.” after a sentence end is a heading only when a “2.” follows", () => {
    expect(flatten(parse("一、措施\n加强管理。1.落实常规。2.深化改革。\n")).map((s) => s.title)).toEqual([
      "一、措施",
      "1.落实常规",
      "2.深化改革。",
    ]);
    expect(flatten(parse("一、措施\n加强管理。1.落实常规。")).map((s) => s.title)).toEqual(["一、措施"]);
  });

  it("items listed in one sentence, set apart by semicolons, are not headings: “：一、提高质量；二、…”, “：1.…；2.…”", () => {
    const text = "一、指导思想\n坚持。\n二、工作目标\n我们的目标是：一、提高质量；二、减轻负担；三、促进发展。\n三、主要措施\n抓好三项工作：1.加强备课；2.改进作业；3.强化辅导。\n四、保障措施";
    expect(flatten(parse(text)).map((s) => s.title)).toEqual(["一、指导思想", "二、工作目标", "三、主要措施", "四、保障措施"]);
    // numbering that starts again right under a heading of its own style, in running text, lists items too
    const restart = "一、指导思想\n坚持。\n二、工作目标\n目标是：一、提高质量。二、减轻负担。\n三、主要措施\n加强。";
    expect(flatten(parse(restart)).map((s) => s.title)).toEqual(["一、指导思想", "二、工作目标", "三、主要措施"]);
  });

  it("list items inside an open parenthesis are not headings", () => {
    const sections = parse("一、培训\n参加培训,(1.区骨干教师课题研修班;2.校本培训研修班)并汇报。");
    expect(flatten(sections).map((s) => s.title)).toEqual(["一、培训"]);
  });

  it("grade names “初一、初二” are not headings", () => {
    expect(flatten(parse("一、开课\n初一、初二轮流开课。\n二、听课\n每周一次。")).map((s) => s.title)).toEqual(["一、开课", "二、听课"]);
  });

  it("a 文库 chunk marker at line start after a line broken mid-sentence is not a heading", () => {
    const long = "帮助学校逐渐构建科学而富有本校特色的课程体系满足学生多样化发展需求开发开设多样化的拓展性课程整合实施构建基于多门相关或相近课程的";
    expect(flatten(parse(`一、工作重点\n${long}\n\n2、课程体系,满足需求。\n举行评比,\n3、深入推进改革。`)).map((s) => s.title)).toEqual(["一、工作重点"]);
    expect(flatten(parse("二、工作目标\n1、以教师队伍建设为中心。")).map((s) => s.title)).toEqual(["二、工作目标", "1、以教师队伍建设为中心。"]);
  });

  it("a skipped number at line start is still a heading (numbering-gap reports it)", () => {
    expect(titles(parse("一、指导思想\n坚持。\n三、工作目标\n提高。"))).toEqual(["一、指导思想", "三、工作目标"]);
  });
});

describe("run-in headings: the title stops where the body starts", () => {
  it("at a section word: “一、指导思想贯彻落实…” → “一、指导思想”", () => {
    const text = "一、指导思想贯彻落实中共中央国务院关于深化教育教学改革的意见精神,聚焦核心素养。\n二、工作目标\n提高。";
    const [first] = parse(text);
    expect(first?.title).toBe("一、指导思想");
    expect(first?.kind).toBe("guiding");
    expect(text.slice(first?.titleSpan.end, first?.end)).toContain("贯彻落实中共中央");
  });

  it("at a section word followed by a comma: “一、指导思想,以…为指导。” → “一、指导思想”", () => {
    expect(parse("一、指导思想,以习近平新时代中国特色社会主义思想为指导。\n二、工作目标")[0]?.title).toBe("一、指导思想");
  });

  it("not at a section word followed by a connector: “三、工作要点及思路”", () => {
    expect(parse("三、工作要点及思路\n内容。")[0]?.title).toBe("三、工作要点及思路");
  });

  it("not at a section word whose line ends a few characters later: “九、主要工作任务”, “二、工作重点难点”", () => {
    expect(titles(parse("一、主要工作任务\n内容。\n二、工作重点难点\n内容。\n三、指导思想坚持立德树人，全面发展。"))).toEqual([
      "一、主要工作任务",
      "二、工作重点难点",
      "三、指导思想",
    ]);
  });

  it("not at a colon right after the marker: “第一部分：指导思想” names the part; a colon closing the line stays", () => {
    const sections = parse("第一部分：指导思想\n坚持。\n第二部分：工作目标：提高质量。\n第三部分：\n1.加强管理。");
    expect(sections.map((s) => [s.title, s.kind])).toEqual([
      ["第一部分：指导思想", "guiding"],
      ["第二部分：工作目标", "goals"],
      ["第三部分：", "other"],
    ]);
  });

  it("not at the line end of a marker alone on its line: “一、\\n指导思想” is titled by the next line", () => {
    const sections = parse("一、\n指导思想\n坚持立德树人。\n二、\n\n工作目标\n提高质量。\n三、\n1、加强管理。\n2、规范办学。");
    expect(sections.map((s) => [s.title, s.kind])).toEqual([
      ["一、\n指导思想", "guiding"],
      ["二、\n\n工作目标", "goals"],
      // the next line starts a marker of its own: the bare marker stays the title
      ["三、", "other"],
    ]);
    expect(titles(sections[2]?.children ?? [])).toEqual(["1、加强管理。", "2、规范办学。"]);
  });

  it("at the first 。: “(一)加强队伍建设,初心教育常抓不懈。以创建…”", () => {
    const [section] = parse("(一)加强队伍建设,初心教育常抓不懈。以创建“文明办公室”为载体。");
    expect(section?.title).toBe("(一)加强队伍建设,初心教育常抓不懈");
  });

  it("at the first ： of a run-in body; a heading alone on its line keeps its closing ： as written", () => {
    expect(parse("一、强化制度引领,重视工作落实:修改细则。")[0]?.title).toBe("一、强化制度引领,重视工作落实");
    expect(parse("一、强化制度引领,重视工作落实:\n1、修改细则。")[0]?.title).toBe("一、强化制度引领,重视工作落实:");
  });

  it("at the next credible marker: “…整体素质(一)加强队伍建设…”", () => {
    const text = "发展。 一、加强作风建设,进一步提升队伍整体素质(一)加强队伍建设,初心教育常抓不懈。以创建。 (二)加强理论学习。学习。 二、落实五育并举,助力质量提升(一)务实推进德育研究。推进。";
    const sections = parse(text);
    expect(titles(sections)).toEqual(["一、加强作风建设,进一步提升队伍整体素质", "二、落实五育并举,助力质量提升"]);
    expect(titles(sections[0]?.children ?? [])).toEqual(["(一)加强队伍建设,初心教育常抓不懈", "(二)加强理论学习"]);
    expect(titles(sections[1]?.children ?? [])).toEqual(["(一)务实推进德育研究"]);
  });

  it("at a length limit when nothing else stops it, keeping the body in the section", () => {
    const body = "加强队伍建设进一步提升整体素质推动教研重心下移提高教研实效有效提升教育教学质量全面推进素质教育的实施切实提高学生综合素质".repeat(2);
    const [section] = parse(`一、${body}`);
    expect(section?.title).toBe(`一、${body.slice(0, MAX_TITLE_CHARS)}`);
    expect(section?.end).toBe(body.length + 2);
  });
});

describe("label headings without numbers", () => {
  it("“工作目标:” “具体措施:” “工作要求:” at line start are sibling headings", () => {
    const sections = parse("(一)提升学生素养\n工作目标:\n1、落实立德树人根本任务。\n具体措施:\n(1)落实德育指南。\n(2)抓好习惯养成。\n工作要求:\n按时完成。");
    const [top] = sections;
    expect(top?.children.map((s) => [s.title, s.marker, s.kind])).toEqual([
      ["工作目标:", "", "goals"],
      ["具体措施:", "", "measures"],
      ["工作要求:", "", "safeguards"],
    ]);
    expect(titles(top?.children[0]?.children ?? [])).toEqual(["1、落实立德树人根本任务。"]);
    expect(titles(top?.children[1]?.children ?? [])).toEqual(["(1)落实德育指南。", "(2)抓好习惯养成。"]);
  });

  it("a bare section word before a marker is a top-level heading: “工作重点(1) 推进…”", () => {
    const text = "一、指导思想\n坚持。\n工作重点(1) 推进课程改革,提高教育教学质量。1.提升学校课程实施水平。强化研究。2.深化改革。改革。(2) 扎实精细化管理工作。管理。";
    const sections = parse(text);
    expect(sections.map((s) => [s.title, s.kind, s.level])).toEqual([
      ["一、指导思想", "guiding", 1],
      ["工作重点", "measures", 1],
    ]);
    expect(titles(sections[1]?.children ?? [])).toEqual(["(1) 推进课程改革,提高教育教学质量", "(2) 扎实精细化管理工作"]);
    expect(titles(sections[1]?.children[0]?.children ?? [])).toEqual(["1.提升学校课程实施水平", "2.深化改革"]);
  });

  it("“九月份:” “十月:” are calendar headings, siblings of each other", () => {
    const sections = parse("四、工作月行事历\n九月:\n(1)制定计划。\n(2)集体备课。\n十月:\n(1)期中检测。");
    expect(sections[0]?.kind).toBe("calendar");
    expect(sections[0]?.children.map((s) => [s.title, s.kind])).toEqual([
      ["九月:", "calendar"],
      ["十月:", "calendar"],
    ]);
  });

  it("headings decorated instead of numbered: 【工作目标】, ★工作重点, ■ 保障措施: (title as written)", () => {
    const sections = parse("【指导思想】\n以科研促教学。\n【工作目标】提高教学质量，办人民满意的教育。\n【加强队伍建设】\n开展培训。\n★具体措施\n1.加强管理。\n2.开展培训。\n■ 保障措施：\n落实。");
    expect(sections.map((s) => [s.title, s.kind, s.marker, s.children.length])).toEqual([
      ["【指导思想】", "guiding", "", 0],
      ["【工作目标】", "goals", "", 0],
      ["【加强队伍建设】", "measures", "", 0],
      ["★具体措施", "measures", "", 2],
      ["■ 保障措施：", "safeguards", "", 0],
    ]);
    // no heading: a sentence or a bullet item after a decoration, web-page words in brackets
    const text = "一、主要工作\n● 加强集体备课，每周一次。\n★认真备课上课\n【温馨提示】\n请收藏。\n【返回列表】";
    expect(flatten(parse(text)).map((s) => s.title)).toEqual(["一、主要工作"]);
  });

  it("month labels after an unnumbered calendar label (活动安排:, 本学期工作安排:, 【行事历】) are its children", () => {
    for (const label of ["活动安排：", "本学期工作安排：", "【行事历】"]) {
      const sections = parse(`工作目标：\n提高课堂效率。\n${label}\n九月：制定计划\n十月：公开课\n十一月：期中考试`);
      expect(sections.map((s) => [s.title, s.kind, titles(s.children)])).toEqual([
        ["工作目标：", "goals", []],
        [label, "calendar", ["九月", "十月", "十一月"]],
      ]);
    }
    // months after a label that names no calendar are not its children
    expect(titles(parse("工作目标：\n提高。\n九月：制定计划\n十月：公开课"))).toEqual(["工作目标：", "九月", "十月"]);
  });

  it("“附：学校行事历” alone on its line is a top-level part (its months below it); “附：” with a sentence is not", () => {
    const sections = parse("一、主要工作\n加强。\n附：学校行事历\n九月：开学\n十月：国庆\n附：教师分工表\n张三：语文。\n附：本计划由教导处负责解释，请认真执行。");
    expect(sections.map((s) => [s.title, s.kind, titles(s.children)])).toEqual([
      ["一、主要工作", "measures", []],
      ["附：学校行事历", "calendar", ["九月", "十月"]],
      ["附：教师分工表", "other", []],
    ]);
  });

  it("an unnumbered heading naming a work area by its ending is measures: “德育工作：”, “【教学管理】”", () => {
    const sections = parse("德育工作：\n开展主题教育。\n【教学管理】\n抓好常规。\n后勤保障：\n做好服务。\n【温馨提示】\n收藏。");
    expect(sections.map((s) => [s.title, s.kind])).toEqual([
      ["德育工作：", "measures"],
      ["【教学管理】", "measures"],
      ["后勤保障：", "safeguards"],
    ]);
  });

  it("a sentence with a colon and text after it is not a label", () => {
    expect(flatten(parse("一、工作目标\n突出一个中心:全面提高教育教学质量;\n抓住两个重点。"))).toHaveLength(1);
  });

  it("“附件:” is a top-level section of kind other", () => {
    const sections = parse("一、工作措施\n(一)加强教研。\n附件: 1. 行事历 2. 名单");
    expect(sections.map((s) => [s.title, s.kind])).toEqual([
      ["一、工作措施", "measures"],
      ["附件", "other"],
    ]);
  });
});

describe("section kinds", () => {
  it.each([
    ["一、指导思想", "guiding"],
    ["一、总体思路", "guiding"],
    ["一、基本情况", "situation"],
    ["一、现状分析", "situation"],
    ["一、工作目标", "goals"],
    ["一、目标任务", "goals"],
    ["一、具体措施", "measures"],
    ["一、工作重点与措施", "measures"],
    ["一、组织保障", "safeguards"],
    ["一、工作要求", "safeguards"],
    ["一、工作月行事历", "calendar"],
    ["一、具体安排", "calendar"],
    ["一、加强作风建设,进一步提升队伍整体素质", "measures"],
    ["一、工作目标及措施", "measures"],
    ["一、保障措施", "safeguards"],
    ["一、进步思想认识,创始校本教研新场面", "guiding"],
    ["一、存在的不足", "situation"],
    ["一、存在不足", "situation"],
    ["一、成立工作领导小组", "safeguards"],
    ["一、领导小组", "safeguards"],
    ["一、附则", "other"],
    // 不足 alone is no section word: making up for it is a line of work
    ["一、弥补不足", "measures"],
    ["五、其他", "other"],
    ["五、其它", "other"],
    ["五、其他工作", "measures"],
    ["五、附录", "other"],
    ["五、结束语", "other"],
  ])("%s → %s", (title, kind) => {
    expect(parse(`${title}\n内容。`)[0]?.kind).toBe(kind);
  });

  it("a short name without a section word takes its kind from its ending; a line of work stays measures", () => {
    const cases = [
      ["一、学校概况", "situation"],
      ["一、教材分析", "situation"],
      ["一、存在问题", "situation"],
      ["一、教学目标", "goals"],
      ["一、活动目的", "goals"],
      ["一、基本原则", "guiding"],
      ["一、经费保障", "safeguards"],
      ["一、活动要求", "safeguards"],
      ["一、组织机构", "safeguards"],
      ["一、教学进度", "calendar"],
      ["一、加强安全教育，完善安全保障", "measures"],
      ["一、提高学生综合素质的目标", "measures"],
    ];
    expect(cases.map(([title]) => [title, parse(`${title}\n内容。`)[0]?.kind])).toEqual(cases);
  });

  it("a name that is only a kind ending takes that kind: “三、保障”, “一、目标”", () => {
    expect(parse("一、目标\n提高。\n二、措施\n加强。\n三、保障\n落实。").map((s) => s.kind)).toEqual(["goals", "measures", "safeguards"]);
  });

  it("a section whose children are months is a calendar", () => {
    const [section] = parse("四、近期打算\n9月份:\n1.制定计划。\n10月份:\n1.期中检测。");
    expect(section?.kind).toBe("calendar");
  });

  it("a nested section without a section word takes its parent's kind", () => {
    const [section] = parse("二、工作目标\n1、以教师队伍建设为中心。\n2、完善制度。");
    expect(section?.children.map((s) => s.kind)).toEqual(["goals", "goals"]);
  });

  it("a nested section word after a period takes its kind: “（二）本学期工作目标”; after a verb it is a task", () => {
    const [section] = parse(
      "一、总体要求\n（一）指导思想\n坚持。\n（二）本学期工作目标与任务\n提高。\n（三）2023年春季学期的工作重点\n加强。\n（四）制定本学期工作目标\n制定。",
    );
    expect(section?.children.map((s) => [s.title, s.kind])).toEqual([
      ["（一）指导思想", "guiding"],
      ["（二）本学期工作目标与任务", "goals"],
      ["（三）2023年春季学期的工作重点", "measures"],
      ["（四）制定本学期工作目标", "guiding"],
    ]);
  });
});

describe("seed plans", () => {
  it("seed 000 (hand-cleaned): 一、指导思想 run into its body, then 工作重点 with (1)…(5) and 1.…", () => {
    const text = readText("fixtures/structure/000-cleaned.txt");
    const sections = parse(text);
    expect(sections.map((s) => [s.title, s.kind])).toEqual([
      ["一、指导思想", "guiding"],
      ["工作重点", "measures"],
    ]);
    const focus = sections[1];
    expect(titles(focus?.children ?? [])).toEqual([
      "(1) 推进课程改革,提高教育教学质量",
      "(2) 扎实精细化管理工作,促进学校内涵发展",
      "(3) 创新教研方式,提升教师专业水平",
      "(4) 聚力项目建设,促进区域教科研均衡发展",
      "(5) 关注学生全面发展,提高学生综合素质",
    ]);
    expect(titles(focus?.children[0]?.children ?? [])).toEqual(["1.提升学校课程实施水平", "2.深化幼儿园课程改革"]);
    expect(titles(focus?.children[1]?.children ?? [])).toEqual([
      "1.落实常规精细化管理",
      "2.深化课堂改革",
      "3.强化校本教研",
      "4.开展课题研究",
    ]);
    expect(text.slice(sections[0]?.titleSpan.end, sections[0]?.end).startsWith("贯彻落实中共中央国务院")).toBe(true);
  });

  it("seed 001: five run-in 一、 headings whose titles stop at the (一) that follows", () => {
    const text = between(readText(CORPUS.s001), "江油市2020-2021学年度(2020年秋)教科研培工作要点\n");
    const sections = parse(text);
    expect(sections.map((s) => [s.title, s.kind])).toEqual([
      ["一、加强作风建设,进一步提升队伍整体素质", "measures"],
      ["二、落实五育并举,助力我市教育教学质量全面提升", "measures"],
      ["三、着力加强教育科学研究", "measures"],
      ["四、改革教师培训,完善县级现代教师研培新机制", "measures"],
      ["五、进一步融合研培职能,全面推进区域“教科研培”一体化", "measures"],
      ["附件", "other"],
      ["附件1", "calendar"],
    ]);
    expect(titles(sections[0]?.children ?? [])).toEqual([
      "(一)加强队伍建设,初心教育常抓不懈",
      "(二)加强理论学习,不断提升教研员群体的师德修养和业务水平",
      "(三)加强制度建设,进一步完善教科研培一体化工作机制",
    ]);
    expect(sections[1]?.children).toHaveLength(4);
    expect(sections[4]?.children).toHaveLength(6);
    expect(flatten(sections).some((s) => s.title.startsWith("五、九年级"))).toBe(false);
  });

  it("seed 002 (hand-cleaned): 1。…20。 numbered on across the four 一、 parts", () => {
    const sections = parse(readText("fixtures/structure/002-cleaned.txt"));
    expect(titles(sections)).toEqual([
      "一、进步思想认识,创始校本教研新场面",
      "二、深化校本教研,进步教研专业品位",
      "三、创新校本教研,提升教科研工作程度",
      "四、加强校本教研管理,进步教科研工作实效",
    ]);
    expect(sections.map((s) => s.children.length)).toEqual([3, 6, 5, 6]);
    expect(sections[0]?.children[0]?.title).toBe("1。准确把握校本教研的根本要义");
    expect(sections[1]?.children[0]?.title).toBe("4。学校是校本教学研究的基地");
  });

  it("seed 004: 总体目标, 工作目标及措施, 组织保障; “2.” after a label goes back to the list of “1、”", () => {
    const sections = parse(readText(CORPUS.s004));
    expect(sections.map((s) => [s.title, s.kind])).toEqual([
      ["一、总体目标", "goals"],
      ["二、工作目标及措施", "measures"],
      ["三、组织保障", "safeguards"],
    ]);
    const firstPart = sections[1]?.children[0];
    expect(firstPart?.title).toBe("(一)大幅度提升学生综合素养");
    expect(firstPart?.children.map((s) => [s.title, s.kind])).toEqual([
      ["工作目标:", "goals"],
      ["具体措施:", "measures"],
      ["2. 全面提升学生素养。", "measures"],
      ["3. 推进家校社共同育人。", "measures"],
    ]);
    expect(titles(firstPart?.children[0]?.children ?? [])).toEqual(["1、落实立德树人根本任务。"]);
    expect(firstPart?.children[1]?.children).toHaveLength(3);
  });

  it.each([
    ["篇六", "篇七", [["一、指导思想", "guiding"], ["二、工作目标", "goals"], ["三、工作要点及思路", "measures"]]],
    ["篇七", "篇八", [["一、指导思想", "guiding"], ["二、总体目标", "goals"], ["三、主要工作", "measures"], ["四、具体工作", "measures"]]],
    ["篇十一", "篇十二", [["一、指导思想", "guiding"], ["二、工作目标", "goals"], ["三、工作重点与措施", "measures"]]],
    ["篇十二", "篇十三", [
      ["指导思想和工作思路:", "guiding"],
      ["一、强化制度引领,重视工作落实:", "measures"],
      ["二、用精细化管理为抓手,促进全镇教学工作的进一步规范:", "measures"],
      ["三、以“高效课堂”为目标,进一步深化教学改革,促进教学过程优化:", "measures"],
      ["四、继承开展师资队伍建设年活动,大力促进教师业务能力的提升:", "measures"],
    ]],
    ["篇十三", "篇十四", [["一、指导思想:", "guiding"], ["二、具体工作及实施措施:", "measures"]]],
    ["篇十四", "篇十五", [["一.指导思想", "guiding"], ["二.工作目标", "goals"], ["三.具体措施", "measures"], ["四、工作月行事历", "calendar"]]],
    ["篇十五", "推荐访问", [["一、指导思想:", "guiding"], ["二、目标任务:", "goals"], ["三、具体措施:", "measures"], ["四、具体安排:", "calendar"]]],
  ])("seed 003 %s: its own tree", (from, to, expected) => {
    const text = between(readText(CORPUS.s003), `教科室工作计划主题${from}`, to === "推荐访问" ? to : `教科室工作计划主题${to}`);
    expect(parse(text).map((s) => [s.title, s.kind])).toEqual(expected);
  });

  it("seed 003 篇六: 第一、…第四、 under 三、, each with 具体措施:", () => {
    const text = between(readText(CORPUS.s003), "教科室工作计划主题篇六", "教科室工作计划主题篇七");
    const third = parse(text)[2];
    expect(third?.children.map((s) => s.marker)).toEqual(["第一、", "第二、", "第三、", "第四、"]);
    expect(third?.children.map((s) => s.children[0]?.title)).toEqual(["具体措施:", "具体措施:", "具体措施:", "具体措施:"]);
  });

  it.each(Object.entries(CORPUS))("raw corpus %s: spans hold and nothing throws", (_name, path) => {
    parse(readText(path));
  });
});

describe("Roman numerals and 第N部分 spelt with digits", () => {
  it("Ⅰ、 is a top level above 一、 and 1、; 第1部分 above 1、", () => {
    const sections = parse("Ⅰ、指导思想\n坚持。\nⅡ、主要工作\n一、加强管理\n1、备课。\n2、上课。\n二、规范办学\nⅢ、保障措施\n经费。");
    expect(sections.map((s) => [s.title, s.kind, s.level])).toEqual([
      ["Ⅰ、指导思想", "guiding", 1],
      ["Ⅱ、主要工作", "measures", 1],
      ["Ⅲ、保障措施", "safeguards", 1],
    ]);
    expect(titles(sections[1]?.children ?? [])).toEqual(["一、加强管理", "二、规范办学"]);
    const parts = parse("第1部分 指导思想\n坚持。\n第2部分 主要工作\n1、备课。\n2、上课。");
    expect(parts.map((s) => [s.title, s.kind, s.children.length])).toEqual([
      ["第1部分 指导思想", "guiding", 0],
      ["第2部分 主要工作", "measures", 2],
    ]);
  });

  it("一） under 一、 is a level of its own; “（见附件一）” closes a parenthesis", () => {
    const [section] = parse("一、主要工作\n一）教学工作\n按要求执行（见附件一）。\n二）德育工作\n德育。");
    expect(titles(section?.children ?? [])).toEqual(["一）教学工作", "二）德育工作"]);
    expect(flatten(section?.children ?? [])).toHaveLength(2);
  });

  it("第1、2周 lists weeks, not a heading", () => {
    expect(flatten(parse("一、主要工作\n第1、2周开展听课活动。"))).toHaveLength(1);
  });
});

describe("Markdown plans (.md files are read as text)", () => {
  it("a heading or bold mark opening the line leaves the marker at line start: ## 一、, **一、…**, ### （一）", () => {
    const sections = parse("## 一、指导思想\n坚持。\n**二、工作目标**\n提高。\n### （一）教师发展\n培训。\n三、保障措施 *重点*（一）经费。");
    expect(sections.map((s) => [s.title, s.kind])).toEqual([
      ["一、指导思想", "guiding"],
      ["二、工作目标", "goals"],
      ["三、保障措施", "safeguards"],
    ]);
    expect(titles(sections[1]?.children ?? [])).toEqual(["（一）教师发展"]);
    // a mark inside the line opens nothing: the (一) after *重点* stays in the body
    expect(sections[2]?.children).toEqual([]);
  });

  it("label headings between Markdown marks: ## 指导思想, **具体措施：**, # 附件1", () => {
    const sections = parse("## 指导思想\n坚持。\n## 工作目标\n提高。\n**具体措施：**\n1.加强。\n2.规范。\n# 附件1\n表。");
    expect(sections.map((s) => [s.title, s.kind])).toEqual([
      ["指导思想", "guiding"],
      ["工作目标", "goals"],
      ["具体措施", "measures"],
      ["附件1", "other"],
    ]);
    expect(titles(sections[2]?.children ?? [])).toEqual(["1.加强。", "2.规范。"]);
  });
});

describe("markers spaced out as Word types them", () => {
  it("（ 一 ）, ( 1 ) and 1 . are markers: the spaces inside the parentheses or before the period are part of them", () => {
    const text = "一、指导思想\n坚持。\n（ 一 ）加强管理\n规范。\n（ 二 ）提高质量\n提高。\n二、工作目标\n( 1 )提高成绩\n( 2 )减轻负担\n三、具体措施\n1 .加强备课\n2 .加强听课\n";
    const sections = parse(text);
    expect(titles(sections)).toEqual(["一、指导思想", "二、工作目标", "三、具体措施"]);
    expect(titles(sections[0]?.children ?? [])).toEqual(["（ 一 ）加强管理", "（ 二 ）提高质量"]);
    expect(titles(sections[1]?.children ?? [])).toEqual(["( 1 )提高成绩", "( 2 )减轻负担"]);
    expect(titles(sections[2]?.children ?? [])).toEqual(["1 .加强备课", "2 .加强听课"]);
  });

  it("the formal numerals 壹、贰、叁、 number the top level like 一、二、三、", () => {
    const sections = parse("壹、指导思想\n坚持。\n贰、工作目标\n（一）教学质量\n提高。\n（二）德育\n规范。\n叁、具体措施\n措施。\n拾壹、附件\n表。\n");
    expect(sections.map((s) => [s.title, s.kind])).toEqual([
      ["壹、指导思想", "guiding"],
      ["贰、工作目标", "goals"],
      ["叁、具体措施", "measures"],
      ["拾壹、附件", "other"],
    ]);
    expect(titles(sections[1]?.children ?? [])).toEqual(["（一）教学质量", "（二）德育"]);
  });

  it("a spaced period before a digit is a decimal, not a marker: 提高 1 .5 倍", () => {
    const sections = parse("一、工作目标\n合格率提高\n1 .5个百分点。\n");
    expect(sections[0]?.children).toEqual([]);
  });
});

describe("section kinds of common part names", () => {
  const kindOf = (title: string) => parse(`一、指导思想\n坚持。\n${title}\n内容。\n`)[1]?.kind;

  it.each([
    ["二、面临的形势", "situation"],
    ["二、当前形势", "situation"],
    ["二、活动时间", "calendar"],
    ["二、人员分工", "other"],
    ["二、责任分工", "other"],
    ["二、几点说明", "other"],
  ])("%s is %s", (title, kind) => {
    expect(kindOf(title)).toBe(kind);
  });

  it("a title naming both work and its schedule (具体工作安排) is calendar when months follow, else measures", () => {
    const text = "二、具体工作安排\n九月份：\n开学。\n十月份：\n期中。\n三、主要工作安排\n1.备课。\n2.听课。\n";
    expect(parse(text).map((s) => s.kind)).toEqual(["calendar", "measures"]);
  });
});

describe("a body run in after a space", () => {
  it("（一）加强教学常规管理 认真落实备课制度，…。 → the title stops at the space; parallel phrases stay the title", () => {
    const text =
      "二、具体措施\n（一）加强教学常规管理 认真落实备课制度，每位教师要提前一周备课。\n（二）立德树人 五育并举\n内容。\n" +
      "（三）加强教研组建设 各教研组每周开展一次活动。\n（四）做好 PEP 教材培训工作。\n（五）重视理论学习 提高业务素质。\n";
    expect(titles(parse(text)[0]?.children ?? [])).toEqual([
      "（一）加强教学常规管理",
      "（二）立德树人 五育并举",
      "（三）加强教研组建设",
      "（四）做好 PEP 教材培训工作。",
      "（五）重视理论学习 提高业务素质。",
    ]);
  });
});

describe("month labels after a list", () => {
  it("具体措施： 1.加强备课。 2.规范。 九月份： → the months are no children of 2.; an item naming work keeps its months", () => {
    const sections = parse("一、具体措施\n具体措施：\n1.加强备课。\n2.规范。\n九月份：\n开学工作。\n十月份：\n期中考试。\n");
    expect(titles(sections[0]?.children ?? [])).toEqual(["具体措施：", "九月份：", "十月份："]);
    expect(titles(sections[0]?.children[0]?.children ?? [])).toEqual(["1.加强备课。", "2.规范。"]);
    const named = parse("一、具体措施\n1.开展读书活动\n九月：启动。\n十月：总结。\n2.开展演讲比赛。\n");
    expect(titles(named[0]?.children[0]?.children ?? [])).toEqual(["九月", "十月"]);
  });
});
