import { describe, expect, it } from "vitest";
import { sniffHtmlCharset } from "../../src/load/html-charset.js";
import { htmlNestingDepth } from "../../src/load/html-depth.js";
import { htmlToText } from "../../src/load/read-html.js";

const textOf = (html: string): string => {
  const result = htmlToText(html, 500);
  if (!result.ok) throw new Error(result.message);
  return result.text;
};

describe("htmlToText", () => {
  it("block elements become line breaks, inline elements do not", () => {
    expect(textOf("<body><h2>一、目标</h2><p>提高<b>质量</b>。</p><div>二、措施</div></body>")).toBe("一、目标\n提高质量。\n二、措施");
  });

  it("script, style, noscript, nav and images are dropped; link text is kept without its URL", () => {
    const html = `<body><script>x()</script><style>p{}</style><noscript>开启脚本</noscript><nav>首页 &gt; 教研</nav><img alt="图" src="a.png"><p>见<a href="http://x">附件</a></p></body>`;
    expect(textOf(html)).toBe("见附件");
  });

  it("a table → one line per row, cells joined by a tab; headers keep their case", () => {
    expect(textOf("<table><thead><tr><th>Week</th><th>内容</th></tr></thead><tbody><tr><td>1</td><td>开学<p>检查</p></td></tr></tbody></table>")).toBe("Week\t内容\n1\t开学 检查");
  });

  it("entities are decoded and no line is wrapped", () => {
    const long = "很长的一句话".repeat(40);
    expect(textOf(`<p>A&amp;B&nbsp;${long}</p>`)).toBe(`A&B\u00a0${long}`);
  });

  it("a fragment without <body> is still read", () => {
    expect(textOf("<p>一、目标</p>")).toBe("一、目标");
  });
});

describe("htmlNestingDepth", () => {
  it("counts nesting, not element count", () => {
    expect(htmlNestingDepth("<div><div><p>x</p></div><div></div></div>")).toBe(3);
  });

  it("void elements, self-closed tags, comments and script bodies do not nest", () => {
    expect(htmlNestingDepth('<div><br><img src="a"><!-- <div><div> --><script>"<div><div>"</script><svg><g><path/></g></svg></div>')).toBe(1);
  });

  it("unclosed <p> and <li> close their open sibling, as browsers do", () => {
    expect(htmlNestingDepth(`<ul>${"<li>x".repeat(1000)}</ul>${"<p>y".repeat(1000)}`)).toBe(2);
  });

  it('"<div/>" opens a div, as in HTML parsers', () => {
    expect(htmlNestingDepth("<div/><div/><div/>")).toBe(3);
  });

  it("stops counting once above the limit", () => {
    expect(htmlNestingDepth("<div>".repeat(1000), 10)).toBe(11);
  });
});

describe("sniffHtmlCharset", () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  it("<meta charset> and http-equiv Content-Type", () => {
    expect(sniffHtmlCharset(bytes('<meta charset="GBK">'))).toBe("gbk");
    expect(sniffHtmlCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe("gb2312");
    expect(sniffHtmlCharset(bytes("<p>charset=gbk</p>"))).toBeNull();
  });
});

describe("htmlToText: layout tables", () => {
  it("a page laid out in a table (a cell with a nested table or several paragraphs) is read as blocks", () => {
    const html = `<table><tr><td>导航</td><td><p>一、指导思想</p><p>以立德树人为根本任务。</p><table><tr><td>3月</td><td>制定计划</td></tr></table></td></tr></table>`;
    expect(textOf(html)).toBe("导航\n一、指导思想\n以立德树人为根本任务。\n3月\t制定计划");
  });
});
