// pipeline/curl-pipe-shell — a script downloaded and executed in one go (`curl … | sh`,
// `bash <(curl …)`, `iwr … | iex`). Whoever controls the URL, its DNS or its CDN runs code in
// the pipeline, next to its secrets, and nothing records what ran.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { PIPELINE_KINDS, scriptLines } from './scripts';

export const CURL_PIPE_SHELL = 'pipeline/curl-pipe-shell';

const SHELLS = String.raw`(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+\S+=\S+\s+)*(?:ba|z|da|k|fi)?sh|python[0-9.]*|perl|ruby|node`;
const PATTERNS: RegExp[] = [
  // curl ... | sh
  new RegExp(String.raw`\b(?:curl|wget)\b[^|\n;&]*\|\s*(?:${SHELLS})\b`, 'g'),
  // sh <(curl ...), source <(curl ...)
  new RegExp(String.raw`\b(?:(?:ba|z)?sh|source|\.)\s+<\(\s*(?:curl|wget)\b[^)\n]*\)`, 'g'),
  // sh -c "$(curl ...)"
  new RegExp(String.raw`\b(?:ba|z)?sh\s+-c\s+["']?\$\(\s*(?:curl|wget)\b[^)\n]*\)`, 'g'),
  // PowerShell: iwr ... | iex ; iex (iwr ...) ; iex ((New-Object Net.WebClient).DownloadString(...))
  /\b(?:iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|\n]*\|\s*(?:iex|Invoke-Expression)\b/gi,
  /\b(?:iex|Invoke-Expression)\s*\(?\s*\(?\s*(?:\(\s*)?(?:New-Object\s+(?:System\.)?Net\.WebClient\s*\)\s*\.DownloadString|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^\n]*/gi,
];

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
      const seen: [number, number][] = [];
      for (const re of PATTERNS) {
        re.lastIndex = 0;
        for (const m of line.text.matchAll(re)) {
          const start = line.start + m.index!;
          const end = start + m[0].trimEnd().length;
          if (seen.some(([s, e]) => start < e && end > s)) continue;
          seen.push([start, end]);
          out.push({
            ruleId: CURL_PIPE_SHELL,
            message: 'This downloads a script and runs it unseen: whoever controls that URL, its DNS or CDN runs code here with the pipeline\'s secrets. Download it to a file, check its SHA-256 against a pinned value, then run it, or use a pinned package or action instead.',
            range: { start, end },
          });
        }
      }
    }
    return out;
  },
};
