import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const flagged = (rule: string, code: string) =>
  analyzeSync(code, { language: "python", rules: [rule] }).findings.filter((f) => f.severity !== "LOW")
    .length > 0;

describe("Python data flow: input that is not a web request (py-snippets batch 50)", () => {
  it("takes a Slack Bolt listener's command/event/body arguments for the member's input, not ack or client", () => {
    const bolt = (params: string, url: string) =>
      flagged(
        "PY-SSRF-001",
        `import requests\nfrom slack_bolt import App\napp = App()\n@app.command('/unfurl')\ndef unfurl(${params}):\n    ack()\n    requests.get(${url}, timeout=5)\n`,
      );
    expect(bolt("ack, command, respond", "command['text']")).toBe(true);
    expect(bolt("ack, body, client", "body['text']")).toBe(true);
    expect(bolt("ack, command, context", "context['base_url']")).toBe(false);
    // Without slack_bolt, an @x.command(...) decorator says nothing about where the arguments come from.
    expect(
      flagged(
        "PY-SSRF-001",
        "import requests, click\n@click.command('x')\ndef x(command):\n    requests.get(command, timeout=5)\n",
      ),
    ).toBe(false);
  });
  it("takes what a Kafka consumer polls or yields for a producer's data", () => {
    const kafka = (imp: string, loop: string) =>
      flagged("PY-SSRF-001", `import json, requests\n${imp}\nc = Consumer({'group.id': 'g'})\n${loop}`);
    expect(
      kafka(
        "from confluent_kafka import Consumer",
        "while True:\n    m = c.poll(1.0)\n    requests.get(json.loads(m.value())['url'])\n",
      ),
    ).toBe(true);
    expect(
      kafka(
        "from kafka import KafkaConsumer as Consumer",
        "for m in c:\n    requests.get(json.loads(m.value)['url'])\n",
      ),
    ).toBe(true);
    expect(
      kafka(
        "from confluent_kafka import Consumer",
        "while True:\n    m = c.poll(1.0)\n    requests.get('https://a.example/x')\n",
      ),
    ).toBe(false);
  });
  it("takes a pika basic_consume callback's body for the queued message, not the channel or method", () => {
    const pika = (url: string) =>
      flagged(
        "PY-SSRF-001",
        `import json, pika, requests\ndef on_message(ch, method, props, body):\n    requests.get(${url})\n    ch.basic_ack(delivery_tag=method.delivery_tag)\nch = pika.BlockingConnection().channel()\nch.basic_consume(queue='q', on_message_callback=on_message)\n`,
      );
    expect(pika("json.loads(body)['url']")).toBe(true);
    expect(pika("props.reply_to")).toBe(false);
  });
  it("takes a socketserver handler's rfile for the peer's bytes in a log line, and a check() verdict for no text", () => {
    const log = (line: string) =>
      flagged(
        "PY-LOG-001",
        `import logging, socketserver\nclass H(socketserver.StreamRequestHandler):\n    def handle(self):\n        name = self.rfile.readline().decode().strip()\n        ok = self.server.check(name)\n        ${line}\n`,
      );
    expect(log("logging.info('login ' + name)")).toBe(true);
    expect(log("logging.info('login ok=%s', ok)")).toBe(false);
    expect(log("logging.info('login %s', name.encode('unicode_escape').decode())")).toBe(false);
    // A framed read(n) feeds a decoder: as before, not the peer's line.
    expect(
      flagged(
        "PY-LOG-001",
        "import json, logging, socketserver\nclass H(socketserver.StreamRequestHandler):\n    def handle(self):\n        task = json.loads(self.rfile.read(64))\n        logging.info('task %s', task.get('id'))\n",
      ),
    ).toBe(false);
    // A file the program opened itself is no peer.
    expect(
      flagged(
        "PY-LOG-001",
        "import logging\ndef f():\n    with open('/etc/app.conf') as fh:\n        logging.info('conf ' + fh.readline())\n",
      ),
    ).toBe(false);
  });
  it("takes $EDITOR / $PAGER for the user's own choice of program, other variables still for untrusted", () => {
    const run = (v: string) =>
      flagged(
        "PY-CMDI-002",
        `import os, subprocess\ndef edit(path):\n    subprocess.run([${v}, path], check=True)\n`,
      );
    expect(run("os.environ.get('EDITOR', 'vi')")).toBe(false);
    expect(run("os.getenv('PAGER', 'less')")).toBe(false);
    expect(run("os.environ.get('TOOL', 'vi')")).toBe(true);
  });
  it("takes a Lambda handler's event for the caller's, its context for the runtime's", () => {
    const log = (v: string) =>
      flagged(
        "PY-LOG-001",
        `import logging\nlog = logging.getLogger()\ndef lambda_handler(event, context):\n    log.info("req " + ${v})\n`,
      );
    expect(log("event['queryStringParameters']['q']")).toBe(true);
    expect(log("context.aws_request_id")).toBe(false);
  });
  it("takes the API Gateway authorizer's claims in a Lambda event for the gateway's, not the caller's", () => {
    const run = (v: string) =>
      flagged(
        "PY-CMDI-001",
        `import os\ndef lambda_handler(event, context):\n    v = ${v}\n    os.system("id " + v)\n`,
      );
    expect(run("event['queryStringParameters']['user']")).toBe(true);
    expect(run("event['requestContext']['authorizer']['claims']['sub']")).toBe(false);
    expect(run("event.get('requestContext').get('authorizer')['principalId']")).toBe(false);
    // Elsewhere in the request context (the caller's own identity fields), still the caller's.
    expect(run("event['requestContext']['identity']['userAgent']")).toBe(true);
  });
});
