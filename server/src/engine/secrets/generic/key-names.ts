// Classifies a key name: does a literal under it look like a password, an API key/token, or
// neither? Names are split on `_ - . space` and camelCase so `dbPassword`, `DB_PASSWORD` and
// `db.password` all read the same.

export type KeyClass = 'password' | 'api-key' | undefined;

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const PASSWORD_WORDS = new Set(['password', 'passwd', 'pass', 'pwd', 'passphrase', 'passcode', 'pw']);
const KEY_WORDS = new Set(['secret', 'token', 'apikey', 'credential', 'credentials', 'auth', 'authtoken', 'bearer', 'signature', 'sas', 'webhook', 'pat']);
/** Final words that make the name describe *about* a secret, not the secret itself. */
const META_SUFFIX = new Set([
  'name', 'names', 'path', 'file', 'files', 'dir', 'url', 'uri', 'urls', 'endpoint', 'host', 'id', 'ids', 'type', 'types',
  'length', 'len', 'ttl', 'expiry', 'expires', 'expiration', 'lifetime', 'days', 'env', 'var', 'variable', 'ref', 'reference', 'arn',
  'header', 'format', 'version', 'enabled', 'enable', 'disabled', 'required', 'count', 'prefix', 'suffix', 'method', 'mode',
  'scope', 'scopes', 'audience', 'issuer', 'region', 'policy', 'location', 'field', 'key', 'regex', 'pattern', 'template',
  'provider', 'store', 'source', 'manager', 'vault', 'command', 'cmd', 'hint', 'label', 'description', 'user', 'username',
  'usage', 'min', 'max', 'rotation', 'store', 'backend', 'kind', 'strategy', 'output', 'outputs', 'input', 'inputs', 'param',
  // How a password is stored or hashed (`password_encryption: scram-sha-256`), not the password.
  'encryption', 'algorithm', 'cipher', 'hashing',
]);

/** Key names repeat across files (`env`, `run`, `name`, ...): classifying each once pays. Bounded. */
const cache = new Map<string, KeyClass>();
const CACHE_LIMIT = 10_000;

export function classifyKey(name: string): KeyClass {
  const hit = cache.get(name);
  if (hit !== undefined || cache.has(name)) return hit;
  const cls = classify(name);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(name, cls);
  return cls;
}

function classify(name: string): KeyClass {
  const w = words(name);
  if (w.length === 0) return undefined;
  const last = w[w.length - 1]!;
  // A lone `pass` is usually a verb or a flag (`pass: through`), not a password.
  if (w.length === 1 && last === 'pass') return undefined;
  if (PASSWORD_WORDS.has(last)) return 'password';
  // `*_password_file`, `token_url`, `secret_name` describe where a secret lives.
  if (META_SUFFIX.has(last) && !(last === 'key' && w.length > 1 && /^(api|access|secret|private|account|master|signing|encryption|client|app|license|subscription|storage|auth|shared|deploy|service|admin|consumer|sas)$/.test(w[w.length - 2]!))) {
    return undefined;
  }
  if (last === 'key') return 'api-key';
  if (w.some((x) => KEY_WORDS.has(x))) return 'api-key';
  if (/^(apikey|accesskey|secretkey|privatekey|clientsecret|authtoken|accesstoken|refreshtoken)$/.test(w.join(''))) return 'api-key';
  if (w.some((x) => PASSWORD_WORDS.has(x)) && last !== 'policy') return 'password';
  return undefined;
}
