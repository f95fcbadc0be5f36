// A literal fallback for a secret read from the environment: `os.getenv("API_TOKEN", "v")`,
// `os.environ.get('DB_PASSWORD', 'v')`, `env('APP_KEY', 'v')`, `ENV.fetch("X") { "v" }`-less forms,
// `process.env.API_TOKEN || "v"` / `?? "v"`. The name decides (key-names.ts), the literal is
// judged like any value under that name: the fallback is what runs wherever the variable is unset.
import type { RawFinding } from '../../types';
import { secretFinding } from '../secret-finding';
import { classifyKey } from './key-names';
import { apiKeyLiteral, passwordLiteral, GENERIC_API_KEY, GENERIC_PASSWORD } from './by-key';

/** `getenv("NAME", "literal")` and friends: a call whose first argument is the name, the second the fallback. */
const CALL = /\b(?:os\.getenv|getenv|os\.environ\.get|environ\.get|System\.getenv|ENV\.fetch|env|Env\.get|config|os\.LookupEnv|getEnv|get_env|Environment\.GetEnvironmentVariable)\s{0,2}\(\s{0,4}(["'])(?<name>[A-Za-z_][\w.-]{0,80})\1\s{0,4},\s{0,4}(?<q>["'])(?<v>[^"'\n\\]{1,256})\k<q>\s{0,4}\)/g;
/** `process.env.NAME || "literal"`, `process.env["NAME"] ?? 'literal'`, `import.meta.env.NAME || …`. */
const OR = /\b(?:process\.env|import\.meta\.env)(?:\.(?<name>[A-Za-z_]\w{0,80})|\[\s{0,2}(["'])(?<name2>[A-Za-z_][\w.-]{0,80})\2\s{0,2}\])\s{0,4}(?:\|\||\?\?)\s{0,4}(?<q>["'`])(?<v>[^"'`\n\\]{1,256})\k<q>/g;

export function callDefaults(text: string, lower: string): RawFinding[] {
  if (!lower.includes('env') && !lower.includes('config')) return [];
  const out: RawFinding[] = [];
  for (const re of [CALL, OR]) {
    for (const m of text.matchAll(re)) {
      const g = m.groups!;
      const name = (g['name'] ?? g['name2'])!;
      const v = g['v']!;
      const cls = classifyKey(name);
      const start = m.index! + m[0].lastIndexOf(v);
      if (cls === 'password' && passwordLiteral(v)) {
        out.push(secretFinding({ ruleId: GENERIC_PASSWORD, description: `password as the fallback of ${name}`, secret: v, start, rotate: 'change the password, and let the program fail when the variable is unset.' }));
      } else if (cls === 'api-key' && apiKeyLiteral(v)) {
        out.push(secretFinding({ ruleId: GENERIC_API_KEY, description: `secret as the fallback of ${name}`, secret: v, start, rotate: 'revoke it with its issuer, and let the program fail when the variable is unset.' }));
      }
    }
  }
  return out;
}
