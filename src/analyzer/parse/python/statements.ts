import type { SyntaxNode } from "../index.js";
import { ExpressionParser, toPattern } from "./expressions.js";
import { bail, T } from "./lexer.js";
import { mk, NO_CHILDREN, withField } from "./tree.js";

/** First characters of augmented assignment operators (`+=`, `-=`, ...). */
const AUG_START = new Set([43, 45, 42, 47, 64, 37, 62, 60, 38, 94, 124]);
const AUGMENTED = new Set(["+=", "-=", "*=", "/=", "@=", "//=", "%=", "**=", ">>=", "<<=", "&=", "^=", "|="]);

/** Statements of tree-sitter-python: module, blocks, simple and compound statements. */
export class StatementParser extends ExpressionParser {
  module(): SyntaxNode {
    this.lx.advance();
    const items: SyntaxNode[] = [];
    while (this.lx.kind !== T.EOF) this.statement(items);
    const src = this.lx.src;
    const first = items.length > 0 ? items[0]!.start : src.length;
    return mk("module", true, first, src.length, items);
  }

  /** One statement; simple statements on a line are pushed one by one (their list is a hidden node). */
  private statement(out: SyntaxNode[]): void {
    const lx = this.lx;
    if (lx.kind === T.Name) {
      switch (lx.text) {
        case "if":
          out.push(this.ifStatement());
          return;
        case "for":
          out.push(this.forStatement(null));
          return;
        case "while":
          out.push(this.whileStatement());
          return;
        case "try":
          out.push(this.tryStatement());
          return;
        case "with":
          out.push(this.withStatement(null));
          return;
        case "def":
          out.push(this.functionDefinition(null));
          return;
        case "class":
          out.push(this.classDefinition());
          return;
        case "async": {
          const start = lx.start;
          const kw = this.anon("async");
          if (this.isKw("def")) out.push(this.functionDefinition(kw));
          else if (this.isKw("for")) out.push(this.forStatement(kw));
          else if (this.isKw("with")) out.push(this.withStatement(kw));
          else bail("async statement");
          out[out.length - 1]!.start = start;
          return;
        }
        default:
          break;
      }
    } else if (lx.kind === T.Op && lx.text === "@") {
      out.push(this.decorated());
      return;
    } else if (lx.kind !== T.Op && lx.kind !== T.Int && lx.kind !== T.Float && lx.kind !== T.Str) {
      bail("unexpected layout token");
    }
    this.simpleStatements(out);
  }

  /** `a; b; c` NEWLINE, each pushed to out; returns the NEWLINE's position (a simple suite's end). */
  private simpleStatements(out: SyntaxNode[]): number {
    for (;;) {
      out.push(this.simpleStatement());
      if (!this.isOp(";")) break;
      this.next();
      if (this.lx.kind === T.Newline) break;
    }
    if (this.lx.kind !== T.Newline) bail("expected end of statement");
    const end = this.lx.start;
    this.next();
    return end;
  }

  private simpleStatement(): SyntaxNode {
    const lx = this.lx;
    const start = lx.start;
    if (lx.kind === T.Name) {
      switch (lx.text) {
        case "pass":
        case "break":
        case "continue": {
          const t = lx.text;
          const kw = this.anon(t);
          return mk(`${t}_statement`, true, start, kw.end, [kw]);
        }
        case "return": {
          const kw = this.anon("return");
          if (this.atStatementEnd()) return mk("return_statement", true, start, kw.end, [kw]);
          const e = this.expressions();
          return mk("return_statement", true, start, e.end, [kw, e]);
        }
        case "del": {
          const kw = this.anon("del");
          const e = this.expressions();
          return mk("delete_statement", true, start, e.end, [kw, e]);
        }
        case "raise": {
          const kw = this.anon("raise");
          const kids = [kw];
          if (!this.atStatementEnd() && !this.isKw("from")) kids.push(this.expressions());
          if (this.isKw("from")) {
            kids.push(this.anon("from"));
            kids.push(withField(this.expression(), "cause"));
          }
          return mk("raise_statement", true, start, this.lastEnd, kids);
        }
        case "global":
        case "nonlocal": {
          const t = lx.text;
          const kids = [this.anon(t)];
          for (;;) {
            kids.push(this.identifier());
            if (!this.isOp(",")) break;
            this.next();
          }
          return mk(`${t}_statement`, true, start, this.lastEnd, kids);
        }
        case "assert": {
          const kids = [this.anon("assert")];
          for (;;) {
            kids.push(this.expression());
            if (!this.isOp(",")) break;
            this.next();
          }
          return mk("assert_statement", true, start, this.lastEnd, kids);
        }
        case "import":
          return this.importStatement();
        case "from":
          return this.fromImport();
        case "print":
        case "exec":
        case "type":
        case "match": {
          // Python 2 print/exec statements, type aliases and match statements share a first word with an
          // identifier: only uses that none of those statements can start with are taken.
          const word = lx.text;
          const src = lx.src;
          let q = lx.end;
          while (src.charCodeAt(q) === 32) q++;
          const c = src.charCodeAt(q);
          const soft = word === "type" || word === "match";
          const ok =
            (c === 61 && src.charCodeAt(q + 1) !== 61) ||
            c === 46 ||
            c === 40 ||
            (soft &&
              (c === 44 || c === 58 || c === 91 || (AUG_START.has(c) && src.charCodeAt(q + 1) === 61)));
          if (!ok) bail(`${word} statement`);
          const s = this.expressionStatement();
          // `type(x).y = z` is a type alias statement to tree-sitter (its dynamic precedence wins).
          const kind = s.children[0]!.type;
          if (
            word === "type" &&
            (c === 40 || c === 91 || c === 46) &&
            (kind === "assignment" || kind === "augmented_assignment")
          ) {
            bail("type statement");
          }
          if (c === 40 && !soft) {
            const e = s.children[0]!;
            if (s.children.length !== 1 || e.type !== "call" || e.children[0]!.start !== start) {
              bail(`${word} statement`);
            }
          }
          return s;
        }
        default:
          break;
      }
    }
    return this.expressionStatement();
  }

  private expressionStatement(): SyntaxNode {
    const start = this.lx.start;
    if (this.isKw("yield")) {
      const y = this.yieldExpr();
      return mk("expression_statement", true, start, y.end, [y]);
    }
    const items = [this.element(true)];
    let comma = false;
    while (this.isOp(",")) {
      comma = true;
      this.next();
      if (!this.startsExpression()) break;
      items.push(this.element(true));
    }
    const lx = this.lx;
    if (lx.kind === T.Op) {
      if (lx.text === "=") {
        const a = this.assignment(items, comma);
        return mk("expression_statement", true, start, a.end, [a]);
      }
      if (lx.text === ":") {
        if (comma || items.length !== 1) bail("annotated tuple");
        const left = withField(toPattern(items[0]!), "left");
        this.next();
        const type = withField(this.type(), "type");
        if (this.isOp("=")) {
          const eq = this.anon("=");
          const right = withField(this.rightHandSide(), "right");
          const a = mk("assignment", true, start, right.end, [left, type, eq, right]);
          return mk("expression_statement", true, start, a.end, [a]);
        }
        const a = mk("assignment", true, start, type.end, [left, type]);
        return mk("expression_statement", true, start, a.end, [a]);
      }
      if (AUGMENTED.has(lx.text)) {
        const a = this.augmented(items, comma);
        return mk("expression_statement", true, start, a.end, [a]);
      }
    }
    for (const i of items)
      if (i.type === "yield" || i.type === "list_splat") bail("starred expression statement");
    return mk("expression_statement", true, start, this.lastEnd, items);
  }

  private leftHandSide(items: SyntaxNode[], comma: boolean): SyntaxNode {
    if (items.length === 1 && !comma) return toPattern(items[0]!);
    const pats = items.map(toPattern);
    return mk("pattern_list", true, pats[0]!.start, pats[pats.length - 1]!.end + (comma ? 0 : 0), pats);
  }

  private assignment(items: SyntaxNode[], comma: boolean): SyntaxNode {
    const left = this.leftHandSide(items, comma);
    if (comma) left.end = this.lastEnd; // a trailing comma belongs to the pattern_list
    const eq = this.anon("=");
    const right = withField(this.rightHandSide(), "right");
    return mk("assignment", true, left.start, right.end, [withField(left, "left"), eq, right]);
  }

  private augmented(items: SyntaxNode[], comma: boolean): SyntaxNode {
    const left = this.leftHandSide(items, comma);
    if (comma) left.end = this.lastEnd;
    const op = this.anon(this.lx.text);
    const right = withField(this.rightHandSide(), "right");
    return mk("augmented_assignment", true, left.start, right.end, [withField(left, "left"), op, right]);
  }

  /** _right_hand_side: expression(s), yield, or another assignment (`a = b = c`). */
  private rightHandSide(): SyntaxNode {
    if (this.isKw("yield")) return this.yieldExpr();
    const items = [this.element(true)];
    let comma = false;
    while (this.isOp(",")) {
      comma = true;
      this.next();
      if (!this.startsExpression()) break;
      items.push(this.element(true));
    }
    if (this.isOp("=")) return this.assignment(items, comma);
    if (this.lx.kind === T.Op && AUGMENTED.has(this.lx.text)) bail("chained augmented assignment");
    if (!comma) {
      if (items[0]!.type === "list_splat") bail("lone star");
      return items[0]!;
    }
    for (const i of items) if (i.type === "yield") bail("yield in list");
    return mk("expression_list", true, items[0]!.start, this.lastEnd, items);
  }

  // ---- imports

  private dottedName(): SyntaxNode {
    const first = this.identifier();
    const kids = [first];
    while (this.isOp(".")) {
      this.next();
      kids.push(this.identifier());
    }
    return mk("dotted_name", true, first.start, this.lastEnd, kids);
  }

  private importNames(kids: SyntaxNode[], parens: boolean): void {
    for (;;) {
      const name = this.dottedName();
      if (this.isKw("as")) {
        const as = this.anon("as");
        const alias = withField(this.identifier(), "alias");
        kids.push(
          withField(
            mk("aliased_import", true, name.start, alias.end, [withField(name, "name"), as, alias]),
            "name",
          ),
        );
      } else kids.push(withField(name, "name"));
      if (!this.isOp(",")) break;
      this.next();
      if (parens && this.isOp(")")) break;
      if (!parens && this.atStatementEnd()) bail("trailing comma in import");
    }
  }

  private importStatement(): SyntaxNode {
    const start = this.lx.start;
    const kids = [this.anon("import")];
    this.importNames(kids, false);
    return mk("import_statement", true, start, this.lastEnd, kids);
  }

  private fromImport(): SyntaxNode {
    const lx = this.lx;
    const start = lx.start;
    const kids = [this.anon("from")];
    let future = false;
    if (lx.kind === T.Name && lx.text === "__future__") {
      future = true;
      kids.push(this.anon("__future__"));
    } else if (this.isOp(".") || this.isOp("...")) {
      const pstart = lx.start;
      while (this.isOp(".") || this.isOp("...")) this.next();
      const prefix = mk("import_prefix", true, pstart, this.lastEnd, NO_CHILDREN);
      if (this.isKw("import")) {
        kids.push(withField(mk("relative_import", true, pstart, prefix.end, [prefix]), "module_name"));
      } else {
        const name = this.dottedName();
        kids.push(withField(mk("relative_import", true, pstart, name.end, [prefix, name]), "module_name"));
      }
    } else kids.push(withField(this.dottedName(), "module_name"));
    kids.push(this.expectKw("import"));
    if (this.isOp("*")) {
      if (future) bail("future wildcard");
      const star = this.anon("*");
      kids.push(mk("wildcard_import", true, star.start, star.end, [star]));
    } else if (this.isOp("(")) {
      this.next();
      this.importNames(kids, true);
      this.expectOp(")");
    } else this.importNames(kids, false);
    return mk(future ? "future_import_statement" : "import_from_statement", true, start, this.lastEnd, kids);
  }

  // ---- compound statements

  /** `:` then a suite: an indented block (INDENT ... DEDENT) or simple statements on the same line. */
  private suite(): SyntaxNode {
    this.expectOp(":");
    const lx = this.lx;
    const items: SyntaxNode[] = [];
    if (lx.kind === T.Indent) {
      this.next();
      while ((lx.kind as T) !== T.Dedent) {
        if ((lx.kind as T) === T.EOF) bail("missing dedent");
        this.statement(items);
      }
      if (items.length === 0) bail("empty block");
      const end = lx.start;
      this.next();
      return mk("block", true, items[0]!.start, end, items);
    }
    const end = this.simpleStatements(items);
    return mk("block", true, items[0]!.start, end, items);
  }

  private ifStatement(): SyntaxNode {
    const start = this.lx.start;
    const kids = [this.anon("if")];
    kids.push(withField(this.expression(), "condition"));
    kids.push(withField(this.suite(), "consequence"));
    while (this.isKw("elif")) {
      const s = this.lx.start;
      const k = [this.anon("elif")];
      k.push(withField(this.expression(), "condition"));
      const body = withField(this.suite(), "consequence");
      k.push(body);
      kids.push(withField(mk("elif_clause", true, s, body.end, k), "alternative"));
    }
    if (this.isKw("else")) kids.push(withField(this.elseClause(), "alternative"));
    return mk("if_statement", true, start, kids[kids.length - 1]!.end, kids);
  }

  private elseClause(): SyntaxNode {
    const s = this.lx.start;
    const kw = this.anon("else");
    const body = withField(this.suite(), "body");
    return mk("else_clause", true, s, body.end, [kw, body]);
  }

  private forStatement(asyncKw: SyntaxNode | null): SyntaxNode {
    const start = this.lx.start;
    const kids: SyntaxNode[] = asyncKw ? [asyncKw] : [];
    kids.push(this.anon("for"));
    kids.push(withField(this.targets("in"), "left"));
    kids.push(this.expectKw("in"));
    kids.push(withField(this.expressions(), "right"));
    kids.push(withField(this.suite(), "body"));
    if (this.isKw("else")) kids.push(withField(this.elseClause(), "alternative"));
    return mk("for_statement", true, start, kids[kids.length - 1]!.end, kids);
  }

  private whileStatement(): SyntaxNode {
    const start = this.lx.start;
    const kids = [this.anon("while")];
    kids.push(withField(this.expression(), "condition"));
    kids.push(withField(this.suite(), "body"));
    if (this.isKw("else")) kids.push(withField(this.elseClause(), "alternative"));
    return mk("while_statement", true, start, kids[kids.length - 1]!.end, kids);
  }

  private tryStatement(): SyntaxNode {
    const start = this.lx.start;
    const kids = [this.anon("try")];
    kids.push(withField(this.suite(), "body"));
    while (this.isKw("except")) {
      const s = this.lx.start;
      const k = [this.anon("except")];
      if (this.isOp("*")) bail("except*");
      if (!this.isOp(":")) {
        const value = this.expression();
        if (this.isKw("as")) k.push(withField(this.asPattern(value), "value"));
        else if (this.isOp(",")) bail("except with comma");
        else k.push(withField(value, "value"));
      }
      const body = this.suite();
      k.push(body);
      kids.push(mk("except_clause", true, s, body.end, k));
    }
    if (this.isKw("else")) kids.push(this.elseClause());
    if (this.isKw("finally")) {
      const s = this.lx.start;
      const kw = this.anon("finally");
      const body = this.suite();
      kids.push(mk("finally_clause", true, s, body.end, [kw, body]));
    }
    if (kids.length === 2) bail("bare try");
    return mk("try_statement", true, start, kids[kids.length - 1]!.end, kids);
  }

  private asPattern(value: SyntaxNode): SyntaxNode {
    // tree-sitter binds `as` to the trailing operand there: `with a if b else c as d` is conditional(..., c as d).
    if (value.type === "conditional_expression" || value.type === "lambda") bail(`as after ${value.type}`);
    const as = this.anon("as");
    const target = this.expression();
    const alias = withField(mk("as_pattern_target", true, target.start, target.end, [target]), "alias");
    return mk("as_pattern", true, value.start, alias.end, [value, as, alias]);
  }

  private withStatement(asyncKw: SyntaxNode | null): SyntaxNode {
    const start = this.lx.start;
    const kids: SyntaxNode[] = asyncKw ? [asyncKw] : [];
    kids.push(this.anon("with"));
    if (this.isOp("(")) bail("parenthesized with");
    const items: SyntaxNode[] = [];
    for (;;) {
      const value = this.expression();
      const v = this.isKw("as") ? this.asPattern(value) : value;
      items.push(mk("with_item", true, v.start, v.end, [withField(v, "value")]));
      if (!this.isOp(",")) break;
      this.next();
    }
    kids.push(mk("with_clause", true, items[0]!.start, this.lastEnd, items));
    kids.push(withField(this.suite(), "body"));
    return mk("with_statement", true, start, kids[kids.length - 1]!.end, kids);
  }

  private functionDefinition(asyncKw: SyntaxNode | null): SyntaxNode {
    const start = this.lx.start;
    const kids: SyntaxNode[] = asyncKw ? [asyncKw] : [];
    kids.push(this.anon("def"));
    kids.push(withField(this.identifier(), "name"));
    if (this.isOp("[")) bail("type parameters");
    const open = this.lx.start;
    this.expectOp("(");
    const params = this.parameterList(false);
    this.expectOp(")");
    params.start = open;
    params.end = this.lastEnd;
    kids.push(withField(params, "parameters"));
    if (this.isOp("->")) {
      kids.push(this.anon("->"));
      kids.push(withField(this.type(), "return_type"));
    }
    kids.push(withField(this.suite(), "body"));
    return mk("function_definition", true, start, kids[kids.length - 1]!.end, kids);
  }

  private classDefinition(): SyntaxNode {
    const start = this.lx.start;
    const kids = [this.anon("class")];
    kids.push(withField(this.identifier(), "name"));
    if (this.isOp("[")) bail("type parameters");
    if (this.isOp("(")) {
      const args = this.callArguments();
      if (args.type !== "argument_list") bail("generator superclass");
      kids.push(withField(args, "superclasses"));
    }
    kids.push(withField(this.suite(), "body"));
    return mk("class_definition", true, start, kids[kids.length - 1]!.end, kids);
  }

  private decorated(): SyntaxNode {
    const start = this.lx.start;
    const kids: SyntaxNode[] = [];
    while (this.isOp("@")) {
      const s = this.lx.start;
      const at = this.anon("@");
      const e = this.expression();
      if (this.lx.kind !== T.Newline) bail("decorator end");
      const end = this.lx.start;
      this.next();
      kids.push(mk("decorator", true, s, end, [at, e]));
    }
    let def: SyntaxNode;
    if (this.isKw("def")) def = this.functionDefinition(null);
    else if (this.isKw("class")) def = this.classDefinition();
    else if (this.isKw("async")) {
      const s = this.lx.start;
      const kw = this.anon("async");
      if (!this.isKw("def")) bail("decorated async");
      def = this.functionDefinition(kw);
      def.start = s;
    } else bail("decorated statement");
    kids.push(withField(def, "definition"));
    return mk("decorated_definition", true, start, def.end, kids);
  }
}
