// Dev suite "js-ts", batch 151: look-alikes of the false shapes last round's real-code sample left open (batches
// 146/147): keys walked from a schema to convert an input in place, a protocol client's own header map written to
// its socket, a backtracking pattern over a file the tool reads itself. Each beside a real weakness of the same rule.
// Own code, never taken from a package or a held-out corpus.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";

const js = (cwe: string, note: string, src: string) => fileCases("batch151", cwe, note, src, "javascript");
const ts = (cwe: string, note: string, src: string) => fileCases("batch151", cwe, note, src, "typescript");

export const BATCH151: DevCase[] = [
  ...ts(
    "CWE-1321",
    "normalising a record against the fields its model declares vs a defaults merge that copies the walked values",
    `interface FieldDef { kind: 'int' | 'bool' | 'group'; fields?: Record<string, FieldDef> }

export function normalise(record: Record<string, unknown>, model: Record<string, FieldDef>): Record<string, unknown> {
  for (const name of Object.keys(model)) {
    const def = model[name];
    const raw = record[name];
    if (def.kind === 'group' && def.fields && raw && typeof raw === 'object') {
@ok      record[name] = normalise(raw as Record<string, unknown>, def.fields);
    } else if (def.kind === 'int' && typeof raw === 'string') {
@ok      record[name] = parseInt(raw, 10);
    } else if (def.kind === 'bool') {
@ok      record[name] = raw === 'true' || raw === true;
    }
  }
  return record;
}

export function withDefaults(target: any, defaults: any): any {
  for (const [name, value] of Object.entries(defaults)) {
    if (value && typeof value === 'object') {
      target[name] = withDefaults(target[name] || {}, value);
    } else if (target[name] === undefined) {
@@      target[name] = value;
    }
  }
  return target;
}
`,
  ),
  ...js(
    "CWE-113",
    "an AMQP-style client filling its own frame headers from its settings vs a download name copied into a response header",
    `const express = require('express');

class FrameWriter {
  constructor(socket, opts) {
    this.socket = socket;
    this.opts = opts;
  }
  publish(body, headers = {}) {
@ok    headers['content-length'] = String(Buffer.byteLength(body));
@ok    headers['x-client'] = this.opts.name + '/' + this.opts.version;
    const head = Object.keys(headers).map((k) => k + ':' + headers[k]).join('\\n');
    this.socket.write('SEND\\n' + head + '\\n\\n' + body + '\\0');
  }
}

const app = express();
app.get('/export', (req, res) => {
@@  res.setHeader('Content-Disposition', 'attachment; filename="' + req.query.name + '"');
  res.end('data');
});

module.exports = { FrameWriter, app };
`,
  ),
  ...js(
    "CWE-1333",
    "a backtracking key=value pattern over a config file the tool reads vs the same pattern over a posted body",
    `const fs = require('fs');
const http = require('http');

const LINE = /^\\s*(\\w+)\\s*=\\s*(.*?)\\s*$/;

function readSettings(file) {
  const text = fs.readFileSync(file, 'utf8');
@ok  return text.split('\\n').map((line) => LINE.exec(line)).filter(Boolean);
}

http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
@@    const m = /^\\s*(\\w+)\\s*=\\s*(.*?)\\s*$/.exec(body);
    res.end(m ? m[1] : '');
  });
}).listen(8080);

module.exports = { readSettings };
`,
  ),
];
