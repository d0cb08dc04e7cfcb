import type { SyntaxNode } from "../index.js";
import { bail, Lexer, T } from "./lexer.js";
import { mk, NO_CHILDREN, withField } from "./tree.js";

/** Words that are never identifiers (tree-sitter's reserved list less its keyword_identifier aliases). */
const KEYWORDS = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

/** tree-sitter-python's precedences of the binary operators (not Python's: `^` binds tighter than `&`). */
function binaryPrec(op: string): number {
  switch (op) {
    case "|":
      return 14;
    case "&":
      return 15;
    case "^":
      return 16;
    case "<<":
    case ">>":
      return 17;
    case "+":
    case "-":
      return 18;
    case "*":
    case "@":
    case "/":
    case "%":
    case "//":
      return 19;
    case "**":
      return 21;
    default:
      return -1;
  }
}

function isCompareOp(op: string): boolean {
  switch (op) {
    case "<":
    case "<=":
    case "==":
    case "!=":
    case ">=":
    case ">":
      return true;
    default:
      return false;
  }
}

/** Pattern node kinds a starred target may wrap (list_splat_pattern's choice). */
function isPlainTarget(n: SyntaxNode): boolean {
  return n.type === "identifier" || n.type === "attribute" || n.type === "subscript";
}

/**
 * Recursive descent over tree-sitter-python's expression rules, building the copy's nodes directly. Each method
 * starts at the current token and leaves the lexer on the first token after what it parsed.
 */
export class ExpressionParser {
  readonly lx: Lexer;
  /** End of the last consumed token: a node's end is the end of its last token, punctuation included. */
  lastEnd = 0;
  private nesting = 0;

  constructor(src: string) {
    this.lx = new Lexer(src);
  }

  next(): void {
    this.lastEnd = this.lx.end;
    this.lx.advance();
  }

  isOp(s: string): boolean {
    return this.lx.kind === T.Op && this.lx.text === s;
  }

  isKw(s: string): boolean {
    return this.lx.kind === T.Name && this.lx.text === s;
  }

  expectOp(s: string): void {
    if (this.lx.kind !== T.Op || this.lx.text !== s) bail(`expected ${s}`);
    this.next();
  }

  expectKw(s: string): SyntaxNode {
    if (this.lx.kind !== T.Name || this.lx.text !== s) bail(`expected ${s}`);
    return this.anon(s);
  }

  /** The current token as an anonymous node (keyword or operator), consumed. */
  anon(type: string): SyntaxNode {
    const n = mk(type, false, this.lx.start, this.lx.end, NO_CHILDREN);
    this.next();
    return n;
  }

  identifier(): SyntaxNode {
    const lx = this.lx;
    if (lx.kind !== T.Name || KEYWORDS.has(lx.text)) bail("expected identifier");
    const n = mk("identifier", true, lx.start, lx.end, NO_CHILDREN);
    this.next();
    return n;
  }

  /** At a token that can end an optional expression list (end of statement). */
  atStatementEnd(): boolean {
    const lx = this.lx;
    return lx.kind === T.Newline || (lx.kind === T.Op && lx.text === ";") || lx.kind === T.EOF;
  }

  private enter(): void {
    if (++this.nesting > 400) bail("deep nesting");
  }

  // expression: lambda | conditional | named_expression | boolean/not/comparison | primary
  expression(noCond = false): SyntaxNode {
    if (this.isKw("lambda")) {
      if (noCond) bail("lambda in comprehension clause");
      return this.lambda();
    }
    const e = this.orTest();
    if (this.isOp(":=")) {
      if (e.type !== "identifier") bail("walrus target");
      const op = this.anon(":=");
      const value = withField(this.expression(), "value");
      return mk("named_expression", true, e.start, value.end, [withField(e, "name"), op, value]);
    }
    if (!noCond && this.isKw("if")) {
      const kIf = this.anon("if");
      const test = this.expression();
      const kElse = this.expectKw("else");
      const alt = this.expression();
      return mk("conditional_expression", true, e.start, alt.end, [e, kIf, test, kElse, alt]);
    }
    return e;
  }

  private lambda(): SyntaxNode {
    const start = this.lx.start;
    const kw = this.anon("lambda");
    let params: SyntaxNode | null = null;
    if (!this.isOp(":")) params = this.parameterList(true);
    this.expectOp(":");
    const body = withField(this.expression(), "body");
    return mk(
      "lambda",
      true,
      start,
      body.end,
      params ? [kw, withField(params, "parameters"), body] : [kw, body],
    );
  }

  /**
   * Parameters of a def (in parentheses, annotations allowed) or a lambda (up to ':'): the node
   * `parameters` / `lambda_parameters` spans them; for a def the caller adds the parentheses.
   */
  parameterList(isLambda: boolean): SyntaxNode {
    const items: SyntaxNode[] = [];
    const start = this.lx.start;
    const close = isLambda ? ":" : ")";
    while (!this.isOp(close)) {
      items.push(this.parameter(isLambda));
      if (this.isOp(",")) this.next();
      else break;
    }
    return mk(isLambda ? "lambda_parameters" : "parameters", true, start, this.lastEnd, items);
  }

  private parameter(isLambda: boolean): SyntaxNode {
    const lx = this.lx;
    const start = lx.start;
    if (this.isOp("*") || this.isOp("**")) {
      const star = this.anon(lx.text);
      if (star.type === "*" && (this.isOp(",") || this.isOp(isLambda ? ":" : ")"))) {
        return mk("keyword_separator", true, start, star.end, [star]);
      }
      const name = this.identifier();
      const pat = mk(
        star.type === "*" ? "list_splat_pattern" : "dictionary_splat_pattern",
        true,
        start,
        name.end,
        [star, name],
      );
      if (!isLambda && this.isOp(":")) {
        this.next();
        const type = withField(this.type(), "type");
        return mk("typed_parameter", true, start, type.end, [pat, type]);
      }
      if (this.isOp("=")) bail("default on star parameter");
      return pat;
    }
    if (this.isOp("/")) {
      const slash = this.anon("/");
      return mk("positional_separator", true, start, slash.end, [slash]);
    }
    const name = this.identifier();
    let type: SyntaxNode | null = null;
    if (!isLambda && this.isOp(":")) {
      this.next();
      type = withField(this.type(), "type");
    }
    if (this.isOp("=")) {
      const eq = this.anon("=");
      const value = withField(this.expression(), "value");
      if (type) {
        return mk("typed_default_parameter", true, start, value.end, [
          withField(name, "name"),
          type,
          eq,
          value,
        ]);
      }
      return mk("default_parameter", true, start, value.end, [withField(name, "name"), eq, value]);
    }
    if (type) return mk("typed_parameter", true, start, type.end, [name, type]);
    return name;
  }

  /**
   * A `type`: an expression, except where tree-sitter's type rules win: `Name[...]` is a generic_type whose
   * elements are types, and a `|` chain that starts with one is a union_type whose right side is the rest of the
   * chain read as a type again (`List[int] | None | str` is union(List[int], None | str)).
   */
  type(): SyntaxNode {
    const e = this.expression();
    return mk("type", true, e.start, e.end, [this.typeBody(e)]);
  }

  private isGeneric(e: SyntaxNode): boolean {
    return e.type === "subscript" && e.children[0]!.type === "identifier";
  }

  private typeBody(e: SyntaxNode): SyntaxNode {
    if (this.isGeneric(e)) {
      const kids = e.children;
      const name = kids[0]!;
      if (this.lx.src.charCodeAt(name.end) !== 91) bail("space before type parameters");
      const params: SyntaxNode[] = new Array<SyntaxNode>(kids.length - 1);
      for (let i = 1; i < kids.length; i++) {
        const k = kids[i]!;
        if (k.type === "slice") bail("slice in type parameters");
        k.field = null;
        params[i - 1] = mk("type", true, k.start, k.end, [this.typeBody(k)]);
      }
      name.field = null;
      const tp = mk("type_parameter", true, name.end, e.end, params);
      return mk("generic_type", true, e.start, e.end, [name, tp]);
    }
    if (e.type === "binary_operator" && e.children[1]!.type === "|") {
      const operands: SyntaxNode[] = [];
      const ops: SyntaxNode[] = [];
      let x = e;
      while (x.type === "binary_operator" && x.children[1]!.type === "|") {
        operands.push(x.children[2]!);
        ops.push(x.children[1]!);
        x = x.children[0]!;
      }
      operands.push(x);
      operands.reverse();
      ops.reverse();
      if (this.isGeneric(operands[0]!)) return this.union(operands, ops);
      if (leftmost(operands[0]!) !== operands[0] && this.isGeneric(leftmost(operands[0]!)))
        bail("generic in type");
      return e;
    }
    const l = leftmost(e);
    if (l !== e && this.isGeneric(l)) bail("generic in type expression");
    return e;
  }

  /**
   * A `|` chain starting with a generic as tree-sitter reads it in a type: the leading generics form a
   * left-associative union_type chain; the operands after them, if any, are one ordinary expression on its right
   * (`A[a] | B[b] | None | str` is union(union(A[a], B[b]), None | str)).
   */
  private union(operands: SyntaxNode[], ops: SyntaxNode[]): SyntaxNode {
    const asType = (n: SyntaxNode): SyntaxNode => {
      n.field = null;
      return mk("type", true, n.start, n.end, [this.typeBody(n)]);
    };
    let acc = asType(operands[0]!);
    let i = 1;
    for (; i < operands.length && this.isGeneric(operands[i]!); i++) {
      const r = asType(operands[i]!);
      const u = mk("union_type", true, acc.start, r.end, [acc, ops[i - 1]!, r]);
      if (i === operands.length - 1) return u;
      acc = mk("type", true, u.start, u.end, [u]);
    }
    let rest = operands[i]!;
    for (let j = i + 1; j < operands.length; j++) {
      const r = operands[j]!;
      rest = mk("binary_operator", true, rest.start, r.end, [
        withField(rest, "left"),
        ops[j - 1]!,
        withField(r, "right"),
      ]);
    }
    rest.field = null;
    if (this.isGeneric(leftmost(rest))) bail("generic in union");
    const right = mk("type", true, rest.start, rest.end, [rest]);
    return mk("union_type", true, acc.start, right.end, [acc, ops[i - 1]!, right]);
  }

  private orTest(): SyntaxNode {
    let left = this.andTest();
    while (this.isKw("or")) {
      const op = this.anon("or");
      const right = withField(this.andTest(), "right");
      left = mk("boolean_operator", true, left.start, right.end, [withField(left, "left"), op, right]);
    }
    return left;
  }

  private andTest(): SyntaxNode {
    let left = this.notTest();
    while (this.isKw("and")) {
      const op = this.anon("and");
      const right = withField(this.notTest(), "right");
      left = mk("boolean_operator", true, left.start, right.end, [withField(left, "left"), op, right]);
    }
    return left;
  }

  private notTest(): SyntaxNode {
    if (this.isKw("not")) {
      const start = this.lx.start;
      const op = this.anon("not");
      const arg = withField(this.notTest(), "argument");
      return mk("not_operator", true, start, arg.end, [op, arg]);
    }
    return this.comparison();
  }

  private comparison(): SyntaxNode {
    const first = this.binary(0);
    let items: SyntaxNode[] | null = null;
    for (;;) {
      const lx = this.lx;
      let op: SyntaxNode;
      if (lx.kind === T.Op && isCompareOp(lx.text)) op = this.anon(lx.text);
      else if (lx.kind === T.Name && lx.text === "in") op = this.anon("in");
      else if (lx.kind === T.Name && lx.text === "is") {
        const is = this.anon("is");
        if (this.isKw("not")) {
          const not = this.anon("not");
          op = mk("is not", false, is.start, not.end, [is, not]);
        } else op = is;
      } else if (lx.kind === T.Name && lx.text === "not") {
        const not = this.anon("not");
        if (!this.isKw("in")) bail("not without in");
        const kin = this.anon("in");
        op = mk("not in", false, not.start, kin.end, [not, kin]);
      } else break;
      items ??= [first];
      items.push(op, this.binary(0));
    }
    if (!items) return first;
    return mk("comparison_operator", true, first.start, items[items.length - 1]!.end, items);
  }

  /** Binary operators by tree-sitter's precedence climbing; operands are primary expressions. */
  private binary(minPrec: number): SyntaxNode {
    let left = this.unary();
    for (;;) {
      const lx = this.lx;
      if (lx.kind !== T.Op) return left;
      const p = binaryPrec(lx.text);
      if (p < minPrec || p < 0) return left;
      const op = this.anon(lx.text);
      const right = withField(this.binary(p === 21 ? 21 : p + 1), "right");
      left = mk("binary_operator", true, left.start, right.end, [withField(left, "left"), op, right]);
    }
  }

  private unary(): SyntaxNode {
    const lx = this.lx;
    if (lx.kind === T.Op && (lx.text === "-" || lx.text === "+" || lx.text === "~")) {
      const start = lx.start;
      const op = this.anon(lx.text);
      // The operand binds `**` (precedence 21 over the unary 20) and nothing looser.
      const arg = withField(this.binary(21), "argument");
      return mk("unary_operator", true, start, arg.end, [op, arg]);
    }
    if (lx.kind === T.Name && lx.text === "await") {
      const start = lx.start;
      const kw = this.anon("await");
      const arg = this.binary(21);
      return mk("await", true, start, arg.end, [kw, arg]);
    }
    return this.primary();
  }

  primary(): SyntaxNode {
    this.enter();
    let e = this.atom();
    for (;;) {
      const lx = this.lx;
      if (lx.kind !== T.Op) break;
      if (lx.text === ".") {
        this.next();
        const attr = withField(this.identifier(), "attribute");
        e = mk("attribute", true, e.start, attr.end, [withField(e, "object"), attr]);
      } else if (lx.text === "(") {
        const py2 =
          e.type === "identifier" &&
          (this.lx.src.startsWith("print", e.start) || this.lx.src.startsWith("exec", e.start));
        const args = withField(this.callArguments(py2 && e.end - e.start <= 5), "arguments");
        e = mk("call", true, e.start, args.end, [withField(e, "function"), args]);
      } else if (lx.text === "[") {
        e = this.subscript(e);
      } else break;
    }
    this.nesting--;
    return e;
  }

  private subscript(value: SyntaxNode): SyntaxNode {
    this.next(); // [
    const kids: SyntaxNode[] = [withField(value, "value")];
    for (;;) {
      kids.push(withField(this.sliceOrExpression(), "subscript"));
      if (!this.isOp(",")) break;
      this.next();
      if (this.isOp("]")) break;
    }
    this.expectOp("]");
    return mk("subscript", true, value.start, this.lastEnd, kids);
  }

  private sliceOrExpression(): SyntaxNode {
    const start = this.lx.start;
    let first: SyntaxNode | null = null;
    if (!this.isOp(":")) {
      first = this.expression();
      if (!this.isOp(":")) return first;
    }
    const kids: SyntaxNode[] = first ? [first] : [];
    this.next(); // :
    if (!this.isOp(":") && !this.isOp("]") && !this.isOp(",")) kids.push(this.expression());
    if (this.isOp(":")) {
      this.next();
      if (!this.isOp("]") && !this.isOp(",")) kids.push(this.expression());
    }
    return mk("slice", true, start, this.lastEnd, kids);
  }

  /** `(...)` of a call or class; `keywordCallee`: the callee is `print`/`exec` (more GLR versions there). */
  callArguments(keywordCallee = false): SyntaxNode {
    const start = this.lx.start;
    this.next(); // (
    const items: SyntaxNode[] = [];
    while (!this.isOp(")")) {
      const lx = this.lx;
      if (lx.kind === T.Op && (lx.text === "*" || lx.text === "**")) {
        items.push(this.splat(false, !keywordCallee));
      } else {
        const e = this.expression();
        if (items.length === 0 && (this.isKw("for") || this.isKw("async"))) {
          const gen = this.comprehension("generator_expression", start, e, ")");
          return gen;
        }
        if (this.isOp("=")) {
          if (e.type !== "identifier") bail("keyword argument name");
          const eq = this.anon("=");
          const value = withField(this.expression(), "value");
          items.push(mk("keyword_argument", true, e.start, value.end, [withField(e, "name"), eq, value]));
        } else items.push(e);
      }
      if (this.isOp(",")) this.next();
      else break;
    }
    this.expectOp(")");
    return mk("argument_list", true, start, this.lastEnd, items);
  }

  /**
   * `*x` as list_splat or `**x` as dictionary_splat. tree-sitter also has a primary-expression list_splat
   * (`*` + name, attribute or subscript) that its GLR parse sometimes prefers: in an expression list `*a[0]` is
   * subscript(list_splat(a)), and `*a.b(x)` can become call(list_splat(a.b)). Only the operands whose tree is
   * the same either way are taken: in displays and arguments call-free chains and bracketed atoms, in
   * expression lists a bare name; and any operand of a display's splat that a comma precedes or follows.
   */
  private splat(
    inList = false,
    inArgs = false,
    display: "first" | "later" | undefined = undefined,
  ): SyntaxNode {
    const start = this.lx.start;
    const star = this.anon(this.lx.text);
    const e = this.expression();
    if (star.type === "*") {
      // In a call's arguments the two readings merge at the argument_list, where tree-sitter keeps the tree
      // with the smaller symbol first: list_splat over an expression, whatever the chain or operator.
      if (inArgs) return mk("list_splat", true, start, e.end, [star, e]);
      // In a display, after a comma (`[c, *a.b]`, `(x, *a[1:])`) or before one (`[*f(x), y]`, `[*a.b,]`), the
      // primary reading is gone and tree-sitter has list_splat over the whole expression (checked on every
      // expression kind; bench/analyzer/parser-diff.ts on the stdlib and dist-packages).
      if (display === "later" || (display === "first" && this.isOp(",")))
        return mk("list_splat", true, start, e.end, [star, e]);
      if (inList ? e.type !== "identifier" : !isUnambiguousSplat(e))
        bail(`ambiguous splat ${inList ? "list" : "display"} ${e.type}`);
      // A chain splatted right before the display closes (`[*a.b]`, `{*a[0]}`): tree-sitter takes the primary
      // reading there, attribute(list_splat(a), b), and the expression reading once a comma follows.
      if (
        !inList &&
        (e.type === "attribute" || e.type === "subscript") &&
        (this.isOp("]") || this.isOp("}") || this.isOp(")"))
      )
        bail(`ambiguous splat display closing ${e.type}`);
      return mk("list_splat", true, start, e.end, [star, e]);
    }
    return mk("dictionary_splat", true, start, e.end, [star, e]);
  }

  /** An element of a list, set, tuple or (inList) expression list: expression, `*x`, or yield. */
  element(inList = false): SyntaxNode {
    if (this.isOp("*")) return this.splat(inList, false, inList ? undefined : "first");
    if (this.isKw("yield")) return this.yieldExpr();
    return this.expression();
  }

  yieldExpr(): SyntaxNode {
    const start = this.lx.start;
    const kw = this.anon("yield");
    if (this.isKw("from")) {
      const from = this.anon("from");
      const e = this.expression();
      return mk("yield", true, start, e.end, [kw, from, e]);
    }
    if (this.atStatementEnd() || this.isOp(")") || this.isOp("]") || this.isOp("}") || this.isOp("=")) {
      return mk("yield", true, start, kw.end, [kw]);
    }
    const e = this.expressions();
    return mk("yield", true, start, e.end, [kw, e]);
  }

  /** _expressions: one expression, or several as an expression_list (trailing comma included in its span). */
  expressions(noCond = false): SyntaxNode {
    const first = this.isOp("*") ? this.splat(true) : this.expression(noCond);
    if (!this.isOp(",")) return first;
    const items = [first];
    while (this.isOp(",")) {
      this.next();
      if (!this.startsExpression()) break;
      items.push(this.isOp("*") ? this.splat(true) : this.expression(noCond));
    }
    return mk("expression_list", true, first.start, this.lastEnd, items);
  }

  startsExpression(): boolean {
    const lx = this.lx;
    switch (lx.kind) {
      case T.Name:
        return !KEYWORDS.has(lx.text) || EXPR_KEYWORDS.has(lx.text);
      case T.Int:
      case T.Float:
      case T.Str:
        return true;
      case T.Op:
        switch (lx.text) {
          case "(":
          case "[":
          case "{":
          case "-":
          case "+":
          case "~":
          case "*":
          case "...":
            return true;
          default:
            return false;
        }
      default:
        return false;
    }
  }

  private atom(): SyntaxNode {
    const lx = this.lx;
    const start = lx.start;
    switch (lx.kind) {
      case T.Name: {
        const t = lx.text;
        if (KEYWORDS.has(t)) {
          let type: string;
          if (t === "True") type = "true";
          else if (t === "False") type = "false";
          else if (t === "None") type = "none";
          else bail(`keyword ${t} in expression`);
          this.next();
          return mk(type, true, start, this.lastEnd, NO_CHILDREN);
        }
        this.next();
        return mk("identifier", true, start, this.lastEnd, NO_CHILDREN);
      }
      case T.Int:
        this.next();
        return mk("integer", true, start, this.lastEnd, NO_CHILDREN);
      case T.Float:
        this.next();
        return mk("float", true, start, this.lastEnd, NO_CHILDREN);
      case T.Str:
        return this.strings();
      case T.Op:
        switch (lx.text) {
          case "(":
            return this.parenthesized();
          case "[":
            return this.listDisplay();
          case "{":
            return this.braceDisplay();
          case "...":
            this.next();
            return mk("ellipsis", true, start, this.lastEnd, NO_CHILDREN);
          default:
            bail(`operator ${lx.text} in expression`);
        }
      // falls through (bail never returns)
      default:
        bail("unexpected token in expression");
    }
  }

  private parenthesized(): SyntaxNode {
    const start = this.lx.start;
    this.next(); // (
    if (this.isOp(")")) {
      this.next();
      return mk("tuple", true, start, this.lastEnd, NO_CHILDREN);
    }
    if (this.isKw("yield")) {
      const y = this.yieldExpr();
      this.expectOp(")");
      return mk("parenthesized_expression", true, start, this.lastEnd, [y]);
    }
    const first = this.element();
    if (this.isKw("for") || this.isKw("async")) {
      if (first.type === "list_splat") bail("starred comprehension");
      return this.comprehension("generator_expression", start, first, ")");
    }
    if (this.isOp(")")) {
      if (first.type === "list_splat") bail("parenthesized list splat");
      this.next();
      return mk("parenthesized_expression", true, start, this.lastEnd, [first]);
    }
    return this.collectionRest("tuple", start, first, ")");
  }

  private listDisplay(): SyntaxNode {
    const start = this.lx.start;
    this.next(); // [
    if (this.isOp("]")) {
      this.next();
      return mk("list", true, start, this.lastEnd, NO_CHILDREN);
    }
    const first = this.element();
    if (this.isKw("for") || this.isKw("async")) {
      if (first.type === "list_splat") bail("starred comprehension");
      return this.comprehension("list_comprehension", start, first, "]");
    }
    return this.collectionRest("list", start, first, "]");
  }

  private collectionRest(type: string, start: number, first: SyntaxNode, close: string): SyntaxNode {
    const items = [first];
    while (this.isOp(",")) {
      this.next();
      if (this.isOp(close)) break;
      items.push(this.isOp("*") ? this.splat(false, false, "later") : this.element());
    }
    this.expectOp(close);
    return mk(type, true, start, this.lastEnd, items);
  }

  private braceDisplay(): SyntaxNode {
    const start = this.lx.start;
    this.next(); // {
    if (this.isOp("}")) {
      this.next();
      return mk("dictionary", true, start, this.lastEnd, NO_CHILDREN);
    }
    if (this.isOp("**")) return this.dictRest(start, this.splat());
    const first = this.element();
    if (this.isOp(":")) {
      if (first.type === "list_splat" || first.type === "yield") bail("dict key");
      this.next();
      const value = withField(this.expression(), "value");
      const pair = mk("pair", true, first.start, value.end, [withField(first, "key"), value]);
      if (this.isKw("for") || this.isKw("async"))
        return this.comprehension("dictionary_comprehension", start, pair, "}");
      return this.dictRest(start, pair);
    }
    if (this.isKw("for") || this.isKw("async")) {
      if (first.type === "list_splat") bail("starred comprehension");
      return this.comprehension("set_comprehension", start, first, "}");
    }
    return this.collectionRest("set", start, first, "}");
  }

  private dictRest(start: number, first: SyntaxNode): SyntaxNode {
    const items = [first];
    while (this.isOp(",")) {
      this.next();
      if (this.isOp("}")) break;
      if (this.isOp("**")) {
        items.push(this.splat());
        continue;
      }
      const key = this.expression();
      this.expectOp(":");
      const value = withField(this.expression(), "value");
      items.push(mk("pair", true, key.start, value.end, [withField(key, "key"), value]));
    }
    this.expectOp("}");
    return mk("dictionary", true, start, this.lastEnd, items);
  }

  private comprehension(type: string, start: number, body: SyntaxNode, close: string): SyntaxNode {
    const items: SyntaxNode[] = [withField(body, "body")];
    for (;;) {
      if (this.isKw("for") || this.isKw("async")) {
        const cstart = this.lx.start;
        const kids: SyntaxNode[] = [];
        if (this.isKw("async")) kids.push(this.anon("async"));
        kids.push(this.expectKw("for"));
        kids.push(withField(this.targets("in"), "left"));
        kids.push(this.expectKw("in"));
        kids.push(withField(this.expression(true), "right"));
        if (this.isOp(",")) bail("tuple in comprehension iterable");
        items.push(mk("for_in_clause", true, cstart, this.lastEnd, kids));
      } else if (this.isKw("if")) {
        const cstart = this.lx.start;
        const kw = this.anon("if");
        const cond = this.expression(true);
        items.push(mk("if_clause", true, cstart, cond.end, [kw, cond]));
      } else break;
    }
    this.expectOp(close);
    return mk(type, true, start, this.lastEnd, items);
  }

  /**
   * A target list up to `stop` (for/comprehension targets): primaries or starred primaries separated by
   * commas, turned into patterns.
   */
  targets(stop: string): SyntaxNode {
    const items: SyntaxNode[] = [];
    let comma = false;
    for (;;) {
      if (this.isOp("*")) {
        const start = this.lx.start;
        const star = this.anon("*");
        const e = this.primary();
        if (!isPlainTarget(e)) bail("starred target");
        items.push(mk("list_splat_pattern", true, start, e.end, [star, e]));
      } else items.push(toPattern(this.primary()));
      if (!this.isOp(",")) break;
      comma = true;
      this.next();
      if (this.isKw(stop)) break;
    }
    if (items.length === 1 && !comma) return items[0]!;
    return mk("pattern_list", true, items[0]!.start, this.lastEnd, items);
  }

  // ---- strings

  /** One string, or adjacent strings as a concatenated_string. */
  private strings(): SyntaxNode {
    const first = this.string();
    if (this.lx.kind !== T.Str) return first;
    const items = [first];
    while (this.lx.kind === T.Str) items.push(this.string());
    return mk("concatenated_string", true, first.start, this.lastEnd, items);
  }

  /**
   * A string as the scanner splits it: string_content runs (escape_sequence and escape_interpolation children)
   * between interpolations; the quotes (string_start/string_end) are not copied.
   */
  private string(): SyntaxNode {
    const lx = this.lx;
    const src = lx.src;
    const start = lx.start;
    let p = start;
    let format = false;
    let raw = false;
    let bytes = false;
    for (;;) {
      const c = src.charCodeAt(p) | 32;
      if (c === 102 || c === 116) format = true;
      else if (c === 114) raw = true;
      else if (c === 98) bytes = true;
      else if (c !== 117) break;
      p++;
    }
    const q = src.charCodeAt(p);
    let triple = false;
    if (src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q) {
      triple = true;
      p += 3;
    } else p += 1;
    const kids: SyntaxNode[] = [];
    let contentStart = -1;
    let contentKids: SyntaxNode[] | null = null;
    // Raw strings: the scanner's content token counts as content only once it steps over an ordinary
    // character; backslash pairs alone before the closing quote become part of string_end.
    let tokStart = -1;
    let regular = false;
    const len = src.length;
    for (;;) {
      if (p >= len) bail("unterminated string");
      const c = src.charCodeAt(p);
      if (format && (c === 123 || c === 125)) {
        if (raw && tokStart >= 0 && !regular) bail("raw backslashes before brace");
        tokStart = -1;
        regular = false;
        if (src.charCodeAt(p + 1) === c) {
          if (contentStart < 0) contentStart = p;
          (contentKids ??= []).push(mk("escape_interpolation", true, p, p + 2, NO_CHILDREN));
          p += 2;
          continue;
        }
        if (c === 125) bail("single } in f-string");
        if (contentStart >= 0) {
          kids.push(mk("string_content", true, contentStart, p, contentKids ?? NO_CHILDREN));
          contentStart = -1;
          contentKids = null;
        }
        const interp = this.interpolation(p, q, triple);
        kids.push(interp);
        p = interp.end;
        continue;
      }
      if (c === 92) {
        const n = src.charCodeAt(p + 1);
        if (contentStart < 0) contentStart = p;
        if (raw) {
          if (tokStart < 0) tokStart = p;
          p++;
          if (n === q || n === 92) p++;
          const m = src.charCodeAt(p);
          if (m === 13) {
            p++;
            if (src.charCodeAt(p) === 10) p++;
          } else if (m === 10) p++;
          continue;
        }
        if (bytes && (n === 78 || n === 117 || n === 85)) {
          const m = src.charCodeAt(p + 2);
          if (m === q || m === 92 || m === 10 || m === 13 || p + 2 >= len) bail("bytes escape at end");
          p += 3;
          continue;
        }
        const e = escapeLength(src, p);
        if (e > 0) {
          (contentKids ??= []).push(mk("escape_sequence", true, p, p + e, NO_CHILDREN));
          p += e;
        } else {
          // A backslash that starts no escape is tree-sitter's _not_escape_sequence: an anonymous "\\" node.
          (contentKids ??= []).push(mk("\\", false, p, p + 1, NO_CHILDREN));
          p++;
        }
        continue;
      }
      if (c === q) {
        if (!triple || (src.charCodeAt(p + 1) === q && src.charCodeAt(p + 2) === q)) {
          let contentEnd = p;
          if (raw && tokStart >= 0 && !regular) contentEnd = tokStart;
          if (contentStart >= 0 && contentEnd > contentStart) {
            kids.push(mk("string_content", true, contentStart, contentEnd, contentKids ?? NO_CHILDREN));
          }
          p += triple ? 3 : 1;
          break;
        }
        // A quote inside a triple-quoted string ends the scanner's content token (with one or two quotes).
        if (contentStart < 0) contentStart = p;
        p += src.charCodeAt(p + 1) === q ? 2 : 1;
        tokStart = -1;
        regular = false;
        continue;
      } else if (c === 10 && !triple) bail("newline in string");
      if (contentStart < 0) contentStart = p;
      if (tokStart < 0) tokStart = p;
      regular = true;
      p++;
    }
    if (triple && src.charCodeAt(p) === q) bail("quote after triple-quoted string");
    lx.pos = p;
    lx.end = p;
    this.next();
    return mk("string", true, start, p, kids);
  }

  /** `{expr[=][!c][:spec]}` at p; returns the interpolation node (end just after `}`). */
  private interpolation(p: number, quote: number, triple: boolean): SyntaxNode {
    const lx = this.lx;
    const src = lx.src;
    lx.pos = p + 1;
    lx.depth++;
    lx.inFormat++;
    const close = src.indexOf("}", p);
    if (close < 0) bail("unterminated interpolation");
    if (!triple && src.slice(p, close).includes("\n")) bail("newline in interpolation");
    lx.advance();
    if (this.isOp("}")) bail("empty interpolation");
    if (this.lx.kind === T.Str && src.charCodeAt(this.quoteOf(this.lx.start)) === quote) bail("nested quote");
    const kids: SyntaxNode[] = [];
    if (this.isKw("yield") || this.isKw("lambda")) bail("yield or lambda in interpolation");
    const e = this.expressions();
    if (e.type === "expression_list" || e.type === "named_expression" || e.type === "list_splat") {
      bail("interpolation expression list");
    }
    kids.push(withField(e, "expression"));
    if (this.isOp("=")) kids.push(this.anon("="));
    if (this.isOp("!")) {
      const s = lx.start;
      const c = src.charCodeAt(s + 1);
      if (c < 97 || c > 122) bail("conversion");
      kids.push(withField(mk("type_conversion", true, s, s + 2, NO_CHILDREN), "type_conversion"));
      lx.pos = s + 2;
      lx.end = s + 2;
      this.next();
    }
    if (this.isOp(":")) {
      kids.push(withField(this.formatSpec(quote, triple), "format_specifier"));
    }
    if (!this.isOp("}")) bail("expected } in interpolation");
    // The `}` is the current token: end here without lexing past it (the string body follows).
    lx.inFormat--;
    const end = lx.end;
    this.lastEnd = end;
    return mk("interpolation", true, p, end, kids);
  }

  private quoteOf(p: number): number {
    const src = this.lx.src;
    while (src.charCodeAt(p) !== 34 && src.charCodeAt(p) !== 39) p++;
    return p;
  }

  /** `:spec` (current token ':'): text runs are hidden tokens; `{...}` are format_expression nodes. */
  private formatSpec(quote: number, triple: boolean): SyntaxNode {
    const lx = this.lx;
    const src = lx.src;
    const start = lx.start;
    let p = lx.end;
    let end = p;
    const kids: SyntaxNode[] = [];
    for (;;) {
      const c = src.charCodeAt(p);
      if (p >= src.length || c === 10) bail("format spec");
      if (c === 125) break;
      if (c === 123) {
        if (src.charCodeAt(p + 1) === 123) bail("{{ in format spec");
        const inner = this.interpolation(p, quote, triple);
        inner.type = "format_expression";
        kids.push(inner);
        p = end = inner.end;
        continue;
      }
      if (c === quote && !triple) bail("quote in format spec");
      if (c === 92) bail("backslash in format spec");
      p++;
      end = p;
    }
    // Lex the closing `}` as the current token.
    lx.pos = p;
    lx.advance();
    return mk("format_specifier", true, start, end, kids);
  }
}

/** Keywords that start an expression. */
const EXPR_KEYWORDS = new Set(["True", "False", "None", "not", "lambda", "await", "yield"]);

/** The first operand down the left spine (object, function, value, left operand). */
function leftmost(e: SyntaxNode): SyntaxNode {
  for (;;) {
    switch (e.type) {
      case "attribute":
      case "subscript":
      case "call":
      case "binary_operator":
      case "comparison_operator":
      case "boolean_operator":
      case "conditional_expression":
        e = e.children[0]!;
        continue;
      default:
        return e;
    }
  }
}

function isUnambiguousSplat(e: SyntaxNode): boolean {
  switch (e.type) {
    case "identifier":
    case "parenthesized_expression":
    case "list":
    case "tuple":
    case "generator_expression":
    case "list_comprehension":
    case "set_comprehension":
    case "dictionary_comprehension":
      return true;
    case "attribute":
      return isUnambiguousSplat(e.children[0]!);
    case "subscript":
      return isUnambiguousSplat(e.children[0]!);
    default:
      return false;
  }
}

/** Length of the escape sequence at p (a backslash), 0 if none (tree-sitter's escape_sequence token). */
function escapeLength(src: string, p: number): number {
  const c = src.charCodeAt(p + 1);
  switch (c) {
    case 117: // u
      return hexRun(src, p + 2, 4) ? 6 : 0;
    case 85: // U
      return hexRun(src, p + 2, 8) ? 10 : 0;
    case 120: // x
      return hexRun(src, p + 2, 2) ? 4 : 0;
    case 13:
      return src.charCodeAt(p + 2) === 10 ? 3 : 0;
    case 10:
      return 2;
    case 39:
    case 34:
    case 97:
    case 98:
    case 102:
    case 114:
    case 110:
    case 116:
    case 118:
    case 92:
      return 2;
    case 78: {
      // N{name}
      if (src.charCodeAt(p + 2) !== 123) return 0;
      const close = src.indexOf("}", p + 3);
      if (close <= p + 3) return 0;
      for (let i = p + 3; i < close; i++) if (src.charCodeAt(i) === 10) return 0;
      return close + 1 - p;
    }
    default: {
      if (c >= 48 && c <= 57) {
        let n = 1;
        while (n < 3 && src.charCodeAt(p + 1 + n) >= 48 && src.charCodeAt(p + 1 + n) <= 57) n++;
        return 1 + n;
      }
      return 0;
    }
  }
}

function hexRun(src: string, p: number, n: number): boolean {
  for (let i = 0; i < n; i++) {
    const c = src.charCodeAt(p + i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}

/** An expression parsed where a target stands, as tree-sitter's pattern (tuple -> tuple_pattern, ...). */
export function toPattern(e: SyntaxNode): SyntaxNode {
  switch (e.type) {
    case "identifier":
    case "attribute":
    case "subscript":
      return e;
    case "tuple":
    case "list":
      if (e.children.length === 0) bail("empty target");
      e.type = e.type === "tuple" ? "tuple_pattern" : "list_pattern";
      for (let i = 0; i < e.children.length; i++) e.children[i] = toPattern(e.children[i]!);
      return e;
    case "list_splat":
      if (!isPlainTarget(e.children[1]!)) bail("starred target");
      e.type = "list_splat_pattern";
      return e;
    case "parenthesized_expression":
      // `(a) = 1`, `for (x) in y`: tree-sitter's target is a one-element tuple_pattern, parentheses included.
      if (e.children.length !== 1) bail("parenthesized target");
      e.type = "tuple_pattern";
      e.children[0] = toPattern(e.children[0]!);
      return e;
    default:
      bail(`target ${e.type}`);
  }
}
