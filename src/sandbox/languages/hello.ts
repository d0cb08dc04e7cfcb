/**
 * One small program per language: reads a number from stdin and prints "hello <n+1>". `sandbox check` runs each
 * available language's through the sandbox, so "available" means it really compiles and runs here.
 */
export const HELLO: Record<string, string> = {
  python: "n = int(input())\nprint('hello', n + 1)\n",
  nodejs: "const n = parseInt(require('fs').readFileSync(0, 'utf8'), 10);\nconsole.log(`hello ${n + 1}`);\n",
  cpp: '#include <iostream>\nint main() { int n; std::cin >> n; std::cout << "hello " << n + 1 << std::endl; }\n',
  c: '#include <stdio.h>\nint main(void) { int n; if (scanf("%d", &n) != 1) return 1; printf("hello %d\\n", n + 1); return 0; }\n',
  go: 'package main\n\nimport "fmt"\n\nfunc main() {\n\tvar n int\n\tfmt.Scan(&n)\n\tfmt.Printf("hello %d\\n", n+1)\n}\n',
  go_test:
    'package main\n\nimport (\n\t"testing"\n\t"github.com/stretchr/testify/assert"\n)\n\nfunc TestHello(t *testing.T) {\n\tassert.Equal(t, 8, 7+1)\n}\n',
  java: 'import java.util.Scanner;\npublic class Main {\n  public static void main(String[] a) {\n    int n = new Scanner(System.in).nextInt();\n    System.out.println("hello " + (n + 1));\n  }\n}\n',
  junit:
    "import org.junit.jupiter.api.Test;\nimport static org.junit.jupiter.api.Assertions.assertEquals;\npublic class HelloTest {\n  @Test void adds() { assertEquals(8, 7 + 1); }\n}\n",
  rust: 'use std::io::Read;\nfn main() { let mut s = String::new(); std::io::stdin().read_to_string(&mut s).unwrap(); let n: i64 = s.trim().parse().unwrap(); println!("hello {}", n + 1); }\n',
  rust_test:
    "#[cfg(test)]\nmod tests {\n    #[test]\n    fn adds() {\n        assert_eq!(7 + 1, 8);\n    }\n}\n",
  csharp:
    'using System;\nclass Program { static void Main() { int n = int.Parse(Console.ReadLine().Trim()); Console.WriteLine("hello " + (n + 1)); } }\n',
  php: '$n = intval(trim(fgets(STDIN)));\necho "hello " . ($n + 1) . "\\n";\n',
  bash: 'read n\necho "hello $((n + 1))"\n',
  typescript:
    'const input: string = require("fs").readFileSync(0, "utf8");\nconst n: number = parseInt(input.trim(), 10);\nconsole.log(`hello ${n + 1}`);\n',
  lua: 'local n = io.read("n")\nprint("hello " .. math.floor(n + 1))\n',
  ruby: 'n = STDIN.read.to_i\nputs "hello #{n + 1}"\n',
  perl: 'my $n = <STDIN>;\nchomp $n;\nprint "hello ", $n + 1, "\\n";\n',
  R: 'n <- as.integer(readLines(file("stdin"), n = 1))\ncat("hello", n + 1, "\\n")\n',
  racket: '#lang racket\n(printf "hello ~a\\n" (+ 1 (read)))\n',
  D_ut: 'import std.stdio;\nunittest { assert(7 + 1 == 8); }\nvoid main() { int n; readf(" %d", &n); writeln("hello ", n + 1); }\n',
  scala:
    'object Main {\n  def main(args: Array[String]): Unit = {\n    val n = scala.io.StdIn.readLine().trim.toInt\n    println(s"hello ${n + 1}")\n  }\n}\n',
  kotlin_script: 'val n = readLine()!!.trim().toInt()\nprintln("hello ${n + 1}")\n',
  verilog: 'module tb;\n  initial begin\n    $display("hello %0d", 7 + 1);\n    $finish;\n  end\nendmodule\n',
  swift: 'let n = Int(readLine()!)!\nprint("hello \\(n + 1)")\n',
  julia: 'n = parse(Int, readline())\nprintln("hello ", n + 1)\n',
  lean: "theorem t : 1 + 1 = 2 := rfl\n",
  jest: 'test("adds", () => { expect(7 + 1).toBe(8); });\n',
};

/** What a language's hello program prints for stdin "7\n" (test-only languages print nothing in particular). */
export const HELLO_OUTPUT = "hello 8";
