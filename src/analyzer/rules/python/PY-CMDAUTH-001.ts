import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Frameworks whose handlers are called by chat members, socket clients or RPC peers rather than a web route. */
const HANDLER_LIB =
  /^\s*(from|import)\s+(discord|nextcord|disnake|telegram|slack_bolt|socketio|strawberry|grpc)\b/m;
/** Decorators that register a handler: a bot command, a Slack listener, a Socket.IO event, a GraphQL field. */
const HANDLER_DECORATOR =
  /^@[\w.]*\b(command|slash_command|hybrid_command|event|on|message|action|shortcut|view|mutation|field)\b/;
/** python-telegram-bot's registration of a callback: `CommandHandler("ban", ban)`. */
const TELEGRAM_REGISTRATION = /^(\w+\.)*(CommandHandler|CallbackQueryHandler|MessageHandler|PrefixHandler)$/;
/** Decorators that check who the caller is or what they may do. */
const GUARD_DECORATOR =
  /has_permissions|has_guild_permissions|has_role|has_any_role|is_owner|default_permissions|\bchecks?\.|\.check\(|check_any|permission_classes\s*=\s*\[\s*\w|admin|owner|moderator|restricted|authori[sz]ed|login_required|requires?_\w+/i;
/**
 * A check in the body on the caller's identity or role, or a refusal naming one: an allow-list of admins, the
 * member's permissions, an authenticated user from the call's metadata.
 */
const GUARD_BODY =
  /\b[A-Z_]*(ADMIN|OWNER|MODERATOR|ALLOWED|OPERATOR|SUPERUSER)S?[A-Z_]*\b|\bis_(admin|staff|superuser|owner|moderator)\b|guild_permissions|get_chat_member|\bhas_perm|invocation_metadata|auth_context\(|StatusCode\.(UNAUTHENTICATED|PERMISSION_DENIED)|\.role\b|roles?\s*(not\s+)?in\b/;
/** Actions only an operator should run: moderation, account roles, service control, destructive changes. */
const PRIVILEGED =
  /(^|_)(ban|unban|kick|mute|purge|delete|remove|wipe|drop|destroy|shutdown|restart|reboot|stop|kill|terminate|promote|demote|grant|revoke|reset|deploy|reload|set_?role|make_?admin|sudo|exec|eval|disable)(_|$)/i;
/** Socket.IO and discord.py lifecycle hooks: never an action a caller picks. */
const LIFECYCLE = /^(on_\w+|connect|disconnect|setup|setup_hook|cog_\w+)$/;

/** `PurgeCache` -> `purge_cache`, `make-admin` -> `make_admin`: one spelling for the verb test. */
const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/-/g, "_")
    .toLowerCase();

interface Handler {
  fn: SyntaxNode;
  /** The names it answers to: the function's, and a command name it is registered under. */
  names: string[];
  guarded: boolean;
}

function bodyAfterSignature(ctx: PythonContext, fn: SyntaxNode): string {
  return ctx.text(field(fn, "body") ?? fn);
}

/** Function names python-telegram-bot registers, with the command names they answer to. */
function telegramCallbacks(ctx: PythonContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!sourceHas(ctx.tree, /^\s*(from|import)\s+telegram\b/m)) return out;
  for (const n of ctx.tree.nodes) {
    if (n.type !== "call" || !TELEGRAM_REGISTRATION.test(ctx.callee(n))) continue;
    const args = namedChildren(field(n, "arguments") ?? n);
    const cb =
      args.find((a) => a.type === "keyword_argument" && ctx.text(field(a, "name") ?? a) === "callback") ??
      args.filter((a) => a.type === "identifier").pop();
    const ref = cb?.type === "keyword_argument" ? field(cb, "value") : cb;
    if (ref?.type !== "identifier") continue;
    const cmd = ctx.stringValue(args[0]);
    const list = out.get(ctx.text(ref)) ?? [];
    if (cmd) list.push(cmd);
    out.set(ctx.text(ref), list);
  }
  return out;
}

function handlersOf(ctx: PythonContext): Handler[] {
  const telegram = telegramCallbacks(ctx);
  const grpc = sourceHas(ctx.tree, /^\s*(from|import)\s+grpc\b/m);
  const out: Handler[] = [];
  for (const fn of ctx.tree.nodes) {
    if (fn.type !== "function_definition") continue;
    const name = ctx.text(field(fn, "name") ?? fn);
    const dec = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
    const decorators = dec ? dec.children.filter((c) => c.type === "decorator").map((c) => ctx.text(c)) : [];
    const names = [name];
    let handler = decorators.some((d) => HANDLER_DECORATOR.test(d));
    for (const d of decorators) {
      const m = /\(\s*(?:name\s*=\s*)?['"]\/?([\w-]+)['"]/.exec(d);
      if (m && HANDLER_DECORATOR.test(d)) names.push(m[1]!);
    }
    const registered = telegram.get(name);
    if (registered && !fn.parent?.parent?.type.startsWith("class")) {
      handler = true;
      names.push(...registered);
    }
    // A gRPC servicer's method: (self, request, context) on a class extending a generated Servicer.
    const klass = fn.parent?.parent?.type === "class_definition" ? fn.parent.parent : undefined;
    if (
      grpc &&
      klass &&
      /\w+Servicer\b/.test(ctx.text(field(klass, "superclasses") ?? klass)) &&
      ctx.paramNames(fn).length === 2
    )
      handler = true;
    if (!handler) continue;
    const guarded =
      decorators.some((d) =>
        GUARD_DECORATOR.test(d.replace(HANDLER_DECORATOR, "").replace(/(['"])[^'"]*\1/g, "''")),
      ) || GUARD_BODY.test(bodyAfterSignature(ctx, fn));
    out.push({ fn, names, guarded });
  }
  return out;
}

export default pyRule({
  meta: {
    id: "PY-CMDAUTH-001",
    title:
      "Bot command, socket event or RPC method that runs a privileged action without the check its siblings have",
    cwe: ["CWE-862", "CWE-306"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "In a chat bot (discord.py, python-telegram-bot, Slack Bolt), Socket.IO server, Strawberry schema or gRPC servicer where at least one handler checks the caller (a permission decorator, an admin allow-list, the member's role, the call's authenticated metadata), flags a handler named for a privileged action (ban, kick, delete, shutdown, promote, reset, deploy ...) that checks nothing.",
      why_bad:
        "The module's own handlers show that callers differ in what they may do; the one that forgot the check lets any member of the channel, any socket client or any RPC peer run the operator's action.",
      example_bad:
        "from discord.ext import commands\nbot = commands.Bot(command_prefix='!')\n@bot.command()\n@commands.has_permissions(kick_members=True)\nasync def warn(ctx, member):\n    await member.send('warned')\n@bot.command()\nasync def ban(ctx, member):\n    await member.ban()",
      example_good:
        "from discord.ext import commands\nbot = commands.Bot(command_prefix='!')\n@bot.command()\n@commands.has_permissions(kick_members=True)\nasync def warn(ctx, member):\n    await member.send('warned')\n@bot.command()\n@commands.has_permissions(ban_members=True)\nasync def ban(ctx, member):\n    await member.ban()",
    },
    fix_hint:
      "Give the handler the same check as its siblings: a permission decorator (has_permissions, permission_classes), the admin allow-list test, or the authenticated identity from the call's metadata.",
  },
  trigger: /discord|nextcord|disnake|telegram|slack_bolt|socketio|strawberry|grpc/,
  nodeTypes: ["module"],
  detect(_node, ctx, report) {
    if (!sourceHas(ctx.tree, HANDLER_LIB)) return;
    const handlers = handlersOf(ctx);
    const sibling = handlers.find((h) => h.guarded);
    if (!sibling) return;
    for (const h of handlers) {
      if (h.guarded || LIFECYCLE.test(h.names[0]!) || !h.names.some((n) => PRIVILEGED.test(snake(n))))
        continue;
      report({
        node: field(h.fn, "name") ?? h.fn,
        message: `${h.names[h.names.length - 1]} runs a privileged action with no check on the caller, while ${ctx.text(field(sibling.fn, "name") ?? sibling.fn)} checks one`,
      });
    }
  },
  cases: {
    valid: [
      "from discord.ext import commands\nbot = commands.Bot(command_prefix='!')\n@bot.command()\n@commands.has_permissions(kick_members=True)\nasync def warn(ctx, member):\n    await member.send('warned')\n@bot.command()\n@commands.has_permissions(ban_members=True)\nasync def ban(ctx, member):\n    await member.ban()",
      // no handler checks anything: no evidence that callers differ
      "from discord.ext import commands\nbot = commands.Bot(command_prefix='!')\n@bot.command()\nasync def ping(ctx):\n    await ctx.send('pong')\n@bot.command()\nasync def delete_note(ctx, n):\n    notes.pop(n)",
      // a telegram callback that checks the admin list
      "from telegram.ext import CommandHandler\nADMINS = {1}\nasync def stats(update, context):\n    if update.effective_user.id not in ADMINS:\n        return\nasync def shutdown(update, context):\n    if update.effective_user.id not in ADMINS:\n        return\n    stop()\nh = [CommandHandler('stats', stats), CommandHandler('shutdown', shutdown)]",
      // a handler that is no privileged action
      "import grpc\nclass S(pb_grpc.UserServicer):\n    def Me(self, request, context):\n        if not context.invocation_metadata():\n            context.abort(grpc.StatusCode.UNAUTHENTICATED, 'x')\n    def Search(self, request, context):\n        return find(request.q)",
    ],
    invalid: [
      {
        code: "from discord.ext import commands\nbot = commands.Bot(command_prefix='!')\n@bot.command()\n@commands.has_permissions(kick_members=True)\nasync def warn(ctx, member):\n    await member.send('warned')\n@bot.command()\nasync def ban(ctx, member):\n    await member.ban()",
        line: 8,
      },
      {
        code: "from telegram.ext import CommandHandler\nADMINS = {1}\nasync def stats(update, context):\n    if update.effective_user.id not in ADMINS:\n        return\nasync def halt(update, context):\n    stop()\nh = [CommandHandler('stats', stats), CommandHandler('shutdown', halt)]",
        line: 6,
      },
      {
        code: "import grpc\nclass S(pb_grpc.AdminServicer):\n    def Me(self, request, context):\n        if not context.invocation_metadata():\n            context.abort(grpc.StatusCode.UNAUTHENTICATED, 'x')\n    def PurgeCache(self, request, context):\n        cache.purge()",
        line: 6,
      },
      {
        code: "import strawberry\n@strawberry.type\nclass Query:\n    @strawberry.field(permission_classes=[IsAdmin])\n    def user_count(self) -> int:\n        return 1\n@strawberry.type\nclass Mutation:\n    @strawberry.mutation\n    def delete_user(self, user_id: int) -> bool:\n        return users.delete(user_id)",
        line: 10,
      },
    ],
  },
});
