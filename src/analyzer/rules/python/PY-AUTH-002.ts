import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { ancestor, field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

const ALLOW_ANY = /(^|[\s[(,.])AllowAny\b/;
/** Django REST framework bases whose views create, change or delete records. */
const WRITING_BASE =
  /(?<![A-Za-z])ModelViewSet|(?<![A-Za-z])(Create|Update|Destroy|ListCreate|RetrieveUpdate|RetrieveDestroy|RetrieveUpdateDestroy)APIView|(Create|Update|Destroy)ModelMixin/;
const WRITING_METHOD =
  /\n\s*(async\s+)?def\s+(post|put|patch|delete|create|update|partial_update|destroy)\s*\(/;

/** A handler that checks the credentials it is sent: Django's authenticate() or login(), a password check. */
const SIGN_IN = /\bauthenticate\(\s*request\b|\blogin\(\s*request\s*,|\.check_password\(/;

/** The class a `permission_classes = [...]` assignment sits in writes data (by its bases or its handlers). */
function writingClass(ctx: PythonContext, node: SyntaxNode): boolean {
  const cls = ancestor(node, ["class_definition"]);
  if (!cls) return false;
  const bases = ctx.text(field(cls, "superclasses") ?? cls).slice(0, 300);
  // A sign-in or sign-up view (its handler authenticates the credentials it is sent, or creates the account):
  // its callers cannot be signed in yet, so any caller is who it serves.
  if (!WRITING_BASE.test(bases) && SIGN_IN.test(ctx.text(cls))) return false;
  return WRITING_BASE.test(bases) || WRITING_METHOD.test(ctx.text(cls));
}

export default pyRule({
  meta: {
    id: "PY-AUTH-002",
    title: "Django REST framework view that changes data allows any caller",
    cwe: ["CWE-862", "CWE-306"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags permission_classes = [AllowAny] (or an empty list) on DRF viewsets and API views that create, update or delete (ModelViewSet, Create/Update/DestroyAPIView, or post/put/patch/delete handlers), @permission_classes([AllowAny]) on an @api_view that accepts writes, and DEFAULT_PERMISSION_CLASSES set to AllowAny.",
      why_bad:
        "AllowAny turns off authentication and authorisation for the view: anyone on the network can create, change or delete the records it manages.",
      example_bad:
        "from rest_framework import viewsets\nfrom rest_framework.permissions import AllowAny\nclass InvoiceViewSet(viewsets.ModelViewSet):\n    permission_classes = [AllowAny]",
      example_good:
        "from rest_framework import viewsets\nfrom rest_framework.permissions import IsAuthenticated\nclass InvoiceViewSet(viewsets.ModelViewSet):\n    permission_classes = [IsAuthenticated]",
    },
    fix_hint:
      "Require IsAuthenticated (plus an object-level permission) on views that write; keep AllowAny for read-only public endpoints.",
  },
  trigger: /AllowAny|permission_classes\s*=\s*[[(]\s*[\])]/,
  nodeTypes: ["assignment", "decorator", "pair"],
  detect(node, ctx, report) {
    if (node.type === "assignment") {
      const left = ctx.text(field(node, "left") ?? node);
      const right = ctx.text(field(node, "right") ?? node);
      if (left === "permission_classes" && ALLOW_ANY.test(right) && writingClass(ctx, node))
        report({ node, message: "a view that changes data allows any caller (AllowAny)" });
      // `permission_classes = []`: no permission class runs, so every caller passes, as with AllowAny.
      else if (left === "permission_classes" && /^[[(]\s*[\])]$/.test(right) && writingClass(ctx, node))
        report({ node, message: "a view that changes data has an empty permission list: any caller passes" });
      return;
    }
    if (node.type === "pair") {
      if (
        ctx.stringValue(field(node, "key")) === "DEFAULT_PERMISSION_CLASSES" &&
        ALLOW_ANY.test(ctx.text(field(node, "value") ?? node))
      )
        report({ node, message: "every API view defaults to AllowAny" });
      return;
    }
    const t = ctx.text(node);
    if (!/^@(\w+\.)*permission_classes\(/.test(t) || !ALLOW_ANY.test(t)) return;
    const dec = node.parent;
    const apiView =
      dec?.type === "decorated_definition"
        ? dec.children.find((c) => /^@(\w+\.)*api_view\(/.test(ctx.text(c)))
        : undefined;
    if (apiView && /['"](POST|PUT|PATCH|DELETE)['"]/i.test(ctx.text(apiView)))
      report({ node, message: "an API view that accepts writes allows any caller (AllowAny)" });
  },
  cases: {
    valid: [
      "from rest_framework import viewsets\nfrom rest_framework.permissions import AllowAny\nclass Public(viewsets.ReadOnlyModelViewSet):\n    permission_classes = [AllowAny]",
      "from rest_framework.decorators import api_view, permission_classes\nfrom rest_framework.permissions import AllowAny\n@api_view(['GET'])\n@permission_classes([AllowAny])\ndef health(request):\n    return {}",
      "from rest_framework import viewsets\nfrom rest_framework.permissions import IsAuthenticated\nclass V(viewsets.ModelViewSet):\n    permission_classes = [IsAuthenticated]",
      // a sign-in view: its callers are not signed in yet
      "from django.contrib.auth import authenticate, login\nfrom rest_framework.permissions import AllowAny\nfrom rest_framework.views import APIView\nclass LoginView(APIView):\n    permission_classes = [AllowAny]\n    def post(self, request):\n        user = authenticate(request, username=request.data['u'], password=request.data['p'])\n        login(request, user)\n        return Response({})",
    ],
    invalid: [
      {
        code: "from rest_framework import viewsets\nfrom rest_framework.permissions import AllowAny\nclass V(viewsets.ModelViewSet):\n    permission_classes = [AllowAny]",
        line: 4,
      },
      {
        code: "from rest_framework.decorators import api_view, permission_classes\nfrom rest_framework.permissions import AllowAny\n@api_view(['DELETE'])\n@permission_classes([AllowAny])\ndef drop(request, pk):\n    pass",
        line: 4,
      },
      {
        code: "from rest_framework import viewsets\nclass V(viewsets.ModelViewSet):\n    queryset = Invoice.objects.all()\n    permission_classes = []",
        line: 4,
      },
      {
        code: "REST_FRAMEWORK = {\n    'DEFAULT_PERMISSION_CLASSES': ['rest_framework.permissions.AllowAny'],\n}",
        line: 2,
      },
      {
        code: "from rest_framework.views import APIView\nfrom rest_framework.permissions import AllowAny\nclass Upload(APIView):\n    permission_classes = (AllowAny,)\n    def post(self, request):\n        pass",
        line: 4,
      },
    ],
  },
});
