import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MATCHERS } from "../../../src/extract/dates/index.js";
import { hasBit } from "../../../src/char-table.js";
import { matchFinder, triggerClass } from "../../../src/extract/dates/_find-matches.js";
import { foldVariants } from "../../../src/extract/dates/_fold-variants.js";
import type { Matcher } from "../../../src/extract/dates/_types.js";
import { expectFastOn, HOSTILE_INPUTS } from "../../helpers/hostile-inputs.js";

const CORPUS = join(import.meta.dirname, "../../../corpus");
const TEXTS = readdirSync(CORPUS).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(join(CORPUS, n), "utf8"));

const findMatches = matchFinder(MATCHERS);
const summary = (m: RegExpExecArray): unknown[] => [m.index, m[0], { ...m.groups }];

/** findMatches gives what matchAll gives over the folded text, and each of those matches keeps its trigger's promise. */
function expectSameAsMatchAll(text: string): void {
  const found = findMatches(text);
  expect(found.text).toBe(foldVariants(text));
  MATCHERS.forEach((matcher, index) => {
    const expected = [...found.text.matchAll(matcher.pattern)];
    for (const match of expected) expectTriggerHolds(matcher, match[0]);
    expect([matcher.name, ...(found.matches[index] ?? []).map(summary)]).toEqual([matcher.name, ...expected.map(summary)]);
  });
}

const CLASSES = new Map(MATCHERS.map((m) => [m, {
  lead: new RegExp(`^[${m.trigger.lead}]`, "u"),
  before: new RegExp(`^[${m.trigger.before}]$`, "u"),
}]));

/** What a trigger promises about one match: a lead first, a key character, only `before` characters ahead of it. */
function expectTriggerHolds(matcher: Matcher, match: string): void {
  const { lead, before } = CLASSES.get(matcher)!;
  const chars = [...match];
  const keyAt = chars.findIndex((ch) => matcher.trigger.key.includes(ch));
  const broken = !lead.test(match) || keyAt < 0 || chars.slice(0, keyAt).some((ch) => !before.test(ch));
  expect([matcher.name, match, broken]).toEqual([matcher.name, match, false]);
}

/** Every character a trigger names, date words, and spaces of several kinds. */
const PIECES = [
  ..."0123456789一二两三四五六七八九十廿〇零○xX×Ｘ，,.-/—–~～至到 \u3000\t\n年月日号份度初末底旬上下中本今明去前后次这当新该个第的周星期礼拜天大昨季半秋春寒暑假学开",
  ..."六五三元教国儿劳青妇植建圣平情愚万光双清旦师庆童动女树党军诞安人棍节夜週學開國慶",
  "2024", "20XX", "二〇二四", "15", "12", "十一", "今年", "明年", "学年", "学期", "季度", "半年", "寒假", "暑期", "星期", "礼拜",
  "六一", "五四", "元旦", "国庆节", "教师节", "双十一", "清明", "大后天", "昨日", "开学", "期末", "上半学期",
];

describe("matchFinder", () => {
  it("2024年3月15日至4月2日、2023-2024学年度第二学期、今年上半年、本季度末、20XX年秋季、下个月的第二周 …: same matches as matchAll", () => {
    expectSameAsMatchAll(
      "2024年3月15日至4月2日，2023-2024学年度第二学期，今年上半年，本季度末，20XX年秋季，下个月的第二周，二〇二四年寒假，15年3月。" +
        "2021.9.1、2016—2018、(20xx--20xx)、下周三、星期2、大后天、29日、六一儿童节、五一、开学二周后、期中、2020 年 9 月 1 日",
    );
  });

  it("variant characters (下週三, 2021學年, 國慶節) are folded first: the matchers read 下周三, 2021学年, 国庆节", () => {
    const found = findMatches("下週三開学，2021學年，國慶節");
    expect(found.text).toBe("下周三开学，2021学年，国庆节");
    expectSameAsMatchAll("下週三開学，2021學年，國慶節");
  });

  it("corpus plans: same matches as matchAll for every date matcher, and every match keeps its trigger's promise", () => {
    for (const text of TEXTS) expectSameAsMatchAll(text);
  });

  it("random strings of numerals, date words, festival names, connectors and spaces: same matches as matchAll", () => {
    const arbText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((ps) => ps.join(""));
    fc.assert(fc.property(arbText, (text) => expectSameAsMatchAll(text)), { numRuns: 4000 });
  });

  it("a trigger's lead and before sets hold exactly the code units their character classes match", () => {
    const bodies = new Set(MATCHERS.flatMap((m) => [m.trigger.lead, m.trigger.before]));
    for (const body of bodies) {
      const regex = new RegExp(`^[${body}]$`, "u");
      const bits = triggerClass(body);
      const differ: number[] = [];
      for (let code = 0; code < 0x10000; code += 1) {
        if (hasBit(bits, code) !== regex.test(String.fromCharCode(code))) differ.push(code);
      }
      expect([body, differ]).toEqual([body, []]);
    }
  });

  it("runs of key and before characters (年年年…, 2020 2020 …年, 一一…月) stay fast and agree with matchAll", () => {
    const runs = ["年".repeat(50_000), `${"2020 ".repeat(20_000)}年`, `${"一".repeat(50_000)}月`, "上下".repeat(30_000) + "学期"];
    for (const text of runs) expectSameAsMatchAll(text);
    expectFastOn([...HOSTILE_INPUTS, ...runs], findMatches);
  });
});
