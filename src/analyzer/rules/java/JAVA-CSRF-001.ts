import { clikeRule } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-CSRF-001",
    title: "Spring Security CSRF protection disabled",
    cwe: ["CWE-352"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the same configuration makes sessions STATELESS (a token API with no session cookie to ride on)",
      },
    ],
    docs: {
      what_it_does:
        "Flags `http.csrf().disable()` and the lambda / method-reference forms `csrf(c -> c.disable())`, `csrf(AbstractHttpConfigurer::disable)` in a Spring Security configuration (the case CodeQL's java/spring-disabled-csrf-protection reports). LOW when the configuration also sets SessionCreationPolicy.STATELESS.",
      why_bad:
        "Spring checks a per-session token on every state-changing request; without it, any page the signed-in user visits can post forms to the application with the user's session cookie and act as them (cross-site request forgery, CWE-352). Only an API that never authenticates by cookie can do without it.",
      example_bad:
        "@Override\nprotected void configure(HttpSecurity http) throws Exception {\n  http.authorizeRequests().anyRequest().authenticated()\n      .and().formLogin()\n      .and().csrf().disable();\n}",
      example_good:
        "@Override\nprotected void configure(HttpSecurity http) throws Exception {\n  http.authorizeRequests().anyRequest().authenticated()\n      .and().formLogin();\n}",
    },
    fix_hint:
      "Keep CSRF protection on (the default); for a JavaScript client use CookieCsrfTokenRepository.withHttpOnlyFalse(), and exempt only specific non-browser endpoints with ignoringRequestMatchers(...).",
  },
  trigger: /csrf/,
  nodeTypes: ["method_invocation"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const method = ctx.method(node);
    let disabled = false;
    if (method === "disable") disabled = /(^|\.)csrf\(\)\.disable$/.test(q);
    else if (method === "csrf") {
      const arg = ctx.args(node)[0];
      disabled = !!arg && /::disable$|->\s*\w+\s*\.\s*disable\s*\(\s*\)$/.test(ctx.text(arg).trim());
    }
    if (!disabled) return;
    const stateless = sourceHas(ctx.tree, /SessionCreationPolicy\s*\.\s*STATELESS/);
    report({
      node,
      severity: stateless ? "LOW" : undefined,
      message: stateless
        ? "CSRF protection disabled (sessions are stateless: safe only if no cookie authenticates requests)"
        : "CSRF protection disabled for the whole application",
    });
  },
  cases: {
    valid: [
      "class C { void configure(HttpSecurity http) throws Exception { http.authorizeRequests().anyRequest().authenticated().and().formLogin(); } }",
      'class C { void configure(HttpSecurity http) throws Exception { http.csrf().ignoringAntMatchers("/webhook/**"); } }',
      "class C { void f(Feature f) { f.disable(); } }",
    ],
    invalid: [
      {
        code: "class C { void configure(HttpSecurity http) throws Exception {\n  http.authorizeRequests().anyRequest().authenticated().and().httpBasic().and()\n      .csrf().disable();\n} }",
        severity: "MEDIUM",
      },
      "class C { SecurityFilterChain chain(HttpSecurity http) throws Exception { return http.csrf(AbstractHttpConfigurer::disable).build(); } }",
      "class C { SecurityFilterChain chain(HttpSecurity http) throws Exception { return http.csrf(csrf -> csrf.disable()).build(); } }",
      {
        code: "class C { void configure(HttpSecurity http) throws Exception {\n  http.csrf().disable()\n      .sessionManagement().sessionCreationPolicy(SessionCreationPolicy.STATELESS);\n} }",
        severity: "LOW",
      },
    ],
  },
});
