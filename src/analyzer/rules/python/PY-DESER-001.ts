import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

const LOADERS = new Set([
  "pickle.load",
  "pickle.loads",
  "cPickle.load",
  "cPickle.loads",
  "_pickle.loads",
  "dill.load",
  "dill.loads",
  "shelve.open",
  "jsonpickle.decode",
  "marshal.load",
  "marshal.loads",
  "pandas.read_pickle",
  "joblib.load",
  "cloudpickle.load",
  "cloudpickle.loads",
  "pickle.Unpickler",
  "jsonpickle.unpickler.decode",
  "unpickler.decode",
]);

export default pyRule({
  meta: {
    id: "PY-DESER-001",
    title: "Deserialisation with pickle-family modules",
    cwe: ["CWE-502"],
    severity: "HIGH",
    docs: {
      what_it_does: "Flags pickle, cPickle, dill, shelve, jsonpickle, marshal and joblib loads.",
      why_bad:
        "Unpickling calls arbitrary constructors named in the data; a crafted payload runs code during load.",
      example_bad: "import pickle\ndef load_session(blob):\n    return pickle.loads(blob)",
      example_good: "import json\ndef load_session(blob):\n    return json.loads(blob)",
    },
    fix_hint:
      "Use a data-only format (json, msgpack) or sign the payload with hmac and verify before unpickling trusted data only.",
  },
  trigger: /pickle|shelve|marshal|dill|joblib|unpickler|Unpickler/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!LOADERS.has(q)) return;
    const data = ctx.args(node)[0];
    // pickle.loads(pickle.dumps(x)) is an in-process deep copy, not untrusted input.
    if (data?.type === "call" && /\.(dumps|dump)$/.test(ctx.callee(data))) return;
    // A payload built from literals only is the program's own data (bytes in memory, not a file or stream).
    if (/(loads|decode)$/.test(q) && data && ctx.level(data, "literal") === Level.CONST) return;
    report({ node, message: `${q}() can execute code embedded in the serialised data` });
  },
  cases: {
    valid: [
      "import json\njson.loads(s)",
      "import pickle\ndata = pickle.dumps(obj)",
      "import pickle\nc = pickle.loads(pickle.dumps(obj))",
      "import pickle, base64\nblob = base64.b64encode(b'\\x80\\x04K\\x01.')\nn = pickle.loads(base64.b64decode(blob))",
    ],
    invalid: [
      "import pickle\nwith open(p, 'rb') as f:\n    obj = pickle.load(f)",
      "import shelve\ndb = shelve.open('x.db')",
      "import jsonpickle\no = jsonpickle.decode(text)",
      "import pickle\nfrom flask import request\nv = [b'x', request.get_data()]\nobj = pickle.loads(v[1])",
    ],
  },
});
