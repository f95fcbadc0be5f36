// The in-process counterpart of deny-network.cjs: while `fn` runs (synchronously), any attempt to
// open a socket, resolve a name, make an HTTP request or start a process is recorded and fails.
// Everything is restored afterwards, so the test runner's own machinery is untouched.
import net from 'node:net';
import tls from 'node:tls';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import childProcess from 'node:child_process';

type Patch = [object, string];

export function withNetworkDenied<T>(fn: () => T): { result: T; attempts: string[] } {
  const attempts: string[] = [];
  const targets: Patch[] = [
    [net.Socket.prototype, 'connect'],
    [net, 'connect'],
    [net, 'createConnection'],
    [tls, 'connect'],
    [dns, 'lookup'],
    [dns, 'resolve'],
    [dns.promises, 'lookup'],
    [http, 'request'],
    [http, 'get'],
    [https, 'request'],
    [https, 'get'],
    [globalThis, 'fetch'],
    [childProcess, 'spawn'],
    [childProcess, 'spawnSync'],
    [childProcess, 'exec'],
    [childProcess, 'execSync'],
    [childProcess, 'execFile'],
    [childProcess, 'execFileSync'],
    [childProcess, 'fork'],
  ];
  const saved = targets.map(([o, k]) => Object.getOwnPropertyDescriptor(o, k));
  targets.forEach(([o, k]) => {
    Object.defineProperty(o, k, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => {
        attempts.push(`${k}(${String(args[0]).slice(0, 100)})`);
        throw new Error(`forbidden in the engine: ${k}`);
      },
    });
  });
  try {
    return { result: fn(), attempts };
  } finally {
    targets.forEach(([o, k], i) => {
      const d = saved[i];
      if (d) Object.defineProperty(o, k, d);
      else delete (o as Record<string, unknown>)[k];
    });
  }
}
