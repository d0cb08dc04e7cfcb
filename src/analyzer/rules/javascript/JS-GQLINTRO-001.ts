import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** GraphQL servers and handlers whose options take introspection / GraphiQL / playground switches. */
const GRAPHQL_SERVER =
  /(^|\.)(ApolloServer|ApolloServerExpress|graphqlHTTP|createHandler|createYoga|createServer|mercurius|GraphQLModule\.forRoot)$/;

export default jsRule({
  meta: {
    id: "JS-GQLINTRO-001",
    title: "GraphQL introspection or in-browser IDE switched on unconditionally",
    cwe: ["CWE-200"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags GraphQL server options that turn on schema introspection, GraphiQL or the playground with a literal true (Apollo Server, express-graphql, graphql-http, Yoga, mercurius, NestJS GraphQLModule), rather than tying them to a development setting.",
      why_bad:
        "In production, introspection hands anyone the whole schema - every query, mutation, argument and internal type - which maps the API for attacks; an open IDE invites probing it.",
      example_bad: "const server = new ApolloServer({ typeDefs, resolvers, introspection: true });",
      example_good:
        "const server = new ApolloServer({ typeDefs, resolvers, introspection: process.env.NODE_ENV !== 'production' });",
    },
    fix_hint: "Tie introspection and the IDE to the environment (off in production), or leave the defaults.",
  },
  trigger: /introspection|graphiql|playground/i,
  nodeTypes: ["pair"],
  detect(node, ctx, report) {
    const key = ctx.text(field(node, "key") ?? node).replace(/['"]/g, "");
    if (!/^(introspection|graphiql|playground)$/.test(key) || field(node, "value")?.type !== "true") return;
    const opts = node.parent;
    const call: SyntaxNode | null | undefined =
      opts?.parent?.type === "arguments" ? opts.parent.parent : undefined;
    if (opts?.type !== "object" || !call) return;
    // fastify's `app.register(mercurius, { graphiql: true })`: the plugin is the first argument.
    const plugin = ctx.method(call) === "register" && /mercurius/i.test(ctx.text(ctx.args(call)[0] ?? call));
    if (!plugin && !GRAPHQL_SERVER.test(ctx.callee(call))) return;
    report({ node, message: `GraphQL ${key} on for every environment: the schema is open to anyone` });
  },
  cases: {
    valid: [
      "const server = new ApolloServer({ typeDefs, resolvers, introspection: process.env.NODE_ENV !== 'production' });",
      "const server = new ApolloServer({ typeDefs, resolvers, introspection: false });",
      "app.use('/graphql', graphqlHTTP({ schema, graphiql: isDev }));",
      "const featureFlags = { introspection: true };",
    ],
    invalid: [
      "const server = new ApolloServer({ typeDefs, resolvers, introspection: true });",
      "app.use('/graphql', graphqlHTTP({ schema, graphiql: true }));",
      "const server = new ApolloServer({ typeDefs, resolvers, playground: true });",
      "app.register(mercurius, { schema, resolvers, graphiql: true });",
    ],
  },
});
