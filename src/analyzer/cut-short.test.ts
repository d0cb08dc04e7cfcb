import { beforeAll, describe, expect, it } from "vitest";
import { runItem } from "./batch.js";
import { detectorFailed, detectorFailures, noteCutShort } from "./cut-short.js";
import { loadGrammars } from "./parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

describe("analyses cut short by a rule's throw", () => {
  it("turns a detector's throw during the run into the result's warning, naming the rule", () => {
    const r = noteCutShort(() => {
      detectorFailed("PY-TEST-001", new RangeError("Maximum call stack size exceeded"));
      return { findings: [] as string[], warning: undefined as string | undefined };
    });
    expect(r.warning).toMatch(/PY-TEST-001 \(RangeError: Maximum call stack size exceeded\)/);
    expect(noteCutShort(() => ({ warning: undefined as string | undefined })).warning).toBeUndefined();
  });

  // Shapes of the standard library on which a rule once recursed without end (zipfile's
  // `targetpath = os.path.normpath(targetpath)`, concurrent.futures' range over a count the loop body changes).
  it("runs whole on self-referencing rebindings and loops whose range the body changes", () => {
    const codes = [
      "import os\ndef extract(member, targetpath):\n    targetpath = os.path.normpath(targetpath)\n    with open(targetpath, 'wb') as f:\n        f.write(member)\n",
      "import queue\ndef stop(q, alive):\n    n = alive()\n    sent = 0\n    while sent < n and alive() > 0:\n        for i in range(n - sent):\n            try:\n                q.put_nowait(None)\n                sent += 1\n            except queue.Full:\n                break\n",
    ];
    for (const code of codes) {
      const before = detectorFailures();
      const r = runItem({ code, language: "python" });
      expect(r.warning).toBeUndefined();
      expect(detectorFailures()).toBe(before);
    }
  });

  // Cython's libpython (`cls = cls.subclass_from_type(...)` then `cls.get_gdb_type()`), mathjs' csLu
  // (`lindex.splice(lnz, lindex.length - lnz)` after index writes read from the array itself).
  it("runs whole on a name rebound from its own method call, and an array spliced by its own length", () => {
    const items: [string, "python" | "javascript"][] = [
      [
        "class P(object):\n    @classmethod\n    def sub(cls, t):\n        return cls\n\n    @classmethod\n    def make(cls, v, name):\n        try:\n            cls = cls.sub(v.type())\n            return cls(v, cast_to=cls.kind(name))\n        except RuntimeError:\n            pass\n        return cls(v)\n\n    def kind(self, name):\n        return open(name)\n",
        "python",
      ],
      [
        "function trim(m, n, lnz, pinv) {\n  const lindex = [];\n  const L = new SparseMatrix({ index: lindex });\n  const top = solve(L, m);\n  for (let p = top; p < n; p++) lindex[p] = pinv[lindex[p]];\n  lindex.splice(lnz, lindex.length - lnz);\n  return L;\n}\n",
        "javascript",
      ],
    ];
    for (const [code, language] of items) {
      const before = detectorFailures();
      const r = runItem({ code, language });
      expect(r.warning).toBeUndefined();
      expect(detectorFailures()).toBe(before);
    }
  });
});
