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
/** `curl -u user:pass`, `--user user:pass`, `-u :pass`, `-u apikey:` (a key as the user, no password). */
const USER_PASS = /(?:^|\s)(?:-u|--user)(?:\s+|=)(["']?)([^\s:"'$]{0,128}):([^\s"'@]{0,256})\1(?![^\s])/g;
/** `Authorization: Bearer x` / `Basic x` (also `Authorization=` and `token x` schemes). */
const AUTH_HEADER = /authorization["']?\s*[:=]\s*["']?(bearer|basic|token)\s+([A-Za-z0-9._~+/=-]{8,2048})/gi;
/** `scheme://user:pass@host` — the password part is the secret (`redis://:pass@host`: no user). */
const URL_CREDS = /\b([a-z][a-z0-9+.-]{1,20}):\/\/([^\s:/@"'`<>]{0,256}):([^\s/@"'`<>]{1,256})@[\w[\]-]/gi;
/** `X-API-Key: v`, `Api-Key: v`, `PRIVATE-TOKEN: v`, scheme-less `Authorization: v`, in a quoted header argument or a PowerShell hashtable. */
const KEY_HEADER = new RegExp(
  String.raw`(?<![\w-])(?<name>X-[A-Za-z0-9]{1,30}(?:-[A-Za-z0-9]{1,30}){0,3}-(?:Key|Token|ApiKey|Api-Key|Secret|Auth|Auth-Token|Access-Token)|X-Api-?Key|Api-?Key|Private-Token|Access-Token|Auth-Token|X-Auth|Token|Key|Authorization)["']?\s{0,4}(?<sep>[:=])\s{0,4}["']?(?:(?<scheme>Bearer|Token|Api-Token|Key|SSWS|GenieKey)\s+)?(?<v>[A-Za-z0-9._~+/=:@-]{8,1024})`,
  'gi',
);
/** `?password=v` / `&pwd=v` in a URL (JDBC `jdbc:postgresql://h/db?user=u&password=v`, DSNs). */
const QUERY_PASSWORD = /[?&](?:password|passwd|pwd|pass)=(?<v>[^&#\s"'<>]{1,256})/gi;
/** ADO.NET / JDBC connection strings: `…;Password=v;` or `…;pwd=v` next to a server or user part. */
const CONN_PASSWORD = /(?:^|[;"'\s])(?:password|pwd)\s{0,2}=\s{0,2}(?<v>[^;"'\s<>{}]{1,256})(?=;|["'\s]|$)/gim;
const CONN_CONTEXT = /(?:server|data source|host|uid|user id|user|database|initial catalog|addr|address)\s{0,2}=/i;

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
      const user = m[2]!;
      const v = m[3]!;
      const end = m.index! + m[0].length - m[1]!.length;
      if (v === '') {
        // `-u sk_live_…:` is an API key sent as the user name (Stripe, Mailgun, many REST APIs).
        if (!apiKeyLiteral(user) || isReference(user)) continue;
        push(out, GENERIC_API_KEY, 'API key in a -u key: argument', user, end - 1 - user.length, 'revoke the key with its issuer.');
        continue;
      }
      if (!passwordLiteral(v)) continue;
      push(out, GENERIC_PASSWORD, 'password in a -u user:password argument', v, end - v.length, 'change the password.');
    }
  }
  if (/key|token|auth|secret/.test(lower)) {
    for (const m of text.matchAll(KEY_HEADER)) {
      const g = m.groups!;
      const name = g['name']!;
      const v = g['v']!.replace(/[:@]+$/, '');
      const authz = /^authorization$/i.test(name);
      // `Authorization: Bearer/Basic/Token` is AUTH_HEADER's; bare `Key`/`Token` need a header context (-H, @{}).
      if (authz && /^(bearer|basic|token)$/i.test(g['scheme'] ?? '')) continue;
      if (/^(key|token|authorization)$/i.test(name) && !/(?:-H|--header|-Headers|headers?)\s{0,4}[=:(@{[]{0,3}\s{0,4}["'{]?\s{0,4}[^\n]{0,120}$/i.test(text.slice(Math.max(0, m.index! - 160), m.index!))) continue;
      if (g['sep'] === '=' && !/^["']/.test(text.slice(m.index! + m[0].indexOf(g['sep']) + 1).trimStart())) continue;
      if (isReference(v) || !apiKeyLiteral(v)) continue;
      const start = m.index! + m[0].length - g['v']!.length;
      push(out, GENERIC_API_KEY, `credential in the ${name} header`, v, start, 'revoke it with its issuer.');
    }
  }
  if (lower.includes('://') && /[?&](?:password|passwd|pwd|pass)=/.test(lower)) {
    for (const m of text.matchAll(QUERY_PASSWORD)) {
      const v = decodeURIComponentSafe(m.groups!['v']!);
      if (v !== m.groups!['v'] || isReference(v) || !passwordLiteral(v)) continue;
      push(out, 'secret/url-credentials', 'password in a URL query', v, m.index! + m[0].length - v.length, 'change the password and put the URL together from a secret at run time.');
    }
  }
  if (lower.includes('password=') || lower.includes('pwd=') || lower.includes('password =') || lower.includes('pwd =')) {
    for (const m of text.matchAll(CONN_PASSWORD)) {
      const v = m.groups!['v']!;
      const lineStart = text.lastIndexOf('\n', m.index!) + 1;
      const lineEnd = text.indexOf('\n', m.index! + 1);
      const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
      if (!line.includes(';') || !CONN_CONTEXT.test(line) || !passwordLiteral(v)) continue;
      push(out, GENERIC_PASSWORD, 'password in a connection string', v, m.index! + m[0].length - v.length, 'change the database password and build the connection string from a secret at run time.');
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
      if (/^x-oauth-basic$/i.test(pass) || /^x-oauth-basic$/i.test(user)) {
        // GitHub's `https://<token>:x-oauth-basic@github.com/`: the token is the *user* part.
        const token = /^x-oauth-basic$/i.test(pass) ? user : pass;
        if (token.length < 16 || isNotASecret(token) || isReference(token)) continue;
        const at = m.index! + m[1]!.length + 3 + (token === user ? 0 : user.length + 1);
        push(out, 'secret/url-credentials', 'token in an x-oauth-basic URL', token, at, 'revoke the token with its issuer.');
        continue;
      }
      // `user:pass` as a whole may be a reference (`${CREDS}`-style templates); with a plain-word user
      // (`vault`, `secret`) it is the URL's own credentials, whatever a store-URI pattern says.
      if (isReference(pass) || (!/^[\w.-]+$/.test(user) && isReference(user + ':' + pass)) || isNotASecret(pass) || pass.length < 3) continue;
      if (/^(x{3,}|\*{3,})$/i.test(pass) || pass.startsWith('$')) continue;
      const start = m.index! + m[1]!.length + 3 + user.length + 1;
      push(out, 'secret/url-credentials', `password in a ${m[1]!.toLowerCase()}:// URL`, pass, start, 'change the password and put the URL together from a secret at run time.');
    }
  }
  return out;
}

/** The decoded text, or the input when it is not valid percent-encoding. */
function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
