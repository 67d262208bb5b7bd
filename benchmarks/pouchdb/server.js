'use strict';
// The CouchDB side of the PouchDB reference: express-pouchdb (the HTTP layer of pouchdb-server)
// over PouchDB's LevelDB adapter, on a loopback port. It answers in gzip where the client
// accepts it, as CouchDB behind the Community Health Toolkit's nginx does.
//
//   node server.js DATA_DIR        prints {"port": N} on its first line once it listens
const path = require('path');
const express = require('express');
const expressPouchDB = require('express-pouchdb');
const PouchDB = require('pouchdb-node');

const dataDir = process.argv[2];
if (!dataDir) {
  console.error('usage: node server.js DATA_DIR');
  process.exit(2);
}
const ServerPouchDB = PouchDB.defaults({ prefix: path.resolve(dataDir) + path.sep });
const app = express();
// minimumForPouchDB: the routes replication and bulk writes use (plus gzip), without the
// admin UI, the config file and the log file of the full CouchDB emulation.
app.use('/', expressPouchDB(ServerPouchDB, { mode: 'minimumForPouchDB' }));
const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
