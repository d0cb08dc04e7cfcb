import type { SyntaxNode, SyntaxTree } from "../parse/index.js";
import type { Language } from "../types.js";
import { sourceMatches } from "../parse/nodes.js";

/** Same order as the Python/JS engines: a sink flags by the highest level reaching it. */
export enum Level {
  CONST = 0,
  UNKNOWN = 1,
  PARAM = 2,
  SOURCE = 3,
}

/** The languages analysed with this context (brace languages with C-like expressions). */
export const CLIKE_LANGUAGES = ["c", "cpp", "csharp", "java", "php", "go", "rust"] as const;
export type ClikeLanguage = (typeof CLIKE_LANGUAGES)[number];
export const isClike = (l: Language): l is ClikeLanguage =>
  (CLIKE_LANGUAGES as readonly string[]).includes(l);

interface Syntax {
  calls: readonly string[];
  strings: readonly string[];
  constants: readonly string[];
  params: readonly string[];
  /** Text that means attacker-controlled input in this language (requests, argv, environment, stdin). */
  sources: RegExp;
}

const C_SOURCES = /\b(argv|getenv|secure_getenv|fgets|gets|scanf|fscanf|recv|recvfrom|read|getline|cin)\b/;

const SYNTAX: Record<ClikeLanguage, Syntax> = {
  c: {
    calls: ["call_expression"],
    strings: ["string_literal", "concatenated_string", "char_literal"],
    constants: ["number_literal", "true", "false", "null", "sizeof_expression"],
    params: ["parameter_declaration"],
    sources: C_SOURCES,
  },
  cpp: {
    calls: ["call_expression", "new_expression"],
    strings: ["string_literal", "concatenated_string", "char_literal", "raw_string_literal"],
    constants: ["number_literal", "true", "false", "null", "nullptr", "sizeof_expression"],
    params: ["parameter_declaration", "optional_parameter_declaration"],
    sources: C_SOURCES,
  },
  csharp: {
    calls: ["invocation_expression", "object_creation_expression"],
    strings: ["string_literal", "verbatim_string_literal", "raw_string_literal", "character_literal"],
    constants: ["integer_literal", "real_literal", "boolean_literal", "null_literal"],
    params: ["parameter"],
    sources:
      /\b(Request\s*\.\s*(QueryString|Query|Form|Params|Cookies|Headers|Body|RouteValues)|Request\s*\[|Console\s*\.\s*ReadLine|Environment\s*\.\s*(GetEnvironmentVariable|GetCommandLineArgs)|args\s*\[)/,
  },
  java: {
    calls: ["method_invocation", "object_creation_expression"],
    strings: ["string_literal", "character_literal", "text_block"],
    constants: [
      "decimal_integer_literal",
      "hex_integer_literal",
      "decimal_floating_point_literal",
      "true",
      "false",
      "null_literal",
    ],
    params: ["formal_parameter", "spread_parameter"],
    sources:
      /\b(getParameter(Values|Map)?|getHeader|getQueryString|getCookies|getInputStream|getReader|getPathInfo|getRequestURI|System\s*\.\s*getenv|readLine|nextLine|args\s*\[)\b|@(RequestParam|PathVariable|RequestBody|RequestHeader)\b/,
  },
  php: {
    calls: [
      "function_call_expression",
      "member_call_expression",
      "scoped_call_expression",
      "nullsafe_member_call_expression",
      "object_creation_expression",
    ],
    strings: ["string", "encapsed_string", "heredoc", "nowdoc"],
    constants: ["integer", "float", "boolean", "null"],
    params: ["simple_parameter", "variadic_parameter", "property_promotion_parameter"],
    sources:
      /\$_(GET|POST|REQUEST|COOKIE|FILES|SERVER|ENV)\b|\bgetenv\s*\(|\bfile_get_contents\s*\(\s*['"]php:\/\/input/,
  },
  go: {
    calls: ["call_expression"],
    strings: ["interpreted_string_literal", "raw_string_literal", "rune_literal"],
    constants: ["int_literal", "float_literal", "true", "false", "nil", "iota"],
    params: ["parameter_declaration", "variadic_parameter_declaration"],
    sources:
      /\b(r\s*\.\s*(URL|Form|PostForm|Body|Header|FormValue|PostFormValue|Cookie)|\.\s*(FormValue|PostFormValue|Query\s*\(\s*\)\s*\.\s*Get)|os\s*\.\s*(Args|Getenv)|c\s*\.\s*(Query|Param|PostForm))\b/,
  },
  rust: {
    calls: ["call_expression", "macro_invocation"],
    strings: ["string_literal", "raw_string_literal", "char_literal"],
    constants: ["integer_literal", "float_literal", "boolean_literal"],
    params: ["parameter", "closure_parameters"],
    sources: /\b(env\s*::\s*(args|var|var_os|args_os)|stdin\s*\(\s*\)|read_line)\b/,
  },
};

/** C string writers: destination first, copied data from this argument index on. */
const WRITERS: Record<string, number> = {
  strcpy: 1,
  strcat: 1,
  strncpy: 1,
  strncat: 1,
  strlcpy: 1,
  strlcat: 1,
  sprintf: 1,
  snprintf: 2,
  vsprintf: 1,
  vsnprintf: 2,
  memcpy: 1,
  memmove: 1,
};

const IDENT = new Set(["identifier", "variable_name", "field_identifier", "name"]);
/** Fields naming what a declaration or assignment binds, and what it binds it to. */
const TARGET_FIELDS = new Set(["left", "declarator", "name", "pattern"]);
const VALUE_FIELDS = new Set(["right", "value"]);
const PARTIAL_TARGETS =
  /^(field_expression|member_access_expression|field_access|subscript_expression|element_access_expression|array_access|index_expression|pointer_expression|selector_expression|member_expression|subscript_expression)$/;
const BINDING_TYPES = new Set([
  "init_declarator",
  "assignment_expression",
  "variable_declarator",
  "let_declaration",
  "short_var_declaration",
  "assignment_statement",
  "var_spec",
  "const_spec",
  "augmented_assignment_expression",
  "compound_assignment_expr",
]);

/**
 * Data flow for the brace languages, intentionally simple because the inputs are fragments: every binding in the
 * snippet (declarations with initialisers, assignments) is collected flow-insensitively, and a value's level is the
 * highest level among what reaches it. Literals are CONST, the language's request/argv/env reads are SOURCE,
 * function parameters are PARAM, anything else (an unknown call, a field of an unknown object) is UNKNOWN.
 */
export class ClikeContext {
  readonly tree: SyntaxTree;
  readonly language: ClikeLanguage;
  readonly syntax: Syntax;
  private readonly calls: Set<string>;
  private readonly strings: Set<string>;
  private readonly constants: Set<string>;
  private bindings?: Map<string, SyntaxNode[]>;
  private paramNames?: Set<string>;
  private readonly levels = new Map<string, Level>();
  /** Values bound by partial updates (a field, an element, a compound assignment), not by a whole assignment. */
  private readonly partial = new Set<SyntaxNode>();
  /** Names multiplied or shifted in place (`n *= 2`). */
  private readonly growing = new Set<string>();

  constructor(tree: SyntaxTree) {
    this.tree = tree;
    this.language = tree.language as ClikeLanguage;
    this.syntax = SYNTAX[this.language];
    this.calls = new Set(this.syntax.calls);
    this.strings = new Set(this.syntax.strings);
    this.constants = new Set(this.syntax.constants);
  }

  text(node: SyntaxNode): string {
    return this.tree.source.slice(node.start, node.end);
  }

  isCall(node: SyntaxNode): boolean {
    return this.calls.has(node.type);
  }

  isString(node: SyntaxNode): boolean {
    return this.strings.has(node.type);
  }

  /** The argument list node of a call, whatever the grammar calls it. */
  argList(call: SyntaxNode): SyntaxNode | undefined {
    return call.children.find(
      (c) =>
        c.field === "arguments" ||
        c.type === "argument_list" ||
        c.type === "arguments" ||
        (call.type === "macro_invocation" && c.type === "token_tree"),
    );
  }

  /**
   * The called name with whitespace removed and `::`, `->`, `?->` written as `.`; generic arguments dropped.
   * `Runtime.getRuntime().exec`, `std.mt19937`, `new URL`, `Command.new`, `format!`.
   */
  callee(call: SyntaxNode): string {
    const list = this.argList(call);
    let raw = this.tree.source.slice(call.start, list ? list.start : call.end);
    if (call.type === "macro_invocation") raw = raw.replace(/!\s*$/, "") + "!";
    const isNew = /^\s*new\b/.test(raw) && call.type !== "call_expression";
    raw = raw.replace(/^\s*new\b/, "");
    for (let i = 0; i < 3; i++) raw = raw.replace(/<[^<>()]*>/g, "");
    const name = raw
      .replace(/\s+/g, "")
      .replace(/::|->|\?->|\?\./g, ".")
      .replace(/^\.+/, "");
    return isNew ? `new ${name}` : name;
  }

  /** The last segment of the callee: `exec` for `Runtime.getRuntime().exec`. */
  method(call: SyntaxNode): string {
    const q = this.callee(call);
    const m = /([\w$]+!?)$/.exec(q);
    return m ? m[1]! : q;
  }

  /** Argument expressions (C# and PHP `argument` wrappers unwrapped; Rust macro tokens split at commas). */
  args(call: SyntaxNode): SyntaxNode[] {
    const list = this.argList(call);
    if (!list) return [];
    const named = list.children.filter((c) => c.named && c.type !== "comment");
    return named.map((a) =>
      a.type === "argument" ? (a.children.filter((c) => c.named && c.type !== "name").at(-1) ?? a) : a,
    );
  }

  /** Names bound by each parameter declaration in the snippet. */
  params(): Set<string> {
    if (this.paramNames) return this.paramNames;
    const out = new Set<string>();
    const types = new Set(this.syntax.params);
    for (const n of this.tree.nodes) {
      if (!types.has(n.type)) continue;
      // Go lists several names in one declaration (`dir, name string`).
      const targets = n.children.filter(
        (c) => c.field === "declarator" || c.field === "name" || c.field === "pattern",
      );
      if (targets.length === 0) {
        const first = n.children.find((c) => IDENT.has(c.type));
        if (first) targets.push(first);
      }
      for (const t of targets) for (const id of this.identifiersIn(t)) out.add(id);
    }
    this.paramNames = out;
    return out;
  }

  private identifiersIn(node: SyntaxNode): string[] {
    if (IDENT.has(node.type)) return [this.text(node)];
    const out: string[] = [];
    const stack = [node];
    while (stack.length) {
      const n = stack.pop()!;
      if (IDENT.has(n.type) && n.parent?.type !== "variable_name") out.push(this.text(n));
      else
        for (const c of n.children)
          if (c.field !== "type" && c.field !== "size" && c.field !== "parameters") stack.push(c);
    }
    return out;
  }

  /** Every value bound to each name in the snippet. */
  private allBindings(): Map<string, SyntaxNode[]> {
    if (this.bindings) return this.bindings;
    const map = new Map<string, SyntaxNode[]>();
    const add = (name: string, value: SyntaxNode) => {
      const list = map.get(name);
      if (list) list.push(value);
      else map.set(name, [value]);
    };
    for (const n of this.tree.nodes) {
      if (!BINDING_TYPES.has(n.type)) continue;
      const target = n.children.find((c) => TARGET_FIELDS.has(c.field ?? ""));
      let value = n.children.find((c) => VALUE_FIELDS.has(c.field ?? ""));
      // C#: `var x = expr` keeps the initialiser as an unnamed-field child after the name.
      if (!value && n.type === "variable_declarator") value = n.children.filter((c) => c.named).at(-1);
      if (!target || !value || value === target) continue;
      const names = target.type === "expression_list" ? target.children.filter((c) => c.named) : [target];
      const values = value.type === "expression_list" ? value.children.filter((c) => c.named) : [value];
      names.forEach((t, i) => {
        const v = values[Math.min(i, values.length - 1)]!;
        const key = this.bindingName(t);
        if (key) add(key, v);
        // `obj.field = v`, `buf[i] = v`, `*p = v` change part of a value bound elsewhere: they do not make it
        // constant. `n *= 2` / `n <<= 1` grow it at run time (a doubling buffer size): not constant either.
        if (key && PARTIAL_TARGETS.test(t.type)) this.partial.add(v);
        if (key && /^\s*(\*|<<)=/.test(this.tree.source.slice(t.end, v.start))) this.growing.add(key);
      });
    }
    if (this.language === "c" || this.language === "cpp") {
      // Buffers filled by the string functions carry what was written into them.
      for (const n of this.tree.nodes) {
        if (n.type !== "call_expression") continue;
        const name = this.method(n);
        const at = WRITERS[name];
        if (at === undefined) continue;
        const args = this.args(n);
        const dst = args[0];
        const key = dst && this.bindingName(dst);
        if (key) for (const a of args.slice(at)) add(key, a);
      }
    }
    this.bindings = map;
    return map;
  }

  /** `x`, `$x`, `this.x`, `*p`, `buf[i]` (an element write taints the whole buffer) -> the bound name. */
  private bindingName(t: SyntaxNode): string | undefined {
    if (IDENT.has(t.type)) return this.text(t);
    if (
      /^(pointer_declarator|pointer_expression|subscript_expression|element_access_expression|array_access|subscript_declarator|array_declarator|reference_declarator|mut_pattern|tuple_pattern|field_expression|member_access_expression|field_access|member_access_expression|index_expression)$/.test(
        t.type,
      )
    ) {
      const ids = this.identifiersIn(t);
      return ids.at(-1);
    }
    return undefined;
  }

  /** Initialisers and assignments of a name in the snippet. */
  valuesOf(name: string): SyntaxNode[] {
    return this.allBindings().get(name) ?? [];
  }

  isConstant(node: SyntaxNode): boolean {
    return this.level(node) === Level.CONST;
  }

  /** The highest taint level reaching an expression. */
  level(node: SyntaxNode, depth = 0): Level {
    if (depth > 12) return Level.UNKNOWN;
    if (this.strings.has(node.type)) {
      // Interpolated strings (PHP "$x", C# $"{x}", Rust format args) are as tainted as what they embed.
      const inner = node.children.filter(
        (c) => c.named && /interpolation|variable_name|expression/.test(c.type),
      );
      return inner.reduce((m, c) => Math.max(m, this.level(c, depth + 1)), Level.CONST as Level);
    }
    if (this.constants.has(node.type)) return Level.CONST;
    const text = this.text(node);
    if (this.syntax.sources.test(text)) return Level.SOURCE;
    if (IDENT.has(node.type)) return this.nameLevel(text, depth);
    if (node.type === "interpolated_string_expression" || node.type === "interpolation") {
      return node.children
        .filter((c) => c.named)
        .reduce((m, c) => Math.max(m, this.level(c, depth + 1)), Level.CONST as Level);
    }
    if (this.calls.has(node.type)) {
      // An unknown call's result is UNKNOWN at least; what flows into it raises it.
      if (node.type === "macro_invocation" && /^(format|concat|stringify)!?$/.test(this.method(node))) {
        const tt = node.children.find((c) => c.type === "token_tree");
        return tt ? this.maxChildren(tt, depth) : Level.CONST;
      }
      let m: Level = Level.UNKNOWN;
      for (const a of this.args(node)) m = Math.max(m, this.level(a, depth + 1));
      const fn = node.children.find((c) => c.field === "function" || c.field === "object");
      if (fn && !IDENT.has(fn.type)) m = Math.max(m, this.level(fn, depth + 1));
      return m;
    }
    if (node.children.length === 0) return Level.UNKNOWN;
    return this.maxChildren(node, depth);
  }

  private maxChildren(node: SyntaxNode, depth: number): Level {
    let m: Level = Level.CONST;
    let any = false;
    for (const c of node.children) {
      if (!c.named || c.type === "comment" || c.field === "type" || c.field === "field" || c.field === "name")
        continue;
      any = true;
      m = Math.max(m, this.level(c, depth + 1));
      if (m === Level.SOURCE) break;
    }
    return any ? m : Level.CONST;
  }

  private nameLevel(name: string, depth: number): Level {
    const hit = this.levels.get(name);
    if (hit !== undefined) return hit;
    // Cycle guard: while a name is being resolved, a self-reference adds nothing.
    this.levels.set(name, Level.CONST);
    const values = this.valuesOf(name);
    let level: Level;
    if (this.params().has(name)) level = Level.PARAM;
    else if (values.length === 0)
      level = /^[A-Z][A-Z0-9_]*$/.test(name.replace(/^\$/, "")) ? Level.CONST : Level.UNKNOWN;
    else {
      // Only self-updates (`cmd = cmd + "x"`) and partial updates in view: the first value was bound outside the fragment.
      const self = new RegExp(`(^|[^\\w$])${name.replace(/[$]/g, "\\$")}(?![\\w$])`);
      level = values.every((v) => self.test(this.text(v)) || this.partial.has(v))
        ? Level.UNKNOWN
        : Level.CONST;
    }
    for (const v of values) level = Math.max(level, this.level(v, depth + 1));
    if (this.growing.has(name)) level = Math.max(level, Level.UNKNOWN);
    this.levels.set(name, level);
    return level;
  }

  private arrays?: { name: string; size: number | undefined; scope: SyntaxNode | undefined }[];

  /**
   * Local fixed-size arrays (`char buf[64]`) declared in the snippet, with their declared size when literal. With
   * `at`, only those declared in the function that contains `at` (another function's local is not this buffer).
   */
  stackArrays(at?: SyntaxNode): Map<string, number | undefined> {
    if (!this.arrays) {
      this.arrays = [];
      for (const n of this.tree.nodes) {
        if (n.type !== "array_declarator") continue;
        // Parameters like `char buf[]` decay to pointers; globals and struct fields are not on the stack.
        let p = n.parent;
        while (
          p &&
          p.type !== "parameter_declaration" &&
          p.type !== "field_declaration" &&
          p.type !== "declaration"
        )
          p = p.parent;
        if (!p || p.type !== "declaration") continue;
        if (/\bstatic\b/.test(this.text(p).slice(0, 40))) continue;
        const id = n.children.find((c) => c.field === "declarator");
        const size = n.children.find((c) => c.field === "size");
        if (!id || id.type !== "identifier") continue;
        const lit = size && /^\d+$/.test(this.text(size)) ? Number(this.text(size)) : undefined;
        this.arrays.push({ name: this.text(id), size: lit, scope: this.enclosingFunction(n) });
      }
    }
    const scope = at ? this.enclosingFunction(at) : undefined;
    const out = new Map<string, number | undefined>();
    for (const a of this.arrays) if (!at || a.scope === scope) out.set(a.name, a.size);
    return out;
  }

  /** True when the snippet compares `name` against something (a bounds check) anywhere. */
  comparedSomewhere(name: string): boolean {
    const esc = name.replace(/[$.*+?^()[\]{}|\\]/g, "\\$&");
    return sourceMatches(
      this.tree,
      `(^|[^\\w$])${esc}\\s*(<|>|<=|>=)[^<>]|[^<>](<|>|<=|>=)\\s*${esc}(?![\\w$])`,
    );
  }

  /** Name of the enclosing function (or method), for entry-point heuristics. */
  enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
    for (let p = node.parent; p; p = p.parent)
      if (
        /function_definition|function_item|method_declaration|function_declaration|constructor_declaration|lambda|closure/.test(
          p.type,
        )
      )
        return p;
    return undefined;
  }
}
