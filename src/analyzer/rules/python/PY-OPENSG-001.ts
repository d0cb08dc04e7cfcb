import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Every address: IPv4's and IPv6's default routes. */
const WORLD = /^(0\.0\.0\.0\/0|::\/0)$/;

/** Ports of remote administration, file sharing, databases and caches: never meant for the whole internet. */
const ADMIN_PORTS: ReadonlyMap<number, string> = new Map([
  [21, "FTP"],
  [22, "SSH"],
  [23, "Telnet"],
  [135, "RPC"],
  [139, "NetBIOS"],
  [445, "SMB"],
  [1433, "SQL Server"],
  [1521, "Oracle"],
  [2049, "NFS"],
  [2375, "Docker"],
  [2376, "Docker"],
  [2379, "etcd"],
  [3306, "MySQL"],
  [3389, "RDP"],
  [5432, "PostgreSQL"],
  [5900, "VNC"],
  [5984, "CouchDB"],
  [6379, "Redis"],
  [9042, "Cassandra"],
  [9200, "Elasticsearch"],
  [11211, "Memcached"],
  [27017, "MongoDB"],
]);

/** The ports an ingress rule opens, as a range; undefined when unknown or not TCP/UDP ports (ICMP). */
interface Opening {
  from: number;
  to: number;
}

/** The admin port a range opens, or "all ports". */
function exposed(o: Opening): string | undefined {
  if (o.from <= 0 && o.to >= 65535) return "all ports";
  for (const [p, what] of ADMIN_PORTS) if (o.from <= p && p <= o.to) return `port ${p} (${what})`;
  return undefined;
}

const num = (v: unknown): number | undefined => {
  const n = typeof v === "number" ? v : typeof v === "string" && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isNaN(n) ? undefined : n;
};

/** A value (through names bound to literals) holds 0.0.0.0/0 or ::/0 somewhere among its strings. */
function holdsWorld(ctx: PythonContext, v: SyntaxNode | undefined): boolean {
  if (!v) return false;
  const r = v.type === "identifier" ? (ctx.resolve(v) ?? v) : v;
  return [r, ...descendants(r)].some((d) => d.type === "string" && WORLD.test(ctx.stringValue(d) ?? ""));
}

/** Keys of an ingress rule, by their lower-cased, underscore-free name (FromPort, from_port, fromPort). */
const norm = (s: string) => s.toLowerCase().replace(/_/g, "");
const CIDR_KEY = /^(cidrblocks|ipv6cidrblocks|cidrip|cidripv6|cidripv4|ipranges|ipv6ranges|sourceranges)$/;

/** The ports a rule's fields open: protocol -1/all is every port; otherwise FromPort..ToPort. */
function opening(ctx: PythonContext, fields: ReadonlyMap<string, SyntaxNode>): Opening | undefined {
  const proto = ctx.constValue(fields.get("protocol") ?? fields.get("ipprotocol"));
  if (proto === -1 || proto === "-1" || proto === "all") return { from: 0, to: 65535 };
  if (typeof proto === "string" && /^icmp/i.test(proto)) return undefined;
  const from = num(ctx.constValue(fields.get("fromport")));
  const to = num(ctx.constValue(fields.get("toport")));
  if (from === undefined) return undefined;
  return { from, to: to ?? from };
}

/** A call's keyword arguments, or a dict literal's string keys, by normalised name. */
function fieldsOf(ctx: PythonContext, n: SyntaxNode): Map<string, SyntaxNode> {
  const out = new Map<string, SyntaxNode>();
  const list = n.type === "call" ? (field(n, "arguments") ?? n) : n;
  for (const c of namedChildren(list)) {
    const key =
      c.type === "keyword_argument"
        ? ctx.text(field(c, "name") ?? c)
        : c.type === "pair"
          ? ctx.stringValue(field(c, "key"))
          : undefined;
    const value = field(c, "value");
    if (key !== undefined && value) out.set(norm(key), value);
  }
  return out;
}

/** What an ingress rule (a call's keywords or a dict) opens to the world, or undefined. */
function worldIngress(ctx: PythonContext, fields: ReadonlyMap<string, SyntaxNode>): string | undefined {
  const type = ctx.constValue(fields.get("type") ?? fields.get("direction"));
  if (typeof type === "string" && /egress/i.test(type)) return undefined;
  if (![...fields].some(([k, v]) => CIDR_KEY.test(k) && holdsWorld(ctx, v))) return undefined;
  const o = opening(ctx, fields);
  return o ? exposed(o) : undefined;
}

/** A GCP firewall's allowed ports (`ports=["22", "8000-8080"]`, protocol "all"), each as an opening. */
function firewallOpenings(ctx: PythonContext, allows: SyntaxNode): Opening[] {
  const out: Opening[] = [];
  for (const d of [allows, ...descendants(allows)]) {
    if (d.type !== "call" && d.type !== "dictionary") continue;
    const f = fieldsOf(ctx, d);
    const proto = ctx.constValue(f.get("protocol") ?? f.get("ipprotocol"));
    const ports = f.get("ports");
    if (proto === "all" && !ports) out.push({ from: 0, to: 65535 });
    if (!ports) continue;
    for (const s of descendants(ports)) {
      const m = s.type === "string" ? /^(\d+)(?:-(\d+))?$/.exec(ctx.stringValue(s) ?? "") : null;
      if (m) out.push({ from: Number(m[1]), to: Number(m[2] ?? m[1]) });
    }
  }
  return out;
}

/** CDK's `ec2.Port.tcp(22)`, `Port.tcp_range(a, b)`, `Port.all_traffic()` / `all_tcp()`. */
function cdkPort(ctx: PythonContext, n: SyntaxNode | undefined): Opening | undefined {
  if (n?.type !== "call") return undefined;
  const m = ctx.method(n);
  const [a, b] = ctx.args(n);
  if (/^(all_traffic|all_tcp|all_udp|all_icmp)$/.test(m))
    return m === "all_icmp" ? undefined : { from: 0, to: 65535 };
  if (/^(tcp|udp)$/.test(m)) {
    const p = num(ctx.constValue(a));
    return p === undefined ? undefined : { from: p, to: p };
  }
  if (/^(tcp_range|udp_range)$/.test(m)) {
    const from = num(ctx.constValue(a));
    const to = num(ctx.constValue(b));
    return from === undefined || to === undefined ? undefined : { from, to };
  }
  return undefined;
}

/** CDK's `Peer.any_ipv4()`, `Peer.any_ipv6()`, `Peer.ipv4("0.0.0.0/0")`. */
function cdkWorldPeer(ctx: PythonContext, n: SyntaxNode | undefined): boolean {
  if (n?.type !== "call") return false;
  const m = ctx.method(n) || ctx.callee(n);
  if (/^any_ipv[46]$/.test(m)) return true;
  return /^ipv[46]$/.test(m) && holdsWorld(ctx, ctx.args(n)[0]);
}

/** List-valued keywords whose dict elements are ingress rules (boto3's IpPermissions, pulumi's ingress). */
const RULE_LISTS = /^(ippermissions|ingress|securitygroupingress|ingressrules)$/;

export default pyRule({
  meta: {
    id: "PY-OPENSG-001",
    title: "Firewall or security group opens an admin or database port to the whole internet",
    cwe: ["CWE-284", "CWE-668"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags infrastructure code (boto3, pulumi, troposphere, AWS CDK, pulumi_gcp) that allows ingress from 0.0.0.0/0 or ::/0 to SSH, RDP, a database, cache or container-daemon port, or to every port.",
      why_bad:
        "Such a port is then reachable by every scanner on the internet: password guessing, exploits of the daemon and unauthenticated data stores follow within hours.",
      example_bad:
        "import boto3\nec2 = boto3.client('ec2')\nec2.authorize_security_group_ingress(GroupId='sg-1', IpProtocol='tcp', FromPort=22, ToPort=22, CidrIp='0.0.0.0/0')",
      example_good:
        "import boto3\nec2 = boto3.client('ec2')\nec2.authorize_security_group_ingress(GroupId='sg-1', IpProtocol='tcp', FromPort=22, ToPort=22, CidrIp='203.0.113.0/24')",
    },
    fix_hint:
      "Allow the port only from the ranges that need it (the VPC, a VPN, a bastion's security group) or reach the hosts through a session manager; keep 0.0.0.0/0 for public web ports.",
  },
  trigger: /0\.0\.0\.0\/0|::\/0|any_ipv[46]|from_any_ipv[46]/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const last = q.split(".").pop() ?? "";
    if (/egress/i.test(last)) return;
    // troposphere's SecurityGroupRule serves both lists: the one under SecurityGroupEgress=[...] is outbound.
    for (let a = node.parent; a && a.type !== "call"; a = a.parent)
      if (a.type === "keyword_argument" && /egress/i.test(ctx.text(field(a, "name") ?? a))) return;
    // CDK: sg.add_ingress_rule(Peer.any_ipv4(), Port.tcp(22)), connections.allow_from(peer, port),
    // connections.allow_from_any_ipv4(port), db.connections.allow_default_port_from_any_ipv4().
    const m = ctx.method(node);
    if (m === "add_ingress_rule" || m === "allow_from") {
      const [peer, port] = ctx.args(node);
      const o = cdkWorldPeer(ctx, peer) ? cdkPort(ctx, port) : undefined;
      const what = o && exposed(o);
      if (what) report({ node, message: `Ingress from anywhere to ${what}` });
      return;
    }
    if (/^allow_from_any_ipv[46]$/.test(m)) {
      const o = cdkPort(ctx, ctx.args(node)[0]);
      const what = o && exposed(o);
      if (what) report({ node, message: `Ingress from anywhere to ${what}` });
      return;
    }
    if (/^allow_default_port_from_any_ipv[46]$/.test(m)) {
      report({ node, message: "The resource's own (database or service) port opened to anywhere" });
      return;
    }
    if (!/ingress|securitygroup|rule|firewall|permission/i.test(last)) return;
    const fields = fieldsOf(ctx, node);
    // pulumi_gcp compute.Firewall(source_ranges=["0.0.0.0/0"], allows=[FirewallAllowArgs(ports=["22"])]).
    if (/firewall$/i.test(last)) {
      const dir = ctx.constValue(fields.get("direction"));
      const allows = fields.get("allows") ?? fields.get("allowed");
      if ((typeof dir === "string" && /egress/i.test(dir)) || !allows) return;
      if (!holdsWorld(ctx, fields.get("sourceranges"))) return;
      for (const o of firewallOpenings(ctx, allows)) {
        const what = exposed(o);
        if (what) return report({ node, message: `Firewall allows anywhere to ${what}` });
      }
      return;
    }
    const what = worldIngress(ctx, fields);
    if (what) {
      report({ node, message: `Ingress from 0.0.0.0/0 to ${what}` });
      return;
    }
    // Rules given as dicts in a list (boto3 IpPermissions=[{...}], pulumi ingress=[{...}]).
    for (const [k, v] of fields) {
      if (!RULE_LISTS.test(k)) continue;
      const list = v.type === "identifier" ? (ctx.resolve(v) ?? v) : v;
      if (list.type !== "list") continue;
      for (const d of namedChildren(list)) {
        if (d.type !== "dictionary") continue;
        const w = worldIngress(ctx, fieldsOf(ctx, d));
        if (w) report({ node: d, message: `Ingress from 0.0.0.0/0 to ${w}` });
      }
    }
  },
  cases: {
    valid: [
      // HTTPS open to the world is what a web tier is for; SSH from a private range; egress to anywhere.
      "import boto3\nec2 = boto3.client('ec2')\nec2.authorize_security_group_ingress(GroupId='sg-1', IpProtocol='tcp', FromPort=443, ToPort=443, CidrIp='0.0.0.0/0')",
      "import boto3\nec2 = boto3.client('ec2')\nec2.authorize_security_group_ingress(GroupId='sg-1', IpPermissions=[{'IpProtocol': 'tcp', 'FromPort': 22, 'ToPort': 22, 'IpRanges': [{'CidrIp': '10.0.0.0/8'}]}])",
      "import pulumi_aws as aws\naws.ec2.SecurityGroup('w', egress=[aws.ec2.SecurityGroupEgressArgs(protocol='-1', from_port=0, to_port=0, cidr_blocks=['0.0.0.0/0'])])",
      "import pulumi_aws as aws\naws.ec2.SecurityGroupRule('out', type='egress', from_port=0, to_port=0, protocol='-1', cidr_blocks=['0.0.0.0/0'], security_group_id='sg')",
      "from aws_cdk import aws_ec2 as ec2\ndef f(sg):\n    sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443))\n    sg.add_ingress_rule(ec2.Peer.ipv4('10.0.0.0/16'), ec2.Port.tcp(22))",
      "import pulumi_gcp as gcp\ngcp.compute.Firewall('web', network='n', allows=[gcp.compute.FirewallAllowArgs(protocol='tcp', ports=['80', '443'])], source_ranges=['0.0.0.0/0'])",
      "import boto3\nec2 = boto3.client('ec2')\nec2.authorize_security_group_ingress(GroupId='sg-1', IpProtocol='icmp', FromPort=-1, ToPort=-1, CidrIp='0.0.0.0/0')",
    ],
    invalid: [
      {
        code: "import boto3\nec2 = boto3.client('ec2')\nec2.authorize_security_group_ingress(GroupId='sg-1', IpProtocol='tcp', FromPort=3389, ToPort=3389, CidrIp='0.0.0.0/0')",
        line: 3,
      },
      {
        code: "import boto3\nec2 = boto3.client('ec2')\nec2.authorize_security_group_ingress(GroupId='sg-1', IpPermissions=[{'IpProtocol': 'tcp', 'FromPort': 22, 'ToPort': 22, 'IpRanges': [{'CidrIp': '0.0.0.0/0'}]}])",
        line: 3,
      },
      {
        code: "import pulumi_aws as aws\nsg = aws.ec2.SecurityGroup(\n    'b',\n    ingress=[\n        aws.ec2.SecurityGroupIngressArgs(protocol='tcp', from_port=22, to_port=22, cidr_blocks=['0.0.0.0/0']),\n    ],\n)",
        line: 5,
      },
      {
        code: "import pulumi_aws as aws\naws.ec2.SecurityGroupRule('all', type='ingress', from_port=0, to_port=0, protocol='-1', ipv6_cidr_blocks=['::/0'], security_group_id='sg')",
        line: 2,
      },
      {
        code: "from troposphere import ec2\nrule = ec2.SecurityGroupRule(IpProtocol='tcp', FromPort='3306', ToPort='3306', CidrIp='0.0.0.0/0')",
        line: 2,
      },
      {
        code: "from aws_cdk import aws_ec2 as ec2\ndef f(sg):\n    sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22), 'ssh')",
        line: 3,
      },
      {
        code: "from aws_cdk import aws_ec2 as ec2\ndef f(sg):\n    sg.connections.allow_from_any_ipv4(ec2.Port.tcp_range(5000, 6000))",
        line: 3,
      },
      {
        code: "import pulumi_gcp as gcp\ngcp.compute.Firewall('ssh', network='n', allows=[gcp.compute.FirewallAllowArgs(protocol='tcp', ports=['22'])], source_ranges=['0.0.0.0/0'])",
        line: 2,
      },
    ],
  },
});
