import { describe, expect, it } from "vitest";
import { literalPrefixes, triggerConjunctions } from "./literal-prefixes.js";

const texts = (re: RegExp) => literalPrefixes(re.source, re.flags)?.texts.sort();

describe("literalPrefixes", () => {
  it("gives the texts every match starts with, through groups, small classes, optional parts and zero-width parts", () => {
    expect(texts(/hashlib\.md5/)).toEqual(["hashlib."]);
    expect(texts(/\b(os|subprocess)\.(system|popen)\(/)).toEqual(["os.popen", "os.syste", "subproce"]);
    expect(texts(/[sS]ession\b/)).toEqual(["Session", "session"]);
    expect(texts(/api_?key/)).toEqual(["api_key", "apikey"]);
    expect(texts(/(?<=\*\s*)int\(/)).toEqual(["int("]);
    expect(texts(/ab+c/)).toEqual(["ab"]); // one `b` is certain, what follows it is not
    // Texts end at eight characters: longer ones add little and grow the scanner.
    expect(texts(/import_module\(/)).toEqual(["import_m"]);
  });

  it("says undefined where a match may start with something else or with too common a text", () => {
    expect(literalPrefixes(String.raw`\w+\(`, "")).toBeUndefined();
    expect(literalPrefixes(String.raw`^\s*assert`, "m")).toBeUndefined();
    expect(literalPrefixes(String.raw`['"]\s*==`, "")).toBeUndefined();
    expect(literalPrefixes(String.raw`(["'])key\1`, "")).toBeUndefined();
    expect(literalPrefixes("a|", "")).toBeUndefined();
    expect(literalPrefixes("tok(en", "")).toBeUndefined();
    expect(literalPrefixes("\\u0041BC", "")).toBeUndefined();
    expect(literalPrefixes("abc", "u")).toBeUndefined();
  });

  it("lets a decorator's @ stand alone and marks patterns that can only match at the start", () => {
    expect(literalPrefixes(String.raw`@\w+\.route`, "")).toEqual({ texts: ["@"], atStart: false });
    expect(literalPrefixes(String.raw`^(?=[\s\S]*?eval)`, "")).toEqual({ texts: [], atStart: true });
    expect(literalPrefixes(String.raw`import_module|^#!`, "")).toEqual({
      texts: ["import_m"],
      atStart: true,
    });
  });
});

describe("triggerConjunctions", () => {
  it("splits file-level conditions into the parts that must each occur, and other triggers into their alternatives", () => {
    expect(triggerConjunctions(String.raw`^(?=[\s\S]*?(a|b\())(?=[\s\S]*?c)|d[)|]e`)).toEqual([
      [String.raw`(a|b\()`, "c"],
      [String.raw`d[)|]e`],
    ]);
    // Plain alternatives stand alone (each tested only where its own texts occur), unless one refers to a group.
    expect(triggerConjunctions(String.raw`hashlib|md5`)).toEqual([["hashlib"], ["md5"]]);
    expect(triggerConjunctions(String.raw`(["'])k\1|z`)).toEqual([[String.raw`(["'])k\1|z`]]);
    // A lookahead that does not skip from the start, or anything consumed after it, is not a conjunction.
    expect(triggerConjunctions(String.raw`^(?=abc)(?=[\s\S]*?d)`)).toEqual([
      [String.raw`^(?=abc)(?=[\s\S]*?d)`],
    ]);
    expect(triggerConjunctions(String.raw`^(?=[\s\S]*?a)x`)).toEqual([[String.raw`^(?=[\s\S]*?a)x`]]);
    // A part referring to a group by number would point elsewhere once it stands alone.
    expect(triggerConjunctions(String.raw`^(?=[\s\S]*?(["'])k\1)(?=[\s\S]*?z)`)).toBeUndefined();
  });

  it("agrees with the whole pattern on whether it occurs", () => {
    const source = String.raw`^(?=[\s\S]*?(uuid1|time\.time))(?=[\s\S]*?(token|secret))|getpid`;
    const parts = triggerConjunctions(source)!;
    for (const code of [
      "x = time.time()\ntoken = 1",
      "token\nuuid1()",
      "uuid1()",
      "getpid()",
      "secret",
      "",
    ]) {
      const whole = new RegExp(source, "i").test(code);
      const split = parts.some((c) => c.every((p) => new RegExp(p, "i").test(code)));
      expect(split, code).toBe(whole);
    }
  });
});
