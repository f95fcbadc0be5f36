// pipeline/insecure-url — something downloaded or installed over plain http:// in a pipeline
// script (curl, wget, pip/npm/gem indexes, apt keys, git clone). Anyone on the path can swap
// the file for their own. Local and private addresses (service containers, localhost, 10.x,
// *.local, *.svc) are left alone.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { PIPELINE_KINDS, scriptLines } from './scripts';

export const INSECURE_URL = 'pipeline/insecure-url';

const FETCHERS = /\b(?:curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod|pip3?|npm|yarn|pnpm|gem|apt-key|add-apt-repository|git\s+clone|helm\s+repo\s+add|go\s+get|Start-BitsTransfer|--index-url|--extra-index-url|--registry)\b/i;
const URL = /\bhttp:\/\/([^\s"'`)<>/:]+)(?::\d+)?[^\s"'`)<>]*/g;

function isLocalHost(host: string): boolean {
  const h = host.toLowerCase();
  if (!h.includes('.')) return true; // docker/service names: postgres, docker, localhost
  // A real top-level domain is letters only; GitLab service aliases (docker.io-library-nginx) are not.
  if (!/\.[a-z]{2,24}$/.test(h) && !/^\d+\.\d+\.\d+\.\d+$/.test(h)) return true;
  if (/^(?:127\.|10\.|192\.168\.|169\.254\.|0\.0\.0\.0)/.test(h) || /^172\.(?:1[6-9]|2\d|3[01])\./.test(h)) return true;
  if (/\.(?:local|localhost|internal|lan|svc|cluster\.local|home\.arpa|test|example|invalid)$/.test(h)) return true;
  if (/(?:^|\.)example\.(?:com|org|net)$/.test(h)) return true;
  return /[$%{]/.test(h);
}

/** The URL as quoted in a message: user info masked (it can be a token), long URLs shortened. */
function shown(url: string): string {
  const masked = url.replace(/^(http:\/\/)[^/@\s]*@/, '$1…@');
  return masked.length > 80 ? `${masked.slice(0, 77)}…` : masked;
}

export const insecureUrl: Rule = {
  meta: {
    id: INSECURE_URL,
    severity: 'warning',
    description: 'A pipeline script downloads or installs something over plain http://.',
    fixable: false,
    kinds: PIPELINE_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const line of scriptLines(ctx)) {
      if (!line.text.includes('http://') || !FETCHERS.test(line.text)) continue;
      for (const m of line.text.matchAll(URL)) {
        if (isLocalHost(m[1]!)) continue;
        const start = line.start + m.index!;
        out.push({
          ruleId: INSECURE_URL,
          message: `\`${shown(m[0])}\` is fetched over plain http, so anyone on the network path can replace what the pipeline downloads and runs. Use https:// (and check a checksum where you can).`,
          range: { start, end: start + m[0].length },
        });
      }
    }
    return out;
  },
};
