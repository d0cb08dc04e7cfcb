// Dev suite "js-ts", batch 12: front-end frameworks (jQuery, React/TSX, Vue, Angular) writing user data as HTML
// or URLs, written blind after batch 8 and measured before any fix that followed it. Same shape as batches 5-8.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch12", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch12", cwe, note, src, "typescript");

export const BATCH12: DevCase[] = [
  ...js(
    "CWE-79",
    "jQuery html, append and friends with URL data",
    `$(function () {
  var q = new URLSearchParams(window.location.search).get('q');
@@  $('#results-title').html('Results for ' + q);
@ok  $('#results-title').text('Results for ' + q);
@@  $('#list').append('<li>' + q + '</li>');
@@  $('.notice').prepend(\`<span>\${q}</span>\`);
@@  $('#footer').after('<p>' + decodeURIComponent(location.hash.slice(1)) + '</p>');
@ok  $('#footer').after('<p>Thanks for visiting</p>');
  var name = getQueryParam('name');
@@  $('#hdr').before($('<h3>' + name + '</h3>'));
@ok  $('<h3>').text(name).insertBefore('#hdr');
});

function getQueryParam(key) {
  return new URLSearchParams(location.search).get(key);
}
`,
  ),
  ...js(
    "CWE-79",
    "jQuery selectors and attributes built from the fragment",
    `$(window).on('hashchange', function () {
  var sel = window.location.hash;
@@  $(sel).addClass('active');
@ok  $('#' + CSS.escape(sel.slice(1))).addClass('active');
});

jQuery(document).ready(function ($) {
  var home = new URLSearchParams(location.search).get('home');
@@  $('a.home').attr('href', home);
@ok  $('a.home').attr('title', home);
  var content = localStorage.getItem('lastNote');
@@  $('#note').html(content);
@ok  $('#note').html(DOMPurify.sanitize(content));
});
`,
  ),
  ...ts(
    "CWE-79",
    "React components rendering props as HTML (TSX)",
    `import React, { useEffect, useRef } from 'react';
import DOMPurify from 'dompurify';

type Props = { bio: string; website: string; title: string };

export function Profile({ bio, website, title }: Props) {
  return (
    <section>
@@      <div className="bio" dangerouslySetInnerHTML={{ __html: bio }} />
@ok      <div className="bio" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(bio) }} />
@ok      <h2>{title}</h2>
    </section>
  );
}

export function Comment(props: { html: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
@@    if (ref.current) ref.current.innerHTML = props.html;
  }, [props.html]);
  return <div ref={ref} />;
}

export function Footer() {
@ok  return <div dangerouslySetInnerHTML={{ __html: '<small>&copy; 2026 Example</small>' }} />;
}
`,
  ),
  ...ts(
    "CWE-79",
    "React rendering query parameters as HTML and links (TSX)",
    `import { useSearchParams } from 'react-router-dom';

export default function Search() {
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const back = params.get('back') ?? '/';
  return (
    <main>
@@      <p dangerouslySetInnerHTML={{ __html: 'You searched for ' + q }} />
@ok      <p>You searched for {q}</p>
@@      <a href={back}>Back</a>
@ok      <a href={'/search?q=' + encodeURIComponent(q)}>Permalink</a>
    </main>
  );
}
`,
  ),
  ...js(
    "CWE-79",
    "React class component with findDOMNode and createElement",
    `import React from 'react';
import ReactDOM from 'react-dom';

export class Markdown extends React.Component {
  componentDidMount() {
@@    ReactDOM.findDOMNode(this).innerHTML = this.props.rendered;
  }
  render() {
@@    return React.createElement('div', { dangerouslySetInnerHTML: { __html: this.props.rendered } });
  }
}

export function Label(props) {
@ok  return React.createElement('span', { className: 'label' }, props.text);
}
`,
  ),
  ...js(
    "CWE-79",
    "Vue templates and render functions with raw HTML",
    `import Vue from 'vue';

Vue.component('comment-item', {
  props: ['comment'],
@@  template: '<li><span v-html="comment.body"></span></li>',
});

Vue.component('comment-text', {
  props: ['comment'],
@ok  template: '<li><span v-text="comment.body"></span> {{ comment.author }}</li>',
});

Vue.component('raw-block', {
  props: ['content'],
  render(h) {
@@    return h('div', { domProps: { innerHTML: this.content } });
  },
});

new Vue({
  el: '#app',
  data: { msg: new URLSearchParams(location.search).get('msg') },
  mounted() {
@@    this.$el.querySelector('.msg').innerHTML = this.msg;
@ok    this.$el.querySelector('.msg').textContent = this.msg;
  },
});
`,
  ),
  ...ts(
    "CWE-79",
    "Vue 3 render function with innerHTML",
    `import { defineComponent, h } from 'vue';

export default defineComponent({
  props: { html: { type: String, required: true }, label: String },
  setup(props) {
@@    return () => h('article', { innerHTML: props.html });
  },
});

export const Badge = defineComponent({
  props: { label: String },
  setup(props) {
@ok    return () => h('span', { class: 'badge' }, props.label);
  },
});
`,
  ),
  ...ts(
    "CWE-79",
    "Angular components writing HTML through ElementRef, Renderer2 and the sanitizer",
    `import { Component, ElementRef, Input, Renderer2, ViewChild, AfterViewInit } from '@angular/core';
import { DomSanitizer, SafeHtml } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Component({
  selector: 'app-note',
  template: '<div [innerHTML]="trusted"></div>',
})
export class NoteComponent implements AfterViewInit {
  @Input() body = '';
  @ViewChild('host') host!: ElementRef<HTMLDivElement>;
  trusted: SafeHtml = '';

  constructor(private el: ElementRef, private r: Renderer2, private sanitizer: DomSanitizer, private route: ActivatedRoute) {}

  ngAfterViewInit(): void {
    const text = this.route.snapshot.queryParamMap.get('text') ?? '';
@@    this.el.nativeElement.innerHTML = text;
@ok    this.el.nativeElement.textContent = text;
@@    this.r.setProperty(this.host.nativeElement, 'innerHTML', this.body);
@ok    this.r.setProperty(this.host.nativeElement, 'textContent', this.body);
@@    this.trusted = this.sanitizer.bypassSecurityTrustHtml(text);
@ok    this.trusted = this.sanitizer.sanitize(1, text) ?? '';
  }
}
`,
  ),
  ...ts(
    "CWE-79",
    "Angular URL and resource bypasses from route and input",
    `import { Component, Input, OnInit } from '@angular/core';
import { DomSanitizer, SafeResourceUrl, SafeUrl } from '@angular/platform-browser';
import { ActivatedRoute } from '@angular/router';

@Component({ selector: 'app-embed', template: '<iframe [src]="frame"></iframe><a [href]="link">open</a>' })
export class EmbedComponent implements OnInit {
  @Input() videoId = '';
  frame!: SafeResourceUrl;
  link!: SafeUrl;
  constructor(private s: DomSanitizer, private route: ActivatedRoute) {}
  ngOnInit(): void {
    const target = this.route.snapshot.params['target'];
@@    this.frame = this.s.bypassSecurityTrustResourceUrl(target);
@@    this.link = this.s.bypassSecurityTrustUrl(this.route.snapshot.queryParams['link']);
@ok    this.frame = this.s.bypassSecurityTrustResourceUrl('https://www.youtube.com/embed/' + encodeURIComponent(this.videoId));
  }
}
`,
  ),
  ...js(
    "CWE-79",
    "AngularJS trustAsHtml and template compile of location data",
    `angular.module('app').controller('NewsCtrl', ['$scope', '$sce', '$location', '$compile', function ($scope, $sce, $location, $compile) {
  var q = $location.search().headline;
@@  $scope.headline = $sce.trustAsHtml(q);
@ok  $scope.plain = q;
  var tpl = '<div>' + $location.hash() + '</div>';
@@  $compile(tpl)($scope);
}]);
`,
  ),
];
