import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import type { JsContext } from "../../dataflow/javascript.js";
import { jsRule } from "./common.js";

/** Inside `if (process.env.NODE_ENV === 'development')` or a ternary / `&&` on the same test. */
function devOnly(node: SyntaxNode, ctx: JsContext): boolean {
  for (let a = node.parent; a; a = a.parent) {
    if (a.type !== "if_statement" && a.type !== "ternary_expression") continue;
    const cond = ctx.text(a.children.find((c) => c.field === "condition") ?? a);
    if (/development|\bdev\b|NODE_ENV\s*!==?\s*['"]production['"]|DEBUG/i.test(cond)) return true;
  }
  return false;
}

export default jsRule({
  meta: {
    id: "JS-DEBUG-001",
    title: "Development error handler used outside development",
    cwe: ["CWE-489", "CWE-209"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags app.use(errorhandler()) (the errorhandler middleware) when the call is not inside a test of NODE_ENV / app.get('env') for development.",
      why_bad:
        "errorhandler answers every error with the full stack trace and error details: file paths, library versions, queries and sometimes secrets reach whoever triggers an error.",
      example_bad:
        "const express = require('express');\nconst errorhandler = require('errorhandler');\nconst app = express();\napp.use(errorhandler());",
      example_good:
        "const express = require('express');\nconst errorhandler = require('errorhandler');\nconst app = express();\nif (process.env.NODE_ENV === 'development') {\n  app.use(errorhandler());\n}",
    },
    fix_hint:
      "Install errorhandler only when NODE_ENV is 'development'; in production log the error and send a generic page.",
  },
  trigger: /errorhandler|graphiql|ApolloServer|inspector/,
  nodeTypes: ["call_expression", "pair"],
  detect(node, ctx, report) {
    // `graphqlHTTP({ schema, graphiql: true })`, `new ApolloServer({ debug: true })`: the in-browser IDE (schema
    // browsing, query console) or stack traces in every error response, in whatever environment runs.
    if (node.type === "pair") {
      const key = ctx.text(field(node, "key") ?? node).replace(/['"]/g, "");
      if (field(node, "value")?.type !== "true" || (key !== "graphiql" && key !== "debug")) return;
      const call = node.parent?.parent?.type === "arguments" ? node.parent.parent.parent : undefined;
      if (!call || !/^(call_expression|new_expression)$/.test(call.type)) return;
      const q = ctx.callee(call);
      const graphql =
        /graphqlHTTP|express-graphql|graphql-http|graphql-yoga|createYoga|mercurius|ApolloServer/.test(q);
      if (!graphql || (key === "debug" && !/ApolloServer|mercurius/.test(q)) || devOnly(node, ctx)) return;
      report({
        node,
        message:
          key === "graphiql"
            ? "GraphiQL served in every environment"
            : "GraphQL server sends stack traces in every environment",
      });
      return;
    }
    // `inspector.open(9229, '0.0.0.0')`: the V8 inspector (arbitrary code in the process) on every interface.
    if (/^(inspector|node:inspector)\.open$/.test(ctx.callee(node))) {
      const host = ctx.constValue(ctx.args(node)[1]);
      if ((host === "0.0.0.0" || host === "::") && !devOnly(node, ctx))
        report({ node, message: "V8 inspector opened on every network interface" });
      return;
    }
    if (ctx.method(node) !== "use") return;
    const mw = ctx.args(node).find((a) => a.type === "call_expression");
    if (!mw || !/(^|\.)errorhandler$|^errorhandler$/.test(ctx.callee(mw))) return;
    // Inside `if (process.env.NODE_ENV === 'development')` / `if (app.get('env') === 'development')`.
    for (let a = node.parent; a; a = a.parent) {
      if (a.type !== "if_statement") continue;
      const cond = ctx.text(a.children.find((c) => c.field === "condition") ?? a);
      if (/development|\bdev\b|NODE_ENV\s*!==?\s*['"]production['"]/.test(cond)) return;
    }
    report({
      node,
      message: "errorhandler() sends stack traces to clients and is not limited to development",
    });
  },
  cases: {
    valid: [
      "const errorhandler = require('errorhandler');\nif (process.env.NODE_ENV === 'development') {\n  app.use(errorhandler());\n}",
      "const errorhandler = require('errorhandler');\nif (app.get('env') === 'development') app.use(errorhandler({ log: true }));",
      "app.use(express.json());",
      "app.use('/graphql', graphqlHTTP({ schema, graphiql: process.env.NODE_ENV !== 'production' }));",
      "if (process.env.NODE_ENV === 'development') {\n  app.use('/graphql', graphqlHTTP({ schema, graphiql: true }));\n}",
      "const server = new ApolloServer({ schema, debug: false });",
      "const inspector = require('inspector');\ninspector.open(9229, '127.0.0.1');",
      "const logger = createLogger({ debug: true });",
    ],
    invalid: [
      "app.use('/graphql', graphqlHTTP({ schema, graphiql: true }));",
      "const { ApolloServer } = require('apollo-server-express');\nconst server = new ApolloServer({ schema, debug: true });",
      "const inspector = require('inspector');\ninspector.open(9229, '0.0.0.0');",
      "const errorhandler = require('errorhandler');\napp.use(errorhandler());",
      "const errorhandler = require('errorhandler');\nif (process.env.NODE_ENV === 'production') {\n  app.use(compression());\n}\napp.use(errorhandler({ log: false }));",
    ],
  },
});
