// pipeline/secret-echoed — a secret printed to the build log, where everyone who can read logs
// (often: everyone who can open a pull request) sees it, and masking fails as soon as the value is
// transformed. Reported:
//   echo/printf/Write-Host of a secret (${{ secrets.X }}, $NPM_TOKEN, $(DB_PASSWORD), %API_KEY%)
//     whose output goes to the log, not into a pipe or file;
//   `set -x` (shell tracing prints every command with its expanded arguments) in a script that
//     uses secrets;
//   Azure `##vso[task.setvariable …]` of a secret-named variable without `issecret=true`.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { PIPELINE_KINDS, scriptBlocks, scriptLines } from './scripts';
import { isSecretName } from './secret-names';

export const SECRET_ECHOED = 'pipeline/secret-echoed';

const REF = String.raw`\$\{\{\s*secrets\.[A-Za-z0-9_]+\s*\}\}|\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?|\$\(([A-Za-z_][A-Za-z0-9_.]*)\)|%([A-Za-z_][A-Za-z0-9_]*)%|\$env:([A-Za-z_][A-Za-z0-9_]*)`;
const PRINT = /(?:^|[;&|(]\s*|\s)(echo|printf|Write-Host|Write-Output)\b([^\n]*)/g;

/** The secret referenced in a piece of script, if any. */
function secretRef(s: string): { text: string; index: number } | undefined {
  for (const m of s.matchAll(new RegExp(REF, 'g'))) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (m[0].startsWith('${{') || (name && isSecretName(name))) return { text: m[0], index: m.index! };
  }
  return undefined;
}

/** The part of a command after `echo` up to where its output is piped or redirected away. */
function printedPart(rest: string): { text: string; toLog: boolean } {
  let q: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i]!;
    if (q) {
      if (c === q) q = undefined;
      else if (c === '\\' && q === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") q = c;
    else if (c === '|' && rest[i + 1] === '|') return { text: rest.slice(0, i), toLog: true };
    else if (c === '|' || c === '>') return { text: rest.slice(0, i), toLog: false };
    else if (c === ';' || (c === '&' && rest[i + 1] === '&')) return { text: rest.slice(0, i), toLog: true };
  }
  return { text: rest, toLog: true };
}

export const secretEchoed: Rule = {
  meta: {
    id: SECRET_ECHOED,
    severity: 'warning',
    description: 'A secret is printed to the build log (echo, set -x, Azure setvariable without issecret).',
    fixable: false,
    kinds: PIPELINE_KINDS,
  },
  check(ctx) {
    const out: RawFinding[] = [];
    const lines = scriptLines(ctx);
    for (const line of lines) {
      for (const m of line.text.matchAll(PRINT)) {
        const rest = m[2]!;
        // Masking a value is the opposite of leaking it; Azure setvariable lines are checked below.
        if (/::add-mask::|##vso\[task\.setvariable/i.test(rest)) continue;
        const printed = printedPart(rest);
        if (!printed.toLog) continue;
        const ref = secretRef(printed.text);
        if (!ref) continue;
        const start = line.start + m.index! + m[0].length - rest.length + ref.index;
        out.push({
          ruleId: SECRET_ECHOED,
          message: `This prints a secret (\`${ref.text}\`) to the build log, which more people can read than the secret store, and log masking fails once the value is encoded or split. Remove the print, or print only whether it is set.`,
          range: { start, end: start + ref.text.length },
        });
      }
      const vso = /##vso\[task\.setvariable\s+variable=([A-Za-z0-9_.]+)([^\]]*)\]/i.exec(line.text);
      if (vso && isSecretName(vso[1]!) && !/issecret=true/i.test(vso[2]!)) {
        const start = line.start + vso.index;
        out.push({
          ruleId: SECRET_ECHOED,
          message: `\`${vso[1]}\` is set as a plain pipeline variable, so its value shows in logs and can be read by later tasks as clear text. Add \`issecret=true\`: \`##vso[task.setvariable variable=${vso[1]};issecret=true]\`.`,
          range: { start, end: start + vso[0].length },
        });
      }
    }
    // `set -x` only matters where the script handles secrets.
    for (const b of scriptBlocks(ctx)) {
      const body = ctx.text.slice(b.range.start, b.range.end);
      const trace = /(?:^|[\s;])(set\s+-(?:[a-wyz]*x[a-z]*)|set\s+-o\s+xtrace)\b/m.exec(body);
      if (!trace) continue;
      if (!secretRef(body)) continue;
      const start = b.range.start + trace.index + trace[0].indexOf(trace[1]!);
      out.push({
        ruleId: SECRET_ECHOED,
        message: '`set -x` prints every command with its arguments expanded, including the secrets this script uses, into the build log. Remove it, or turn tracing off (`set +x`) around the lines that use secrets.',
        range: { start, end: start + trace[1]!.length },
      });
    }
    return out;
  },
};
