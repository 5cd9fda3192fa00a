import { describe, expect, it } from "vitest";
import { parseMarkerOnce } from "../../src/review/parse-marker-once.js";
import { parseMarker } from "../../src/structure/index.js";

describe("parseMarkerOnce", () => {
  it("gives what parseMarker gives, on first and repeated calls", () => {
    const markers = ["一、", "(三)", "（二）", "1.", "12、", "①", "第二部分", "", "  二、", "十一、", "abc", "1.5."];
    for (const round of [1, 2]) {
      for (const marker of markers) expect(parseMarkerOnce(marker), `${marker} (round ${round})`).toEqual(parseMarker(marker));
    }
  });
});
