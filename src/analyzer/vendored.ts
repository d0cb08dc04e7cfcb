import { readdirSync, readFileSync } from "node:fs";
import { basename, dirname } from "node:path";

/**
 * Third-party code copied into a project (a jQuery in `static/js/`, an AngularJS under `vendor/`) and built bundles
 * (a docs site's `assets/js/app.1613afe0.js`): a finding there is the upstream library's weakness (or the bundled
 * sources'), not the code the project's authors wrote, and is fixed by updating the copy. Such findings stay
 * visible at LOW with this reason. Recognised by mechanism only: a vendor folder in the path, a licence banner
 * naming a library and version other than the package the file belongs to, or a bundler's runtime / a
 * content-hashed file name. Only whole-file scans by path see this (policy answers are analysed as text).
 */
export function vendoredCopy(path: string, text: string): string | undefined {
  const p = path.replace(/\\/g, "/");
  const folder = VENDOR_FOLDER.exec(p);
  if (folder) return `in a vendored copy (${folder[2]}/): the upstream library's code`;
  const head = text.slice(0, 2000);
  if (
    BUNDLER_RUNTIME.test(head) ||
    (HASHED_NAME.test(basename(p)) && BUILD_FOLDER.test(p)) ||
    WEBPACK_BOOTSTRAP.test(text)
  )
    return "in a built bundle: the sources it was built from are what to fix";
  const lib = bannerLibrary(head);
  if (lib && !ownPackage(lib.name, dirname(p)))
    return `in a vendored copy of ${lib.name} ${lib.version}: the upstream library's code`;
  const nested = nestedCopy(dirname(p));
  if (nested) return `in a vendored copy of ${nested}: the upstream library's code`;
  const archived = releaseArchive(p);
  if (archived) return `in an archived release (${archived}): the current sources are what to fix`;
  return undefined;
}

/** `intercooler-1.1.2.js`, `lib-0.0.1-prealpha-1.min.js`: a file name that carries a release's version. */
const VERSIONED_NAME = /^(.+?)[-.@_]v?(\d+\.\d+\.\d+(?:[-+][\w.-]*?)?)(?:\.min)?\.[cm]?js$/i;

/** Per folder (per thread): the stems of its versioned file names and how many versions each has. */
const versionedStems = new Map<string, Map<string, Set<string>>>();

/**
 * A folder of one project's past releases side by side (`www/release/intercooler-0.9.7.js` beside
 * `intercooler-1.1.2.js`): each is a frozen build of an old version, kept for download, not code anyone edits. A
 * single versioned file is not enough (a migration may be named so); two or more versions of one stem are.
 */
function releaseArchive(path: string): string | undefined {
  const m = VERSIONED_NAME.exec(basename(path));
  if (!m) return undefined;
  const dir = dirname(path);
  let stems = versionedStems.get(dir);
  if (!stems) {
    stems = new Map();
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      names = [];
    }
    for (const name of names) {
      const v = VERSIONED_NAME.exec(name);
      if (!v) continue;
      const key = v[1]!.toLowerCase();
      const set = stems.get(key) ?? new Set<string>();
      set.add(v[2]!);
      stems.set(key, set);
    }
    versionedStems.set(dir, stems);
  }
  return (stems.get(m[1]!.toLowerCase())?.size ?? 0) >= 2 ? `${m[1]} ${m[2]}` : undefined;
}

/** Asset folders a project copies a library into, package.json and all (`src/common/js/jquery/`). */
const ASSET_FOLDER = /(^|\/)(js|javascripts?|lib|libs|static|assets|public|scripts|external|deps)\//;

/**
 * The file belongs to another package's copy inside this one: a package.json of a different name below an asset
 * folder of the outer package (`src/common/js/angular/package.json` naming "angular").
 */
function nestedCopy(dir: string): string | undefined {
  const pkg = nearestPackage(dir);
  if (!pkg?.name) return undefined;
  const outer = nearestPackage(dirname(pkg.dir));
  if (!outer || outer.dir === pkg.dir || sameName(pkg.name, outer.name ?? "")) return undefined;
  const between = pkg.dir.slice(outer.dir.length).replace(/\\/g, "/") + "/";
  return ASSET_FOLDER.test(between) ? pkg.name : undefined;
}

/** Folders that by convention hold other projects' code. */
const VENDOR_FOLDER = /(^|\/)(vendor|vendors|third[_-]?party|thirdparty|web_modules)\//i;
/** webpack's, Vite's and SystemJS's module runtime at the top of a bundle. */
const BUNDLER_RUNTIME =
  /\bwebpackJsonp\b|\bwebpackChunk\w*|__webpack_require__\.[a-z]\s*=|\bSystem\.register\(/;
/**
 * webpack 4's bootstrap banner line, where a bundle starts below a hand-written prelude (a polyfill set that patches
 * globals first, then the bundled core-js): a line of webpack's own, no author writes it.
 */
const WEBPACK_BOOTSTRAP = /^\/\*{6}\/ \(function\(modules\) \{ \/\/ webpackBootstrap$/m;
/** `app.1613afe0.js`, `chunk-vendors.3f2a9c1d.mjs`: a bundler's content hash in the name. */
const HASHED_NAME = /[.-][0-9a-f]{8,20}\.[cm]?js$/;
/** Where a site build puts its hashed bundles. */
const BUILD_FOLDER = /(^|\/)(assets|static|_next|public|js)\//;

/**
 * The library and version a file's opening licence comment names (`/*! jQuery v3.5.1 | (c) OpenJS Foundation`,
 * `/** @license AngularJS v1.8.2`, `/*!\n * QUnit 1.14.0`, `/*! respimage - v1.4.2 - 2015-08-22`), when that comment
 * is a licence or copyright banner.
 */
export function bannerLibrary(head: string): { name: string; version: string } | undefined {
  const m = /^\s*(?:#![^\n]*\n\s*)?(?:'use strict';?\s*)?(\/\*[\s\S]*?\*\/)/.exec(head);
  if (!m) return undefined;
  const comment = m[1]!;
  if (!/licen[cs]e|\(c\)|copyright|©|released under|\bMIT\b|\bBSD\b|Apache/i.test(comment)) return undefined;
  const lib =
    /^[/*!\s]*(?:@(?:license|preserve)\s+)?([A-Za-z][\w.$-]*(?: [A-Z][\w.$-]*)?)\s+(?:JavaScript Library\s+|-\s+)?v?(\d+\.\d+(?:\.\d+)?[\w.+-]*)/.exec(
      comment,
    );
  return lib ? { name: lib[1]!, version: lib[2]! } : undefined;
}

const squash = (s: string): string =>
  s
    .replace(/^@[^/]+\//, "")
    .replace(/[^a-z0-9]/gi, "")
    .toLowerCase();

/** package.json found by folder, per thread: a scan asks for the same folders over and over. */
const packages = new Map<string, { dir: string; name: string | null } | null>();

/** The nearest package.json at or above a folder: its folder and `name` (null: none, or it names nothing). */
function nearestPackage(dir: string): { dir: string; name: string | null } | null {
  const seen: string[] = [];
  let found: { dir: string; name: string | null } | null = null;
  for (let d = dir, i = 0; i < 40; i++) {
    const known = packages.get(d);
    if (known !== undefined) {
      found = known;
      break;
    }
    seen.push(d);
    // (bower.json: a Bower package's manifest, kept in the copies projects made of such packages)
    let text: string | undefined;
    for (const manifest of ["package.json", "bower.json"]) {
      try {
        text = readFileSync(`${d}/${manifest}`, "utf8");
        break;
      } catch {
        text = undefined;
      }
    }
    if (text !== undefined) {
      let name: string | null = null;
      try {
        const n = (JSON.parse(text) as { name?: unknown }).name;
        name = typeof n === "string" ? n : null;
      } catch {
        name = null;
      }
      found = { dir: d, name };
      break;
    }
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const d of seen) packages.set(d, found);
  return found;
}

/** The banner names the package the file belongs to (its own build: `/*! respimage - v1.4.2` in respimage). */
function ownPackage(library: string, dir: string): boolean {
  const pkg = nearestPackage(dir);
  if (!pkg?.name || !sameName(library, pkg.name)) return false;
  // A copy that brought its own package.json (`js/angular/package.json` beside angular.js) inside another
  // package is still a copy, unless it is one of that package's workspaces (`packages/`, `apps/`).
  const outer = nearestPackage(dirname(pkg.dir));
  if (!outer || outer.dir === pkg.dir || sameName(library, outer.name ?? "")) return true;
  const between = pkg.dir.slice(outer.dir.length).replace(/\\/g, "/");
  return /(^|\/)(packages|apps|modules|workspaces|plugins|libs)\/[^/]+$/.test(between);
}

/** The same project, spelled with or without a `js` suffix (`AngularJS` / `angular`, `QUnit` / `qunitjs`); a
 * plugin named after its host (`jquery-idletimer` beside jQuery) is another project. */
function sameName(library: string, name: string): boolean {
  const a = squash(library).replace(/js$/, "");
  const b = squash(name).replace(/js$/, "");
  return a.length >= 3 && a === b;
}
