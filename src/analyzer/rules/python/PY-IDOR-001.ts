import { Level, type PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { apiGatewayEvent, pyRule } from "./common.js";
import { handlerOf, routerDependencies } from "./web.js";
import { regexEscape } from "../../../core/regex.js";

/** Routes that change state: by HTTP method or the body's writes. */
const WRITES = /methods\s*=\s*\[[^\]]*(POST|PUT|PATCH|DELETE)|\.(post|put|patch|delete)\(/i;
const MUTATES = /\.delete\(\)|\.commit\(\)|\.save\(\)|\.update\(|\bdel\s|\.remove\(/;
/** Records that belong to one user: reading another's by id is a breach, not a page view. */
const PRIVATE_RECORD =
  /invoice|order|account|document|message|payment|statement|ticket|address|card|receipt|medical|salary|profile|note(?!book)|attachment/i;
/** A queryset of every row: `Order.objects.all()`, with joins and orderings before or after `.all()`. */
const ALL_ROWS =
  /^\w+\.objects(\.(select_related|prefetch_related|order_by|only|defer)\([^()]*\))*\.all\(\)(\.(select_related|prefetch_related|order_by|only|defer)\([^()]*\))*$/;
/** Evidence the handler ties the object to the caller. */
const OWNERSHIP =
  /Depends\(\s*\w*(auth|admin|user|permission|login|role|owner)|current_user|request\.user|g\.user|session\[|session\.get(?!\(\s*[A-Z]\w*\s*,)|owner|user_id\s*==|\.user\s*==|author|has_perm|permission|is_admin|is_staff|is_superuser|abort\(\s*40[34]|PermissionDenied|Forbidden/;

const OWNED = new WeakMap<object, Set<string>>();

/**
 * Models this file itself scopes to the caller somewhere (`Invoice.owner_id == user.id`,
 * `DataExport.objects.filter(requested_by=request.user)`, `Report.query.filter_by(user_id=current_user.id)`):
 * the answer's own word that their rows belong to one user. Once per file.
 */
function ownedModels(ctx: PythonContext): Set<string> {
  let s = OWNED.get(ctx.tree);
  if (!s) {
    s = new Set<string>();
    const src = ctx.tree.source;
    const caller = String.raw`(?:request\.user|current_user|self\.request\.user|g\.user|user)(?:\.(?:id|pk))?\b`;
    for (const m of src.matchAll(
      new RegExp(
        String.raw`\b([A-Z]\w*)\.(?:owner|user|author|created_by|requested_by|uploaded_by)(?:_id)?\s*==\s*${caller}`,
        "g",
      ),
    ))
      s.add(m[1]!);
    for (const m of src.matchAll(
      new RegExp(
        String.raw`\b([A-Z]\w*)\.(?:objects|query)\.(?:filter|filter_by|get)\([^)]*\b\w+\s*=\s*${caller}`,
        "g",
      ),
    ))
      s.add(m[1]!);
    OWNED.set(ctx.tree, s);
  }
  return s;
}

/** The `update(Model)` / `delete(Model)` call a SQLAlchemy statement chain (`.where(...).values(...)`) starts from. */
function statementRoot(ctx: PythonContext, n: SyntaxNode | undefined): SyntaxNode | undefined {
  for (let i = 0; n?.type === "call" && i < 8; i++) {
    if (/^(sqlalchemy\.(sql\.)?)?(update|delete)$/.test(ctx.callee(n))) return n;
    const fn = field(n, "function");
    n = fn?.type === "attribute" ? (field(fn, "object") ?? undefined) : undefined;
  }
  return undefined;
}

/**
 * A generic view that loads one record by the URL's pk with nothing tying it to the caller: Django's
 * Detail/Update/DeleteView behind LoginRequiredMixin with `model = Invoice`, or DRF's ModelViewSet /
 * Retrieve*APIView with `queryset = Invoice.objects.all()` and only IsAuthenticated, neither narrowing
 * get_queryset / get_object. Returns the `model` / `queryset` assignment; undefined otherwise.
 */
function unscopedGenericView(klass: SyntaxNode, ctx: PythonContext): SyntaxNode | undefined {
  const sup = ctx.text(field(klass, "superclasses") ?? klass);
  const django = /\b(DetailView|UpdateView|DeleteView)\b/.test(sup);
  const drf =
    /\b(ModelViewSet|ReadOnlyModelViewSet|RetrieveAPIView|RetrieveUpdateAPIView|RetrieveDestroyAPIView|RetrieveUpdateDestroyAPIView|UpdateAPIView|DestroyAPIView)\b/.test(
      sup,
    );
  if (!django && !drf) return undefined;
  const opts = new Map<string, SyntaxNode>();
  let ownQueryset: SyntaxNode | undefined;
  for (const st of namedChildren(field(klass, "body") ?? klass)) {
    if (st.type === "function_definition" || st.type === "decorated_definition") {
      const fn = st.type === "function_definition" ? st : field(st, "definition");
      const fname = fn ? ctx.text(field(fn, "name") ?? fn) : "";
      // A get_queryset that returns every row (`return Order.objects.all().order_by(...)`) and never looks at
      // the caller scopes nothing: it stands for the queryset.
      if (
        fn &&
        fname === "get_queryset" &&
        !/\bself\.request\b|\buser\b/.test(ctx.text(field(fn, "body") ?? fn))
      ) {
        const rets = ctx.returnValues(fn);
        if (rets.length === 1 && ALL_ROWS.test(ctx.text(rets[0]!))) {
          ownQueryset = rets[0];
          continue;
        }
      }
      // get_queryset / get_object / dispatch overridden: the class scopes (or checks) the lookup itself.
      if (fn && /^(get_queryset|get_object|dispatch|has_permission|test_func)$/.test(fname)) return undefined;
      continue;
    }
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const left = a?.type === "assignment" ? field(a, "left") : undefined;
    if (left?.type === "identifier") opts.set(ctx.text(left), a!);
  }
  if (django) {
    // Logged in (so the records are per user), no permission mixin, and the model is a private record.
    if (!/\bLoginRequiredMixin\b/.test(sup) || /Permission|UserPassesTest|Staff|Superuser|Owner/.test(sup))
      return undefined;
    const model = opts.get("model");
    const m = model && field(model, "right");
    return m?.type === "identifier" && PRIVATE_RECORD.test(ctx.text(m)) && !opts.has("queryset")
      ? model
      : undefined;
  }
  const qs = ownQueryset ?? opts.get("queryset");
  const perms = opts.get("permission_classes");
  const q = qs && ctx.text(qs.type === "assignment" ? (field(qs, "right") ?? qs) : qs);
  // (`Order.objects.select_related("customer").all()`: joins and orderings still select every row.)
  // The class's own create saves the caller as the row's owner (`serializer.save(owner=self.request.user)`): its
  // rows belong to one user each, whatever the model is called.
  const ownerSaved =
    /\.save\([^)]*\b(owner|user|author|created_by|uploaded_by)\s*=\s*self\.request\.user\b/.test(
      ctx.text(klass),
    );
  if (
    !q ||
    !perms ||
    !ALL_ROWS.test(q) ||
    !(PRIVATE_RECORD.test(q.split(".")[0]!) || ownerSaved || ownedModels(ctx).has(q.split(".")[0]!))
  )
    return undefined;
  // Only "is logged in" classes: any other (IsOwner, object permissions) may check the object.
  const names = [...ctx.text(field(perms, "right") ?? perms).matchAll(/\b([A-Z]\w*)\b/g)].map((x) => x[1]!);
  return names.length && names.every((n) => /^(IsAuthenticated|IsAuthenticatedOrReadOnly)$/.test(n))
    ? qs
    : undefined;
}

/**
 * boto3 S3 calls that hand one object to the caller, overwrite or delete it, or sign access to it. (download_file
 * only copies it into the function's scratch space: what is then done with it decides the exposure.)
 */
const S3_OBJECT_CALL =
  /^(get_object|head_object|delete_object|put_object|copy_object|get_object_acl|put_object_acl|generate_presigned_url|generate_presigned_post)$/;

/** The object key of an S3 call: Key=, Params={"Key": ...}, or generate_presigned_post's positional key. */
function s3Key(ctx: PythonContext, call: SyntaxNode, m: string): SyntaxNode | undefined {
  const kw = ctx.kwarg(call, "Key");
  if (kw) return kw;
  if (m === "generate_presigned_url") {
    const params = ctx.resolve(ctx.kwarg(call, "Params") ?? ctx.args(call)[1]);
    const pair =
      params?.type === "dictionary"
        ? namedChildren(params).find((p) => p.type === "pair" && ctx.stringValue(field(p, "key")) === "Key")
        : undefined;
    return pair ? field(pair, "value") : undefined;
  }
  return m === "generate_presigned_post" ? ctx.args(call)[1] : undefined;
}

/**
 * The key is the caller's choice: its text up to the first part from the request has no value of the server's
 * own (the authenticated user's id, a tenant from the session). `f"users/{user_id}/{name}"` stays in the user's
 * folder (S3 keys are not paths: no `..` climbs out); `"shared/" + key` or `body["key"]` can name anyone's.
 */
function callerChosenKey(ctx: PythonContext, key: SyntaxNode): boolean {
  if (ctx.level(key, "trust") !== Level.SOURCE) return false;
  const v = key.type === "identifier" ? (ctx.resolve(key) ?? key) : key;
  const parts: SyntaxNode[] = [];
  const flatten = (n: SyntaxNode) => {
    if (n.type === "binary_operator" && n.children.some((c) => c.type === "+")) {
      for (const side of [field(n, "left"), field(n, "right")]) if (side) flatten(side);
    } else if (n.type === "string")
      parts.push(
        ...n.children.filter((c) => c.type === "interpolation").map((c) => namedChildren(c)[0] ?? c),
      );
    else parts.push(n);
  };
  flatten(v);
  for (const p of parts) {
    if (ctx.level(p, "trust") === Level.SOURCE) return true;
    // A value of the server's own before the caller's part scopes the key.
    if (p.type !== "string" && ctx.constValue(p) === undefined) return false;
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-IDOR-001",
    title: "Object changed by id without checking it belongs to the caller",
    cwe: ["CWE-639", "CWE-283", "CWE-285", "CWE-862", "CWE-863"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        'Flags state-changing routes with an id in the path (/profile/<int:user_id>/edit) that load the object by that id and change or delete it without comparing it to the logged-in user or checking a permission, and functions told whom they act for (`requesting_uid`, `caller_user`) that delete, move or re-permission a file without ever reading it (a check made only in an `if request.method == "GET":` block that returns does not cover the write after it), and generic class-based views that serve a private record by pk to any logged-in user: Django Detail/Update/DeleteView behind LoginRequiredMixin, DRF ModelViewSet / Retrieve*APIView over Model.objects.all() with only IsAuthenticated, with no get_queryset/get_object of their own.',
      why_bad:
        "Any logged-in user can change the number in the URL and edit or delete someone else's record (insecure direct object reference).",
      example_bad:
        "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/note/<int:note_id>/delete', methods=['POST'])\ndef delete_note(note_id):\n    Note.query.filter_by(id=note_id).delete()\n    db.session.commit()\n    return 'ok'",
      example_good:
        "from flask import Flask, request\nfrom flask_login import current_user\napp = Flask(__name__)\n@app.route('/note/<int:note_id>/delete', methods=['POST'])\ndef delete_note(note_id):\n    Note.query.filter_by(id=note_id, owner_id=current_user.id).delete()\n    db.session.commit()\n    return 'ok'",
    },
    fix_hint:
      "Scope the lookup to the caller (owner_id=current_user.id) or check ownership / a permission before changing it.",
  },
  trigger:
    /(?<=<(int:|uuid:|string:)?\w*)id>|(?<=\{\w*)id\}|get_object_or_404\(|objects\.(get|filter)\(|(requesting|caller|acting)_\w+|requester|on_behalf_of|\.delete\(|\bupdate\(\w+\)\.where|(Detail|Update|Delete)View\b|ModelViewSet\b|(Retrieve|Update|Destroy)\w*APIView\b|generate_presigned_(url|post)|(get|head|delete|put|copy)_object(_acl)?\(/,
  nodeTypes: ["function_definition", "class_definition", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      // An S3 object named by the client in a request handler: any tenant's object read, signed or deleted.
      const m = ctx.method(node);
      if (!S3_OBJECT_CALL.test(m)) return;
      const fn = ctx.enclosingFunction(node);
      if (!fn || !(handlerOf(ctx, fn) || apiGatewayEvent(ctx, fn))) return;
      const key = s3Key(ctx, node, m);
      if (key && callerChosenKey(ctx, key))
        report({ node, message: `S3 ${m} of an object key the client chooses, not scoped to the caller` });
      return;
    }
    if (node.type === "class_definition") {
      const at = unscopedGenericView(node, ctx);
      if (at)
        report({
          node: at,
          message: `${ctx.text(field(node, "name") ?? node)} serves any ${ctx.text(at.type === "assignment" ? (field(at, "right") ?? at) : at).split(".")[0]} by its id to any logged-in user`,
        });
      return;
    }
    const h = handlerOf(ctx, node);
    if (!h) {
      // `def remove_upload(requesting_uid, name): os.remove(...)`: the function is told whom it acts for and
      // never looks at it, so it deletes or re-permissions any user's file (unverified ownership).
      const params = ctx.paramNames(node);
      const principal =
        params.find((p) =>
          /^(requesting|caller|acting)_(uid|user|user_id|owner)$|^on_behalf_of$|^requester(_id|_uid)?$|^caller_id$/.test(
            p,
          ),
        ) ??
        // `def delete_post(user, post)`: a user handed in beside the record, with other arguments to act on.
        (params.length > 1
          ? params.find((p) => /^(user|current_user|request_user|acting_user|actor|owner)$/.test(p))
          : undefined);
      if (!principal) return;
      const inner = descendants(field(node, "body") ?? node);
      if (inner.some((d) => d.type === "identifier" && ctx.text(d) === principal)) return;
      const op = inner.find(
        (d) =>
          d.type === "call" &&
          /^(os\.(remove|unlink|rmdir|chmod|chown|rename|replace)|shutil\.(rmtree|move|chown))$/.test(
            ctx.callee(d),
          ),
      );
      // ... or deletes or updates a database row it picks by another id (`DELETE FROM accounts WHERE id = ?`).
      const sql = op
        ? undefined
        : inner.find(
            (d) =>
              d.type === "call" &&
              /^execute(many)?$/.test(ctx.method(d)) &&
              /^[rbuf]*["']+\s*(DELETE|UPDATE)\b/i.test(ctx.text(ctx.args(d)[0] ?? d)),
          );
      // ... or deletes a record through another parameter: `post.delete()`, `Post.objects.filter(id=post_id)
      // .delete()`, `db.session.delete(post)`.
      const others = params.filter((p) => p !== principal && p !== "self" && p !== "cls");
      const mentions = (n: SyntaxNode | undefined) =>
        !!n && [n, ...descendants(n)].some((x) => x.type === "identifier" && others.includes(ctx.text(x)));
      const orm =
        op || sql
          ? undefined
          : inner.find((d) => {
              if (d.type !== "call" || ctx.method(d) !== "delete") return false;
              const recv = field(field(d, "function") ?? d, "object");
              const args = ctx.args(d);
              return args.length
                ? /(^|\.)session$/.test(ctx.text(recv ?? d)) && mentions(args[0])
                : mentions(recv);
            });
      // ... or runs a SQLAlchemy 2.0 statement changing the row another parameter picks:
      // `session.execute(update(Note).where(Note.id == note_id).values(...))`.
      const stmt =
        op || sql || orm
          ? undefined
          : inner.find((d) => {
              if (d.type !== "call" || !/^execute$/.test(ctx.method(d))) return false;
              const root = statementRoot(ctx, ctx.args(d)[0]);
              return !!root && mentions(ctx.args(d)[0]);
            });
      if (op)
        report({
          node: op,
          message: `${ctx.callee(op)}() acts for ${principal} without checking that it owns the file`,
        });
      else if (stmt)
        report({
          node: stmt,
          message: `an UPDATE/DELETE statement acts for ${principal} without checking that it owns the row`,
        });
      else if (orm)
        report({
          node: orm,
          message: `${ctx.text(orm)} deletes a record for ${principal} without checking that it owns it`,
        });
      else if (sql)
        report({
          node: sql,
          message: `a DELETE/UPDATE acts for ${principal} without checking that it owns the row`,
        });
      return;
    }
    const param = /<(?:\w+:)?(\w*id)>|\{(\w*id)\}/.exec(h.path);
    const body = ctx.text(field(node, "body") ?? node);
    // A Django view takes the URL's captured id as a parameter after request: def edit(request, pk); a
    // class-based view's method may read it from self.kwargs instead (`self.kwargs["pk"]`, `.get("pk")`).
    const up = node.parent?.type === "decorated_definition" ? node.parent : node;
    const cls = up.parent?.parent?.type === "class_definition" ? up.parent.parent : undefined;
    const kw = cls
      ? /\bself\.kwargs(?:\[\s*(["'])(pk|id|\w+_(?:id|pk))\1\s*\]|\.get\(\s*(["'])(pk|id|\w+_(?:id|pk))\4)/.exec(
          body,
        )
      : null;
    let id = h.path
      ? (param?.[1] ?? param?.[2])
      : (ctx.paramNames(node).find((p, i) => i > 0 && /^(pk|id|\w+_(id|pk))$/.test(p)) ?? kw?.[0]);
    // No id in the URL: the record's id posted in the body (`data = json.loads(request.body)` then
    // `Profile.objects.get(pk=data["profile_id"])`, `request.POST["user_id"]`) picks it just the same.
    const posted = id
      ? null
      : /\b(?:request\.(?:POST|form|json|data)|data|payload|body)\s*(?:\[\s*(["'])(?:pk|id|\w+_id)\1\s*\]|\.get\(\s*(["'])(?:pk|id|\w+_id)\2)/.exec(
          body,
        );
    if (posted && /json\.loads\(\s*request\.body|request\.(POST|form|get_json|json)\b/.test(body))
      id = posted[0];
    if (!id) return;
    // What stands for the id in the body: the name, or the self.kwargs (or posted field) read itself.
    const idSrc = id === kw?.[0] || id === posted?.[0] ? regexEscape(id) : `\\b${id}\\b`;
    // The class says who may call: LoginRequiredMixin, @method_decorator(login_required), IsAuthenticated.
    const classAuth = cls
      ? ctx.text(field(cls, "superclasses") ?? cls) +
        " " +
        (cls.parent?.type === "decorated_definition"
          ? ctx.text(cls.parent).slice(0, ctx.text(cls.parent).indexOf("class "))
          : "") +
        " " +
        (/\bpermission_classes\s*=\s*[[(][^\])]*[\])]/.exec(ctx.text(cls))?.[0] ?? "")
      : "";
    // FastAPI declares auth as parameters: `admin=Depends(require_admin)` is a permission check;
    // `user=Depends(get_current_user)` only says who calls, and counts as ownership only if the body uses it.
    let loginDep: string | undefined;
    // A permission dependency on the route's router or app (`APIRouter(dependencies=[Depends(require_admin)])`)
    // guards every route of it.
    for (const m of routerDependencies(ctx, node).matchAll(/Depends\(\s*([\w.]*)/g))
      if (/admin|permission|owner|role|staff|superuser|moderator|maintainer/i.test(m[1]!)) return;
    for (const m of ctx
      .text(field(node, "parameters") ?? node)
      .matchAll(/(\w+)\s*(?::[^=,]*)?=\s*Depends\(\s*([\w.]*)/g)) {
      if (/admin|permission|owner|role|staff|superuser|moderator|maintainer/i.test(m[2]!)) return;
      if (/user|auth|login|token|account/i.test(m[2]!)) loginDep = m[1];
    }
    if (loginDep && new RegExp(`\\b${loginDep}\\b`).test(body)) return;
    // Reading a private record (an invoice, a message) by id after only a login check is the same flaw.
    // A Django view has no path in the file: the view's name and the model it loads say what it reads
    // (`def invoice_detail(request, pk): get_object_or_404(Invoice, pk=pk)`).
    const what = h.path
      ? h.path
      : `${ctx.text(field(node, "name") ?? node)} ${/(?:get_object_or_404\(\s*|(\w+)\.objects\.get\()(\w*)/.exec(body)?.slice(1).join(" ") ?? ""}`;
    const privateRead =
      (/login_required|jwt_required|auth/i.test(h.decorators) ||
        // a body check that someone is signed in: `if "user_id" not in session: return ..., 401`
        /['"]\w*(user|uid)\w*['"]\s+not\s+in\s+session\b|\bsession\.get\(\s*['"]\w*(user|uid)/.test(body) ||
        /LoginRequired|login_required|IsAuthenticated/.test(classAuth) ||
        !!loginDep) &&
      (PRIVATE_RECORD.test(what + (cls ? " " + ctx.text(field(cls, "name") ?? cls) : "")) ||
        [...ownedModels(ctx)].some((m) => new RegExp(`\\b${m}\\b`).test(body))) &&
      // The record goes back to the caller: serialised, returned whole, or its fields in a dict literal.
      (/\breturn\b[^\n]*(to_dict|jsonify|JsonResponse|[Ss]erializ|model_to_dict|__dict__|send_file|FileResponse|Response\()|\breturn\s+\w+\s*$/m.test(
        body,
      ) ||
        /\breturn\s*\{[^}]*\b[a-z_]\w*\.[a-z_]\w*/.test(body));
    if (!privateRead) {
      if (!WRITES.test(h.decorators) && !MUTATES.test(body)) return;
      if (!MUTATES.test(body) && !/\.\w+\s*=\s*request\./.test(body)) return;
    }
    // The id must select the object: get(id), filter(id=id), get_object_or_404(..., pk=id), DOCS[id]
    if (
      !new RegExp(
        `(get\\w*|filter|filter_by|get_object_or_404|find_one|execute|delete_one|update_one|\\.where)\\([^)]*${idSrc}|\\[${idSrc}\\]`,
      ).test(body)
    )
      return;
    // `if request.method == "GET": <check>; return ...` guards the page view only: the write after the block
    // runs for POST whatever that check said, so the check must be found outside it.
    let guarded = body;
    for (const st of namedChildren(field(node, "body") ?? node)) {
      const cond = st.type === "if_statement" ? ctx.text(field(st, "condition") ?? st) : "";
      const block = st.type === "if_statement" ? field(st, "consequence") : undefined;
      const last = block ? namedChildren(block).at(-1) : undefined;
      if (
        /^request\.method\s*==\s*["'](GET|HEAD)["']$/.test(cond.trim()) &&
        !st.children.some((c) => c.type === "else_clause" || c.type === "elif_clause") &&
        last?.type === "return_statement"
      )
        guarded = guarded.replace(ctx.text(st), "");
    }
    // `if sub.user_id != int(payload["user_id"]): abort(403)` compares the record with whoever the client says it
    // is: no check of the caller at all.
    for (const st of descendants(field(node, "body") ?? node)) {
      if (st.type !== "if_statement") continue;
      const cond = ctx.text(field(st, "condition") ?? st);
      if (
        /(owner|user|author|customer)\w*\s*(!=|==)/.test(cond) &&
        /\b(request\.(json|form|args|values|data|POST|GET)|payload|data|body)\s*(\[|\.get\()\s*['"]\w*(user|owner|account)\w*['"]/.test(
          cond,
        )
      )
        guarded = guarded.replace(ctx.text(st), "");
    }
    // `if user is None: abort(404)` (or `if result.rowcount == 0:`) only says the record exists, not whose it is.
    guarded = guarded.replace(
      /\bif\s+(?:not\s+[\w.]+|[\w.]+\s+is\s+None|[\w.]+\.rowcount\s*(?:==\s*0|<\s*1))\s*:\s*\n\s*abort\(\s*404\s*\)/g,
      "",
    );
    if (
      OWNERSHIP.test(guarded) ||
      // (`@list_moderator_required`, `@project_member_required`: a decorator named for the role it requires on the
      // object the URL names.)
      /owner|permission|(admin|moderator|manager|maintainer|editor|member|roles?)_required|staff|superuser|user_passes_test/i.test(
        h.decorators,
      ) ||
      /PermissionRequired|UserPassesTest|permission_required|user_passes_test|IsAdmin|IsOwner|Owner|DjangoObjectPermissions|DjangoModelPermissions/.test(
        classAuth,
      )
    )
      return;
    // Reported where the id selects the object (`Invoice.query.get_or_404(invoice_id)`), else at the handler.
    const name = node.children.find((c) => c.type === "identifier") ?? node;
    const idRe = new RegExp(idSrc);
    const select = descendants(field(node, "body") ?? node).find(
      (n) =>
        n.type === "call" &&
        /^(get\w*|filter|filter_by|get_object_or_404|find_one|execute|delete_one|update_one)$/.test(
          ctx.method(n) || ctx.callee(n),
        ) &&
        idRe.test(ctx.text(field(n, "arguments") ?? n)),
    );
    report({
      node: select ?? name,
      message: `${h.path || h.name} ${privateRead ? "returns" : "changes"} the object chosen by ${id} without an ownership check`,
    });
  },
  cases: {
    valid: [
      "import os, boto3\ns3 = boto3.client('s3')\ndef handler(event, context):\n    key = event['pathParameters']['key']\n    s3.download_file('b', key, os.path.join('/tmp', os.path.basename(key)))",
      // S3 keys under the authenticated principal's prefix (the authorizer's claims), or an S3 event's own key.
      "import boto3\ns3 = boto3.client('s3')\ndef handler(event, context):\n    uid = event['requestContext']['authorizer']['claims']['sub']\n    name = event['queryStringParameters']['name']\n    return s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': f'users/{uid}/{name}'}, ExpiresIn=300)",
      "import boto3\ns3 = boto3.client('s3')\ndef handler(event, context):\n    key = event['Records'][0]['s3']['object']['key']\n    return s3.get_object(Bucket='b', Key=key)",
      // get_queryset scoped to the caller
      "from rest_framework import permissions, viewsets\nclass OrderViewSet(viewsets.ModelViewSet):\n    permission_classes = [permissions.IsAuthenticated]\n    def get_queryset(self):\n        return Order.objects.filter(customer=self.request.user)",
      "from flask import Flask, abort\nfrom flask_login import current_user, login_required\napp = Flask(__name__)\n@app.post('/subs/<int:sub_id>/cancel')\n@login_required\ndef cancel(sub_id):\n    sub = db.get_or_404(Sub, sub_id)\n    if sub.user_id != current_user.id:\n        abort(403)\n    sub.status = 'cancelled'\n    db.session.commit()\n    return 'ok'",
      "from flask import Flask, jsonify, session\napp = Flask(__name__)\n@app.get('/statements/<int:statement_id>')\ndef statement(statement_id):\n    if 'user_id' not in session:\n        return jsonify(error='login'), 401\n    row = db.execute('SELECT * FROM statements WHERE id = ? AND user_id = ?', (statement_id, session['user_id'])).fetchone()\n    return jsonify(dict(row))",
      "from sqlalchemy import update\ndef rename(session, note_id, title, owner):\n    session.execute(update(Note).where(Note.id == note_id, Note.owner_id == owner.id).values(title=title))",
      // the lookup scoped to the caller; the Flask session read by key is a check
      "from fastapi import APIRouter, Depends, HTTPException\nfrom sqlalchemy import select\nrouter = APIRouter()\n@router.get('/invoices/{invoice_id}')\ndef get_invoice(invoice_id: int, session=Depends(get_session), user=Depends(get_current_user)):\n    invoice = session.scalar(select(Invoice).where(Invoice.id == invoice_id, Invoice.owner_id == user.id))\n    if invoice is None:\n        raise HTTPException(404)\n    return invoice",
      "import json\nfrom django.contrib.auth.decorators import login_required\nfrom django.http import JsonResponse\n@login_required\ndef update_address(request):\n    data = json.loads(request.body)\n    p = Profile.objects.get(pk=data['profile_id'], user=request.user)\n    p.address = data['address']\n    p.save()\n    return JsonResponse({})",
      "from fastapi import APIRouter, Depends, FastAPI\nrouter = APIRouter(prefix='/admin')\n@router.delete('/users/{user_id}')\ndef delete_user(user_id: int, db=Depends(get_db)):\n    db.delete(db.get(User, user_id))\n    db.commit()\napp = FastAPI()\napp.include_router(router, dependencies=[Depends(require_admin)])",
      "import os\ndef remove_upload(requesting_uid, name):\n    path = os.path.join('/var/spool/up', os.path.basename(name))\n    if os.lstat(path).st_uid != requesting_uid:\n        raise PermissionError(name)\n    os.remove(path)",
      "def delete_account(conn, requester_id, account_id):\n    conn.execute('DELETE FROM accounts WHERE id = ? AND owner_id = ?', (account_id, requester_id))",
      "def delete_post(user, post):\n    if post.author_id != user.id:\n        raise PermissionError()\n    post.delete()",
      "def delete_account(user):\n    user.delete()",
      "def clear(user, cache):\n    cache.delete('k')",
      "from flask import Flask, abort, request\nfrom flask_login import current_user\napp = Flask(__name__)\n@app.route('/docs/<int:doc_id>', methods=['GET', 'POST'])\ndef doc(doc_id):\n    d = Doc.query.get_or_404(doc_id)\n    if request.method == 'GET':\n        if not d.can_view(current_user):\n            abort(403)\n        return d.body\n    if not d.can_edit(current_user):\n        abort(403)\n    d.body = request.form['body']\n    db.session.commit()\n    return 'ok'",
      "from fastapi import Depends, FastAPI, HTTPException\napp = FastAPI()\n@app.get('/accounts/{account_id}')\ndef get_account(account_id: int, user=Depends(get_current_user)):\n    account = db.get_account(account_id)\n    if account is None or account.owner_id != user.id:\n        raise HTTPException(404)\n    return account",
      "from django.shortcuts import get_object_or_404\ndef rename(request, pk):\n    p = get_object_or_404(Project, pk=pk, owner=request.user)\n    p.name = request.POST['name']\n    p.save()",
      "from django.shortcuts import get_object_or_404\ndef show(request, pk):\n    return render(request, 'p.html', {'p': get_object_or_404(Project, pk=pk)})",
      "from django.contrib.auth.decorators import login_required\nfrom django.http import JsonResponse\nfrom django.shortcuts import get_object_or_404\n@login_required\ndef invoice_detail(request, pk):\n    inv = get_object_or_404(Invoice, pk=pk, owner=request.user)\n    return JsonResponse({'total': str(inv.total)})",
      "from flask import Flask, jsonify\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.route('/posts/<int:post_id>')\n@login_required\ndef post(post_id):\n    return jsonify(Post.query.get_or_404(post_id).to_dict())",
      "from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import redirect\nfrom django.utils.decorators import method_decorator\nfrom django.views.decorators.http import require_http_methods\nfrom django.views.generic import View\n\n\nclass Unsubscribe(View):\n    @method_decorator(login_required)\n    def post(self, request, *args, **kwargs):\n        email = request.POST['email']\n        found = EmailAddress.objects.filter(user=request.user, email=email).count()\n        return redirect('home')\n\n\n@require_http_methods(['POST'])\n@login_required\n@list_moderator_required\ndef moderate(request, list_id):\n    mlist = List.objects.get_or_404(fqdn_listname=list_id)\n    member = mlist.get_member(request.POST['sender'])\n    member.moderation_action = request.POST.get('action')\n    member.save()\n    return redirect('held', list_id)\n",
      "from fastapi import Depends, FastAPI\napp = FastAPI()\n@app.delete('/users/{user_id}')\ndef d(user_id: int, admin=Depends(require_admin)):\n    db.query(User).filter(User.id == user_id).delete()\n    db.commit()",
      "from flask import Flask\napp = Flask(__name__)\n@app.route('/post/<int:post_id>')\ndef show(post_id):\n    return Post.query.get(post_id).title",
      "from flask import Flask, abort\napp = Flask(__name__)\n@app.route('/notes/<int:note_id>/delete', methods=['POST'])\ndef delete_note(note_id):\n    note = Note.query.get(note_id)\n    if note is None or note.owner_id != session_user():\n        abort(404)\n    db.session.delete(note)\n    db.session.commit()",
      "from flask import Flask, request\nfrom flask_login import current_user\napp = Flask(__name__)\n@app.route('/p/<int:pid>/edit', methods=['POST'])\ndef edit(pid):\n    p = Profile.query.get(pid)\n    if p.user_id != current_user.id:\n        abort(403)\n    p.bio = request.form['bio']\n    db.session.commit()",
      // Class-based views: the id read from self.kwargs or a pk parameter, the login/permission said by the class.
      "from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.views.generic import DetailView\nclass InvoiceDetail(LoginRequiredMixin, DetailView):\n    model = Invoice\n    def get_queryset(self):\n        return Invoice.objects.filter(owner=self.request.user)",
      "from django.views.generic import DetailView\nclass ArticleDetail(DetailView):\n    model = Article",
      "from rest_framework import viewsets\nfrom rest_framework.permissions import IsAuthenticated\nclass InvoiceViewSet(viewsets.ModelViewSet):\n    queryset = Invoice.objects.all()\n    serializer_class = InvoiceSerializer\n    permission_classes = [IsAuthenticated, IsOwner]",
      "from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.http import JsonResponse\nfrom django.views import View\nclass DeleteNote(LoginRequiredMixin, View):\n    def post(self, request, pk):\n        Note.objects.filter(pk=pk, author=request.user).delete()\n        return JsonResponse({'ok': True})",
      "from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.http import JsonResponse\nfrom django.shortcuts import get_object_or_404\nfrom django.views import View\nclass InvoiceDetailView(LoginRequiredMixin, View):\n    def get(self, request, *args, **kwargs):\n        inv = get_object_or_404(Invoice, pk=self.kwargs['pk'], owner=request.user)\n        return JsonResponse({'total': str(inv.total)})",
      "from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.http import JsonResponse\nfrom django.shortcuts import get_object_or_404\nfrom django.views import View\nclass InvoiceDetailView(LoginRequiredMixin, PermissionRequiredMixin, View):\n    def get(self, request, *args, **kwargs):\n        inv = get_object_or_404(Invoice, pk=self.kwargs['pk'])\n        return JsonResponse({'total': str(inv.total)})",
      "from fastapi import Depends, FastAPI\napp = FastAPI()\n@app.get('/documents/{doc_id}')\ndef get_document(doc_id: int, user=Depends(current_user), db=Depends(get_db)):\n    doc = db.query(Document).filter(Document.id == doc_id, Document.owner_id == user.id).first()\n    return {'title': doc.title, 'body': doc.body}",
      "from rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\nfrom rest_framework.viewsets import ViewSet\nclass OrderViewSet(ViewSet):\n    permission_classes = [IsAuthenticated, IsOwner]\n    def retrieve(self, request, pk=None):\n        order = Order.objects.get(pk=pk)\n        return Response(OrderSerializer(order).data)",
    ],
    invalid: [
      // get_queryset returning every row to any logged-in user
      {
        code: "from rest_framework import permissions, viewsets\nclass OrderViewSet(viewsets.ModelViewSet):\n    permission_classes = [permissions.IsAuthenticated]\n    def get_queryset(self):\n        return Order.objects.all().order_by('-created_at')",
        line: 5,
      },
      // the owner compared with a user id the client posts
      {
        code: "from flask import Flask, abort, request\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.post('/subs/<int:sub_id>/cancel')\n@login_required\ndef cancel(sub_id):\n    payload = request.get_json()\n    sub = db.get_or_404(Sub, sub_id)\n    if sub.user_id != int(payload['user_id']):\n        abort(403)\n    sub.status = 'cancelled'\n    db.session.commit()\n    return 'ok'",
        line: 8,
      },
      // a session-user check, then the statement fetched by id alone
      "from flask import Flask, jsonify, session\napp = Flask(__name__)\n@app.get('/statements/<int:statement_id>')\ndef statement(statement_id):\n    if 'user_id' not in session:\n        return jsonify(error='login'), 401\n    row = db.execute('SELECT * FROM statements WHERE id = ?', (statement_id,)).fetchone()\n    return jsonify(dict(row))",
      {
        code: "import boto3\ns3 = boto3.client('s3')\ndef handler(event, context):\n    key = event['queryStringParameters']['key']\n    return s3.generate_presigned_url('get_object', Params={'Bucket': 'b', 'Key': key}, ExpiresIn=300)",
        line: 5,
      },
      {
        code: "import json, boto3\ns3 = boto3.client('s3')\ndef handler(event, context):\n    body = json.loads(event['body'])\n    s3.delete_object(Bucket='b', Key='shared/' + body['key'])\n    return s3.generate_presigned_post('b', body['key'], ExpiresIn=600)",
        line: 5,
      },
      {
        code: "import boto3\nfrom flask import Flask, request\napp = Flask(__name__)\ns3 = boto3.client('s3')\n@app.get('/download')\ndef download():\n    return s3.get_object(Bucket='b', Key=request.args['key'])['Body'].read()",
        line: 7,
      },
      {
        code: "from sqlalchemy import update\ndef rename(session, note_id, title, owner):\n    session.execute(update(Note).where(Note.id == note_id).values(title=title))",
        line: 3,
      },
      // SQLAlchemy's session.get(Model, pk) is the lookup itself, not a check of the caller's session
      {
        code: "from fastapi import APIRouter, Depends, HTTPException\nrouter = APIRouter()\n@router.get('/invoices/{invoice_id}')\ndef get_invoice(invoice_id: int, session=Depends(get_session), user=Depends(get_current_user)):\n    invoice = session.get(Invoice, invoice_id)\n    if invoice is None:\n        raise HTTPException(404)\n    return invoice",
        line: 5,
      },
      // a queryset with a join still selects every order
      {
        code: "from rest_framework import permissions, viewsets\nclass OrderViewSet(viewsets.ModelViewSet):\n    queryset = Order.objects.select_related('customer').all()\n    serializer_class = OrderSerializer\n    permission_classes = [permissions.IsAuthenticated]",
        line: 3,
      },
      {
        code: "import json\nfrom django.contrib.auth.decorators import login_required\nfrom django.http import JsonResponse\n@login_required\ndef update_address(request):\n    data = json.loads(request.body)\n    p = Profile.objects.get(pk=data['profile_id'])\n    p.address = data['address']\n    p.save()\n    return JsonResponse({})",
        line: 7,
      },
      // A decorator that names no role on the object (it only loads the list).
      "from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import redirect\nfrom django.utils.decorators import method_decorator\nfrom django.views.decorators.http import require_http_methods\nfrom django.views.generic import View\n\n\nclass Unsubscribe(View):\n    @method_decorator(login_required)\n    def post(self, request, *args, **kwargs):\n        email = request.POST['email']\n        found = EmailAddress.objects.filter(user=request.user, email=email).count()\n        return redirect('home')\n\n\n@require_http_methods(['POST'])\n@login_required\n@list_required\ndef moderate(request, list_id):\n    mlist = List.objects.get_or_404(fqdn_listname=list_id)\n    member = mlist.get_member(request.POST['sender'])\n    member.moderation_action = request.POST.get('action')\n    member.save()\n    return redirect('held', list_id)\n",
      // A class-based view's login (mixin, DRF IsAuthenticated) and a record returned as a dict of its fields.
      {
        code: "from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.views.generic import DetailView\nclass InvoiceDetail(LoginRequiredMixin, DetailView):\n    model = Invoice\n    template_name = 'invoice.html'",
        line: 4,
      },
      {
        code: "from rest_framework import viewsets\nfrom rest_framework.permissions import IsAuthenticated\nclass InvoiceViewSet(viewsets.ModelViewSet):\n    queryset = Invoice.objects.all()\n    serializer_class = InvoiceSerializer\n    permission_classes = [IsAuthenticated]",
        line: 4,
      },
      {
        code: "from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.http import JsonResponse\nfrom django.views import View\nclass DeleteNote(LoginRequiredMixin, View):\n    def post(self, request, pk):\n        Note.objects.filter(pk=pk).delete()\n        return JsonResponse({'ok': True})",
        line: 6,
      },
      {
        code: "from django.contrib.auth.mixins import LoginRequiredMixin\nfrom django.http import JsonResponse\nfrom django.shortcuts import get_object_or_404\nfrom django.views import View\nclass InvoiceDetailView(LoginRequiredMixin, View):\n    def get(self, request, *args, **kwargs):\n        inv = get_object_or_404(Invoice, pk=self.kwargs['pk'])\n        return JsonResponse({'total': str(inv.total)})",
        line: 7,
      },
      {
        code: "from fastapi import Depends, FastAPI\napp = FastAPI()\n@app.get('/documents/{doc_id}')\ndef get_document(doc_id: int, user=Depends(current_user), db=Depends(get_db)):\n    doc = db.query(Document).filter(Document.id == doc_id).first()\n    return {'title': doc.title, 'body': doc.body}",
        line: 5,
      },
      {
        code: "from rest_framework.permissions import IsAuthenticated\nfrom rest_framework.response import Response\nfrom rest_framework.viewsets import ViewSet\nclass OrderViewSet(ViewSet):\n    permission_classes = [IsAuthenticated]\n    def retrieve(self, request, pk=None):\n        order = Order.objects.get(pk=pk)\n        return Response(OrderSerializer(order).data)",
        line: 7,
      },

      "from flask import Flask, abort, request\nfrom flask_login import current_user\napp = Flask(__name__)\n@app.route('/docs/<int:doc_id>', methods=['GET', 'POST'])\ndef doc(doc_id):\n    d = Doc.query.get_or_404(doc_id)\n    if request.method == 'GET':\n        if not d.can_view(current_user):\n            abort(403)\n        return d.body\n    d.body = request.form['body']\n    db.session.commit()\n    return 'ok'",
      "from flask import Flask, session\napp = Flask(__name__)\n@app.route('/notes/<int:note_id>/delete', methods=['POST'])\ndef delete_note(note_id):\n    if 'uid' not in session:\n        return 'login', 401\n    db.execute('DELETE FROM notes WHERE id = ?', (note_id,))\n    db.commit()\n    return 'ok'",
      "from fastapi import Depends, FastAPI, HTTPException\napp = FastAPI()\n@app.get('/accounts/{account_id}')\ndef get_account(account_id: int, user=Depends(get_current_user)):\n    account = db.get_account(account_id)\n    if account is None:\n        raise HTTPException(404)\n    return account",
      "from django.contrib.auth.decorators import login_required\nfrom django.shortcuts import get_object_or_404\n@login_required\ndef rename(request, pk):\n    p = get_object_or_404(Project, pk=pk)\n    p.name = request.POST['name']\n    p.save()",
      "from django.contrib.auth.decorators import login_required\nfrom django.http import JsonResponse\nfrom django.shortcuts import get_object_or_404\n@login_required\ndef invoice_detail(request, pk):\n    inv = get_object_or_404(Invoice, pk=pk)\n    return JsonResponse({'total': str(inv.total)})",
      "from flask import Flask, jsonify\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.route('/invoices/<int:invoice_id>')\n@login_required\ndef inv(invoice_id):\n    i = Invoice.query.get_or_404(invoice_id)\n    return jsonify(i.to_dict())",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/profile/<int:user_id>/edit', methods=['POST'])\ndef edit_profile(user_id):\n    profile = Profile.query.get(user_id)\n    profile.bio = request.form['bio']\n    db.session.commit()\n    return 'saved'",
      {
        code: "import os\ndef remove_upload(requesting_uid, name):\n    path = os.path.join('/var/spool/up', os.path.basename(name))\n    os.remove(path)",
        line: 4,
      },
      // A record deleted for a user the function is handed and never looks at.
      "def delete_post(user, post):\n    post.delete()",
      "def delete_comment(user, comment_id):\n    Comment.objects.filter(id=comment_id).delete()",
      // A row deleted for a requester the function never looks at.
      "def delete_account(conn, requester_id, account_id):\n    conn.execute('DELETE FROM accounts WHERE id = ?', (account_id,))\n    conn.commit()",
      "from flask import Flask, abort\nfrom flask_login import login_required\napp = Flask(__name__)\n@app.route('/accounts/<int:user_id>/delete', methods=['POST'])\n@login_required\ndef delete_account(user_id):\n    user = User.query.get(user_id)\n    if user is None:\n        abort(404)\n    db.session.delete(user)\n    db.session.commit()\n    return '', 204",
    ],
  },
});
