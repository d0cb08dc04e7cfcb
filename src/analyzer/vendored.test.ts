import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scanFile } from "./file-scan.js";
import { loadGrammars } from "./parse/index.js";
import { bannerLibrary, vendoredCopy } from "./vendored.js";

beforeAll(async () => {
  await loadGrammars();
});

const SINK = "\nfunction show(el) {\n  el.innerHTML = location.hash.slice(1);\n}\n";

describe("vendored copies and bundles", () => {
  it("reads the library and version of a licence banner, not of an ordinary comment", () => {
    expect(bannerLibrary("/*! jQuery v3.5.1 | (c) OpenJS Foundation | jquery.org/license */")).toEqual({
      name: "jQuery",
      version: "3.5.1",
    });
    expect(bannerLibrary("/**\n * @license AngularJS v1.8.2\n * (c) 2010-2020 Google LLC\n */")?.name).toBe(
      "AngularJS",
    );
    expect(bannerLibrary("/*!\n * QUnit 1.14.0\n * Released under the MIT license\n */")?.name).toBe("QUnit");
    expect(bannerLibrary("/* Parser 2.0 helpers for the form page */")).toBeUndefined();
  });

  it("lowers findings in another library's banner copy, a vendor folder and a hashed bundle, not the package's own build", () => {
    const root = mkdtempSync(join(tmpdir(), "vendored-"));
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "respimage" }));
    // (a jQuery plugin's package: its copy of jQuery is another project's code)
    mkdirSync(join(root, "static/js"), { recursive: true });
    mkdirSync(join(root, "vendor/x"), { recursive: true });
    mkdirSync(join(root, "docs/assets/js"), { recursive: true });
    // a copy that brought its own package.json, and a workspace package building its own banner
    mkdirSync(join(root, "src/js/angular"), { recursive: true });
    writeFileSync(join(root, "src/js/angular/package.json"), JSON.stringify({ name: "angular" }));
    mkdirSync(join(root, "src/js/jquery/src"), { recursive: true });
    writeFileSync(join(root, "src/js/jquery/package.json"), JSON.stringify({ name: "jquery" }));
    mkdirSync(join(root, "examples/app"), { recursive: true });
    writeFileSync(join(root, "examples/app/package.json"), JSON.stringify({ name: "respimage-example" }));
    mkdirSync(join(root, "packages/widget"), { recursive: true });
    writeFileSync(join(root, "packages/widget/package.json"), JSON.stringify({ name: "@acme/widget" }));
    const files: Record<string, string> = {
      "static/js/tinylib.js": "/*! tinylib v2.3.1 | (c) Someone | MIT */" + SINK,
      "respimage.js": "/*! respimage - v1.4.2 - 2015-08-22\n Licensed MIT */" + SINK,
      "vendor/x/util.js": SINK,
      "docs/assets/js/app.1613afe0.js": SINK,
      "src/own.js": SINK,
      "src/js/angular/angular.js": "/**\n * @license AngularJS v1.4.0\n * License: MIT\n */" + SINK,
      "packages/widget/widget.js": "/*! widget v1.0.0 | MIT */" + SINK,
      "src/js/jquery/src/ajax.js": SINK,
      "examples/app/main.js": SINK,
      "libs/jquery/jquery.js":
        "/*!\n * jQuery JavaScript Library v1.7.2\n * Dual licensed under the MIT or GPL\n */" + SINK,
    };
    const sev: Record<string, string[]> = {};
    for (const [name, code] of Object.entries(files)) {
      const path = join(root, name);
      mkdirSync(join(path, ".."), { recursive: true });
      writeFileSync(path, code);
      sev[name] = scanFile({ path, markdown: false, rules: ["JS-XSS-001"] }).findings.map((f) => f.severity);
    }
    expect(sev).toEqual({
      "static/js/tinylib.js": ["LOW"],
      "respimage.js": ["HIGH"],
      "vendor/x/util.js": ["LOW"],
      "docs/assets/js/app.1613afe0.js": ["LOW"],
      "src/own.js": ["HIGH"],
      "src/js/angular/angular.js": ["LOW"],
      "packages/widget/widget.js": ["HIGH"],
      "src/js/jquery/src/ajax.js": ["LOW"],
      "examples/app/main.js": ["HIGH"],
      "libs/jquery/jquery.js": ["LOW"],
    });
    expect(vendoredCopy(join(root, "static/js/tinylib.js"), files["static/js/tinylib.js"]!)).toMatch(
      /tinylib 2\.3\.1/,
    );
  });

  it("lowers a folder of one project's past releases side by side, not a lone versioned file", () => {
    const root = mkdtempSync(join(tmpdir(), "vendored-"));
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "swaplib" }));
    mkdirSync(join(root, "www/release"), { recursive: true });
    mkdirSync(join(root, "db"), { recursive: true });
    const names = [
      "www/release/swaplib-0.9.7.js",
      "www/release/swaplib-1.1.2.js",
      "www/release/swaplib-1.1.2.min.js",
      "db/migrate-1.2.0.js",
      "src/swaplib.js",
    ];
    for (const name of names) {
      mkdirSync(join(root, name, ".."), { recursive: true });
      writeFileSync(join(root, name), SINK);
    }
    const sev = Object.fromEntries(
      names
        .filter((n) => !n.endsWith(".min.js"))
        .map((n) => [
          n,
          scanFile({ path: join(root, n), markdown: false, rules: ["JS-XSS-001"] }).findings.map(
            (f) => f.severity,
          ),
        ]),
    );
    expect(sev).toEqual({
      "www/release/swaplib-0.9.7.js": ["LOW"],
      "www/release/swaplib-1.1.2.js": ["LOW"],
      "db/migrate-1.2.0.js": ["HIGH"],
      "src/swaplib.js": ["HIGH"],
    });
    // an answer's file names are the author's to choose: no lowering there (rule.ts)
    const answer = scanFile({
      path: join(root, names[0]!),
      markdown: false,
      rules: ["JS-XSS-001"],
      context: "answer",
    });
    expect(answer.findings.map((f) => f.severity)).toEqual(["HIGH"]);
  });

  it("lowers a webpack bundle below a hand-written prelude by webpack's bootstrap line", () => {
    const root = mkdtempSync(join(tmpdir(), "vendored-"));
    writeFileSync(join(root, "package.json"), JSON.stringify({ name: "compat" }));
    const prelude =
      "Object.setPrototypeOf = Object.setPrototypeOf || function (o, p) { o.__proto__ = p; return o; };\n";
    const filler = "var x" + "0".repeat(3000) + " = 1;\n";
    const bundle =
      "/******/ (function(modules) { // webpackBootstrap\n/******/ })([function (m) {" + SINK + "}]);\n";
    writeFileSync(join(root, "polyfills.js"), prelude + filler + bundle);
    writeFileSync(
      join(root, "own.js"),
      prelude + filler + "// (function(modules) { // webpackBootstrap\n" + SINK,
    );
    const sev = (n: string) =>
      scanFile({ path: join(root, n), markdown: false, rules: ["JS-XSS-001"] }).findings.map(
        (f) => f.severity,
      );
    expect(sev("polyfills.js")).toEqual(["LOW"]);
    expect(sev("own.js")).toEqual(["HIGH"]);
  });
});
