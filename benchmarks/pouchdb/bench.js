'use strict';
// The PouchDB reference of benchmarks/sync.py: CouchDB-style replication of the same case
// documents, LevelDB on both sides (PouchDB's LevelDB adapter here, express-pouchdb over the
// same adapter in server.js, a separate process), over loopback HTTP.
//
//   node bench.js --docs cases.jsonl --dir WORK_DIR [--noop-rounds 200] [--changed 100]
//                 [--bulk-batch 500]
//
// Prints one JSON object on stdout; progress goes to stderr. WORK_DIR must be empty or absent;
// the LevelDB folders of both sides are made in it (the caller deletes it).
//
// Bytes on the wire are what the client's TCP sockets sent and received (socket.bytesWritten
// and socket.bytesRead of every connection of a counting http.Agent): request and status lines,
// headers, chunked framing and bodies as they travelled, gzip-compressed where the server
// compressed them. Requests are counted as PouchDB hands them to fetch.
const childProcess = require('child_process');
const fs = require('fs');
const http = require('http');
const path = require('path');
const readline = require('readline');
const PouchDB = require('pouchdb-node');

const RISKS = ['low', 'medium', 'high', 'critical'];
// The Community Health Toolkit's app replicates in batches of 100 (PouchDB's default) and, going
// up, keeps its checkpoint on the device only (checkpoint: 'source').
const PUSH_OPTIONS = { batch_size: 100, checkpoint: 'source' };
const PULL_OPTIONS = { batch_size: 100 };

function parseArgs(argv) {
  const args = { noopRounds: 200, changed: 100, bulkBatch: 500 };
  const names = { '--docs': 'docs', '--dir': 'dir', '--noop-rounds': 'noopRounds',
                  '--changed': 'changed', '--bulk-batch': 'bulkBatch' };
  for (let i = 0; i < argv.length; i += 2) {
    const name = names[argv[i]];
    if (!name || argv[i + 1] === undefined) throw new Error(`unknown or incomplete option ${argv[i]}`);
    args[name] = ['docs', 'dir'].includes(name) ? argv[i + 1] : Number(argv[i + 1]);
  }
  if (!args.docs || !args.dir) throw new Error('--docs and --dir are required');
  return args;
}

function progress(message) {
  const now = new Date().toISOString().slice(11, 19);
  process.stderr.write(`[${now}] pouchdb: ${message}\n`);
}

// -- counting what goes over the wire ---------------------------------------------------------

class CountingAgent extends http.Agent {
  constructor() {
    super({ keepAlive: true }); // as Node's global agent, which node-fetch uses by default
    this.open = new Set();
    this.closedRead = 0;
    this.closedWritten = 0;
    this.connections = 0;
    this.requests = 0;
  }

  createConnection(options, callback) {
    const socket = super.createConnection(options, callback);
    this.connections += 1;
    this.open.add(socket);
    socket.once('close', () => {
      this.open.delete(socket);
      this.closedRead += socket.bytesRead;
      this.closedWritten += socket.bytesWritten;
    });
    return socket;
  }

  snapshot() {
    let read = this.closedRead;
    let written = this.closedWritten;
    for (const socket of this.open) {
      read += socket.bytesRead;
      written += socket.bytesWritten;
    }
    return { requests: this.requests, connections: this.connections,
             request_bytes: written, response_bytes: read };
  }
}

function remoteDb(url, agent) {
  return new PouchDB(url, {
    fetch: (target, options) => {
      agent.requests += 1;
      return PouchDB.fetch(target, { ...options, agent });
    },
  });
}

function wireSince(agent, before) {
  const now = agent.snapshot();
  const requestBytes = now.request_bytes - before.request_bytes;
  const responseBytes = now.response_bytes - before.response_bytes;
  return { requests: now.requests - before.requests,
           new_connections: now.connections - before.connections,
           request_bytes: requestBytes, response_bytes: responseBytes,
           total_bytes: requestBytes + responseBytes };
}

// A function that runs some work and returns its wall time, its wire and the CPU seconds the
// client (this process) and the server process spent meanwhile.
function meter(agent, serverPid) {
  return async (work) => {
    const before = agent.snapshot();
    const clientBefore = process.cpuUsage();
    const serverBefore = cpuSeconds(serverPid);
    const started = process.hrtime.bigint();
    const result = await work();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const client = process.cpuUsage(clientBefore);
    const serverAfter = cpuSeconds(serverPid);
    const cpu = { client: round3((client.user + client.system) / 1e6),
                  server: serverAfter === null ? null : round3(serverAfter - serverBefore) };
    return { seconds, wire: wireSince(agent, before), cpu_s: cpu, result };
  };
}

// Python's statistics.quantiles(method="inclusive"), as benchmarks/sync.py summarises.
function summary(samplesS) {
  const ms = samplesS.map((s) => s * 1000).sort((a, b) => a - b);
  const at = (q) => {
    const position = q * (ms.length - 1);
    const low = Math.floor(position);
    const high = Math.min(low + 1, ms.length - 1);
    return ms[low] + (ms[high] - ms[low]) * (position - low);
  };
  const round = (x) => Math.round(x * 100) / 100;
  return { p50_ms: round(at(0.5)), p95_ms: round(at(0.95)), max_ms: round(ms[ms.length - 1]),
           n: ms.length };
}

// -- the server process -----------------------------------------------------------------------

function startServer(dataDir) {
  fs.mkdirSync(dataDir, { recursive: true });
  const child = childProcess.spawn(process.execPath, [path.join(__dirname, 'server.js'), dataDir],
                                   { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`server.js exited with ${code}`)));
    readline.createInterface({ input: child.stdout }).once('line', (line) => {
      resolve({ child, url: `http://127.0.0.1:${JSON.parse(line).port}` });
    });
  });
}

function stopServer(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

// CPU seconds (user + system) of a process so far, from /proc (Linux), or null.
function cpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
  } catch (error) {
    return null;
  }
}

// -- the measurements -------------------------------------------------------------------------

function loadDocuments(file) {
  const docs = [];
  let bytes = 0;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    bytes += Buffer.byteLength(line);
    const doc = JSON.parse(line);
    docs.push({ _id: doc.id, ...doc });
  }
  return { docs, meanBytes: Math.round(bytes / Math.max(1, docs.length)) };
}

function rate(count, seconds) {
  return Math.round(count / seconds);
}

function editedCopy(doc, round) {
  const risk = RISKS.find((r) => r !== doc.case.risk_level && r === RISKS[round % RISKS.length])
    || RISKS.find((r) => r !== doc.case.risk_level);
  return { ...doc, case: { ...doc.case, risk_level: risk },
           notes: [...doc.notes, { id: `bench-note-${round}-${doc._id}`,
                                   text: 'called the shelter; a bed is free from Monday',
                                   confidential: false, author: 'bench.sup',
                                   written_at: '2026-11-30T08:00:00Z' }] };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const { docs, meanBytes } = loadDocuments(args.docs);
  if (docs.length === 0) throw new Error(`${args.docs} holds no document`);
  fs.mkdirSync(args.dir, { recursive: true });
  const Local = PouchDB.defaults({ prefix: path.resolve(args.dir, 'client') + path.sep });
  fs.mkdirSync(path.resolve(args.dir, 'client'), { recursive: true });
  const server = await startServer(path.resolve(args.dir, 'server'));
  const agent = new CountingAgent();
  const quiet = new CountingAgent(); // the "other side" editing on the server: not counted
  const report = { documents: docs.length, mean_document_bytes: meanBytes };
  const serverCpuAtStart = cpuSeconds(server.child.pid);
  const measured = meter(agent, server.child.pid);
  try {
    progress(`${docs.length} documents into a local LevelDB database (not timed against the server)`);
    const source = new Local('outbox');
    const loaded = await measured(async () => {
      for (let i = 0; i < docs.length; i += args.bulkBatch) {
        await source.bulkDocs(docs.slice(i, i + args.bulkBatch));
      }
    });
    report.local_load = { seconds: round3(loaded.seconds) };

    progress(`push: bulkDocs to the server, ${args.bulkBatch} a request`);
    const cases = remoteDb(`${server.url}/cases`, agent);
    const bulk = await measured(async () => {
      let failed = 0;
      for (let i = 0; i < docs.length; i += args.bulkBatch) {
        const answers = await cases.bulkDocs(docs.slice(i, i + args.bulkBatch));
        failed += answers.filter((a) => a.error).length;
      }
      return failed;
    });
    if (bulk.result) throw new Error(`${bulk.result} documents refused by bulkDocs`);
    report.push_bulk = pushFigures(bulk, docs.length, { batch_size: args.bulkBatch });

    progress('push: replication of the local database to an empty server database');
    const replicatedTo = remoteDb(`${server.url}/cases_replicated`, agent);
    const pushed = await measured(() => source.replicate.to(replicatedTo, PUSH_OPTIONS));
    report.push_replication = pushFigures(pushed, pushed.result.docs_written, PUSH_OPTIONS);

    progress('initial pull into a fresh local database');
    const laptop = new Local('laptop');
    const pull = await measured(() => laptop.replicate.from(cases, PULL_OPTIONS));
    const written = pull.result.docs_written;
    if (written !== docs.length) throw new Error(`initial pull wrote ${written} of ${docs.length}`);
    report.initial_pull = { ...pushFigures(pull, written, PULL_OPTIONS),
                            bytes_per_document: Math.round(pull.wire.total_bytes / written) };

    progress(`${args.noopRounds} no-op replications`);
    const noop = [];
    for (let round = 0; round < args.noopRounds; round += 1) {
      const one = await measured(() => laptop.replicate.from(cases, PULL_OPTIONS));
      if (one.result.docs_written) throw new Error('a no-op replication wrote documents');
      noop.push(one);
    }
    report.noop = { rounds: noop.length, replication: summary(noop.map((n) => n.seconds)),
                    requests_per_replication: mean(noop.map((n) => n.wire.requests)),
                    bytes_per_replication: mean(noop.map((n) => n.wire.total_bytes)),
                    request_bytes_per_replication: mean(noop.map((n) => n.wire.request_bytes)),
                    response_bytes_per_replication: mean(noop.map((n) => n.wire.response_bytes)) };

    const step = Math.max(1, Math.floor(docs.length / args.changed));
    const chosen = docs.filter((_, i) => i % step === 0).slice(0, args.changed).map((d) => d._id);
    progress(`${chosen.length} documents changed on the server, then pulled`);
    const editor = remoteDb(`${server.url}/cases`, quiet);
    const current = await editor.allDocs({ keys: chosen, include_docs: true });
    await editor.bulkDocs(current.rows.map((row) => editedCopy(row.doc, 1)));
    const changedPull = await measured(() => laptop.replicate.from(cases, PULL_OPTIONS));
    if (changedPull.result.docs_written !== chosen.length) {
      throw new Error(`changed pull wrote ${changedPull.result.docs_written} of ${chosen.length}`);
    }
    report.changed_pull = { documents: chosen.length, seconds: round3(changedPull.seconds),
                            cpu_s: changedPull.cpu_s, wire: changedPull.wire };

    // The laptop's first push replication walks its whole changes feed (a _revs_diff for
    // every document it pulled); a laptop pays that once, so it is done before the timing.
    await laptop.replicate.to(cases, PUSH_OPTIONS);
    const others = docs.filter((_, i) => i % step === Math.floor(step / 2))
      .slice(0, args.changed).map((d) => d._id);
    progress(`${others.length} documents changed on the laptop, then pushed by replication`);
    const mine = await laptop.allDocs({ keys: others, include_docs: true });
    await laptop.bulkDocs(mine.rows.map((row) => editedCopy(row.doc, 2)));
    const changedPush = await measured(() => laptop.replicate.to(cases, PUSH_OPTIONS));
    if (changedPush.result.docs_written !== others.length) {
      throw new Error(`changed push wrote ${changedPush.result.docs_written} of ${others.length}`);
    }
    report.changed_push = { documents: others.length, seconds: round3(changedPush.seconds),
                            cpu_s: changedPush.cpu_s, wire: changedPush.wire };

    const serverCpu = cpuSeconds(server.child.pid);
    report.server_cpu_s = serverCpu === null ? null : round3(serverCpu - serverCpuAtStart);
    report.versions = versions();
    await Promise.all([source.close(), laptop.close()]);
  } finally {
    agent.destroy();
    quiet.destroy();
    await stopServer(server.child);
  }
  process.stdout.write(JSON.stringify(report, null, 2) + '\n');
}

function pushFigures(run, documents, extra) {
  return { documents, seconds: round3(run.seconds), docs_per_s: rate(documents, run.seconds),
           ...extra, cpu_s: run.cpu_s, wire: run.wire };
}

function mean(values) {
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}

function round3(x) {
  return Math.round(x * 1000) / 1000;
}

function versions() {
  const of = (name) => require(`${name}/package.json`).version;
  return { node: process.versions.node, 'pouchdb-node': of('pouchdb-node'),
           'express-pouchdb': of('express-pouchdb'), express: of('express'),
           leveldown: of('leveldown') };
}

main().catch((error) => {
  process.stderr.write(`pouchdb reference failed: ${error.stack || error}\n`);
  process.exit(1);
});
