// Dev suite "js-ts", batch 163: look-alikes of the shapes last round left open. Vue single-file components whose
// template sits above `<script setup>` (the template renders after the script runs, so its bindings read the
// script's names whatever the block order), `computed` refs holding sanitised or raw values, Reflect.set on an
// element's markup property, and AES in ECB mode used as the raw one-block function of a larger construction with
// padding switched off (a MAC, a pairing protocol's e()) beside ECB encrypting whole messages. Own code.
import type { Language } from "../../../src/analyzer/types.js";
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

function languageOf(file: string): Language {
  return /\.(?:ts|mts|cts|tsx)$/.test(file) ? "typescript" : "javascript";
}
const kind = (file: string, cwe: string, note: string, src: string): DevCase[] =>
  fileCases("batch163", cwe, `${file}: ${note}`, src, languageOf(file)).map((c) => ({ ...c, file }));
const js = (cwe: string, note: string, src: string) => fileCases("batch163", cwe, note, src, "javascript");

export const BATCH163: DevCase[] = [
  ...kind(
    "ReleaseNotes.vue",
    "CWE-79",
    "template above script setup: v-html of a DOMPurify computed and of a computed over the route query, :href of the route",
    `<template>
  <article class="notes">
@ok    <section v-html="safeBody"></section>
@@    <aside v-html="teaser"></aside>
@ok    <p>{{ teaser }}</p>
@@    <a :href="route.query.back">Back</a>
@ok    <a :href="homeLink">Home</a>
  </article>
</template>

<script setup lang="ts">
import { computed } from 'vue';
import { useRoute } from 'vue-router';
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const route = useRoute();
const raw = computed(() => String(route.query.notes ?? ''));
const safeBody = computed(() => DOMPurify.sanitize(marked.parse(raw.value) as string));
const teaser = computed(() => raw.value.slice(0, 140));
const homeLink = computed(() => '/releases');
</script>
`,
  ),
  ...kind(
    "ProfileCard.vue",
    "CWE-79",
    "template first, a plain script setup with function-style computed getters and a props object",
    `<template>
  <div class="card">
@ok    <div class="bio" v-html="cleanBio"></div>
@@    <div class="bio" v-html="props.user.bio"></div>
@ok    <span v-html="badge"></span>
  </div>
</template>

<script setup>
import { computed } from 'vue';
import sanitizeHtml from 'sanitize-html';

const props = defineProps({ user: Object });
const cleanBio = computed(function () {
  return sanitizeHtml(props.user.bio, { allowedTags: ['b', 'i', 'a'] });
});
const badge = computed(() => (props.user.admin ? '<b>admin</b>' : '<i>member</i>'));
</script>
`,
  ),
  ...kind(
    "Inbox.vue",
    "CWE-79",
    "script setup first, template below: the same bindings in the usual order",
    `<script setup lang="ts">
import { computed, ref } from 'vue';
import { useRoute } from 'vue-router';
import DOMPurify from 'dompurify';

const route = useRoute();
const subject = ref(String(route.params.subject ?? ''));
const preview = computed(() => DOMPurify.sanitize(String(route.query.preview ?? '')));
const rawPreview = computed(() => String(route.query.preview ?? ''));
</script>

<template>
  <ul>
@ok    <li v-html="preview"></li>
@@    <li v-html="rawPreview"></li>
@ok    <li>{{ subject }}</li>
  </ul>
</template>
`,
  ),
  ...js(
    "CWE-79",
    "Reflect.set and Reflect.apply on an element's markup properties vs its text",
    `const params = new URLSearchParams(window.location.search);
const title = params.get('title') || '';
const box = document.querySelector('#box');

@@Reflect.set(box, 'innerHTML', title);
@ok Reflect.set(box, 'textContent', title);
@ok Reflect.set(box, 'innerHTML', '<hr>');
@@Reflect.set(box, 'outerHTML', '<div>' + title + '</div>');
@ok Reflect.set(box, 'title', title);
`,
  ),
  ...js(
    "CWE-327",
    "AES-ECB with padding off as the one-block function of CMAC and of a pairing protocol vs ECB over whole records",
    `const crypto = require('crypto');

function aesBlock(key, block) {
@ok  const ecb = crypto.createCipheriv('aes-128-ecb', key, Buffer.alloc(0));
  ecb.setAutoPadding(false);
  return ecb.update(block);
}

function c1(k, r, pres, preq) {
  const p1 = Buffer.concat([pres, preq, Buffer.from([0, 1])]);
  const x = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) x[i] = r[i] ^ p1[i];
  return aesBlock(k, x);
}

function cmacSubkey(key) {
@ok  const enc = crypto.createCipheriv('AES-256-ECB', key, null);
  enc.setAutoPadding(false);
  const l = Buffer.concat([enc.update(Buffer.alloc(16)), enc.final()]);
  return l;
}

function encryptRecord(key, record) {
@@  const c = crypto.createCipheriv('aes-256-ecb', key, null);
  return Buffer.concat([c.update(JSON.stringify(record), 'utf8'), c.final()]);
}

function decryptRecord(key, blob) {
@@  const d = crypto.createDecipheriv('aes-128-ecb', key, '');
  return JSON.parse(Buffer.concat([d.update(blob), d.final()]).toString('utf8'));
}

function tripleDes(key, block) {
@@  const c = crypto.createCipheriv('des-ede3-ecb', key, null);
  c.setAutoPadding(false);
  return c.update(block);
}

module.exports = { c1, cmacSubkey, encryptRecord, decryptRecord, tripleDes };
`,
  ),
  // Added after the fixes (not blind): the further sample shapes fixed this round.
  ...js(
    "CWE-79",
    "an Electron example page writing the runtime's versions, a copy button putting its saved markup back vs the page's fragment written",
    `const versions = document.getElementById('versions');
@ok document.write('<p>Node ' + process.versions.node + ' on ' + process.platform + '</p>');
@@document.write('<p>' + decodeURIComponent(location.hash.slice(1)) + '</p>');

const button = document.querySelector('#copy');
button.addEventListener('click', async () => {
  await navigator.clipboard.writeText(versions.textContent);
  const before = button.innerHTML;
  button.innerHTML = '&#10003;';
  setTimeout(() => {
@ok    button.innerHTML = before;
  }, 1200);
});
`,
  ),
  ...js(
    "CWE-798",
    "an example script with the vendor's documented demo token marked on its line vs a production client with its key written in",
    `const { Client } = require('./client');

const demo = new Client({
@ok  token: '5K9QzD2mW7xR4vT8yB1nH6jL3pF0sA2c-1', // Demo token
  endpoint: 'https://api.example.com/graphql',
});

const live = new Client({
@@  token: 'Q7wE2rT9yU4iO1pA6sD3fG8hJ5kL0zXc-9',
  endpoint: 'https://api.example.com/graphql',
});

module.exports = { demo, live };
`,
  ),
];
