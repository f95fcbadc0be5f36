// Preload (`node --require this-file`, or NODE_OPTIONS) that makes any attempt to open a network
// connection, resolve a name or start a process fail loudly AND be recorded: one JSON line per
// attempt in the file named by OUTPOST_DENY_LOG. The attempt never reaches the network: it
// throws before a socket is created. Outpost must never need any of these.
'use strict';
const fs = require('node:fs');
const net = require('node:net');
const tls = require('node:tls');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const childProcess = require('node:child_process');

const LOG = process.env.OUTPOST_DENY_LOG;

function deny(what, detail) {
  const line = JSON.stringify({ pid: process.pid, what, detail: String(detail).slice(0, 200), argv: process.argv.slice(1, 3) });
  if (LOG) fs.appendFileSync(LOG, line + '\n');
  const err = new Error(`Outpost test guard: ${what} is forbidden (${detail})`);
  err.code = 'EOUTPOSTDENIED';
  throw err;
}

function describe(args) {
  try {
    return JSON.stringify(args, (_k, v) => (typeof v === 'function' ? '[fn]' : v));
  } catch {
    return String(args[0]);
  }
}

net.Socket.prototype.connect = function (...args) {
  deny('net.Socket.connect', describe(args));
};
net.connect = net.createConnection = (...args) => deny('net.connect', describe(args));
tls.connect = (...args) => deny('tls.connect', describe(args));
for (const m of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveTxt', 'resolveSrv', 'reverse']) {
  if (typeof dns[m] === 'function') dns[m] = (...args) => deny(`dns.${m}`, describe(args));
  if (dns.promises && typeof dns.promises[m] === 'function') dns.promises[m] = (...args) => deny(`dns.promises.${m}`, describe(args));
}
for (const [name, mod] of [['http', http], ['https', https]]) {
  mod.request = (...args) => deny(`${name}.request`, describe(args));
  mod.get = (...args) => deny(`${name}.get`, describe(args));
}
if (typeof globalThis.fetch === 'function') globalThis.fetch = (...args) => deny('fetch', describe(args));
for (const m of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
  childProcess[m] = (...args) => deny(`child_process.${m}`, describe(args));
}
