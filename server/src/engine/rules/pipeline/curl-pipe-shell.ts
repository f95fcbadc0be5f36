// pipeline/curl-pipe-shell — a script downloaded and executed in one go (`curl … | sh`,
// `bash <(curl …)`, `iwr … | iex`). Whoever controls the URL, its DNS or its CDN runs code in
// the pipeline, next to its secrets, and nothing records what ran.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { PIPELINE_KINDS, scriptLines } from './scripts';

export const CURL_PIPE_SHELL = 'pipeline/curl-pipe-shell';

// A pipe stage that runs its input as code: `sh`, `sudo -E bash -s`, `python3 -`, `iex`.
const SHELL_STAGE = /^\s*(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+\S+=\S+\s+)*(?:(?:ba|z|da|k|fi)?sh|python[0-9.]*|perl|ruby|node)\b|^\s*(?:iex|Invoke-Expression)\b/i;
const FETCH_STAGE = /\b(?:curl|wget|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b/i;
// Forms without a pipe. Bounded repetition keeps every pattern linear on hostile lines.
const PATTERNS: RegExp[] = [
  // sh <(curl ...), source <(curl ...)
  /\b(?:(?:ba|z)?sh|source|\.)\s+<\(\s*(?:curl|wget)\b[^)\n]{0,500}\)/g,
  // sh -c "$(curl ...)"
  /\b(?:ba|z)?sh\s+-c\s+["']?\$\(\s*(?:curl|wget)\b[^)\n]{0,500}\)/g,
  // iex (iwr ...) ; iex ((New-Object Net.WebClient).DownloadString(...))
  /\b(?:iex|Invoke-Expression)\s*\(?\s*\(?\s*(?:\(\s*)?(?:New-Object\s+(?:System\.)?Net\.WebClient\s*\)\s*\.DownloadString|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^\n]{0,500}/gi,
];

/** `fetch ... | shell` spans of a line, found by splitting it at single `|` (linear time). */
function pipedFetches(line: string): [number, number][] {
  const out: [number, number][] = [];
  const stages: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] !== '|') continue;
    if (line[i + 1] === '|' || line[i - 1] === '|') continue; // `||` is "or", not a pipe
    stages.push([from, i]);
    from = i + 1;
  }
  stages.push([from, line.length]);
  for (let k = 0; k + 1 < stages.length; k++) {
    const [s0, fe] = stages[k]!;
    // Only the last command of the stage feeds the pipe: `curl -o f x; cat f | sh` is not it.
    const text = line.slice(s0, fe);
    const cut = Math.max(text.lastIndexOf(';'), text.lastIndexOf('&'));
    const fs = s0 + cut + 1;
    const fetch = FETCH_STAGE.exec(line.slice(fs, fe));
    if (!fetch) continue;
    const [ns, ne] = stages[k + 1]!;
    const shell = SHELL_STAGE.exec(line.slice(ns, ne));
    if (!shell) continue;
    out.push([fs + fetch.index, ns + shell.index + shell[0].length]);
  }
  return out;
}

export const curlPipeShell: Rule = {
  meta: {
    id: CURL_PIPE_SHELL,
    severity: 'warning',
    description: 'A script is downloaded and run in one step (curl | sh and friends), unverified.',
    fixable: false,
    kinds: PIPELINE_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    for (const line of scriptLines(ctx)) {
      if (!/curl|wget|iwr|irm|invoke-|iex/i.test(line.text)) continue;
      const spans: [number, number][] = pipedFetches(line.text);
      for (const re of PATTERNS) {
        re.lastIndex = 0;
        for (const m of line.text.matchAll(re)) spans.push([m.index!, m.index! + m[0].trimEnd().length]);
      }
      spans.sort((a, b) => a[0] - b[0]);
      let lastEnd = -1;
      for (const [s0, e0] of spans) {
        if (s0 < lastEnd) continue; // one finding per command
        lastEnd = e0;
        const start = line.start + s0;
        const end = line.start + e0;
        out.push({
          ruleId: CURL_PIPE_SHELL,
          message: 'This downloads a script and runs it unseen: whoever controls that URL, its DNS or CDN runs code here with the pipeline\'s secrets. Download it to a file, check its SHA-256 against a pinned value, then run it, or use a pinned package or action instead.',
          range: { start, end: end },
        });
      }
    }
    return out;
  },
};
