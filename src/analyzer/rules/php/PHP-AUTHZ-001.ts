import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";

/** Request input: the record or file an action targets when the caller picks it. */
const REQUEST = /\$_(GET|POST|REQUEST|COOKIE)\b|->(input|query|post|get)\s*\(|\$request->/;
/** Any visible authorization decision: session role checks, WordPress capabilities, Laravel/Symfony gates. */
const AUTHZ =
  /current_user_can|user_can\s*\(|is_admin\s*\(|is_super_admin|check_admin_referer|check_ajax_referer|wp_verify_nonce|->authorize\s*\(|Gate::|->can\s*\(|->cannot\s*\(|isGranted|denyAccessUnlessGranted|@IsGranted|#\[IsGranted|->hasRole|->hasPermission|has_permission|require_login|require_admin|requireAuth|checkAccess|check_access|is_logged_in|isLoggedIn|\$_SESSION\s*\[\s*['"](user|uid|user_id|role|admin|is_admin|logged|loggedin|logged_in|auth)\w*['"]\s*\]|Auth::(check|user|id)|auth\(\)->/i;

export default clikeRule(["php"], {
  meta: {
    id: "PHP-AUTHZ-001",
    title: "Request-chosen record deleted or changed with no authorization check in sight",
    cwe: ["CWE-862", "CWE-639"],
    // Heuristic: framework middleware or a router can authorize outside the snippet.
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags DELETE/UPDATE SQL, unlink(), rmdir() and ORM delete()/update()/destroy() whose target comes from the request ($_GET, $_POST, $request->input) in code that shows no authorization decision at all: no capability or role check (current_user_can, is_admin, $this->authorize, Gate::allows, isGranted), no session user check, no login requirement. LOW: middleware outside the snippet may do it.",
      why_bad:
        "If the handler trusts that only the right people reach it, anyone who finds the URL can delete or change any record by changing the id in the request (missing authorization, CWE-862; insecure direct object reference, CWE-639).",
      example_bad:
        "<?php\n$id = (int) $_POST['id'];\n$stmt = $pdo->prepare('DELETE FROM invoices WHERE id = ?');\n$stmt->execute([$id]);",
      example_good:
        "<?php\nsession_start();\nif (!isset($_SESSION['user_id'])) { http_response_code(403); exit; }\n$id = (int) $_POST['id'];\n$stmt = $pdo->prepare('DELETE FROM invoices WHERE id = ? AND owner_id = ?');\n$stmt->execute([$id, $_SESSION['user_id']]);",
    },
    fix_hint:
      "Check that the current user may act on this record (owner or role) before the change, e.g. current_user_can(), $this->authorize('delete', $post), or a WHERE owner_id = the session user.",
  },
  trigger: /DELETE|UPDATE|delete|update|destroy|unlink|rmdir/,
  nodeTypes: [...CALL_TYPES.php, "string", "encapsed_string"],
  detect(node, ctx, report) {
    const source = ctx.tree.source;
    if (!REQUEST.test(source) || AUTHZ.test(source)) return;
    if (ctx.isString(node)) {
      // A state-changing statement; whether its target is the request's is judged on the snippet as a whole.
      if (!/^\s*(DELETE\s+FROM|UPDATE\s+\S+\s+SET)\b/i.test(literalValue(ctx, node))) return;
      report({
        node,
        message: "record changed at the request's choice with no authorization check in sight",
      });
      return;
    }
    const m = ctx.method(node).toLowerCase();
    if (!/^(unlink|rmdir|delete|destroy|forcedelete|update)$/.test(m)) return;
    // ORM update(...) takes the new values; only count it when the request picks the target or the data.
    if (
      !REQUEST.test(ctx.text(node)) &&
      !ctx.args(node).some((a) =>
        REQUEST.test(
          ctx
            .valuesOf(ctx.text(a))
            .map((v) => ctx.text(v))
            .join(" "),
        ),
      )
    )
      return;
    report({ node, message: `${m}() at the request's choice with no authorization check in sight` });
  },
  cases: {
    valid: [
      "<?php\nif (!current_user_can('delete_posts')) { wp_die(); }\n$wpdb->query($wpdb->prepare('DELETE FROM t WHERE id = %d', $_GET['id']));",
      "<?php\n$rows = $pdo->query('SELECT * FROM t')->fetchAll();\necho $_GET['page'];",
      "<?php\nsession_start();\nif (empty($_SESSION['user_id'])) exit;\nunlink('/uploads/' . basename($_POST['f']));",
    ],
    invalid: [
      "<?php\n$id = $_GET['id'];\n$pdo->prepare('DELETE FROM posts WHERE id = ?')->execute([$id]);",
      "<?php\nunlink('/uploads/' . basename($_POST['file']));",
    ],
  },
});
