import { describe, expect, it } from "vitest";
import { analyzeRegex, ownCopy, type AnalyzeOptions } from "./regex-ambiguity.js";

const js: AnalyzeOptions = { flavor: "js" };
const py = (mode: AnalyzeOptions["mode"]): AnalyzeOptions => ({ flavor: "python", mode });

describe("regex ambiguity: words of several characters", () => {
  it("finds a word two alternatives of a repeated group read two ways (exponential)", () => {
    for (const p of [
      "^(?:tick|tic\\w)+!$",
      "^(?:foo|bar|foobar)+\\.$",
      "^(?:\\/api|\\/v1|\\/api\\/v1)+$",
      "^(?:select|sel|ect)+;$",
      "^(?:data|dat|a)+$",
      "^(?:item|ite\\w)+,$",
    ]) {
      const b = analyzeRegex(p, js);
      expect(b?.degree, p).toBe(Infinity);
      expect(b?.retryOnly, p).toBe(false);
    }
    const b = analyzeRegex("(?:foo|bar|foobar)+\\.", py("fullmatch"));
    expect(b?.degree).toBe(Infinity);
    // The witness is a word the two readings share.
    expect(analyzeRegex("^(?:foo|bar|foobar)+!$", js)?.witness).toMatch(
      /^(?:foobar|barfoo|rfooba|obarfo|oobarf|arfoob)$/,
    );
  });

  it("finds the retry's quadratic on an unanchored search for a repeated word before a failing tail", () => {
    for (const p of ["(?:abcd|abce)+$", "(?:<br>)+$", "(?:&nbsp;)+$", "(?:\\.\\.\\/)+etc\\/passwd"]) {
      const b = analyzeRegex(p, js);
      expect(b?.degree, p).toBe(2);
      expect(b?.retryOnly, p).toBe(true);
    }
    expect(analyzeRegex("(?:<br>)+$", py("search"))?.degree).toBe(2);
  });

  it("keeps look-alikes that read every word one way only linear", () => {
    for (const p of [
      "^(?:tick|tock)+!$",
      "^(?:abcd|abce)+$",
      "^(?:foo|bar|baz)+\\.$",
      "^(?:\\/api|\\/v1)+$",
      "^(?:a|ab)+$",
      "^(?:foo|foobar)+!$",
      "^(?:foo|bar|fooba)+!$",
      "^(?:aba|ab)+c$",
      "^(?:data|date)+$",
      "^(?:item|ite\\d)+,$",
      "^(?:<br>)+",
      "(?:&nbsp;)+",
      "^(?:\\.\\.\\/)+etc\\/passwd",
      "(?:tick|tic\\w)+",
      "x(?:abcd|abce)+$",
    ])
      expect(analyzeRegex(p, js), p).toBeNull();
    // Atomic groups and possessive loops (Python 3.11) never re-split a word; re.match anchors the start.
    expect(analyzeRegex("(?>foo|bar|foobar)+\\.", py("fullmatch"))).toBeNull();
    expect(analyzeRegex("(?:item|ite\\w)++,", py("fullmatch"))).toBeNull();
    expect(analyzeRegex("(?:\\.\\./)+etc/passwd", py("match"))).toBeNull();
  });

  it("gives up on a hostile pattern quickly instead of exploring its whole product", () => {
    const alts = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("|");
    const hostile = [
      `^(?:${alts(30, (i) => "[a-z]".repeat(1 + (i % 15)))})+!$`,
      `(?:${alts(40, (i) => "w" + i + "xyz")})+$`,
      `^(?:${alts(24, (i) => "[a-z]{" + (i + 1) + "}x")})+!$`,
    ];
    for (const p of hostile) {
      const t = performance.now();
      analyzeRegex(p, js);
      // Generous for a loaded test machine; the product's own work is capped at a fixed number of steps.
      expect(performance.now() - t, p).toBeLessThan(2000);
    }
  });
});

describe("regex ambiguity: start-only assertions", () => {
  it("does not enter a loop through `^` after the retry has read a character", () => {
    // The only ways into `\s*` are the very start and a comma: one attempt per comma, linear.
    expect(analyzeRegex("(^|,)\\s*upgrade\\s*($|,)", { flavor: "js", flags: "i" })).toBeNull();
    expect(analyzeRegex("(?:^|;)\\s*token=", js)).toBeNull();
    expect(analyzeRegex("(?:^|;)\\s*token=", py("search"))).toBeNull();
  });

  it("keeps the retry's quadratic where `^` is multiline or an alternative reads the run", () => {
    expect(analyzeRegex("(^|,)\\s*upgrade", { flavor: "js", flags: "m" })?.degree).toBe(2);
    expect(analyzeRegex("(^|\\s)\\s*upgrade", js)?.degree).toBe(2);
    expect(analyzeRegex("\\s*,\\s*", js)?.degree).toBe(2);
  });
});

describe("regex ambiguity: end-of-input assertions", () => {
  it("reads no character after `$`, so an iteration ending in `$` cannot split a run", () => {
    expect(analyzeRegex("^(?:\\w+(?: +\\w+){0,2}(?: +<([^>]+)>)?(?:; |$))+$", js)).toBeNull();
    expect(analyzeRegex("^(?:a+(?:;|\\Z))+\\Z", py("match"))).toBeNull();
  });

  it("keeps the split where `$` is multiline, Python's (a final newline may follow) or absent", () => {
    expect(analyzeRegex("^(?:a+(?:;|$))+$", { flavor: "js", flags: "m" })).not.toBeNull();
    expect(analyzeRegex("^(?:a+(?:;|$))+\\n", py("match"))).not.toBeNull();
    expect(analyzeRegex("^(?:a+;?)+$", js)).not.toBeNull();
  });
});

describe("regex ambiguity: the pattern memo", () => {
  it("keys a copy of the pattern, equal to it whatever its characters", () => {
    for (const s of ["", "^(a+)+$", '\u0000\n"\\', "\ud800 lone", "\u{1f600}", "x".repeat(100)])
      expect(ownCopy(s)).toBe(s);
    const source = `import re\nre.compile(r"^(a+)+$")\n${"# padding\n".repeat(100)}`;
    const pattern = source.slice(source.indexOf("^"), source.indexOf("$") + 1);
    expect(analyzeRegex(pattern, js)).toEqual(analyzeRegex("^(a+)+$", js));
  });
});
