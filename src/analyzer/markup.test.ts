import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanFile } from "./file-scan.js";
import { expandPaths } from "./files.js";
import { isMarkupPath, lowerMarkup } from "./markup.js";
import { loadGrammars } from "./parse/index.js";

const tmp = mkdtempSync(join(tmpdir(), "purpcode-markup-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => loadGrammars(["javascript", "typescript"]));

function scan(name: string, source: string) {
  const path = join(tmp, name);
  writeFileSync(path, source);
  return scanFile({ path, markdown: false });
}

const VUE = `<template>
  <div>
    <p v-html="comment.body"></p>
    <p v-html="DOMPurify.sanitize(comment.body)"></p>
    <span v-html="'<b>fixed</b>'"></span>
    <!-- <p v-html="legacy"></p> -->
    <p :innerHTML="comment.body"></p>
  </div>
</template>

<script setup lang="ts">
import DOMPurify from "dompurify";
const props = defineProps<{ comment: { body: string } }>();
function run(code: string) {
  return eval(code);
}
run(location.hash.slice(1));
</script>
`;

describe("lowerMarkup", () => {
  it("keeps every script line at its row and column and blanks the markup", () => {
    const lowered = lowerMarkup(VUE, "Comment.vue")!;
    const src = VUE.split("\n");
    const out = lowered.code.split("\n");
    expect(lowered.language).toBe("typescript");
    expect(out[14]).toBe(src[14]); // `  return eval(code);`
    expect(out[0]!.trim()).toBe("");
    // The binding is lowered to the sink it compiles to, its expression at its own column; the template sits
    // above the script, so the bindings go on rows of their own after it, each pointed back at its own row.
    expect(out.slice(0, src.length).join("\n")).not.toContain("innerHTML");
    expect(out).toHaveLength(src.length + 4);
    expect(out[src.length]).toContain("_.innerHTML=(comment.body);");
    expect(out[src.length]!.indexOf("comment.body")).toBe(src[2]!.indexOf("comment.body"));
    expect([...lowered.moved!]).toEqual([
      [src.length + 1, 3],
      [src.length + 2, 4],
      [src.length + 3, 5],
      [src.length + 4, 7],
    ]);
    // Inside an HTML comment nothing is code.
    expect(lowered.code).not.toContain("legacy");
    expect(lowered.bindings.map((b) => [b.row, b.kind])).toEqual([
      [2, "v-html"],
      [3, "v-html"],
      [4, "v-html"],
      [6, ":innerHTML"],
    ]);
  });

  it("skips data blocks and plain pages, and reads Svelte props as inputs", () => {
    expect(
      lowerMarkup('<script type="application/json">{"x": 1}</script><p>hi</p>', "a.html"),
    ).toBeUndefined();
    expect(lowerMarkup("<h1>static</h1>", "b.html")).toBeUndefined();
    const svelte = lowerMarkup(
      "<script>\n  export let html;\n</script>\n<div>{@html html}</div>\n",
      "C.svelte",
    )!;
    expect(svelte.code).toContain("export let html = $$props.html;");
    expect(svelte.bindings).toEqual([{ kind: "{@html}", row: 3, col: 12 }]);
  });

  it("turns server-side template tags inside a page's script into same-length identifiers", () => {
    const page = "<script>\n  var user = {{ user|tojson }};\n  {% if debug %}x(){% endif %}\n</script>\n";
    const code = lowerMarkup(page, "t.html")!.code;
    expect(code).toContain(`var user = ${"_".repeat("{{ user|tojson }}".length)};`);
    expect(code.split("\n")[2]).toBe("  ______________x()___________");
  });

  it("reads unclosed tags in one pass (no rescan per tag)", () => {
    const junk = "<script {{{ {@html <%- {{ x|safe ".repeat(5_000);
    const lowered = lowerMarkup(junk + '\n<p v-html="y"></p>', "big.html");
    expect(lowered?.code.split("\n")).toHaveLength(2);
  });

  it("knows its extensions", () => {
    expect(["a.vue", "B.Svelte", "index.HTML", "x.htm"].every(isMarkupPath)).toBe(true);
    expect(isMarkupPath("a.js")).toBe(false);
  });
});

describe("component and page files", () => {
  it("reports scripts' and bindings' findings at their lines with the file's own snippets", () => {
    const r = scanFile({ path: join(tmp, "none.vue"), markdown: false });
    expect(r.ioError).toBe(true);
    const vue = scan("Comment.vue", VUE);
    expect(vue.language).toBe("typescript");
    const found = vue.findings.map((f) => [f.line, f.rule_id, f.snippet]);
    expect(found).toContainEqual([3, "JS-XSS-001", '<p v-html="comment.body"></p>']);
    expect(found).toContainEqual([15, "JS-CODE-001", "return eval(code);"]);
    expect(found).toContainEqual([7, "JS-XSS-001", '<p :innerHTML="comment.body"></p>']);
    // Sanitised and constant bindings stay clean.
    expect(vue.findings.filter((f) => f.line === 4 || f.line === 5)).toEqual([]);
    const xss = vue.findings.find((f) => f.line === 3)!;
    expect(xss.message).toBe("v-html renders this expression as raw HTML");
    expect(xss.column).toBe(VUE.split("\n")[2]!.indexOf("comment.body") + 1);
  });

  it("resolves a Vue template's names against its script whatever the blocks' order", () => {
    const template =
      '<template>\n  <div v-html="clean"></div>\n  <div v-html="raw"></div>\n  <a :href="route.query.next">n</a>\n</template>\n';
    const script =
      "<script setup>\nimport { computed } from 'vue';\nimport { useRoute } from 'vue-router';\nimport DOMPurify from 'dompurify';\n" +
      "const route = useRoute();\nconst raw = computed(() => String(route.query.q));\nconst clean = computed(() => DOMPurify.sanitize(raw.value));\n</script>\n";
    const found = (name: string, source: string) =>
      scan(name, source).findings.map((f) => [f.snippet.trim(), f.rule_id, f.column]);
    const above = found("Above.vue", template + script);
    expect(above).toEqual([
      ['<div v-html="raw"></div>', "JS-XSS-001", 16],
      ['<a :href="route.query.next">n</a>', "JS-XSS-001", 7],
    ]);
    expect(found("Below.vue", script + template)).toEqual(above);
    // Lines of the moved bindings' findings are the template's own.
    expect(scan("Above2.vue", template + script).findings.map((f) => [f.line, f.end_line])).toEqual([
      [3, 3],
      [4, 4],
    ]);
  });

  it("finds a Svelte prop rendered raw and a page script's DOM XSS", () => {
    const svelte = scan(
      "Post.svelte",
      "<script>\n  export let html;\n</script>\n<article>{@html html}</article>\n",
    );
    expect(svelte.findings.map((f) => [f.line, f.rule_id])).toEqual([[4, "JS-XSS-001"]]);
    const page = scan(
      "index.html",
      '<html><body><div id="o"></div>\n<script>\n  const q = new URLSearchParams(location.search).get("q");\n  document.getElementById("o").innerHTML = q;\n</script></body></html>\n',
    );
    expect(page.findings.map((f) => [f.line, f.rule_id])).toEqual([[4, "JS-XSS-001"]]);
    expect(scan("plain.html", "<p>nothing to run</p>\n")).toEqual({
      findings: [],
      language: null,
      parseError: false,
    });
  });

  it("reads a Svelte reactive assignment to an undeclared name as its declaration", () => {
    const svelte = scan(
      "Comment.svelte",
      "<script>\n  import DOMPurify from 'dompurify';\n  export let comment;\n  $: clean = DOMPurify.sanitize(comment.body);\n  $: raw = comment.body;\n</script>\n" +
        "<div>{@html clean}</div>\n<div>{@html raw}</div>\n",
    );
    expect(svelte.findings.map((f) => [f.line, f.rule_id])).toEqual([[8, "JS-XSS-001"]]);
    expect(
      lowerMarkup("<script>\n  let a;\n  $: a = 1;\n  $: b = a;\n</script>\n", "A.svelte")!.code,
    ).toContain("$: a = 1;\n  let b = a;");
  });

  it("judges Svelte href={...} and Vue :href bindings as URL attributes (javascript: URLs)", () => {
    const svelte = scan(
      "Share.svelte",
      "<script>\n  import { page } from '$app/stores';\n  $: link = $page.url.searchParams.get('link') ?? '';\n</script>\n" +
        '<a href={link}>shared</a>\n<a href={`/share/${encodeURIComponent(link)}`}>page</a>\n<a href="/about">about</a>\n',
    );
    expect(svelte.findings.map((f) => [f.line, f.rule_id])).toEqual([[5, "JS-XSS-001"]]);
    const vue = scan(
      "Next.vue",
      '<template>\n  <a :href="$route.query.next">next</a>\n  <a v-bind:href="\'/u/\' + $route.query.u">user</a>\n</template>\n',
    );
    expect(vue.findings.map((f) => [f.line, f.rule_id])).toEqual([[2, "JS-XSS-001"]]);
  });

  it("reads a Vue options-API computed property bound with v-html through its getter", () => {
    const vue = scan(
      "Article.vue",
      '<template>\n  <div v-html="body"></div>\n  <div v-html="clean"></div>\n</template>\n<script>\nimport DOMPurify from "dompurify";\nexport default {\n  computed: {\n    body() {\n      return location.hash.slice(1);\n    },\n    clean: function () {\n      return DOMPurify.sanitize(location.hash.slice(1));\n    },\n  },\n};\n</script>\n',
    );
    expect(vue.findings.map((f) => [f.line, f.rule_id, f.severity])).toEqual([[2, "JS-XSS-001", "HIGH"]]);
  });

  it("judges a Vue computed property bound to :href by what its getter returns", () => {
    const vue = scan(
      "Site.vue",
      '<template>\n  <a :href="site">web</a>\n  <a :href="safeSite">web</a>\n</template>\n<script>\nexport default {\n  computed: {\n    site() {\n      return this.$route.query.site;\n    },\n    safeSite() {\n      const raw = this.$route.query.site || "";\n      return /^https?:\\/\\//i.test(raw) ? raw : "#";\n    },\n  },\n};\n</script>\n',
    );
    expect(vue.findings.map((f) => [f.line, f.rule_id])).toEqual([[2, "JS-XSS-001"]]);
  });

  it("finds server-side templates' raw output and leaves escaped output, literals and partials alone", () => {
    const jinja = scan(
      "profile.jinja2",
      [
        "<h1>{{ title }}</h1>",
        '<div class="bio">{{ user.bio|safe }}</div>',
        '<p>{{ "<b>fixed</b>"|safe }}</p>',
        "{% autoescape false %}",
        "  <p>{{ comment.text }}</p>",
        "{% endautoescape %}",
        "<p>{{ comment.text }}</p>",
        "<p>{{ a if b else c|safe }}</p>",
        '<span class="help-block">{{ field.help_text|safe }}</span>',
        "<p>{{ field.errors|safe }}</p>",
        "<header>{{ site_config.top_text|safe }}</header>",
        "<footer>{{ config['FOOTER_HTML']|safe }}</footer>",
        "<p>{{ config_user.bio|safe }}</p>",
        '{{ field(class="form-control%s" % extra_classes, **kwargs)|safe }}',
        '{{ field.label(class="col-form-label")|safe }} <small>{{ field.description|safe }}</small>',
        "<p>{{ field.data|safe }}</p>",
      ].join("\n"),
    );
    expect(jinja.parseError).toBe(false);
    expect(jinja.findings.map((f) => [f.line, f.message])).toEqual([
      [2, "|safe renders this expression as raw HTML"],
      [5, "autoescape off renders this expression as raw HTML"],
      [8, "|safe renders this expression as raw HTML"],
      // A field's help text is the developer's declaration (line 9); its errors are not (line 10).
      [10, "|safe renders this expression as raw HTML"],
      // The deployer's configured HTML (lines 11, 12) is not request data; a user record's field is (line 13).
      [13, "|safe renders this expression as raw HTML"],
      // A WTForms field's rendered widget and label, and its declared description (lines 14, 15), not its data.
      [16, "|safe renders this expression as raw HTML"],
    ]);
    const ejs = scan(
      "show.ejs",
      "<h1><%= title %></h1>\n<div><%- post.html %></div>\n<%- include('footer') %>\n",
    );
    expect(ejs.findings.map((f) => [f.line, f.column])).toEqual([[2, 10]]);
    // A form component's declared label and flatatt-built attributes are not data; the field's value is.
    const row = scan(
      "field_row.html",
      [
        "<div {{ wrapper.flat_attrs|safe }}><input {{ flat_attrs|safe }}>",
        "<label>{{ field.label|safe }}</label>{{ field.label_tag|safe }}",
        "<p>{{ field.value|safe }}</p>",
        "<p>{{ wrapper.attrs|safe }}</p>",
      ].join("\n"),
    );
    expect(row.findings.map((f) => f.line)).toEqual([3, 4]);
    // EJS 1's bare include names a partial file; a raw name beside it is still data.
    const ejs1 = scan(
      "404.ejs",
      "<body>\n<%- include partial/404_content.ejs %>\n<p><%- include %></p>\n<%- includeHtml %>\n</body>\n",
    );
    expect(ejs1.findings.map((f) => f.line)).toEqual([3, 4]);
    const hbs = scan("post.hbs", "<h1>{{title}}</h1>\n<div>{{{ post.body }}}</div>\n");
    expect(hbs.findings.map((f) => f.line)).toEqual([2]);
    // A layout's body slot is the already-rendered view; another raw field of the layout is still data.
    const layout = scan("layout.ejs", "<body>\n<%- body %>\n<aside><%- user.signature %></aside>\n</body>\n");
    expect(layout.findings.map((f) => f.line)).toEqual([3]);
    const main = scan("main.hbs", "<body>\n  {{{body}}}\n  <div>{{{ post.body }}}</div>\n</body>\n");
    expect(main.findings.map((f) => f.line)).toEqual([3]);
    // handlebars-layouts' named block and a vue-server-renderer page template's slots are rendered markup; a raw
    // field beside the block is still data, and so is a triple-stash in a page without the SSR outlet.
    const blocks = scan("layout.hbs", '<ul>{{{block "sidebar"}}}</ul>\n<p>{{{ user.bio }}}</p>\n');
    expect(blocks.findings.map((f) => f.line)).toEqual([2]);
    const ssr =
      "<head>\n  {{{ userHeadTags }}}\n  {{{ renderStyles() }}}\n</head>\n<body>\n  <!--vue-ssr-outlet-->\n</body>\n";
    expect(scan("index.ssr.html", ssr).findings).toEqual([]);
    const page = scan("page.html", "<head>\n  {{{ userHeadTags }}}\n</head>\n");
    expect(page.findings.map((f) => f.line)).toEqual([2]);
    // A helper's output, a Markdown block helper's source and a page layout's `contents` slot are no raw data; a
    // plain raw field beside them, a raw field in a non-Markdown block and `contents` in a partial still are.
    const theme = scan(
      "member.hbs",
      "<h3>{{{wbr name}}}</h3>\n<div>{{#markdown}}{{{comment.text}}}{{/markdown}}</div>\n<p>{{{ user.bio }}}</p>\n" +
        "{{#if shown}}<i>{{{ note }}}</i>{{/if}}\n<div>{{{contents}}}</div>\n",
    );
    expect(theme.findings.map((f) => f.line)).toEqual([3, 4, 5]);
    const pageLayout = scan("default.hbs", "<!doctype html>\n<html><body>\n{{{contents}}}\n</body></html>\n");
    expect(pageLayout.findings).toEqual([]);
    // Pug: `!=` buffered code and `!{}` interpolation skip escaping; `=`, `#{}`, a `!=` comparison and comments do not.
    const pug = scan(
      "bio.pug",
      "div\n  p.bio!= user.bio\n  p= user.name\n  p Signed: !{user.sig}\n  p From #{user.city}\n  //- p!= old.bio\n  if a != b\n    p= a\n",
    );
    expect(pug.findings.map((f) => [f.line, f.column])).toEqual([
      [2, 11],
      [4, 15],
    ]);

    // A primary key or a count marked |safe renders digits; the record's text beside it is still data.
    const admin = scan(
      "perms.html",
      '<a href="user/{{ user.id|safe }}/">{{ user.pk|safe }}</a>\n<b>{{ group.owner_id|safe }}</b>\n<i>{{ user.name|safe }}</i>\n',
    );
    expect(admin.findings.map((f) => f.line)).toEqual([3]);
  });

  it("leaves a server-side template that writes no markup (generated source code, plain text) alone", () => {
    const model = scan(
      "model.mustache",
      [
        "/**",
        " * {{{description}}}",
        " */",
        "export class {{classname}} {",
        "    {{#vars}}'{{name}}'?: {{{dataType}}};{{/vars}}",
        "}",
      ].join("\n"),
    );
    expect(model.findings).toEqual([]);
    const page = scan("card.mustache", '<div class="card">\n  {{{ note }}}\n</div>\n');
    expect(page.findings.map((f) => f.line)).toEqual([2]);
  });

  it("walks into component files when scanning a directory", async () => {
    const files = await expandPaths([tmp], false);
    expect(files.some((f) => f.endsWith("Comment.vue"))).toBe(true);
    expect(files.some((f) => f.endsWith("Post.svelte"))).toBe(true);
  });
});

describe("minified inline scripts", () => {
  it("leaves a minified library pasted into a template's <script> unanalysed, keeps a readable one", () => {
    const lib = Array.from({ length: 20 }, (_, i) =>
      `!function(a,b){var c${i}=eval(a.code${i}),d=new Function("x","return "+b.expr${i});a.el.innerHTML=b.html${i}+c${i};d(c${i})}(window.w${i},window.v${i});`.repeat(
        3,
      ),
    ).join("\n");
    const page = `<html><body>\n<div>{{title}}</div>\n<script>\n${lib}\n</script>\n<script>\nconst q = new URLSearchParams(location.search);\ndocument.body.innerHTML = q.get('msg');\n</script>\n</body></html>\n`;
    const found = scan("layout.hbs", page).findings.filter((f) => f.severity !== "LOW");
    expect(found.map((f) => f.line)).toEqual([27]);
    const all = scanFile({ path: join(tmp, "layout.hbs"), markdown: false, includeMinified: true });
    expect(all.findings.some((f) => f.line < 25)).toBe(true);
  });
});
