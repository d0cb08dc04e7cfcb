/**
 * Other spellings of one module member: compatibility layers and the internal modules a package re-exports its
 * public names from (`six.moves.cPickle` is pickle, `requests.api.request` is `requests.request`,
 * `django.http.response.HttpResponse` is `django.http.HttpResponse`). Rules name the public spelling; the
 * resolver (PythonContext.qname) maps these onto it, so no rule lists them.
 */
const SPELLINGS: ReadonlyMap<string, string> = new Map([
  ["six.moves.cPickle", "pickle"],
  ["six.moves.builtins", "builtins"],
  ["six.moves.urllib", "urllib"],
  ["six.moves.urllib_parse", "urllib.parse"],
  ["six.moves.urllib_request", "urllib.request"],
  ["six.exec_", "exec"],
  ["future.utils.exec_", "exec"],
  ["past.builtins.execfile", "execfile"],
  ["requests.api", "requests"],
  ["requests.sessions.Session", "requests.Session"],
  ["requests.sessions.session", "requests.session"],
  ["django.http.response", "django.http"],
  ["django.http.request", "django.http"],
]);

/** `q` with a listed spelling at its head (whole dotted segments) replaced by the public one. */
export function canonicalMember(q: string): string {
  for (let i = q.length; i > 0; i = q.lastIndexOf(".", i - 1)) {
    const to = SPELLINGS.get(i === q.length ? q : q.slice(0, i));
    if (to !== undefined) return to + q.slice(i);
  }
  return q;
}

/** The public spelling of exactly `q` (one map lookup, for names built one segment at a time). */
export function canonicalExact(q: string): string {
  return SPELLINGS.get(q) ?? q;
}
