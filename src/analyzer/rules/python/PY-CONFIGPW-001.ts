import { inTestCode, pyRule } from "./common.js";

/** Parsers handed configuration text: INI, YAML, TOML, JSON, dotenv. */
const CONFIG_PARSE =
  /(^|\.)(read_string|yaml\.(safe_load|load|full_load)|toml\.loads|tomllib\.loads|tomli\.loads|json\.loads|dotenv_values|load_dotenv)$|^read_string$/;
/** `password = value`, `db_password: value`, `"password": "value"` on a line of the text. */
const PASSWORD_LINE =
  /^[ \t"']*[\w.-]*(?:password|passwd|pwd|secret|api_?key|token)["']?[ \t]*[=:][ \t]*["']?([^\s"'#;,}]+)/im;
/** Values that stand for a password rather than being one: placeholders, references, empties. */
const PLACEHOLDER =
  /^(\$\{?|%\(|<|\{\{|\*+$|x+$|changeme$|change_me$|null$|none$|""$|''$|your|example|dummy|test|password$|secret$)/i;

export default pyRule({
  meta: {
    id: "PY-CONFIGPW-001",
    title: "Password written into configuration text kept in the source",
    cwe: ["CWE-260", "CWE-798"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags configuration text written as a string literal in the code and handed to a parser (ConfigParser.read_string, yaml.safe_load, toml/tomllib.loads, json.loads) when one of its lines sets a password, secret, API key or token to a literal value (not a ${VAR} or %(name)s reference, a <placeholder> or an obvious dummy).",
      why_bad:
        "The password travels with the code: into the repository, every clone, every image and every log of a diff; changing it means a release (CWE-260, password in a configuration file; CWE-798).",
      example_bad:
        'import configparser\ncfg = configparser.ConfigParser()\ncfg.read_string("""\n[db]\nuser = app\npassword = S3cure!Passw0rd\n""")',
      example_good:
        'import configparser, os\ncfg = configparser.ConfigParser()\ncfg.read_string("""\n[db]\nuser = app\npassword = ${DB_PASSWORD}\n""")\npassword = os.environ["DB_PASSWORD"]',
    },
    fix_hint:
      "Keep the password out of the code: read it from the environment or a secrets store at start-up.",
  },
  trigger: /read_string|safe_load|yaml\.load|full_load|loads\(|dotenv/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    if (!CONFIG_PARSE.test(ctx.callee(node)) && ctx.method(node) !== "read_string") return;
    // (a test's fixture text is not a deployment's configuration)
    if (inTestCode(ctx, node)) return;
    const arg = ctx.args(node)[0];
    const text = arg && ctx.stringValue(ctx.resolve(arg) ?? arg);
    if (!text || !text.includes("\n")) return;
    const m = PASSWORD_LINE.exec(text);
    const value = m?.[1];
    if (!value || value.length < 4 || PLACEHOLDER.test(value)) return;
    report({ node, message: "the configuration text in the code sets a password to a literal value" });
  },
  cases: {
    valid: [
      'import configparser\ncfg = configparser.ConfigParser()\ncfg.read_string("""\n[db]\nuser = app\npassword = ${DB_PASSWORD}\n""")',
      'import yaml\ncfg = yaml.safe_load("""\ndb:\n  host: localhost\n  port: 5432\n""")',
      'import configparser\ncfg = configparser.ConfigParser()\ncfg.read_string("""\n[db]\npassword = <set me>\n""")',
    ],
    invalid: [
      {
        code: 'import configparser\ncfg = configparser.ConfigParser()\ncfg.read_string("""\n[database]\nhost = db.internal\npassword = S3cure!Passw0rd\n""")',
        line: 3,
      },
      {
        code: 'import yaml\nCFG = """\nsmtp:\n  user: bot\n  password: hunter2-prod\n"""\nsettings = yaml.safe_load(CFG)',
        line: 7,
      },
    ],
  },
});
