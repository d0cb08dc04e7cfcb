import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanFile } from "./file-scan.js";
import { expandPaths, languageOf } from "./files.js";
import { notebookSource } from "./notebook.js";
import { loadGrammars } from "./parse/index.js";

const tmp = mkdtempSync(join(tmpdir(), "purpcode-notebook-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(async () => {
  await loadGrammars(["python"]);
});

/** A notebook as nbformat writes it: indent 1, each source line one array element on its own line. */
const NOTEBOOK = `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Backups\\n",
    "Run os.system(name) to copy."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "%matplotlib inline\\n",
    "import os, sys\\n",
    "name = sys.argv[1]"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["os.system(name)\\n"]}],
   "source": [
    "!ls -la\\n",
    "os.system(\\"tar czf /tmp/b.tgz \\" + name)\\n",
    "os.system(\\"sync\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": "%%bash\\nrm -rf $HOME/x\\n"
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
`;

describe("Jupyter notebooks", () => {
  it("joins the code cells into one Python source, magics blanked, each line mapped to the notebook's line", () => {
    const nb = notebookSource(NOTEBOOK)!;
    expect(nb.code.split("\n").slice(0, 6)).toEqual([
      "# %",
      "import os, sys",
      "name = sys.argv[1]",
      "# !",
      'os.system("tar czf /tmp/b.tgz " + name)',
      'os.system("sync")',
    ]);
    expect(nb.lines.slice(0, 6)).toEqual([17, 18, 19, 28, 29, 30]);
    // A %%bash cell is another language's: blanked whole, on its one string's line.
    expect(nb.code.split("\n").slice(6, 8)).toEqual(["# %", "# r"]);
    expect(nb.lines.slice(6, 8)).toEqual([38, 38]);
  });

  it("is scanned from a folder and reports findings on the notebook's lines, data flowing across cells", async () => {
    writeFileSync(join(tmp, "backup.ipynb"), NOTEBOOK);
    writeFileSync(join(tmp, "types.pyi"), "import os\ndef f(x: str) -> None: ...\n");
    const files = (await expandPaths([tmp], false)).map((f) => f.slice(tmp.length + 1));
    expect(files).toContain("backup.ipynb");
    expect(files).not.toContain("types.pyi");
    const r = scanFile({ path: join(tmp, "backup.ipynb"), markdown: false });
    expect(r.language).toBe("python");
    expect(r.findings.filter((f) => f.rule_id === "PY-CMDI-001").map((f) => f.line)).toEqual([29]);
  });

  it("leaves other kernels' notebooks and non-notebook JSON alone", () => {
    expect(notebookSource(NOTEBOOK.replace('"language": "python"', '"language": "R"'))).toBeUndefined();
    expect(notebookSource('{"cells": 3}')).toBeUndefined();
    expect(notebookSource("not json")).toBeUndefined();
  });
});

describe("scripts without an extension", () => {
  it("reads the language from the #! line, in a walk and when named", async () => {
    writeFileSync(
      join(tmp, "deploy"),
      '#!/usr/bin/env python3\nimport os, sys\nos.system("ls " + sys.argv[1])\n',
    );
    writeFileSync(join(tmp, "LICENSE"), "MIT License\n");
    writeFileSync(join(tmp, "run.sh"), "#!/bin/sh\necho python\n");
    const files = (await expandPaths([tmp], false)).map((f) => f.slice(tmp.length + 1));
    expect(files).toContain("deploy");
    expect(files).not.toContain("LICENSE");
    expect(files).not.toContain("run.sh");
    expect(languageOf(join(tmp, "deploy"))).toBe("python");
    expect(languageOf(join(tmp, "LICENSE"))).toBeUndefined();
    const r = scanFile({ path: join(tmp, "deploy"), markdown: false });
    expect(r.findings.map((f) => `${f.rule_id}@${f.line}`)).toContain("PY-CMDI-001@3");
  });
});
