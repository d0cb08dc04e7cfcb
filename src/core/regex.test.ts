import { expect, it } from "vitest";
import { regexEscape } from "./regex.js";

it("regexEscape makes every metacharacter literal", () => {
  const text = "a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o";
  expect(new RegExp(`^${regexEscape(text)}$`).test(text)).toBe(true);
  expect(new RegExp(`^${regexEscape("a.b")}$`).test("axb")).toBe(false);
  expect(regexEscape("$name")).toBe("\\$name");
});
