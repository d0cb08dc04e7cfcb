// Dev suite "py-rules", batch 44 (format in py-rules.ts): written blind before any fix, after a probe on CodeQL's
// experimental remote-command-execution tests showed which library shapes the analyzer misses. Request data sent
// as a command to another machine or a local interactive program: paramiko channels and interactive shells,
// asyncssh connections and processes, ssh2-python channels, netmiko and scrapli network-device sessions, pexpect
// spawn/run and pxssh sessions, twisted conch SSH command endpoints, fabric connections (2.x and the 1.x api)
// and invoke. Safe twins quote the value for the remote shell, pick the command from a fixed table, or convert
// it to a number. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH44: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch44: paramiko channels and interactive shells",
    `
import shlex

import paramiko
from flask import Flask, abort, request

app = Flask(__name__)


def connect(host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    return client


@app.post("/hosts/<host>/logs")
def logs(host):
    unit = request.form["unit"]
    client = connect("bastion.internal")
    chan = client.get_transport().open_session()
    chan.exec_command("journalctl -u " + unit + " --since today") # VULN
    chan2 = client.get_transport().open_session()
    chan2.exec_command("journalctl -u " + shlex.quote(unit) + " --since today") # SAFE
    return chan.recv(65536)


@app.post("/shell")
def shell():
    line = request.json.get("line", "")
    client = connect("bastion.internal")
    term = client.invoke_shell()
    term.send(line + "\\n") # VULN
    term.send("uptime\\n") # SAFE
    return term.recv(4096)


@app.get("/disk")
def disk():
    mount = request.args.get("mount", "/")
    client = connect("storage.internal")
    _, out, _ = client.exec_command(command=f"df -h {mount}") # VULN
    _, out2, _ = client.exec_command(command=f"df -h {shlex.quote(mount)}") # SAFE
    return out.read() + out2.read()


@app.get("/tail")
def tail():
    lines = request.args.get("n", "100")
    if not lines.isdigit():
        abort(400)
    client = connect("web.internal")
    _, out, _ = client.exec_command("tail -n " + lines + " /var/log/nginx/access.log") # SAFE
    return out.read()
`,
  ),
  ...rules(
    "CWE-78",
    "batch44: asyncssh connections and processes",
    `
import shlex

import asyncssh
from fastapi import FastAPI, Query

api = FastAPI()

RESTARTABLE = {"web": "nginx", "queue": "rabbitmq-server", "cache": "redis-server"}


@api.get("/ping")
async def ping(target: str = Query(...)):
    async with asyncssh.connect("probe.internal", username="ops") as conn:
        result = await conn.run(f"ping -c 3 {target}", check=False) # VULN
        safe = await conn.run("ping -c 3 " + shlex.quote(target), check=False) # SAFE
        return {"out": result.stdout, "safe": safe.stdout}


@api.post("/restart")
async def restart(role: str):
    service = RESTARTABLE.get(role, "nginx")
    async with asyncssh.connect("app.internal", username="ops") as conn:
        done = await conn.run("sudo systemctl restart " + service) # SAFE
        return {"rc": done.exit_status}


@api.post("/grep")
async def grep(pattern: str, logfile: str = "/var/log/syslog"):
    conn = await asyncssh.connect("logs.internal", username="ops")
    proc = await conn.create_process("grep -n '%s' %s" % (pattern, logfile)) # VULN
    out = await proc.stdout.read()
    conn.close()
    return {"out": out}


@api.post("/exec")
async def run_any(cmd: str):
    async with asyncssh.connect("sandbox.internal") as conn:
        return {"out": (await conn.run(cmd)).stdout} # VULN


@api.get("/uptime")
async def uptime():
    async with asyncssh.connect("sandbox.internal") as conn:
        return {"out": (await conn.run("uptime")).stdout} # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch44: ssh2-python channels",
    `
import socket

from django.http import HttpResponse, JsonResponse
from ssh2.session import Session


def _session():
    sock = socket.create_connection(("build.internal", 22))
    s = Session()
    s.handshake(sock)
    s.agent_auth("builder")
    return s


def build(request):
    branch = request.GET.get("branch", "main")
    chan = _session().open_session()
    chan.execute("cd /srv/app && git checkout %s && make" % branch) # VULN
    size, data = chan.read()
    return HttpResponse(data)


def build_number(request):
    number = int(request.GET.get("n", "0"))
    chan = _session().open_session()
    chan.execute("cat /srv/builds/%d/status" % number) # SAFE
    size, data = chan.read()
    return JsonResponse({"status": data.decode()})


def env(request):
    var = request.POST["name"]
    chan = _session().open_session()
    chan.execute(f"printenv {var}") # VULN
    return HttpResponse(chan.read()[1])
`,
  ),
  ...rules(
    "CWE-78",
    "batch44: netmiko sessions on network devices",
    `
from flask import Flask, jsonify, request
from netmiko import ConnectHandler

app = Flask(__name__)
DEVICE = {"device_type": "cisco_ios", "host": "10.0.0.1", "username": "netops", "use_keys": True}

SHOW = {
    "version": "show version",
    "interfaces": "show ip interface brief",
    "routes": "show ip route",
}


@app.get("/show")
def show():
    what = request.args.get("what", "version")
    with ConnectHandler(**DEVICE) as net:
        out = net.send_command(SHOW.get(what, "show version")) # SAFE
    return jsonify(out=out)


@app.get("/raw")
def raw():
    command = request.args["command"]
    with ConnectHandler(**DEVICE) as net:
        out = net.send_command(command) # VULN
        out2 = net.send_command_timing(command_string=command) # VULN
        out3 = net.send_command_expect("show " + command) # VULN
    return jsonify(out=out, out2=out2, out3=out3)


@app.post("/config")
def config():
    lines = request.json["lines"]
    net = ConnectHandler(**DEVICE)
    result = net.send_config_set(lines) # VULN
    result2 = net.send_config_set(["interface Gi0/1", "description uplink"]) # SAFE
    net.disconnect()
    return jsonify(result=result + result2)


@app.post("/vlan")
def vlan():
    name = request.form["name"]
    net = ConnectHandler(**DEVICE)
    out = net.send_config_set(["vlan 100", "name " + name]) # VULN
    return jsonify(out=out)


@app.post("/multi")
def multi():
    cmd = request.form["cmd"]
    net = ConnectHandler(**DEVICE)
    out = net.send_multiline([[cmd, r"#"]]) # VULN
    return jsonify(out=out)
`,
  ),
  ...rules(
    "CWE-78",
    "batch44: scrapli drivers",
    `
from aiohttp import web
from scrapli import AsyncScrapli, Scrapli
from scrapli.driver.core import IOSXEDriver

DEV = {"host": "172.16.0.2", "auth_username": "netops", "auth_private_key": "/keys/netops", "auth_strict_key": True}


async def show(request: web.Request) -> web.Response:
    cmd = request.query["cmd"]
    async with AsyncScrapli(platform="cisco_iosxe", transport="asyncssh", **DEV) as conn:
        resp = await conn.send_command(cmd) # VULN
        fixed = await conn.send_command("show clock") # SAFE
    return web.Response(text=resp.result + fixed.result)


async def many(request: web.Request) -> web.Response:
    body = await request.json()
    with IOSXEDriver(**DEV) as conn:
        resp = conn.send_commands(body["commands"]) # VULN
    return web.json_response([r.result for r in resp])


async def configure(request: web.Request) -> web.Response:
    form = await request.post()
    desc = form["description"]
    with Scrapli(platform="cisco_iosxe", **DEV) as conn:
        resp = conn.send_config(f"interface Loopback0\\n description {desc}") # VULN
        resp2 = conn.send_configs(["interface Loopback0", "shutdown"]) # SAFE
    return web.Response(text=resp.result + resp2.result)


async def interactive(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    with IOSXEDriver(**DEV) as conn:
        resp = conn.send_interactive([("copy running-config flash:" + name, "Destination filename"), ("", "#")]) # VULN
    return web.Response(text=resp.result)


app = web.Application()
app.add_routes([web.get("/show", show), web.post("/many", many), web.post("/cfg", configure), web.get("/i/{name}", interactive)])
`,
  ),
  ...rules(
    "CWE-78",
    "batch44: pexpect and pxssh",
    `
import re
import shlex

import pexpect
from pexpect import pxssh
from flask import Flask, request

app = Flask(__name__)


@app.post("/remote")
def remote():
    cmd = request.form["cmd"]
    s = pxssh.pxssh()
    s.login("jump.internal", "ops", ssh_key="/keys/ops")
    s.sendline(cmd) # VULN
    s.prompt()
    first = s.before
    s.sendline("hostname") # SAFE
    s.prompt()
    s.logout()
    return first + s.before


@app.post("/partial")
def partial():
    path = request.form["path"]
    s = pxssh.pxssh()
    s.login("jump.internal", "ops", ssh_key="/keys/ops")
    s.send("ls -la " + path + "\\n") # VULN
    s.send("ls -la " + shlex.quote(path) + "\\n") # SAFE
    s.prompt()
    return s.before


@app.get("/whois")
def whois():
    domain = request.args.get("domain", "")
    child = pexpect.spawn("/bin/sh", ["-c", "whois " + domain]) # VULN
    child.expect(pexpect.EOF)
    quoted = pexpect.spawn("whois", ["--", domain]) # SAFE
    quoted.expect(pexpect.EOF)
    return child.before + quoted.before


@app.get("/dig")
def dig():
    host = request.args.get("host", "")
    out = pexpect.run(f"sh -c 'dig +short {host}'") # VULN
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9.-]{0,252}", host):
        return "bad host", 400
    out2 = pexpect.run("dig +short " + host) # SAFE
    return out + out2


@app.get("/shell")
def shell():
    q = request.args.get("q", "")
    out = pexpect.run("bash -c 'grep -r " + q + " /srv/docs'") # VULN
    return out
`,
  ),
  ...rules(
    "CWE-78",
    "batch44: twisted conch command endpoints",
    `
from twisted.conch.endpoints import SSHCommandClientEndpoint
from twisted.internet import reactor
from twisted.internet.protocol import Factory, Protocol
from twisted.web import resource, server


class Collect(Protocol):
    def dataReceived(self, data):
        print(data)


class RunResource(resource.Resource):
    isLeaf = True

    def render_POST(self, request):
        command = request.args[b"command"][0]
        ep = SSHCommandClientEndpoint.newConnection(reactor, command, b"ops", b"worker.internal", 22) # VULN
        ep.connect(Factory.forProtocol(Collect))
        fixed = SSHCommandClientEndpoint.newConnection(reactor, b"uptime", b"ops", b"worker.internal", 22) # SAFE
        fixed.connect(Factory.forProtocol(Collect))
        return b"started"

    def render_GET(self, request):
        name = request.args[b"unit"][0]
        ep = SSHCommandClientEndpoint.newConnection(reactor, b"systemctl status " + name, b"ops", b"worker.internal", 22) # VULN
        ep.connect(Factory.forProtocol(Collect))
        return b"started"


site = server.Site(RunResource())
`,
  ),
  ...rules(
    "CWE-78",
    "batch44: fabric 2.x connections, fabric 1.x api and invoke",
    `
import shlex

import invoke
from fabric import Connection
from fabric.api import env, local, run, sudo
from flask import Flask, request

app = Flask(__name__)
env.host_string = "deploy@app.internal"


@app.post("/deploy")
def deploy():
    ref = request.form["ref"]
    c = Connection("deploy@app.internal")
    c.run("cd /srv/app && git fetch && git checkout " + ref) # VULN
    c.run("cd /srv/app && git fetch && git checkout " + shlex.quote(ref)) # SAFE
    c.sudo(f"systemctl reload app@{ref}") # VULN
    c.run("systemctl is-active app") # SAFE
    return "ok"


@app.post("/legacy")
def legacy():
    pkg = request.form["pkg"]
    run("pip install " + pkg) # VULN
    sudo("apt-get install -y %s" % pkg) # VULN
    local("tar czf /tmp/%s.tgz /srv/%s" % (pkg, pkg)) # VULN
    run("pip install " + shlex.quote(pkg)) # SAFE
    return "ok"


@app.post("/task")
def task():
    target = request.form["target"]
    invoke.run("make " + target) # VULN
    ctx = invoke.Context()
    ctx.run(f"make -C /srv/build {target}") # VULN
    ctx.run("make -C /srv/build " + shlex.quote(target)) # SAFE
    ctx.sudo("make install") # SAFE
    return "ok"
`,
  ),
  ...rules(
    "CWE-78",
    "batch44: spur, kubernetes exec, docker exec_run, napalm, junos and salt",
    `
import docker
import salt.client
import spur
from django.http import HttpResponse, JsonResponse
from jnpr.junos import Device
from kubernetes import client as k8s, config
from kubernetes.stream import stream
from napalm import get_network_driver


def spur_run(request):
    cmd = request.GET["cmd"]
    shell = spur.SshShell(hostname="worker.internal", username="ops", private_key_file="/keys/ops")
    result = shell.run(["sh", "-c", cmd]) # VULN
    listing = shell.run(["ls", "-l", "--", request.GET.get("dir", "/srv")]) # SAFE
    return HttpResponse(result.output + listing.output)


def pod_exec(request, pod):
    script = request.POST["script"]
    config.load_incluster_config()
    core = k8s.CoreV1Api()
    out = stream(core.connect_get_namespaced_pod_exec, pod, "jobs", command=["/bin/sh", "-c", script], stdout=True) # VULN
    host = stream(core.connect_get_namespaced_pod_exec, pod, "jobs", command=["cat", "/etc/hostname"], stdout=True) # SAFE
    return JsonResponse({"out": out, "host": host})


def container_exec(request, cid):
    line = request.POST["line"]
    box = docker.from_env().containers.get(cid)
    code, out = box.exec_run(["sh", "-c", line]) # VULN
    code2, out2 = box.exec_run(["cat", "/etc/os-release"]) # SAFE
    return HttpResponse(out + out2)


def router_cli(request):
    command = request.GET["command"]
    driver = get_network_driver("ios")
    with driver("10.0.0.1", "netops", "", optional_args={"use_keys": True}) as dev:
        out = dev.cli([command]) # VULN
        facts = dev.cli(["show version"]) # SAFE
    return JsonResponse({"out": out, "facts": facts})


def junos_cli(request):
    command = request.GET["command"]
    with Device(host="10.0.0.2", user="netops") as dev:
        out = dev.cli(command, warning=False) # VULN
    return HttpResponse(out)


def salt_run(request):
    cmd = request.POST["cmd"]
    local = salt.client.LocalClient()
    ret = local.cmd("web*", "cmd.run", [cmd]) # VULN
    ret2 = local.cmd("web*", "test.ping") # SAFE
    return JsonResponse({"ret": ret, "ping": ret2})
`,
  ),
];
