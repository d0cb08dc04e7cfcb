// js-ts cases read as component, page and template files (markup.ts): raw-HTML bindings and page scripts, each with
// a look-alike that escapes, sanitises or renders a constant. Written by the lead with the feature (not blind).
import type { DevCase } from "./cases.js";

const file = (
  cwe: string,
  vulnerable: boolean,
  name: string,
  line: number,
  note: string,
  code: string,
): DevCase => ({ cwe, language: "javascript", vulnerable, note: `markup: ${note}`, code, line, file: name });

export const MARKUP: DevCase[] = [
  file(
    "CWE-79",
    true,
    "ReviewCard.vue",
    3,
    "Vue v-html of a prop",
    `<template>
  <article class="review">
    <div class="text" v-html="review.text"></div>
  </article>
</template>
<script>
export default { props: { review: Object } };
</script>
`,
  ),
  file(
    "CWE-79",
    false,
    "ReviewCard.vue",
    3,
    "Vue mustache of a prop (escaped)",
    `<template>
  <article class="review">
    <div class="text">{{ review.text }}</div>
  </article>
</template>
<script>
export default { props: { review: Object } };
</script>
`,
  ),
  file(
    "CWE-79",
    false,
    "Notice.vue",
    2,
    "Vue v-html through DOMPurify",
    `<template>
  <div v-html="DOMPurify.sanitize(notice)"></div>
</template>
<script setup>
import DOMPurify from "dompurify";
defineProps(["notice"]);
</script>
`,
  ),
  file(
    "CWE-79",
    true,
    "Search.vue",
    9,
    "Vue script writes the route query into innerHTML",
    `<template><div ref="out"></div></template>
<script setup lang="ts">
import { onMounted, ref } from "vue";
import { useRoute } from "vue-router";
const out = ref<HTMLElement | null>(null);
const route = useRoute();
onMounted(() => {
  const term = String(route.query.q ?? "");
  out.value!.innerHTML = "Results for " + term;
});
</script>
`,
  ),
  file(
    "CWE-79",
    false,
    "Search.vue",
    9,
    "Vue script writes the route query as text",
    `<template><div ref="out"></div></template>
<script setup lang="ts">
import { onMounted, ref } from "vue";
import { useRoute } from "vue-router";
const out = ref<HTMLElement | null>(null);
const route = useRoute();
onMounted(() => {
  const term = String(route.query.q ?? "");
  out.value!.textContent = "Results for " + term;
});
</script>
`,
  ),
  file(
    "CWE-79",
    true,
    "Bio.svelte",
    5,
    "Svelte {@html} of a prop",
    `<script>
  export let bio = "";
</script>

<section>{@html bio}</section>
`,
  ),
  file(
    "CWE-79",
    false,
    "Bio.svelte",
    5,
    "Svelte text interpolation of a prop",
    `<script>
  export let bio = "";
</script>

<section>{bio}</section>
`,
  ),
  file(
    "CWE-95",
    true,
    "calc.html",
    5,
    "page script evaluates the hash",
    `<!doctype html>
<html><body>
<output id="r"></output>
<script>
  document.getElementById("r").textContent = eval(decodeURIComponent(location.hash.slice(1)));
</script>
</body></html>
`,
  ),
  file(
    "CWE-95",
    false,
    "calc.html",
    5,
    "page script parses the hash as a number",
    `<!doctype html>
<html><body>
<output id="r"></output>
<script>
  document.getElementById("r").textContent = String(Number(decodeURIComponent(location.hash.slice(1))) * 2);
</script>
</body></html>
`,
  ),
  file(
    "CWE-79",
    true,
    "post.html",
    3,
    "Django template marks a field safe",
    `{% extends "base.html" %}
{% block content %}
<div class="body">{{ post.body|safe }}</div>
{% endblock %}
`,
  ),
  file(
    "CWE-79",
    false,
    "post.html",
    3,
    "Django template with autoescaped output and linebreaks filter",
    `{% extends "base.html" %}
{% block content %}
<div class="body">{{ post.body|linebreaksbr }}</div>
{% endblock %}
`,
  ),
  file(
    "CWE-79",
    true,
    "comments.j2",
    3,
    "Jinja autoescape false block",
    `<ul>
{% autoescape false %}{% for c in comments %}
  <li>{{ c.text }}</li>
{% endfor %}{% endautoescape %}
</ul>
`,
  ),
  file(
    "CWE-79",
    true,
    "profile.ejs",
    2,
    "EJS unescaped output of user data",
    `<h1><%= user.name %></h1>
<div class="about"><%- user.about %></div>
<%- include("partials/footer") %>
`,
  ),
  file(
    "CWE-79",
    false,
    "profile.ejs",
    2,
    "EJS escaped output and a partial include",
    `<h1><%= user.name %></h1>
<div class="about"><%= user.about %></div>
<%- include("partials/footer") %>
`,
  ),
  file(
    "CWE-79",
    true,
    "message.hbs",
    2,
    "Handlebars triple-stash",
    `<div class="msg">
  <p>{{{ message.body }}}</p>
</div>
`,
  ),
  file(
    "CWE-79",
    false,
    "message.hbs",
    2,
    "Handlebars double-stash (escaped)",
    `<div class="msg">
  <p>{{ message.body }}</p>
</div>
`,
  ),
];
