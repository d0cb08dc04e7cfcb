import { existsSync } from "node:fs";

/**
 * The Rust crates HumanEval-X's programs import (CodeGeeX runs them in a cargo project with rand, regex and md5),
 * built offline from the sources Debian installs under /usr/share/cargo/registry (librust-*-dev): rustc on each
 * crate in dependency order, with the features cargo would turn on, into rlibs in one dir. No cargo, no network.
 * The build runs once, as a sandboxed program (the compile cache keeps its tar as a seed, as Go's build cache is
 * kept), and only compiles of programs that name one of the crates get it (`--extern`).
 */
export const CARGO_REGISTRY = "/usr/share/cargo/registry";
/** Where the rlibs are, inside a compile's sandbox. */
export const RUST_CRATES_DIR = "/tmp/rust-crates";

interface Crate {
  /** Crate name as Rust code writes it. */
  name: string;
  /** Debian's source dir under the registry (version-pinned: the features and cfgs below are this version's). */
  dir: string;
  edition: "2015" | "2018";
  /** Cargo features turned on (what the crates that depend on it ask for, plus its defaults). */
  features: string[];
  /** Direct dependencies (crate names, built earlier in the list). */
  deps: string[];
  /** What the crate's build script would print as rustc-cfg (libc's, for rustc >= 1.62 on Linux). */
  cfgs?: string[];
  /** The Debian package with its source. */
  debian: string;
}

const UNICODE = [
  "unicode",
  "unicode-age",
  "unicode-bool",
  "unicode-case",
  "unicode-gencat",
  "unicode-perl",
  "unicode-script",
  "unicode-segment",
];

/** In build order. */
const CRATES: Crate[] = [
  {
    name: "cfg_if",
    dir: "cfg-if-1.0.0",
    edition: "2018",
    features: [],
    deps: [],
    debian: "librust-cfg-if-dev",
  },
  {
    name: "libc",
    dir: "libc-0.2.139",
    edition: "2015",
    features: ["default", "std"],
    deps: [],
    cfgs: [
      "freebsd11",
      "libc_priv_mod_use",
      "libc_union",
      "libc_const_size_of",
      "libc_align",
      "libc_int128",
      "libc_core_cvoid",
      "libc_packedN",
      "libc_cfg_target_vendor",
      "libc_non_exhaustive",
      "libc_ptr_addr_of",
      "libc_underscore_const_names",
      "libc_const_extern_fn",
    ],
    debian: "librust-libc-dev",
  },
  {
    name: "getrandom",
    dir: "getrandom-0.2.8",
    edition: "2018",
    features: ["std"],
    deps: ["cfg_if", "libc"],
    debian: "librust-getrandom-dev",
  },
  {
    name: "rand_core",
    dir: "rand_core-0.6.3",
    edition: "2018",
    features: ["alloc", "getrandom", "std"],
    deps: ["getrandom"],
    debian: "librust-rand-core-dev",
  },
  {
    name: "ppv_lite86",
    dir: "ppv-lite86-0.2.16",
    edition: "2018",
    features: ["simd", "std"],
    deps: [],
    debian: "librust-ppv-lite86-dev",
  },
  {
    name: "rand_chacha",
    dir: "rand_chacha-0.3.1",
    edition: "2018",
    features: ["std"],
    deps: ["ppv_lite86", "rand_core"],
    debian: "librust-rand-chacha-dev",
  },
  {
    name: "rand",
    dir: "rand-0.8.5",
    edition: "2018",
    features: ["alloc", "default", "getrandom", "libc", "rand_chacha", "std", "std_rng"],
    deps: ["rand_core", "rand_chacha", "libc"],
    debian: "librust-rand-dev",
  },
  {
    name: "regex_syntax",
    dir: "regex-syntax-0.6.27",
    edition: "2018",
    features: ["default", ...UNICODE],
    deps: [],
    debian: "librust-regex-syntax-dev",
  },
  {
    // Without perf-literal (aho-corasick, memchr): slower literal search, same matches.
    name: "regex",
    dir: "regex-1.7.1",
    edition: "2018",
    features: ["default", "std", "perf", "perf-cache", "perf-dfa", "perf-inline", ...UNICODE],
    deps: ["regex_syntax"],
    debian: "librust-regex-dev",
  },
  {
    name: "md5",
    dir: "md5-0.7.0",
    edition: "2015",
    features: ["default", "std"],
    deps: [],
    debian: "librust-md5-dev",
  },
];

/** The crates programs may use (the rest are their dependencies). */
export const RUST_PROGRAM_CRATES = ["rand", "regex", "md5"] as const;

export interface RustCrates {
  /** Program crates whose sources (and their dependencies') are installed. */
  available: string[];
  /** Program crates that are not, and why (naming the Debian package). */
  missing: Record<string, string>;
  /** Shell script (run with sh in the work dir) that builds the available ones and tars them as `artefact`. */
  build: string;
  /** rustc flags that make the available crates importable from a program, given the rlibs in RUST_CRATES_DIR. */
  flags: string;
  /** Files whose change (a Debian upgrade of a source package) means a new build. */
  stamps: string[];
}

/** Which crates this machine can offer, and how to build them (none available: build and flags are empty). */
export function rustCrates(artefact: string, registry: string = CARGO_REGISTRY): RustCrates {
  const built = new Set<string>();
  const absent = new Map<string, string>();
  for (const crate of CRATES) {
    const lacking = crate.deps.filter((dep) => !built.has(dep));
    if (!existsSync(`${registry}/${crate.dir}/src/lib.rs`))
      absent.set(crate.name, `${registry}/${crate.dir} is not installed (Debian: ${crate.debian})`);
    else if (lacking.length) absent.set(crate.name, absent.get(lacking[0] as string) as string);
    else built.add(crate.name);
  }
  const available = RUST_PROGRAM_CRATES.filter((name) => built.has(name));
  const missing = Object.fromEntries(
    RUST_PROGRAM_CRATES.filter((name) => !built.has(name)).map((name) => [name, absent.get(name) as string]),
  );
  if (available.length === 0) return { available, missing, build: "", flags: "", stamps: [] };
  const d = RUST_CRATES_DIR;
  const common = `--crate-type lib -C opt-level=0 -C debuginfo=0 --cap-lints allow -L dependency=${d} --out-dir ${d}`;
  const steps = CRATES.filter((c) => built.has(c.name)).map((c) =>
    [
      `rustc --crate-name ${c.name} --edition ${c.edition} ${registry}/${c.dir}/src/lib.rs ${common}`,
      ...c.features.map((f) => `--cfg 'feature="${f}"'`),
      ...(c.cfgs ?? []).map((cfg) => `--cfg ${cfg}`),
      ...c.deps.map((dep) => `--extern ${dep}=${d}/lib${dep}.rlib`),
    ].join(" "),
  );
  return {
    available,
    missing,
    build: ["set -e", `mkdir -p ${d}`, ...steps, `tar -C ${d} -cf ${artefact} .`, ""].join("\n"),
    flags: [`-L dependency=${d}`, ...available.map((name) => `--extern ${name}=${d}/lib${name}.rlib`)].join(
      " ",
    ),
    stamps: CRATES.filter((c) => built.has(c.name)).map((c) => `${registry}/${c.dir}/Cargo.toml`),
  };
}

/** The program crates a Rust program names (`rand::`, `use md5;`, `extern crate regex`). */
export function cratesUsedBy(code: string): string[] {
  return RUST_PROGRAM_CRATES.filter((name) =>
    new RegExp(`\\b${name}\\s*::|\\b(?:use|crate)\\s+${name}\\b`).test(code),
  );
}
