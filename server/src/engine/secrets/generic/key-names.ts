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
const KEY_WORDS = new Set(['secret', 'token', 'apikey', 'credential', 'credentials', 'creds', 'cred', 'auth', 'authtoken', 'bearer', 'signature', 'sas', 'webhook', 'pat']);
/**
 * Words before a final `key` that make it a lookup key, not a secret (`sort_key`, `ssh_public_key`,
 * `partition_key`). Any other word before `key` reads as `<PROVIDER>_KEY` (`RAPIDAPI_KEY`, `OKTA_KEY`).
 */
const NOT_SECRET_BEFORE_KEY = new Set([
  'public', 'pub', 'primary', 'foreign', 'sort', 'partition', 'hash', 'range', 'row', 'cache', 'idempotency', 'lookup', 'map',
  'group', 'object', 's3', 'bucket', 'dict', 'route', 'shard', 'field', 'attribute', 'column', 'index', 'unique', 'composite',
  'jwks', 'gpg', 'pgp', 'kms', 'cmk', 'ssh', 'host', 'hotkey', 'short', 'shortcut', 'keyboard', 'press', 'enter', 'escape',
  'translation', 'i18n', 'locale', 'message', 'label', 'cluster', 'node', 'config', 'setting', 'settings', 'option', 'env', 'name',
  'value', 'item', 'entry', 'record', 'state', 'storage', 'session', 'request', 'query', 'param', 'header', 'meta', 'data', 'file',
  'path', 'secret', 'vault', 'dedup', 'dedupe', 'unique', 'natural', 'surrogate', 'candidate', 'alternate', 'compound', 'routing',
  'tls', 'ssl', 'cert', 'certificate', 'ca', 'crt', 'pem', 'sig', 'verify', 'verification', 'validation',
]);
/** Last words that make a password name describe the password's handling (`password_encryption: scram-sha-256`). */
const PASSWORD_META = new Set(['policy', 'encryption', 'algorithm', 'algo', 'hash', 'hashing', 'hasher', 'scheme', 'strength', 'complexity', 'reset', 'change', 'rules', 'validator', 'validation', 'history', 'prompt', 'attempts', 'retries', 'lockout', 'age', 'storage', 'encoder', 'digest', 'cipher', 'auth', 'authentication', 'login', 'grant', 'flow']);
/** Secret words written joined in lower case: `adminpassword`, `dbpass`, `clientsecret`, `bottoken`. */
const JOINED_PASSWORD = /^(?:[a-z0-9]{1,20}(?:password|passwd|passphrase|pwd)|(?:db|admin|root|user|mysql|sql|pg|postgres|smtp|ftp|ldap|redis|mail|master|app|api|proxy|bind|sa|ssh|vnc|wifi|store|key|rabbit|mongo|es|elastic)pass)$/;
const JOINED_KEY = /^(?:[a-z0-9]{2,20}(?:secret|token)|(?:api|access|secret|private|client|app|license|subscription|auth|shared|deploy|service|admin|consumer|master|signing|encryption|account|storage)key)$/;
/** Names that end in a secret word but are not secrets (`csrf_token` is public by design). */
const NOT_SECRET_NAMES = /^(?:csrf|xsrf|anti[-_]?forgery|public|publishable|pk)[-_]?(?:token|key)$|^(?:publictoken|publishablekey|tokenizer|passthrough|bypass|compass|surpass|trespass)$/i;
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
  if (NOT_SECRET_NAMES.test(name)) return undefined;
  const last = w[w.length - 1]!;
  if (w.includes('public') || w.includes('publishable') || (w.includes('csrf') || w.includes('xsrf'))) return undefined;
  // A lone `pass` is usually a verb or a flag (`pass: through`), not a password.
  if (w.length === 1 && last === 'pass') return undefined;
  if (PASSWORD_WORDS.has(last)) return 'password';
  // `*_password_file`, `token_url`, `secret_name` describe where a secret lives.
  if (META_SUFFIX.has(last) && !(last === 'key' && w.length > 1 && providerKey(w))) {
    return undefined;
  }
  if (last === 'key') return 'api-key';
  if (JOINED_PASSWORD.test(last) && !['bypass', 'compass', 'surpass', 'trespass', 'overpass', 'underpass'].includes(last)) return 'password';
  if (JOINED_KEY.test(last)) return 'api-key';
  if (w.some((x) => KEY_WORDS.has(x))) return 'api-key';
  if (/^(apikey|accesskey|secretkey|privatekey|clientsecret|authtoken|accesstoken|refreshtoken)$/.test(w.join(''))) return 'api-key';
  if (w.some((x) => PASSWORD_WORDS.has(x)) && !PASSWORD_META.has(last)) return 'password';
  return undefined;
}

/** `X_KEY` where X is a secret word (`api_key`, `secret_key`) or a provider name (`RAPIDAPI_KEY`), not a lookup key. */
function providerKey(w: readonly string[]): boolean {
  const before = w[w.length - 2]!;
  if (/^(api|access|secret|private|account|master|signing|encryption|client|app|license|subscription|storage|auth|shared|deploy|service|admin|consumer|sas)$/.test(before)) return true;
  if (NOT_SECRET_BEFORE_KEY.has(before) || META_SUFFIX.has(before) || /^\d/.test(before) || before.length < 3) return false;
  // `ssh_public_key`, `tls_cert_key`: any earlier word that says public/lookup still wins.
  return !w.slice(0, -1).some((x) => x === 'public' || x === 'pub' || x === 'ssh' || x === 'kms' || x === 'gpg' || x === 'pgp');
}
