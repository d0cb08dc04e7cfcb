// Dev suite "py-rules", batch 85 (format in py-rules.ts): code shapes, written blind. Where batch 83 aimed at common
// framework and library APIs, this round aims at the shapes a broad rule set's own line-level tests use and a rule
// tuned on tidy code misses: import aliasing, module attributes through variables and getattr, option dicts spread
// into calls, positional forms of keyword options, functools.partial, sinks through methods and context managers,
// string building variety, multi-line calls (the call's first line is marked), decorators, lambdas, comprehensions,
// async code, annotated code, Python 2 spellings. Several small functions per file, as a rule's test file reads.
// Own code, never taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

/** Part 1: import aliasing and module attributes reached through variables. */
const PART1: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch85: p1 subprocess and os.system under import aliases",
    `
import shlex
import subprocess as sp
import os as _os
from os import system as run
from subprocess import Popen as P, check_output as co


def ping(host):
    sp.call("ping -c 1 " + host, shell=True)  # VULN
    sp.call(["ping", "-c", "1", host])  # SAFE


def cleanup(path):
    run("rm -rf " + path)  # VULN


def cleanup_quoted(path):
    run("rm -rf " + shlex.quote(path))  # SAFE


def list_dir(d):
    return _os.popen("ls -l %s" % d).read()  # VULN


def tail_log(name):
    return co("tail -n 50 /var/log/" + name, shell=True)  # VULN


def tail_log_argv(name):
    return co(["tail", "-n", "50", "/var/log/" + name])  # SAFE


def spawn(cmd):
    return P(cmd, shell=True)  # VULN
`,
  ),
  ...rules(
    "CWE-78",
    "batch85: p1 os.system reached through __import__, importlib, a module variable, getattr and a function variable",
    `
import importlib
import os
import subprocess


def via_dunder(cmd):
    __import__("os").system(cmd)  # VULN


def via_importlib(cmd):
    importlib.import_module("os").system(cmd)  # VULN


def via_module_var(cmd):
    m = os
    m.system(cmd)  # VULN


def via_getattr(cmd):
    getattr(os, "system")(cmd)  # VULN


def via_function_var(cmd):
    fn = subprocess.call
    fn(cmd, shell=True)  # VULN


def via_function_var_list(args):
    fn = subprocess.call
    fn(["git", "log", "--oneline"] + list(args))  # SAFE


def via_getattr_name(cmd):
    return getattr(subprocess, "getoutput")(cmd)  # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch85: p1 deserialisers under aliases, importlib and from-imports",
    `
import importlib
import json
import pickle as pkl
import marshal as m
from pickle import loads as unpickle
import _pickle


def load_session(blob):
    return pkl.loads(blob)  # VULN


def load_session_json(blob):
    return json.loads(blob)  # SAFE


def load_state(data):
    return unpickle(data)  # VULN


def load_code(data):
    return m.loads(data)  # VULN


def load_fast(data):
    return _pickle.loads(data)  # VULN


def load_dynamic(data):
    return importlib.import_module("pickle").loads(data)  # VULN


def load_from(fh):
    return pkl.load(fh)  # VULN
`,
  ),
  ...rules(
    "CWE-502",
    "batch85: p1 yaml loaders by keyword, positionally and through a variable",
    `
import yaml
from yaml import load as yload, SafeLoader, Loader


def parse_kw(text):
    return yaml.load(text, Loader=yaml.Loader)  # VULN


def parse_safe_kw(text):
    return yaml.load(text, Loader=yaml.SafeLoader)  # SAFE


def parse_positional(text):
    return yaml.load(text, yaml.UnsafeLoader)  # VULN


def parse_safe_positional(text):
    return yaml.load(text, yaml.CSafeLoader)  # SAFE


def parse_var(text):
    loader = SafeLoader
    return yaml.load(text, Loader=loader)  # SAFE


def parse_var_unsafe(text):
    loader = Loader
    return yload(text, Loader=loader)  # VULN


def parse_alias_safe(text):
    return yload(text, SafeLoader)  # SAFE


def parse_unsafe_load(text):
    return yaml.unsafe_load(text)  # VULN


def parse_all(text):
    return list(yaml.load_all(text, Loader=yaml.Loader))  # VULN
`,
  ),
  ...rules(
    "CWE-328",
    "batch85: p1 weak hashes of secrets under aliases and hashlib.new; usedforsecurity=False on non-secret data",
    `
import hashlib
from hashlib import md5 as h, sha1 as s1
import hashlib as hl


def password_digest(password):
    return h(password.encode()).hexdigest()  # VULN


def token_digest(token):
    return s1(token.encode("utf-8")).hexdigest()  # VULN


def api_key_hash(api_key):
    return hashlib.new("md5", api_key.encode()).hexdigest()  # VULN


def api_key_hash_var(api_key):
    algo = "sha1"
    return hl.new(algo, api_key.encode()).hexdigest()  # VULN


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()  # SAFE


def cache_key(url):
    return hl.new("md5", url.encode(), usedforsecurity=False).hexdigest()  # SAFE


def password_digest_strong(password, salt):
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()  # SAFE
`,
  ),
  ...rules(
    "CWE-95",
    "batch85: p1 eval and exec through aliases and builtins",
    `
import builtins
import ast

run_code = exec
evaluate = eval


def calc(expr):
    return evaluate(expr)  # VULN


def calc_literal(expr):
    return ast.literal_eval(expr)  # SAFE


def run_snippet(src):
    run_code(src)  # VULN


def calc_builtins(expr):
    return builtins.eval(expr)  # VULN


def calc_getattr(expr):
    return getattr(builtins, "eval")(expr)  # VULN


def calc_constant():
    return eval("2 ** 10")  # SAFE


def compile_user(src):
    code = compile(src, "<user>", "exec")
    exec(code)  # VULN
`,
  ),
];

export const BATCH85: DevCase[] = [...PART1];
