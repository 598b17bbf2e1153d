// One LSP client, two servers: `vitruvian lsp` and yaml-language-server with the workflow kind's
// JSON Schema (`vitruvian schema workflow`), on the same file and the same edits. For each
// server: the time from didOpen to the first diagnostics, then, ROUNDS times, from a didChange
// that adds an unknown key under a step to the diagnostics that report it.
//   node bench/ide/lsp-compare.mjs NAME FILE SCHEMA ROUNDS -- COMMAND ARGS...
// Prints "[bench] NAME ..." lines. Used by bench/ide/lsp-compare.sh.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [name, file, schema, roundsText, dash, command, ...args] = process.argv.slice(2);
if (dash !== '--' || !command) {
  console.error('usage: node lsp-compare.mjs NAME FILE SCHEMA ROUNDS -- COMMAND ARGS...');
  process.exit(2);
}
const rounds = Number(roundsText);
const uri = pathToFileURL(file).href;
const schemaUri = pathToFileURL(schema).href;
const original = readFileSync(file, 'utf8');
const yamlSettings = { validate: true, hover: false, completion: false, schemas: { [schemaUri]: [uri, '*.yaml'] } };

const server = spawn(command, args, { stdio: ['pipe', 'pipe', 'inherit'] });
let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
let diagnosticsWaiter = null;

server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const header = buffer.indexOf('\r\n\r\n');
    if (header < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())[1]);
    if (buffer.length < header + 4 + length) return;
    const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString('utf8'));
    buffer = buffer.subarray(header + 4 + length);
    handle(message);
  }
});

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve) => pending.set(id, resolve));
}

function handle(message) {
  if (message.id !== undefined && message.method === undefined) {
    pending.get(message.id)?.(message.result);
    pending.delete(message.id);
  } else if (message.method === 'workspace/configuration') {
    send({ id: message.id, result: message.params.items.map((item) => (item.section === 'yaml' ? yamlSettings : null)) });
  } else if (message.id !== undefined) {
    send({ id: message.id, result: null }); // registerCapability, workDoneProgress/create, ...
  } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && diagnosticsWaiter) {
    const waiter = diagnosticsWaiter;
    if (waiter.accept(message.params.diagnostics)) {
      diagnosticsWaiter = null;
      waiter.resolve(message.params.diagnostics);
    }
  }
}

function diagnostics(accept, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: no diagnostics ${what} within 60 s`)), 60000);
    diagnosticsWaiter = { accept, resolve: (d) => { clearTimeout(timer); resolve(d); } };
  });
}

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

await request('initialize', {
  processId: process.pid, rootUri: pathToFileURL(file.replace(/\/[^/]*$/, '')).href,
  capabilities: { textDocument: { publishDiagnostics: {}, synchronization: { dynamicRegistration: false } },
    workspace: { configuration: true } },
  initializationOptions: {},
});
send({ method: 'initialized', params: {} });
send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: yamlSettings } } });

let start = process.hrtime.bigint();
const first = diagnostics(() => true, 'after opening');
send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text: original } } });
const opened = await first;
console.log(`[bench] ${name}: didOpen to first diagnostics ${ms(start).toFixed(0)} ms (${opened.length} diagnostics)`);

// The unknown key goes under a step in the middle of the file.
const lines = original.split('\n');
const anchor = lines.findIndex((line, i) => i > lines.length / 3 && line.startsWith('    service: {id: bone.strength'));
const latencies = [];
let version = 1;
for (let round = -1; round < rounds; round++) {
  const key = `colour${String.fromCharCode(98 + round)}`;
  const edited = [...lines.slice(0, anchor + 1), `    ${key}: 1`, ...lines.slice(anchor + 1)].join('\n');
  const reported = diagnostics((d) => d.some((x) => x.range.start.line === anchor + 1), `for ${key}`);
  start = process.hrtime.bigint();
  send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: ++version }, contentChanges: [{ text: edited }] } });
  const found = await reported;
  if (round >= 0) latencies.push(ms(start));
  else console.log(`[bench] ${name}: reports "${found.find((x) => x.range.start.line === anchor + 1).message.split('\n')[0]}"`);
  const cleared = diagnostics((d) => !d.some((x) => x.range.start.line === anchor + 1), `after undoing ${key}`);
  send({ method: 'textDocument/didChange', params: { textDocument: { uri, version: ++version }, contentChanges: [{ text: original }] } });
  await cleared;
}
console.log(`[bench] ${name}: didChange (unknown key) to its diagnostic: median ${median(latencies).toFixed(0)} ms, `
  + `min ${Math.min(...latencies).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms (${latencies.length} rounds)`);
await request('shutdown', null);
send({ method: 'exit', params: null });
server.stdin.end();
