import type { Report } from "../../rule.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, nodesOfType, sourceHas } from "../../parse/nodes.js";
import { Level } from "../../dataflow/python.js";
import { inTestScope, pyRule, TEST_SCOPE_REASON } from "./common.js";

const LOADERS = new Set([
  "pickle.load",
  "pickle.loads",
  "cPickle.load",
  "cPickle.loads",
  "_pickle.load",
  "_pickle.loads",
  "_pickle.Unpickler",
  "cPickle.Unpickler",
  "dill.Unpickler",
  "dill.load",
  "dill.loads",
  "shelve.open",
  "jsonpickle.decode",
  "jsonpickle.loads",
  "marshal.load",
  "marshal.loads",
  "pandas.read_pickle",
  "joblib.load",
  "cloudpickle.load",
  "cloudpickle.loads",
  "pickle.Unpickler",
  "jsonpickle.unpickler.decode",
  "unpickler.decode",
  "torch.load",
  "numpy.load",
  "sklearn.externals.joblib.load",
  // Keras model files: Lambda layers hold marshalled Python bytecode, run on load when safe_mode is off.
  "keras.models.load_model",
  "keras.saving.load_model",
  "tensorflow.keras.models.load_model",
  "tensorflow.keras.saving.load_model",
  // TorchScript archives hold code the loader compiles and runs; MLflow's Python-function, scikit-learn, PyTorch and
  // statsmodels flavours cloudpickle or torch.load the model the URI names.
  "torch.jit.load",
  "mlflow.pyfunc.load_model",
  "mlflow.sklearn.load_model",
  "mlflow.pytorch.load_model",
  "mlflow.statsmodels.load_model",
]);
/** Loaders given a file name (or a file): model checkpoints, arrays, frames. */
const PATH_LOADERS =
  /^(torch\.load|numpy\.load|pandas\.read_pickle|joblib\.load|sklearn\.externals\.joblib\.load|(tensorflow\.)?keras\.\w+\.load_model)$/;

/** Model loaders whose argument names a model file or URI (the data is not the argument itself). */
const MODEL_LOADERS = /^(torch\.jit\.load|mlflow\.\w+\.load_model)$/;
/** The method names loaders end with (`loads`, `Unpickler`, ...). */
const LOADER_METHODS = new Set([...LOADERS].map((n) => n.slice(n.lastIndexOf(".") + 1)));
/**
 * `good = hmac.new(KEY, raw, sha256).hexdigest()` then `if not hmac.compare_digest(good, sig): abort(403)` (or
 * the loader inside `if hmac.compare_digest(...):`): the data unpickled is what the program itself signed.
 */
function signatureChecked(ctx: PythonContext, call: SyntaxNode, data: SyntaxNode | undefined): boolean {
  const fn = data?.type === "identifier" ? ctx.enclosingFunction(call) : undefined;
  if (fn && data) {
    const name = ctx.text(data);
    const mentions = (n: SyntaxNode) =>
      [n, ...descendants(n)].some((i) => i.type === "identifier" && ctx.text(i) === name);
    if (macGuarded(ctx, fn, mentions, call)) return true;
  }
  return validatorSigned(ctx, data);
}

/**
 * Within `fn`: an HMAC under a key not written in the source over a value `mentions` accepts, then an `if not
 * hmac.compare_digest(...)` that leaves (raise, return, abort) before `call` - or `call` inside `if
 * compare_digest(...):`. Without `call`: the check must leave by raising (a validator, whose return is its
 * caller's value).
 */
function macGuarded(
  ctx: PythonContext,
  fn: SyntaxNode,
  mentions: (n: SyntaxNode) => boolean,
  call?: SyntaxNode,
): boolean {
  const limit = call ? call.start : fn.end;
  const all = descendants(fn);
  const signed = all.some(
    (d) =>
      d.type === "call" &&
      d.end <= limit &&
      /^hmac\.(new|digest)$/.test(ctx.callee(d)) &&
      ctx.args(d).slice(1).some(mentions) &&
      // A key written in the source signs nothing: whoever reads the code forges the signature.
      !writtenKey(ctx, ctx.args(d)[0]),
  );
  if (!signed) return false;
  return all.some((d) => {
    if (d.type !== "if_statement") return false;
    const cond = field(d, "condition");
    if (!cond || !/compare_digest\(/.test(ctx.text(cond))) return false;
    const body = field(d, "consequence");
    if (cond.type === "not_operator")
      return (
        d.end <= limit &&
        !!body &&
        descendants(body).some(
          (x) =>
            x.type === "raise_statement" ||
            (!!call &&
              (x.type === "return_statement" || (x.type === "call" && /(^|\.)abort$/.test(ctx.callee(x))))),
        )
      );
    return !!call && !!body && call.start >= body.start && call.end <= body.end;
  });
}

/**
 * An HMAC key written in this file: a literal, or a name bound to one, through `.encode()` / `bytes()`. A key read
 * from configuration (`settings.SECRET_KEY`, `app.config['KEY']`, `os.environ[...]`) is the deployment's.
 */
function writtenKey(ctx: PythonContext, key: SyntaxNode | undefined): boolean {
  if (!key || ctx.level(key, "literal") !== Level.CONST) return false;
  let k: SyntaxNode | undefined = key;
  for (let i = 0; i < 6 && k; i++) {
    if (k.type === "identifier") {
      const r = ctx.resolve(k);
      if (!r || r === k) return true; // (a parameter or an import: not decided here - keep the old answer)
      k = r;
    } else if (k.type === "call" && /(^|\.)(encode|bytes|str|bytearray)$/.test(ctx.callee(k))) {
      const f = field(k, "function");
      k = f?.type === "attribute" ? (field(f, "object") ?? undefined) : ctx.args(k)[0];
    } else break;
  }
  return !(k && /^(attribute|subscript|call)$/.test(k.type));
}

/**
 * `pickle.loads(b64decode(ser.validated_data['state']))` where `ser = ResumeSerializer(data=...)`, a class of this
 * file whose `validate(self, attrs)` (or `validate_state(self, value)`) raises unless an HMAC under the program's
 * key over that field matches (DRF runs it in is_valid, and validated_data exists only after it passed). The same
 * for a Django form's `cleaned_data` checked in `clean()` / `clean_state()`.
 */
function validatorSigned(ctx: PythonContext, data: SyntaxNode | undefined): boolean {
  if (!data) return false;
  for (const sub of [data, ...descendants(data)]) {
    if (sub.type !== "subscript") continue;
    const holder = field(sub, "value");
    const key = ctx.stringValue(field(sub, "subscript") ?? undefined);
    if (holder?.type !== "attribute" || typeof key !== "string") continue;
    const attr = ctx.text(field(holder, "attribute") ?? holder);
    const own = attr === "validated_data" ? "validate" : attr === "cleaned_data" ? "clean" : undefined;
    const obj = field(holder, "object");
    const made = own && obj?.type === "identifier" ? ctx.resolve(obj) : undefined;
    const ctor = made?.type === "call" ? ctx.callee(made) : undefined;
    if (!ctor || !/^\w+$/.test(ctor)) continue;
    const klass = nodesOfType(ctx.tree, "class_definition").find(
      (c) => ctx.text(field(c, "name") ?? c) === ctor,
    );
    const body = klass ? field(klass, "body") : undefined;
    for (const m of body ? body.children : []) {
      const def = m.type === "decorated_definition" ? field(m, "definition") : m;
      if (def?.type !== "function_definition") continue;
      const mname = ctx.text(field(def, "name") ?? def);
      const params = namedChildrenOf(field(def, "parameters")).map((p) => ctx.text(p));
      let mentions: ((n: SyntaxNode) => boolean) | undefined;
      if (mname === own && (own === "clean" || params[1])) {
        // `attrs['state']`, `attrs.get('state')`, `self.cleaned_data['state']` inside validate()/clean()
        const esc = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const re = new RegExp(`(\\[\\s*|\\.get\\(\\s*)(['"])${esc}\\2`);
        mentions = (n) => re.test(ctx.text(n));
      } else if (mname === `${own}_${key}`) {
        const v = own === "validate" ? params[1] : undefined;
        mentions = (n) =>
          v !== undefined
            ? [n, ...descendants(n)].some((i) => i.type === "identifier" && ctx.text(i) === v)
            : new RegExp(`\\[\\s*(['"])${key.replace(/\W/g, "\\$&")}\\1`).test(ctx.text(n));
      }
      if (mentions && macGuarded(ctx, def, mentions)) return true;
    }
  }
  return false;
}

const namedChildrenOf = (n: SyntaxNode | null | undefined): SyntaxNode[] =>
  n ? n.children.filter((c) => c.named && c.type !== "comment") : [];

/** Loaders that unpickle only when asked to (numpy) or are safe when told so (torch weights_only=True). */
function optedOut(ctx: PythonContext, node: SyntaxNode, q: string): boolean {
  if (q === "numpy.load") return !ctx.isTrue(ctx.kwarg(node, "allow_pickle"));
  if (q === "torch.load") return ctx.isTrue(ctx.kwarg(node, "weights_only"));
  if (/keras\.\w+\.load_model$/.test(q)) return ctx.kwarg(node, "safe_mode")?.type !== "false";
  return false;
}

/** The path a file object was opened on: `open(P, ...)` itself, or the name a `with open(P) as fh` bound. */
function openedPath(ctx: PythonContext, f: SyntaxNode | undefined): SyntaxNode | undefined {
  const made = ctx.resolve(f, 1);
  if (made?.type !== "call") return undefined;
  if (/^(open|io\.open|builtins\.open)$/.test(ctx.callee(made))) return ctx.args(made)[0];
  // A reader helper named for opening, called with the path alone or a read mode (`open_binary_file(path)`,
  // `self._open(p, "rb")`): the counterpart of the writer helpers writtenPath accepts.
  const [p, mode, ...rest] = ctx.args(made);
  const m = mode ?? ctx.kwarg(made, "mode");
  if (!/(^|_)open(_\w+)?$/.test(ctx.method(made)) || rest.length) return undefined;
  return p && (!m || /^rb?$/.test(ctx.stringValue(m) ?? "")) ? p : undefined;
}

/** A path expression as text after following names to what they were bound to (`path = CACHE` reads as CACHE). */
const pathKey = (ctx: PythonContext, p: SyntaxNode): string => ctx.text(ctx.resolve(p) ?? p);

/**
 * `pickle.load(fh)` with `fh` opened on a path this file also opens for writing a `pickle.dump` to, the path not
 * traced to untrusted input (a caller's key in it is the same key the writer used): the program reads back the
 * store it wrote itself.
 */
function ownStore(ctx: PythonContext, call: SyntaxNode, q: string): boolean {
  if (!/^(c|_)?[Pp]ickle\.load$|^(dill|cloudpickle)\.load$/.test(q)) return false;
  const path = openedPath(ctx, ctx.args(call)[0]);
  if (!path) return false;
  const level = ctx.level(path, "path");
  if (level === Level.SOURCE) return false;
  const key = pathKey(ctx, path);
  const module = q.slice(0, q.lastIndexOf("."));
  return nodesOfType(ctx.tree, "call").some((d) => {
    if (ctx.callee(d) !== `${module}.dump`) return false;
    // A caller's name in the path (`os.path.join(cache_folder, href)`) keys a store the file writes under the
    // same expression: the entry read back is one the program pickled itself.
    const written = writtenPath(ctx, ctx.args(d)[1]);
    return !!written && pathKey(ctx, written) === key;
  });
}

/**
 * The path a pickle.dump target was opened on for writing: `open(p, "wb")`, or a writer helper called the same
 * way (`self._atomic_write(p, "wb")`, `atomic_write(p, mode="wb")`), through a `cast(BinaryIO, f)`.
 */
function writtenPath(ctx: PythonContext, f: SyntaxNode | undefined): SyntaxNode | undefined {
  let made = ctx.resolve(f, 1);
  if (made?.type === "call" && /^(typing\.)?cast$/.test(ctx.callee(made)))
    made = ctx.resolve(ctx.args(made)[1], 1);
  if (made?.type !== "call") return undefined;
  const [p, mode] = ctx.args(made);
  if (/^(open|io\.open|builtins\.open)$/.test(ctx.callee(made))) return p;
  const m = ctx.stringValue(mode ?? ctx.kwarg(made, "mode"));
  return p && m !== undefined && /^[wax]b?\+?$/.test(m) ? p : undefined;
}

/** Does the file name a Celery serializer setting at all (most files with pickle do not)? */
const mentionsSerializer = (ctx: PythonContext): boolean =>
  sourceHas(ctx.tree, /serializer|accept_content|ACCEPT_CONTENT|SERIALIZER/);

/**
 * `conn.recv()` on a multiprocessing.connection Client, or a connection a Listener accepted, when neither end
 * was given an authkey: with one, the HMAC challenge admits only peers that hold the key (Client answers and
 * delivers it, both ways), so the pickles come from the program's own processes.
 */
/**
 * `data` is a local in-memory buffer (`io.BytesIO()` or a compat module's, `six.BytesIO`; empty or over a fresh
 * `pickle.dumps(...)`) that only a
 * `*.dump(obj, buf)` earlier in the same scope writes into: the bytes are the program's own, made in this process.
 */
function ownBuffer(
  ctx: PythonContext,
  call: SyntaxNode,
  data: SyntaxNode | undefined,
  ownPickle: (d: SyntaxNode | undefined) => boolean,
): boolean {
  const made = data?.type === "identifier" ? ctx.resolve(data) : data;
  if (!data || made?.type !== "call" || !/(^|\.)BytesIO$/.test(ctx.callee(made))) return false;
  const init = ctx.args(made);
  if (init.length > 1 || (init.length === 1 && !ownPickle(init[0]))) return false;
  if (made === data) return init.length === 1;
  const name = ctx.text(data);
  const scope = ctx.enclosingFunction(call);
  let dumped = init.length === 1;
  for (const d of ctx.tree.nodes) {
    if (d.type !== "call" || d.start < made.end || d.start >= call.start) continue;
    if (ctx.enclosingFunction(d) !== scope) continue;
    const args = ctx.args(d);
    const writes = /\.write$|\.writelines$|\.truncate$/.test(ctx.callee(d));
    if (writes && ctx.text(field(field(d, "function") ?? d, "object") ?? d) === name) return false;
    if (/\.dump$/.test(ctx.callee(d)) && args[1] && ctx.text(args[1]) === name) {
      if (!/^(pickle|cPickle|_pickle|dill|cloudpickle|marshal)\.dump$/.test(ctx.callee(d))) return false;
      dumped = true;
    }
  }
  return dumped;
}

function isMultiprocessingConnection(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const conn = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
  if (conn?.type !== "call") return false;
  // Client(address, family=None, authkey=None), Listener(address=None, family=None, backlog=1, authkey=None).
  // (a key written in the source is known to whoever has the code: no proof the peer is one of ours)
  const keyed = (c: SyntaxNode, pos: number) => {
    const k = ctx.arg(c, pos, "authkey");
    return !!k && k.type !== "none" && ctx.level(k, "literal") !== Level.CONST;
  };
  if (/^multiprocessing\.connection\.Client$/.test(ctx.callee(conn))) return !keyed(conn, 2);
  if (ctx.method(conn) !== "accept") return false;
  const cf = field(conn, "function");
  const listener = ctx.resolve(cf?.type === "attribute" ? field(cf, "object") : undefined);
  return (
    listener?.type === "call" &&
    /^multiprocessing\.connection\.Listener$/.test(ctx.callee(listener)) &&
    !keyed(listener, 3)
  );
}

/**
 * kombu's `Producer(conn, serializer='pickle')`, `producer.publish(body, serializer='pickle')` and
 * `conn.SimpleQueue(name, serializer='pickle')`: the queue carries pickles, which its consumers (the
 * SimpleQueue's own get() among them) unpickle; any peer that can publish to the broker runs code there.
 */
function kombuPickleSender(ctx: PythonContext, name: string, callee: string): boolean {
  return (
    name === "serializer" &&
    /(^|\.)(Producer|publish|SimpleQueue|SimpleBuffer)$/.test(callee) &&
    sourceHas(ctx.tree, /\b(kombu|celery)\b/)
  );
}

/**
 * `kombu.serialization.registry.enable('pickle')` / `enable_insecure_serializers()` (whose default choices are
 * pickle, yaml and msgpack): consumers that accept everything registered now unpickle broker messages.
 */
function kombuPickleEnabled(ctx: PythonContext, call: SyntaxNode): boolean {
  const q = ctx.callee(call);
  if (/^kombu\.(serialization\.)?enable_insecure_serializers$/.test(q)) {
    const choices = ctx.arg(call, 0, "choices");
    return (
      !choices ||
      /['"](pickle|application\/x-python-serialize)['"]/.test(ctx.text(ctx.resolve(choices) ?? choices))
    );
  }
  if (!/^kombu\.serialization\.registry\.enable$/.test(q)) return false;
  return /^(pickle|application\/x-python-serialize)$/.test(ctx.stringValue(ctx.args(call)[0]) ?? "");
}

/** `Pyro4.config.SERIALIZERS_ACCEPTED.add("pickle")`: a pickle-family serializer added to the accepted set. */
function pyroPickleAccepted(ctx: PythonContext, call: SyntaxNode): boolean {
  if (!/^(add|update|append|extend)$/.test(ctx.method(call))) return false;
  const fn = field(call, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (!recv || !/(^|\.)SERIALIZERS_ACCEPTED$/.test(ctx.text(recv)) || !sourceHas(ctx.tree, /\bPyro4?\b/))
    return false;
  return ctx.args(call).some((a) => /['"](pickle|dill|cloudpickle)['"]/.test(ctx.text(a)));
}

/** A multiprocessing BaseManager / SyncManager (or a local subclass) made with `authkey=b""`. */
function emptyManagerKey(ctx: PythonContext, call: SyntaxNode): boolean {
  if (!sourceHas(ctx.tree, /\bmultiprocessing\b/)) return false;
  const key = ctx.arg(call, 1, "authkey");
  if (!key || ctx.constValue(key) === undefined || !/^[bB]?(''|"")$/.test(ctx.text(key))) return false;
  const q = ctx.callee(call);
  if (/^multiprocessing\.managers\.(BaseManager|SyncManager)$/.test(q)) return true;
  const klass = /^\w+$/.test(q) ? ctx.localClass(q) : undefined;
  return !!klass && /\b(BaseManager|SyncManager)\b/.test(ctx.text(field(klass, "superclasses") ?? klass));
}

/**
 * Bytes a package reads from its own installed resources by a name written in the source: `__loader__.get_data(
 * "meta.mar")`, `pkgutil.get_data(__name__, "data/t.pickle")`, `importlib.resources.read_binary(pkg, "x")`,
 * `files(pkg).joinpath("x").read_bytes()`. What the package ships, as a file beside the module is.
 */
function packageResource(ctx: PythonContext, data: SyntaxNode | undefined): boolean {
  const n = data?.type === "identifier" ? ctx.resolve(data) : data;
  if (n?.type !== "call") return false;
  const q = ctx.callee(n);
  const literalLast = () => {
    const args = ctx.args(n);
    return args.length > 0 && typeof ctx.constValue(args[args.length - 1]) === "string";
  };
  if (/^pkgutil\.get_data$|(^|\.)(importlib_)?resources\.read_(binary|text)$/.test(q)) return literalLast();
  if (ctx.method(n) === "get_data") {
    const recv = field(field(n, "function") ?? n, "object");
    return !!recv && /(^|\.)_*\w*loader_*$/i.test(ctx.text(recv)) && literalLast();
  }
  if (ctx.method(n) === "read_bytes" || ctx.method(n) === "read_text") {
    const join = field(field(n, "function") ?? n, "object");
    if (join?.type !== "call" || ctx.method(join) !== "joinpath") return false;
    const base = field(field(join, "function") ?? join, "object");
    const args = ctx.args(join);
    return (
      base?.type === "call" &&
      /(^|\.)(importlib\.resources|importlib_resources|resources)\.files$|^files$/.test(ctx.callee(base)) &&
      args.length > 0 &&
      args.every((a) => typeof ctx.constValue(a) === "string")
    );
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-DESER-001",
    title: "Deserialisation with pickle-family modules",
    cwe: ["CWE-502"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "CRITICAL",
        when: "untrusted input (request data, command line, stdin, environment, network) is deserialised",
      },
      {
        severity: "MEDIUM",
        when: "marshal data, or pickle data no caller or untrusted input was traced to (the program's own store)",
      },
      {
        severity: "LOW",
        when: "shelve.open of a fixed path outside the shared temp directories (or of the file its caller configured, in a module that uses none): the program's own file; or a pickle round trip through a local name bound to pickle.dumps(...)",
      },
      {
        severity: "LOW",
        when: "a model or array file (torch, joblib, numpy, pandas, keras) at a literal path or beside the module, or a TorchScript / MLflow model no caller or untrusted input names: what the program ships",
      },
      {
        severity: "LOW",
        when: "marshal or pickle data the package reads by a literal name from its own resources (its loader's get_data, pkgutil.get_data, importlib.resources): what it ships",
      },
      { severity: "LOW", when: TEST_SCOPE_REASON },
    ],
    docs: {
      what_it_does:
        "Flags pickle, cPickle, dill, shelve, jsonpickle, marshal and joblib loads, torch.load (unless weights_only=True), numpy.load with allow_pickle=True and pyzmq's recv_pyobj().",
      why_bad:
        "Unpickling calls arbitrary constructors named in the data; a crafted payload runs code during load.",
      example_bad: "import pickle\ndef load_session(blob):\n    return pickle.loads(blob)",
      example_good: "import json\ndef load_session(blob):\n    return json.loads(blob)",
    },
    fix_hint:
      "Use a data-only format (json, msgpack) or sign the payload with hmac and verify before unpickling trusted data only.",
  },
  // Pickle as well as pickle: Python 2's cPickle (`import cPickle`, `cPickle.loads(...)`) has no lowercase "pickle".
  trigger:
    /serializer|accept_content|pickle|Pickle|shelve|marshal|dill|joblib|unpickler|Unpickler|torch|numpy|multiprocessing|safe_mode\s*=\s*False|recv_pyobj|mlflow/,
  nodeTypes: ["call", "keyword_argument", "assignment", "pair"],
  detect(node, ctx, emit) {
    // A test's own fixtures and data: a LOW reminder.
    const report = (r: Report) =>
      emit(inTestScope(ctx, r.node) ? { ...r, severity: "LOW", reason: TEST_SCOPE_REASON } : r);
    if (node.type !== "call") {
      // Celery/kombu settings that make workers unpickle broker messages; a dict's key (config_from_object({...}))
      // names the setting as well.
      const name =
        node.type === "pair"
          ? (ctx.stringValue(field(node, "key")) ?? "")
          : ctx.text(field(node, node.type === "assignment" ? "left" : "name") ?? node);
      const value = field(node, node.type === "assignment" ? "right" : "value");
      // Only the setting names below can hold a serializer list: skip the value's text for every other key.
      const pickled =
        !!value &&
        /serializer|accept/i.test(name) &&
        /['"](pickle|application\/x-python-serialize)['"]/.test(ctx.text(value));
      // KafkaConsumer(value_deserializer=pickle.loads) (or key_deserializer): every record is unpickled.
      if (
        node.type === "keyword_argument" &&
        /(^|_)deserializer$/.test(name) &&
        /^(c|_)?[Pp]ickle\.loads$|^(dill|cloudpickle|marshal)\.loads$/.test(ctx.qname(value))
      ) {
        report({ node, message: `${name}=${ctx.text(value!)} unpickles every message the broker delivers` });
        return;
      }
      if (node.type === "keyword_argument" && pickled) {
        // @app.task(serializer='pickle') / @shared_task(serializer='pickle'): the task's messages are pickles; kombu's
        // Consumer(..., accept=['pickle']) unpickles what the queue delivers.
        const call = node.parent?.parent;
        const q = call?.type === "call" ? ctx.callee(call) : "";
        if (
          (name === "serializer" && /(^|\.)(task|shared_task)$/.test(q)) ||
          (name === "accept" && /(^|\.)Consumer$/.test(q)) ||
          kombuPickleSender(ctx, name, q)
        ) {
          report({ node, message: "Celery / kombu told to unpickle messages from the broker" });
          return;
        }
      }
      if (node.type !== "pair" && !mentionsSerializer(ctx)) return;
      // Django's PickleSerializer: whoever can sign a session (a leaked SECRET_KEY, signed-cookie sessions) runs code.
      if (name === "SESSION_SERIALIZER" && value && /PickleSerializer/.test(ctx.text(value))) {
        report({ node, message: "Django sessions unpickled (PickleSerializer)" });
        return;
      }
      // Pyro4: config.SERIALIZER = 'pickle' / SERIALIZERS_ACCEPTED containing pickle or dill: every remote call's
      // arguments are unpickled by the daemon.
      if (
        /(^|\.)(SERIALIZER|SERIALIZERS_ACCEPTED)$/.test(name) &&
        sourceHas(ctx.tree, /\bPyro4?\b/) &&
        value &&
        /['"](pickle|dill|cloudpickle)['"]/.test(ctx.text(value))
      ) {
        report({ node, message: "Pyro configured to unpickle what remote callers send" });
        return;
      }
      if (
        /(^|[._])(task_serializer|result_serializer|accept_content|result_accept_content|CELERY_\w*SERIALIZER|CELERY_ACCEPT_CONTENT)$/i.test(
          name,
        ) &&
        pickled
      )
        report({ node, message: "Celery configured to unpickle messages from the broker" });
      return;
    }
    if (kombuPickleEnabled(ctx, node)) {
      report({
        node,
        message: "kombu's pickle serializer switched on: consumers unpickle what the broker delivers",
      });
      return;
    }
    // `QueueManager(address=("", 50000), authkey=b"")`: a multiprocessing manager's server unpickles every request;
    // an empty key is a handshake anyone passes (left out, the key is the process's random one).
    if (emptyManagerKey(ctx, node)) {
      report({
        node,
        message: "multiprocessing manager with an empty authkey unpickles any peer's requests",
      });
      return;
    }
    // `LOADERS['pickle'](blob)`, `load = pickle.loads; load(blob)`: the function the call runs.
    // Resolving is costly (reaching definitions of the receiver) and keeps an attribute call's method name, so an
    // `x.append(...)` can never resolve to a loader: only calls whose method is a loader's are resolved.
    const fn = field(node, "function");
    let q =
      fn?.type === "attribute" && !LOADER_METHODS.has(ctx.text(field(fn, "attribute") ?? fn))
        ? ctx.callee(node)
        : ctx.resolvedCallee(node);
    // `loader = LOADERS.get(fmt, pickle.loads)`; `loader(blob)`: any function the name may hold.
    if (!LOADERS.has(q) && fn?.type === "identifier" && !q.includes("."))
      q = ctx.possibleCallees(node)?.find((c) => LOADERS.has(c)) ?? q;
    // Pyro4: `config.SERIALIZERS_ACCEPTED.add("pickle")` (or update/append): the daemon unpickles what callers send.
    if (pyroPickleAccepted(ctx, node)) {
      report({ node, message: "Pyro configured to unpickle what remote callers send" });
      return;
    }
    if (ctx.method(node) === "recv" && isMultiprocessingConnection(ctx, node)) {
      // Connection.recv() unpickles whatever the peer sent; a Listener's peer is on the network.
      report({ node, message: "multiprocessing Connection.recv() unpickles what the peer sends" });
      return;
    }
    // pyzmq's recv_serialized(pickle.loads): the deserializer handed in runs on each message.
    if (
      ctx.method(node) === "recv_serialized" &&
      /^(c|_)?[Pp]ickle\.loads$|^(dill|cloudpickle)\.loads$/.test(ctx.qname(ctx.arg(node, 0, "deserialize")))
    ) {
      report({ node, message: "zmq recv_serialized() unpickles whatever the peer sends" });
      return;
    }
    // jsonpickle's Unpickler().restore(obj): decode() without the JSON parse - `py/object` / `py/reduce` entries in
    // the object build any class and call any callable.
    if (ctx.method(node) === "restore") {
      const fn = field(node, "function");
      const made = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined, 1);
      const obj = ctx.arg(node, 0, "obj");
      if (
        made?.type === "call" &&
        /^jsonpickle\.(unpickler\.)?Unpickler$/.test(ctx.callee(made)) &&
        obj &&
        ctx.level(obj, "code") >= Level.PARAM
      ) {
        const level = ctx.level(obj, "code");
        report({
          node,
          severity: level === Level.SOURCE ? "CRITICAL" : undefined,
          message: "jsonpickle Unpickler.restore() builds whatever objects the data names",
        });
      }
      return;
    }
    if (ctx.method(node) === "recv_pyobj" && sourceHas(ctx.tree, /^\s*(import|from)\s+(zmq|aiozmq)\b/m)) {
      // pyzmq's recv_pyobj() is pickle.loads() of the next message: any peer that can send to the socket runs code.
      report({ node, message: "zmq recv_pyobj() unpickles whatever the peer sends" });
      return;
    }
    if (!LOADERS.has(q) || optedOut(ctx, node, q)) return;
    const data = ctx.args(node)[0];
    // pickle.loads(pickle.dumps(x)) is an in-process deep copy, not untrusted input.
    const ownPickle = (d: SyntaxNode | undefined) =>
      d?.type === "call" && /\.(dumps|dump)$/.test(ctx.callee(d));
    if (ownPickle(data)) return;
    // A helper's parameter that every call in the file fills with a freshly pickled object.
    const passed = data?.type === "identifier" ? ctx.paramValues(data) : undefined;
    if (passed?.length && passed.every(ownPickle)) return;
    // An in-memory buffer that holds only what this code pickled into it: `buf = BytesIO(); pickle.dump(x, buf);
    // buf.seek(0); pickle.load(buf)` (a round trip, as a test of picklability does), or `BytesIO(pickle.dumps(x))`.
    if (ownBuffer(ctx, node, data, ownPickle)) return;
    // A shelf at a fixed path of the program's own (not in a shared, world-writable temp directory) holds what
    // the program stored there: a LOW hint (whoever can write that file can run code in the program).
    const shelf = q === "shelve.open" ? ctx.stringValue(data) : undefined;
    if (shelf !== undefined && !/^\/(tmp|var\/tmp|dev\/shm)\//.test(shelf)) {
      report({
        node,
        severity: "LOW",
        message: "shelve.open() unpickles the program's own file at a fixed path",
      });
      return;
    }
    // A shelf whose file the caller names (`IdentDB(db_path)` opening `shelve.open(db)`), in a module that keeps
    // nothing in a temp directory: the database the program configured, like a fixed path (LOW).
    if (
      q === "shelve.open" &&
      data &&
      ctx.level(data, "path") === Level.PARAM &&
      !sourceHas(ctx.tree, /tempfile|gettempdir|mkdtemp|TMPDIR|['"]\/(var\/)?tmp\//)
    ) {
      report({
        node,
        severity: "LOW",
        message: "shelve.open() unpickles the shelf file its caller configured",
      });
      return;
    }
    // The bytes were checked against an HMAC under the program's key before they are unpickled.
    if (signatureChecked(ctx, node, data)) return;
    // The program's own pickle file, written by the same file's pickle.dump: a LOW hint, like shelve's.
    if (ownStore(ctx, node, q)) {
      report({
        node,
        severity: "LOW",
        message: `${q}() reads back the pickle file the program wrote itself`,
      });
      return;
    }
    // A pickle file opened at a fixed path of the program's own (`MODEL = "/opt/app/model.pkl"`, not in a shared
    // temp directory): what the program installed there, as shelve's fixed path above (LOW).
    if (/^(c|_)?[Pp]ickle\.load$|^(dill|cloudpickle|joblib)\.load$/.test(q)) {
      // joblib.load takes the file name itself as well as a handle.
      const v = ctx.constValue(openedPath(ctx, data) ?? (q === "joblib.load" ? data : undefined));
      const fixed = typeof v === "string" ? v : undefined;
      // ... or beside the module (`open(os.path.join(HERE, "defaults.pkl"), "rb")`): the file the package ships.
      if (
        (fixed !== undefined && fixed !== "" && !/^\/(tmp|var\/tmp|dev\/shm)\//.test(fixed)) ||
        ctx.shippedFile(data)
      ) {
        report({ node, severity: "LOW", message: `${q}() unpickles the program's own file at a fixed path` });
        return;
      }
    }
    // A model or array file the loader opens by name, at a path written in the source or beside the module
    // (`os.path.join(os.path.dirname(__file__), "weights.pt")`), outside the shared temp directories: the file the
    // package ships or installed (LOW, as a fixed pickle path above).
    if (PATH_LOADERS.test(q) && data && ctx.shippedPath(data)) {
      report({ node, severity: "LOW", message: `${q}() loads a file the program ships at a fixed path` });
      return;
    }
    // The package's own resources read back by name: what it ships (LOW, as a file beside the module).
    if (/(loads|load)$/.test(q) && packageResource(ctx, data)) {
      report({
        node,
        severity: "LOW",
        message: `${q}() of data the package ships, read from its own resources`,
      });
      return;
    }
    // A payload built from literals only is the program's own data (bytes in memory, not a file or stream).
    if (/(loads|decode)$/.test(q) && data && ctx.level(data, "literal") === Level.CONST) return;
    // ... through a local name (`blob = pickle.dumps(task, -1)`; `task = pickle.loads(blob)`): the bytes are the
    // function's own, but a later edit can rebind the name in between: a LOW reminder.
    if (data?.type === "identifier" && ownPickle(ctx.resolve(data))) {
      report({ node, severity: "LOW", message: `${q}() of bytes this code just pickled (a round trip)` });
      return;
    }
    // `shelve.open(os.path.join(STORE, basename(name)))`: the request picks a shelf, but only among the files in the
    // program's own directory (a path contained the way PY-PATH-001 accepts); it does not supply the pickles.
    if (
      q === "shelve.open" &&
      data &&
      ctx.level(data, "code") === Level.SOURCE &&
      ctx.level(data, "path") !== Level.SOURCE
    ) {
      report({
        node,
        severity: "LOW",
        message: "shelve.open() unpickles a shelf the request picks among the program's own files",
      });
      return;
    }
    // marshal builds code objects but runs none; crafted data crashes the interpreter. Untraced pickle data is
    // the program's own file or cache: still a weakness at the default threshold, not an injection point.
    const level = data ? ctx.level(data, "code") : Level.UNKNOWN;
    // A TorchScript file or MLflow model at a path or URI nothing untrusted reaches (`models:/churn/Production`, a
    // file beside the package): the model the program ships or registered itself, a LOW reminder.
    if (MODEL_LOADERS.test(q) && level !== Level.SOURCE && level !== Level.PARAM) {
      report({
        node,
        severity: "LOW",
        message: `${q}() loads a model the program names itself (code runs on load)`,
      });
      return;
    }
    const severity = /^marshal\./.test(q)
      ? "MEDIUM"
      : level === Level.SOURCE
        ? "CRITICAL"
        : level === Level.PARAM
          ? undefined
          : "MEDIUM";
    report({ node, severity, message: `${q}() can execute code embedded in the serialised data` });
  },
  cases: {
    valid: [
      // a DRF serializer whose validate() raises unless the HMAC under the settings key over the field matches
      "import base64, hashlib, hmac, pickle\nfrom django.conf import settings\nfrom rest_framework import serializers\nfrom rest_framework.views import APIView\nclass Cart(serializers.Serializer):\n    blob = serializers.CharField()\n    mac = serializers.CharField()\n    def validate(self, attrs):\n        want = hmac.new(settings.SECRET_KEY.encode(), attrs['blob'].encode(), hashlib.sha256).hexdigest()\n        if not hmac.compare_digest(want, attrs['mac']):\n            raise serializers.ValidationError('mac')\n        return attrs\nclass Restore(APIView):\n    def post(self, request):\n        s = Cart(data=request.data)\n        s.is_valid(raise_exception=True)\n        return pickle.loads(base64.b64decode(s.validated_data['blob']))",
      // the same check inline, with a key from the settings
      "import hashlib, hmac, pickle\nfrom django.conf import settings\nfrom django.http import HttpResponseForbidden\ndef restore(request):\n    raw = request.body\n    good = hmac.new(settings.SECRET_KEY.encode(), raw, hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(good, request.headers.get('X-Mac', '')):\n        return HttpResponseForbidden()\n    return pickle.loads(raw)",
      "import json\nfrom kafka import KafkaConsumer\nc = KafkaConsumer('t', value_deserializer=lambda v: json.loads(v))",
      "from celery import Celery\napp = Celery('t')\n@app.task(serializer='json')\ndef f(x):\n    return x",
      "from kombu import Consumer\ndef c(conn, q, h):\n    return Consumer(conn, queues=[q], callbacks=[h], accept=['json'])",
      "from celery import Celery\napp = Celery('t')\napp.config_from_object({'accept_content': ['json']})",
      "import json, pickle\nfrom flask import request\nclass Decoder:\n    def __init__(self, loads=json.loads):\n        self.loads = loads\n    def decode(self, blob):\n        return self.loads(blob)\ndef view():\n    return Decoder().decode(request.get_data())",
      "import numpy as np\nOPTS = {'allow_pickle': False}\ndef f(path):\n    return np.load(path, **OPTS)",
      "import zmq\ns = zmq.Context().socket(zmq.PULL)\njob = s.recv_json()",
      "import Pyro4\nPyro4.config.SERIALIZER = 'serpent'",
      "from multiprocessing.connection import Listener\nl = Listener(('localhost', 6000))\nconn = l.accept()\nmsg = conn.recv_bytes()",
      "import os\nfrom multiprocessing.managers import BaseManager\nclass QM(BaseManager):\n    pass\nm = QM(address=('', 50000), authkey=os.environ['QM_KEY'].encode())",
      "import socket\ns = socket.socket()\ndata = s.recv(1024)",
      "import os\nfrom multiprocessing.connection import Listener\nwith Listener(('0.0.0.0', 6000), authkey=os.environ['K'].encode()) as l:\n    with l.accept() as conn:\n        msg = conn.recv()",
      "import os\nfrom multiprocessing.connection import Client\nc = Client(('jobs', 6000), authkey=os.environ['JOB_KEY'].encode())\nmsg = c.recv()",
      "CELERY_ACCEPT_CONTENT = ['json']",
      "from kombu import Connection, Producer\ndef send(conn, ex, job):\n    Producer(conn, exchange=ex).publish(job, serializer='json')",
      "from kombu.serialization import registry\nregistry.enable('json')",
      "from kombu import enable_insecure_serializers\nenable_insecure_serializers(choices=['msgpack'])",
      "def publish(bus, msg):\n    bus.publish(msg, serializer='pickle')",
      "import json\njson.loads(s)",
      "import json, pickle\nfrom flask import request\ndef f():\n    LOAD = {'j': json.loads, 'p': pickle.loads}\n    return LOAD['j'](request.get_data())",
      "import pickle\ndata = pickle.dumps(obj)",
      "import pickle\nc = pickle.loads(pickle.dumps(obj))",
      // A round trip through a buffer only this function writes into.
      "import io, pickle\ndef test_pickle(obj):\n    buf = io.BytesIO()\n    pickle.dump(obj, buf, 2)\n    buf.seek(0)\n    return pickle.load(buf)",
      "import pickle\nfrom io import BytesIO\ndef clone(obj):\n    return pickle.load(BytesIO(pickle.dumps(obj)))",
      "import pickle\nfrom six import BytesIO\ndef test_markup(obj):\n    b = BytesIO()\n    pickle.dump(obj, b)\n    b.seek(0)\n    return pickle.load(b)",
      "import pickle\ndef load(b):\n    return pickle.loads(b)\nx = load(pickle.dumps({'v': 1}))",
      "import torch\nm = torch.load(p, weights_only=True)",
      "import Pyro4\nPyro4.config.SERIALIZERS_ACCEPTED.add('serpent')",
      "from tensorflow import keras\nm = keras.models.load_model(p, safe_mode=True)",
      "import numpy as np\na = np.load(p)",
      "import pickle, base64\nblob = base64.b64encode(b'\\x80\\x04K\\x01.')\nn = pickle.loads(base64.b64decode(blob))",
      "import hmac, hashlib, pickle\nfrom flask import request, abort\ndef f():\n    raw = request.get_data()\n    good = hmac.new(KEY, raw, hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(good, request.headers['X-Sig']):\n        abort(403)\n    return pickle.loads(raw)",
      "import hmac, hashlib, pickle\nfrom flask import request\ndef f():\n    raw = request.get_data()\n    if hmac.compare_digest(hmac.new(KEY, raw, hashlib.sha256).hexdigest(), request.headers['X-Sig']):\n        return pickle.loads(raw)",
    ],
    invalid: [
      // the serializer's validate() only checks the charset: anyone can send a pickle
      "import base64, pickle, re\nfrom rest_framework import serializers\nfrom rest_framework.views import APIView\nclass Cart(serializers.Serializer):\n    blob = serializers.CharField()\n    def validate(self, attrs):\n        if not re.fullmatch(r'[A-Za-z0-9+/=]+', attrs['blob']):\n            raise serializers.ValidationError('b64')\n        return attrs\nclass Restore(APIView):\n    def post(self, request):\n        s = Cart(data=request.data)\n        s.is_valid(raise_exception=True)\n        return pickle.loads(base64.b64decode(s.validated_data['blob']))",
      // an HMAC under a key written in the file signs nothing
      "import base64, hashlib, hmac, pickle\nfrom rest_framework import serializers\nfrom rest_framework.views import APIView\nKEY = 'devkey'\nclass Cart(serializers.Serializer):\n    blob = serializers.CharField()\n    mac = serializers.CharField()\n    def validate(self, attrs):\n        want = hmac.new(KEY.encode(), attrs['blob'].encode(), hashlib.sha256).hexdigest()\n        if not hmac.compare_digest(want, attrs['mac']):\n            raise serializers.ValidationError('mac')\n        return attrs\nclass Restore(APIView):\n    def post(self, request):\n        s = Cart(data=request.data)\n        s.is_valid(raise_exception=True)\n        return pickle.loads(base64.b64decode(s.validated_data['blob']))",
      // The package's own resources read by a literal name: LOW; by a name the caller passes: as before.
      {
        code: "import marshal\ndef meta():\n    return marshal.loads(__loader__.get_data('meta.mar'))",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import pickle, importlib.resources\nblob = importlib.resources.files('pkg.data').joinpath('t.pickle').read_bytes()\nt = pickle.loads(blob)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import marshal\ndef meta(loader, name):\n    return marshal.loads(loader.get_data(name))",
        line: 3,
        severity: "MEDIUM",
      },
      {
        code: "import pickle\nfrom kafka import KafkaConsumer\nc = KafkaConsumer('t', value_deserializer=pickle.loads)",
        line: 3,
      },
      // TorchScript and MLflow models from the request; the program's own registered model is a LOW reminder.
      {
        code: "import torch\nfrom flask import request\ndef f():\n    return torch.jit.load(request.files['m'])",
        line: 4,
        severity: "CRITICAL",
      },
      {
        code: "import mlflow\nfrom flask import request\ndef f():\n    return mlflow.pyfunc.load_model(request.json['uri'])",
        line: 4,
        severity: "CRITICAL",
      },
      {
        code: "import mlflow\nm = mlflow.sklearn.load_model('models:/churn/Production')",
        line: 2,
        severity: "LOW",
      },
      { code: "import Pyro4\nPyro4.config.SERIALIZERS_ACCEPTED.add('pickle')", line: 2 },
      { code: "import pickle\ndef f(sock):\n    return sock.recv_serialized(pickle.loads)", line: 3 },
      {
        code: "from kombu import Producer\ndef send(conn, ex, job):\n    p = Producer(conn, exchange=ex, serializer='pickle')\n    p.publish(job)",
        line: 3,
      },
      {
        code: "from kombu import Producer\ndef send(conn, ex, job):\n    Producer(conn, exchange=ex).publish(job, serializer='pickle')",
        line: 3,
      },
      {
        code: "from kombu import Connection\nwith Connection(URL) as c:\n    q = c.SimpleQueue('jobs', serializer='pickle')",
        line: 3,
      },
      { code: "from kombu.serialization import registry\nregistry.enable('pickle')", line: 2 },
      { code: "import kombu\nkombu.enable_insecure_serializers()", line: 2 },
      {
        code: "from celery import Celery\napp = Celery('t')\n@app.task(serializer='pickle')\ndef f(x):\n    return x",
        line: 3,
      },
      {
        code: "from kombu import Consumer\ndef c(conn, q, h):\n    return Consumer(conn, queues=[q], callbacks=[h], accept=['pickle'])",
        line: 3,
      },
      {
        code: "from celery import Celery\napp = Celery('t')\napp.config_from_object({'accept_content': ['application/x-python-serialize']})",
        line: 3,
      },
      {
        code: "import pickle\ndef test_roundtrip(saved):\n    obj = pickle.loads(saved.read())\n    assert obj",
        line: 3,
        severity: "LOW",
      },
      // A round trip through a local name: the function's own bytes, a LOW reminder.
      {
        code: "import pickle\ndef fork(task):\n    blob = pickle.dumps(task, -1)\n    task = pickle.loads(blob)\n    return task",
        severity: "LOW",
      },
      // Read back through the same open helper the writer used: the program's own state file, LOW.
      {
        code: "import pickle\nfrom .io import open_binary_file\nclass HostState:\n    def serialize(self, path):\n        with open_binary_file(path, 'wb') as fh:\n            pickle.dump(self, fh)\n    @staticmethod\n    def deserialize(path):\n        with open_binary_file(path) as fh:\n            return pickle.load(fh)",
        line: 10,
        severity: "LOW",
      },
      // ... not when the reader opens another path than the writer's.
      {
        code: "import pickle\nfrom .io import open_binary_file\ndef save(obj, path):\n    with open_binary_file(path, 'wb') as fh:\n        pickle.dump(obj, fh)\ndef load(upload_path):\n    with open_binary_file(upload_path) as fh:\n        return pickle.load(fh)",
        line: 8,
        severity: "HIGH",
      },
      {
        // The buffer also takes the request's bytes.
        code: "import io, pickle\nfrom flask import request\ndef f():\n    buf = io.BytesIO()\n    pickle.dump({}, buf)\n    buf.write(request.get_data())\n    buf.seek(0)\n    return pickle.load(buf)",
        line: 8,
      },
      {
        code: "import io, pickle\nfrom flask import request\ndef f():\n    buf = io.BytesIO(request.get_data())\n    return pickle.load(buf)",
        line: 5,
      },
      {
        code: "import json, pickle\nfrom flask import request\nclass Decoder:\n    def __init__(self, loads=json.loads):\n        self.loads = loads\n    def decode(self, blob):\n        return self.loads(blob)\ndef view():\n    return Decoder(pickle.loads).decode(request.get_data())",
        line: 7,
      },
      {
        // The program reads back the pickle it wrote: a LOW hint.
        code: "import pickle\nP = 'state.pkl'\nwith open(P, 'wb') as fh:\n    pickle.dump({}, fh)\nwith open(P, 'rb') as fh:\n    s = pickle.load(fh)",
        line: 6,
        severity: "LOW",
      },
      {
        // A model file at a fixed path of the program's own: a LOW hint, as a shelf there is.
        code: "import pickle\nMODEL = '/opt/app/model.pkl'\ndef load():\n    with open(MODEL, 'rb') as fh:\n        return pickle.load(fh)",
        line: 5,
        severity: "LOW",
      },
      { code: "import joblib\nclf = joblib.load('/srv/models/clf.joblib')", line: 2, severity: "LOW" },
      {
        // ... but one in the shared temp directory can be planted by another local user.
        code: "import pickle\ndef load():\n    with open('/tmp/model.pkl', 'rb') as fh:\n        return pickle.load(fh)",
        line: 4,
        severity: "MEDIUM",
      },
      {
        // A shelf file named by the caller, in a module that keeps nothing in a temp directory.
        code: "import shelve\nclass IdentDB:\n    def __init__(self, db):\n        self.db = shelve.open(db, protocol=2)",
        line: 4,
        severity: "LOW",
      },
      {
        // ... but a module that keeps its shelf in the temp directory: another local user can plant it.
        code: "import shelve, tempfile\nfrom pathlib import Path\nSTORE = Path(tempfile.gettempdir(), 'app.cache')\ndef open_cache(file):\n    return shelve.open(str(file))",
        line: 5,
        severity: "HIGH",
      },
      {
        // A cache keyed by the caller's name, written through an atomic-write helper under the same path.
        code: "import os, pickle\nfrom typing import BinaryIO, cast\nclass Cache:\n    def store(self, href, item):\n        folder = os.path.join(self.root, '.cache')\n        with self._atomic_write(os.path.join(folder, href), 'wb') as fo:\n            fb = cast(BinaryIO, fo)\n            pickle.dump(item, fb)\n    def load(self, href):\n        folder = os.path.join(self.root, '.cache')\n        with open(os.path.join(folder, href), 'rb') as f:\n            return pickle.load(f)",
        line: 12,
        severity: "LOW",
      },
      {
        // ... but a path read under another key is not that store.
        code: "import os, pickle\nclass Cache:\n    def store(self, href, item):\n        with self._atomic_write(os.path.join(self.root, href), 'wb') as fo:\n            pickle.dump(item, fo)\n    def load(self, name):\n        with open(os.path.join(self.root, name), 'rb') as f:\n            return pickle.load(f)",
        line: 8,
        severity: "HIGH",
      },
      {
        // The file read is not the one written.
        code: "import pickle, sys\nwith open('state.pkl', 'wb') as fh:\n    pickle.dump({}, fh)\nwith open(sys.argv[1], 'rb') as fh:\n    s = pickle.load(fh)",
        line: 5,
        severity: "CRITICAL",
      },
      {
        // The signature is checked, but a mismatch only logs: the bytes are unpickled either way.
        code: "import hmac, hashlib, pickle, logging\nfrom flask import request\ndef f():\n    raw = request.get_data()\n    good = hmac.new(KEY, raw, hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(good, request.headers['X-Sig']):\n        logging.warning('bad sig')\n    return pickle.loads(raw)",
        line: 8,
      },
      {
        code: "import numpy as np\nOPTS = {'allow_pickle': True}\ndef f(path):\n    return np.load(path, **OPTS)",
        line: 4,
      },
      {
        code: "import json, pickle\nfrom flask import request\ndef f():\n    LOAD = {'j': json.loads, 'p': pickle.loads}\n    return LOAD['p'](request.get_data())",
        line: 5,
      },
      { code: "import _pickle as cPickle\ndef f(fh):\n    return cPickle.Unpickler(fh).load()", line: 3 },
      {
        code: "import jsonpickle\nfrom flask import request\ndef f():\n    return jsonpickle.unpickler.Unpickler().restore(request.get_json())",
        line: 4,
        severity: "CRITICAL",
      },
      // Python 2's cPickle, imported or (in a fragment) used bare.
      { code: "import cPickle\ndef load(blob):\n    return cPickle.loads(blob)", line: 3 },
      {
        code: "raw = request.cookies.get('p')\nprefs = cPickle.loads(base64.b64decode(raw))",
        line: 2,
        severity: "CRITICAL",
      },
      { code: "import Pyro4\nPyro4.config.SERIALIZER = 'pickle'", line: 2 },
      {
        code: "import zmq\ns = zmq.Context().socket(zmq.PULL)\ns.bind('tcp://127.0.0.1:5557')\njob = s.recv_pyobj()",
        line: 4,
      },
      "SESSION_ENGINE = 'django.contrib.sessions.backends.signed_cookies'\nSESSION_SERIALIZER = 'django.contrib.sessions.serializers.PickleSerializer'",
      {
        code: "from multiprocessing.managers import BaseManager\nclass QM(BaseManager):\n    pass\nm = QM(address=('', 50000), authkey=b'')",
        line: 4,
      },
      {
        code: "from multiprocessing.connection import Listener\nl = Listener(('localhost', 6000))\nconn = l.accept()\nmsg = conn.recv()",
        line: 4,
      },
      {
        code: "from multiprocessing.connection import Listener\nwith Listener(('0.0.0.0', 6000), authkey=None) as l:\n    with l.accept() as conn:\n        msg = conn.recv()",
        line: 4,
      },
      {
        code: "from multiprocessing.connection import Client\nc = Client(('jobs', 6000), authkey=b'secret password')\nmsg = c.recv()",
        line: 3,
      },
      "import torch\ndef load(f):\n    return torch.load(f)",
      "from tensorflow import keras\ndef load(p):\n    return keras.models.load_model(p, safe_mode=False)",
      "import numpy as np\na = np.load(p, allow_pickle=True)",
      {
        code: "from celery import Celery\napp = Celery('t')\napp.conf.update(task_serializer='pickle')",
        line: 3,
      },
      { code: "CELERY_ACCEPT_CONTENT = ['pickle', 'json']", line: 1 },
      { code: "import pickle\ndef load(blob):\n    return pickle.loads(blob)", line: 3, severity: "HIGH" },
      {
        code: "import pickle\nfrom flask import request\nobj = pickle.loads(request.data)",
        line: 3,
        severity: "CRITICAL",
      },
      {
        code: "import marshal\ndef load(data):\n    return marshal.loads(data)",
        line: 3,
        severity: "MEDIUM",
      },
      "import pickle\nwith open(p, 'rb') as f:\n    obj = pickle.load(f)",
      "import shelve\ndb = shelve.open('/tmp/cache')",
      {
        code: "import os, shelve\nfrom flask import request\ndef f():\n    return shelve.open(os.path.join('/srv/stores', os.path.basename(request.args['n'])))",
        severity: "LOW",
      },
      {
        code: "import shelve\nwith shelve.open('/var/lib/app/cache.db') as db:\n    d = dict(db)",
        line: 2,
        severity: "LOW",
      },
      "import shelve\ndef prefs(user):\n    return shelve.open('/srv/prefs/' + user)",
      {
        code: "import os, shelve\nfrom flask import request\ndef f():\n    return shelve.open(os.path.join('/srv/stores', request.args['n']))",
        severity: "CRITICAL",
      },
      "import jsonpickle\no = jsonpickle.decode(text)",
      { code: "import numpy as np\na = np.load(path, allow_pickle=True)", line: 2 },
      "import torch\nm = torch.load(path)",
      "import pickle\nfrom flask import request\nv = [b'x', request.get_data()]\nobj = pickle.loads(v[1])",
    ],
  },
});
