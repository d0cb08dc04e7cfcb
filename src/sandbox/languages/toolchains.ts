import { existsSync } from "node:fs";
import { RUST_CRATES_DIR, cratesUsedBy, rustCrates } from "./rust-crates.js";

/**
 * How each SandboxFusion language (../shared/data/engines/sandboxfusion/languages.json) is compiled and run here.
 * Every step runs as a sandboxed program (same namespaces, seccomp filter, rlimits and work dir as Python); the
 * compile step leaves one artefact file (a binary, or a tar of class files) that the host caches by content hash
 * and hands to the run step. Commands are shell lines run by /bin/sh in the work dir: `SRC` is the source file.
 */
export interface Toolchain {
  /** File the code is written to (SandboxFusion's name where it matters: Main.java, main_test.go). */
  source: string | ((code: string) => string);
  /** Host binaries that must exist for the language to be offered, and the Debian package providing them. */
  needs: string[];
  debian: string;
  /** Rewrites the code before it is written (e.g. php's missing "<?php"). */
  prepare?: (code: string) => string;
  /** Shell line that turns SRC into the artefact file ARTEFACT; absent for interpreted languages. */
  compile?: string;
  /** Shell line that runs the program (the artefact, if any, is in the work dir as ARTEFACT). */
  run: string;
  /** Environment for both steps. */
  env?: Record<string, string>;
  /**
   * SandboxFusion has no separate compile step for this language (go test, tsx): a failed compile is reported as
   * the run's result, and compile_result stays null, as there.
   */
  compileIsPartOfRun?: boolean;
  /**
   * A build cache to start every compile from (Go compiles testify and its dependencies otherwise, 10+ s): made
   * once by a sandboxed run of `code` with the shell line `build` (which leaves a tar as ARTEFACT), kept in the
   * compile cache, and handed to each compile as SEED_FILE.
   */
  seed?: Seed;
  /**
   * Libraries a program may import that the toolchain does not ship (HumanEval-X's Rust crates): built once by a
   * sandboxed run into a seed (kept in the compile cache, keyed by the compiler and `seed.stamps`), handed only to
   * compiles of programs that name one of them, which then use `compile` instead of the plain line.
   */
  libraries?: {
    /** The libraries this program names. */
    used: (code: string) => string[];
    /** Why each library that cannot be offered here is missing (named in a failed compile's stderr). */
    missing: Record<string, string>;
    /** Absent when none is installed. */
    seed?: Seed;
    /** The compile line with the seed (SEED_FILE) in the work dir. */
    compile?: string;
  };
  /** Memory (RLIMIT_AS, MiB) the compiler needs at least: JVMs and Go reserve large address ranges. */
  compileMemoryMb?: number;
  /** The run step's RLIMIT_AS floor, MiB (JVM runtimes), unless the request sets memory_limit_MB. */
  runMemoryMb?: number;
  /** More processes/threads than the default (JVM, Go's toolchain). */
  processes?: number;
  note?: string;
}

/** A build done once per machine by a sandboxed run: `build` runs in a work dir holding `code` as `source`. */
export interface Seed {
  source: string;
  code: string;
  /** Shell line that leaves a tar as ARTEFACT. */
  build: string;
  /** Files whose modification times join the seed's cache key (besides the compiler's). */
  stamps?: string[];
}

/** The artefact a compile step leaves, as the work dir names it. */
export const ARTEFACT = ".purpcode-build";
/** A toolchain's seed build cache (a tar), as a compile step's work dir names it. */
export const SEED_FILE = ".purpcode-seed";

const libDir = "/usr/lib/x86_64-linux-gnu";
/** SandboxFusion adds each of these link flags when a probe compile with it succeeds; here: when the library is installed. */
const cppLinkFlags = (): string =>
  [
    ["-lcrypto", "libcrypto.so"],
    ["-lssl", "libssl.so"],
    ["-lpthread", "libpthread.a"],
  ]
    .filter(([, file]) => existsSync(`${libDir}/${file}`))
    .map(([flag]) => flag)
    .join(" ");

const JVM_FLAGS =
  "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss8m -Xmx512m -XX:ReservedCodeCacheSize=64m " +
  "-XX:MaxMetaspaceSize=256m -XX:CompressedClassSpaceSize=64m -XX:-UsePerfData";
const JAVAC_FLAGS = JVM_FLAGS.split(" ")
  .map((f) => `-J${f}`)
  .join(" ");
const JAVA_CP = ".";
const JUNIT_JAR = "/usr/share/java/junit-platform-console-standalone.jar";

/** Go in GOPATH mode over Debian's packaged sources (testify and friends), with a per-run build cache. */
const GO_ENV = {
  GO111MODULE: "off",
  GOPATH: "/usr/share/gocode",
  GOCACHE: "/tmp/go-cache",
  GOFLAGS: "-buildvcs=false",
  GOTELEMETRY: "off",
};
const GO_SEED_UNPACK = `mkdir -p /tmp/go-cache && if [ -f ${SEED_FILE} ]; then tar -xf ${SEED_FILE} -C /tmp/go-cache; fi`;
/**
 * Go binaries without the symbol table and DWARF (5.2 -> 3.6 MB a testify test binary, and less for the linker
 * to write): panics, runtime.Caller and testify's "Error Trace" read the pclntab, which stays.
 */
const GO_STRIP = `-ldflags="-s -w"`;
const GO_SEED = {
  source: "main_test.go",
  code:
    'package main\n\nimport (\n\t"fmt"\n\t"testing"\n\t"github.com/stretchr/testify/assert"\n)\n\n' +
    'func TestSeed(t *testing.T) {\n\tassert.Equal(t, "1", fmt.Sprint(1))\n}\n',
  build: `mkdir -p /tmp/go-cache && go test -c -o /tmp/seed.test main_test.go && tar -C /tmp/go-cache -cf ${ARTEFACT} .`,
};

/**
 * Rust binaries carry the standard library's debug info (7-19 MB a test binary; 1 MB without), which every run
 * would copy into its work dir: dropped at link time. Panic messages keep their file:line (those are strings in
 * the binary, not debug info); only RUST_BACKTRACE's line numbers go.
 */
const RUST_STRIP = "-C strip=debuginfo";
/** HumanEval-X's crates (rand, regex, md5), where Debian's sources for them are installed (see rust-crates.ts). */
const RUST_CRATES = rustCrates(ARTEFACT);
const RUST_TEST_COMPILE = `rustc --edition 2021 --test SRC -o ${ARTEFACT} ${RUST_STRIP}`;

/** TypeScript without type checking, as tsx runs it: Debian's typescript module transpiles to CommonJS. */
const TS_TRANSPILE =
  "const ts=require('/usr/share/nodejs/typescript');const fs=require('fs');" +
  "const src=fs.readFileSync(process.argv[1],'utf8');" +
  "const out=ts.transpileModule(src,{reportDiagnostics:true,fileName:process.argv[1],compilerOptions:{module:ts.ModuleKind.CommonJS,target:ts.ScriptTarget.ES2020,esModuleInterop:true}});" +
  "const bad=(out.diagnostics||[]).filter(d=>d.category===ts.DiagnosticCategory.Error);" +
  "if(bad.length){for(const d of bad){const p=d.file&&d.start!==undefined?d.file.getLineAndCharacterOfPosition(d.start):null;" +
  "process.stderr.write(process.argv[1]+(p?'('+(p.line+1)+','+(p.character+1)+')':'')+': error TS'+d.code+': '+ts.flattenDiagnosticMessageText(d.messageText,'\\n')+'\\n')}process.exit(1)}" +
  "fs.writeFileSync(process.argv[2],out.outputText)";

const javaPublicClass = (code: string): string =>
  /public\s+(?:final\s+|abstract\s+)*class\s+(\w+)/.exec(code)?.[1] ?? "Main";

export const TOOLCHAINS: Record<string, Toolchain> = {
  cpp: {
    source: "main.cpp",
    needs: ["/usr/bin/g++"],
    debian: "g++",
    compile: `g++ -std=c++17 SRC -o ${ARTEFACT} ${cppLinkFlags()}`,
    run: `./${ARTEFACT}`,
  },
  // Not in SandboxFusion's request schema (it compiles C with its cpp runner, which also works here): plain gcc.
  c: {
    source: "main.c",
    needs: ["/usr/bin/gcc"],
    debian: "gcc",
    compile: `gcc SRC -o ${ARTEFACT} ${cppLinkFlags()} -lm`,
    run: `./${ARTEFACT}`,
  },
  go: {
    source: "main.go",
    needs: ["/usr/bin/go"],
    debian: "golang-go",
    compile: `${GO_SEED_UNPACK} && go build ${GO_STRIP} -o ${ARTEFACT} SRC`,
    seed: GO_SEED,
    run: `./${ARTEFACT}`,
    env: GO_ENV,
    compileMemoryMb: 4096,
    processes: 256,
  },
  go_test: {
    source: "main_test.go",
    needs: ["/usr/bin/go", "/usr/share/gocode/src/github.com/stretchr/testify/assert"],
    debian: "golang-go golang-github-stretchr-testify-dev",
    compile: `${GO_SEED_UNPACK} && go test -c ${GO_STRIP} -o ${ARTEFACT} SRC`,
    seed: GO_SEED,
    run: `./${ARTEFACT} -test.v=false`,
    env: GO_ENV,
    compileIsPartOfRun: true,
    compileMemoryMb: 4096,
    processes: 256,
  },
  java: {
    source: "Main.java",
    needs: ["/usr/bin/javac", "/usr/bin/java"],
    debian: "openjdk-17-jdk-headless",
    compile: `mkdir .classes && javac ${JAVAC_FLAGS} -encoding UTF-8 -cp ${JAVA_CP} -d .classes SRC && tar -C .classes -cf ${ARTEFACT} .`,
    run: `tar -xf ${ARTEFACT} && java ${JVM_FLAGS} -cp ${JAVA_CP} -ea Main`,
    compileMemoryMb: 4096,
    runMemoryMb: 4096,
    processes: 256,
  },
  junit: {
    source: (code) => `${javaPublicClass(code)}.java`,
    needs: ["/usr/bin/javac", "/usr/bin/java", JUNIT_JAR],
    debian: "openjdk-17-jdk-headless junit5",
    compile: `mkdir .classes && javac ${JAVAC_FLAGS} -encoding UTF-8 -cp .:${JUNIT_JAR} -d .classes *.java && tar -C .classes -cf ${ARTEFACT} .`,
    run: `tar -xf ${ARTEFACT} && java ${JVM_FLAGS} -jar ${JUNIT_JAR} --disable-banner --disable-ansi-colors --details=tree --class-path . --scan-class-path`,
    compileMemoryMb: 4096,
    runMemoryMb: 4096,
    processes: 256,
  },
  rust: {
    source: "main.rs",
    needs: ["/usr/bin/rustc"],
    debian: "rustc",
    compile: `rustc SRC -o ${ARTEFACT} ${RUST_STRIP}`,
    run: `./${ARTEFACT}`,
    compileMemoryMb: 4096,
  },
  // Ours: Rust unit tests (#[cfg(test)] modules, as HumanEval-X's Rust problems have) built as a test binary.
  rust_test: {
    source: "main.rs",
    needs: ["/usr/bin/rustc"],
    debian: "rustc",
    compile: RUST_TEST_COMPILE,
    run: `./${ARTEFACT} --test-threads=1 -q`,
    compileMemoryMb: 4096,
    libraries: {
      used: cratesUsedBy,
      missing: RUST_CRATES.missing,
      ...(RUST_CRATES.build
        ? {
            seed: {
              source: "build-crates.sh",
              code: RUST_CRATES.build,
              build: "/bin/sh build-crates.sh",
              stamps: RUST_CRATES.stamps,
            },
            compile: `mkdir -p ${RUST_CRATES_DIR} && tar -xf ${SEED_FILE} -C ${RUST_CRATES_DIR} && ${RUST_TEST_COMPILE} ${RUST_CRATES.flags}`,
          }
        : {}),
    },
    note: "not a SandboxFusion language: rustc --test, for HumanEval-X's Rust tests, with its crates rand, regex and md5 (as CodeGeeX's cargo project has them)",
  },
  csharp: {
    source: "Program.cs",
    needs: ["/usr/bin/mcs", "/usr/bin/mono"],
    debian: "mono-mcs mono-runtime",
    compile: `mcs -nologo -out:program.exe SRC && mv program.exe ${ARTEFACT}`,
    run: `mono ${ARTEFACT}`,
    compileIsPartOfRun: true,
    compileMemoryMb: 4096,
    runMemoryMb: 4096,
    note: "Mono's mcs and runtime instead of dotnet (not packaged in Debian); build errors come back as the run's result, as with dotnet run",
  },
  php: {
    source: "main.php",
    needs: ["/usr/bin/php"],
    debian: "php-cli",
    prepare: (code) => (code.includes("<?php") ? code : `<?php\n${code}`),
    run: "php -f SRC",
  },
  bash: { source: "main.sh", needs: ["/bin/bash"], debian: "bash", run: "/bin/bash SRC" },
  typescript: {
    source: "main.ts",
    needs: ["/usr/bin/node", "/usr/share/nodejs/typescript"],
    debian: "nodejs node-typescript",
    compile: `node -e "${TS_TRANSPILE}" SRC ${ARTEFACT}`,
    run: `node ${ARTEFACT}`,
    compileIsPartOfRun: true,
    note: "transpiled without type checking (as tsx runs it); no npm packages",
  },
  lua: { source: "main.lua", needs: ["/usr/bin/lua5.4"], debian: "lua5.4", run: "lua5.4 SRC" },
  ruby: { source: "main.rb", needs: ["/usr/bin/ruby"], debian: "ruby", run: "ruby SRC" },
  perl: { source: "main.pl", needs: ["/usr/bin/perl"], debian: "perl", run: "perl SRC" },
  R: { source: "main.R", needs: ["/usr/bin/Rscript"], debian: "r-base-core", run: "Rscript SRC" },
  racket: { source: "main.rkt", needs: ["/usr/bin/racket"], debian: "racket", run: "racket SRC" },
  D_ut: {
    source: "main.d",
    needs: ["/usr/bin/gdc"],
    debian: "gdc",
    compile: `gdc SRC -funittest -o ${ARTEFACT}`,
    run: `./${ARTEFACT}`,
    compileMemoryMb: 4096,
    note: "GCC's gdc instead of dmd (not packaged in Debian): -funittest as dmd's -unittest",
  },
  scala: {
    source: "main.scala",
    needs: ["/usr/bin/scalac", "/usr/bin/scala"],
    debian: "scala",
    compile: `mkdir .classes && scalac ${JAVAC_FLAGS} -d .classes SRC && tar -C .classes -cf ${ARTEFACT} .`,
    run: `tar -xf ${ARTEFACT} && scala ${JAVAC_FLAGS} -cp . OBJECT`,
    compileMemoryMb: 4096,
    runMemoryMb: 4096,
    processes: 256,
  },
  kotlin_script: {
    source: "main.kts",
    needs: ["/usr/bin/kotlinc"],
    debian: "kotlin",
    run: "kotlinc -script SRC",
    // kotlinc reads JVM options from JAVA_OPTS: a bounded heap under the address-space limit, one GC thread.
    env: { JAVA_OPTS: "-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m" },
    note: "Kotlin 1.3's kotlinc -script: about 4-6 s of CPU per script (it compiles, then runs)",
    runMemoryMb: 4096,
    processes: 256,
  },
  verilog: {
    source: "main.sv",
    needs: ["/usr/bin/iverilog", "/usr/bin/vvp"],
    debian: "iverilog",
    compile: `iverilog -Wall -Winfloop -Wno-timescale -g2012 -s tb -o ${ARTEFACT} SRC`,
    run: `vvp -n ${ARTEFACT}`,
  },
  swift: {
    source: "main.swift",
    needs: ["/usr/bin/swiftc"],
    debian: "(not packaged in Debian 12)",
    compile: `swiftc SRC -o ${ARTEFACT}`,
    run: `./${ARTEFACT}`,
  },
  julia: {
    source: "main.jl",
    needs: ["/usr/bin/julia"],
    debian: "(not packaged in Debian 12)",
    run: "julia SRC",
  },
  lean: {
    source: "Main.lean",
    needs: ["/usr/bin/lake"],
    debian: "(not packaged in Debian 12)",
    run: "lake build",
  },
  jest: {
    source: "main.test.ts",
    needs: ["/usr/bin/jest"],
    debian: "(jest with babel-jest is not packaged in Debian 12)",
    run: "jest SRC",
  },
};

/** Languages SandboxFusion accepts that never run here, and why (same SandboxError as SandboxFusion's). */
export const NEVER: Record<string, string> = {
  sql: "SandboxFusion accepts sql in its request schema but has no runner for it",
  cuda: "a GPU runner (CMake project on a CUDA device)",
  python_gpu: "a GPU runner",
  pyspark: "needs a Spark installation",
};

/** Why a language cannot run on this machine, or undefined when its toolchain is installed. */
export function unavailable(language: string): string | undefined {
  if (language in NEVER) return NEVER[language];
  const chain = TOOLCHAINS[language];
  if (!chain) return `no runner for language ${language}`;
  const missing = chain.needs.filter((path) => !existsSync(path));
  if (missing.length === 0) return undefined;
  return `toolchain not installed (missing ${missing.join(", ")}; Debian: ${chain.debian})`;
}

export function sourceName(chain: Toolchain, code: string): string {
  return typeof chain.source === "string" ? chain.source : chain.source(code);
}

/** Fills SRC (and OBJECT, scala's object name) into a command line. */
export function commandLine(line: string, source: string, code: string): string {
  const object = /object\s+(\w+)/.exec(code)?.[1] ?? "Main";
  return line.replaceAll("SRC", shellQuote(source)).replaceAll("OBJECT", object);
}

function shellQuote(s: string): string {
  return /^[\w./-]+$/.test(s) ? s : `'${s.replaceAll("'", "'\\''")}'`;
}
