// Text-shaped credentials, wherever they appear (scripts in `run:`/`script:`, Jenkinsfiles,
// values of any key): CLI flags, Authorization headers and URLs with a password.
import type { RawFinding } from '../../types';
import { isNotASecret, isReference } from '../placeholders';
import { secretFinding } from '../secret-finding';
import { apiKeyLiteral, passwordLiteral, GENERIC_API_KEY, GENERIC_PASSWORD } from './by-key';

/** A flag's value, optionally quoted; named groups so it composes into any pattern. */
const VALUE = String.raw`(?<q>["']?)(?<v>[^\s"'\x60;|&<>()]{1,512})\k<q>`;

/** `--password x`, `--password=x`, `--token x`, `--account-key x`, ... */
const LONG_FLAG = new RegExp(
  String.raw`(?:^|[\s(])--?(password|passwd|pass|db-password|token|auth-token|access-token|api-key|apikey|api-token|secret|client-secret|account-key|access-key|secret-key|sas-token|private-token|registry-password|docker-password|oauth-token|personal-access-token)(?:\s+|=)` + VALUE,
  'gi',
);
/** `-p x` only in a login command, where it means password (not `mkdir -p`, `ssh -p 22`). */
const LOGIN_P = new RegExp(String.raw`\blogin\b[^\n]{0,200}?\s-p(?:\s+|=)` + VALUE, 'g');
/** `mysql -pSECRET` (no space, per mysql's syntax). */
const MYSQL_P = /\b(?:mysql|mysqldump|mysqladmin)\b[^\n]{0,200}?\s-p([^\s"'`;|&$]{4,128})/g;
/** `curl -u user:pass`, `--user user:pass` */
const USER_PASS = /(?:^|\s)(?:-u|--user)(?:\s+|=)(["']?)([^\s:"'$]{1,128}):([^\s"'@]{1,256})\1/g;
/** `Authorization: Bearer x` / `Basic x` (also `Authorization=` and `token x` schemes). */
const AUTH_HEADER = /authorization["']?\s*[:=]\s*["']?(bearer|basic|token)\s+([A-Za-z0-9._~+/=-]{8,2048})/gi;
/** `scheme://user:pass@host` — the password part is the secret. */
const URL_CREDS = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s:/@"'`<>]{1,256}):([^\s/@"'`<>]{1,256})@[\w[\]-]/gi;

function push(out: RawFinding[], ruleId: string, description: string, secret: string, start: number, rotate: string): void {
  out.push(secretFinding({ ruleId, description, secret, start, rotate }));
}

export function genericInText(text: string, lower: string): RawFinding[] {
  const out: RawFinding[] = [];
  if (lower.includes('--') || lower.includes(' -')) {
    for (const m of text.matchAll(LONG_FLAG)) {
      const v = m.groups!['v']!;
      const isPassword = /pass/i.test(m[1]!);
      if (isReference(v) || (isPassword ? !passwordLiteral(v) : !apiKeyLiteral(v))) continue;
      push(out, isPassword ? GENERIC_PASSWORD : GENERIC_API_KEY, `value of --${m[1]!.toLowerCase()}`, v, m.index! + m[0].length - v.length - m.groups!['q']!.length, 'change it where it is used.');
    }
  }
  if (lower.includes('login')) {
    for (const m of text.matchAll(LOGIN_P)) {
      const v = m.groups!['v']!;
      if (!passwordLiteral(v)) continue;
      push(out, GENERIC_PASSWORD, 'password given to a login command', v, m.index! + m[0].length - v.length - m.groups!['q']!.length, 'change it with the registry or service.');
    }
  }
  if (lower.includes('mysql')) {
    for (const m of text.matchAll(MYSQL_P)) {
      const v = m[1]!;
      if (!passwordLiteral(v)) continue;
      push(out, GENERIC_PASSWORD, 'MySQL password', v, m.index! + m[0].length - v.length, 'change the database password.');
    }
  }
  if (lower.includes('-u') || lower.includes('--user')) {
    for (const m of text.matchAll(USER_PASS)) {
      const v = m[3]!;
      if (!passwordLiteral(v)) continue;
      push(out, GENERIC_PASSWORD, 'password in a -u user:password argument', v, m.index! + m[0].length - v.length - m[1]!.length, 'change the password.');
    }
  }
  if (lower.includes('authorization')) {
    for (const m of text.matchAll(AUTH_HEADER)) {
      const v = m[2]!;
      if (isNotASecret(v) || v.length < 12) continue;
      const basic = m[1]!.toLowerCase() === 'basic';
      push(out, basic ? 'secret/basic-auth-header' : 'secret/bearer-token', basic ? 'Basic authorization header' : 'bearer token in an Authorization header', v, m.index! + m[0].length - v.length, basic ? 'change the password it encodes.' : 'revoke the token with its issuer.');
    }
  }
  if (lower.includes('://')) {
    for (const m of text.matchAll(URL_CREDS)) {
      const user = m[2]!;
      const pass = m[3]!;
      if (isReference(user + ':' + pass) || isNotASecret(pass) || pass.length < 3) continue;
      if (/^(x{3,}|\*{3,})$/i.test(pass) || pass.startsWith('$')) continue;
      const start = m.index! + m[1]!.length + 3 + user.length + 1;
      push(out, 'secret/url-credentials', `password in a ${m[1]!.toLowerCase()}:// URL`, pass, start, 'change the password and put the URL together from a secret at run time.');
    }
  }
  return out;
}
