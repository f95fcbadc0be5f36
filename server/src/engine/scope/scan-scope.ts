// Which files a secret scan looks at. Since issue 9 every text file is scanned by default (a token
// in `deploy.sh` or a Dockerfile is as leaked as one in a pipeline), except the files that are
// generated or copied from elsewhere: lockfiles, vendored trees, minified bundles and binaries.
// Their "secrets" are integrity hashes and other people's test data, and they are big: scanning
// them costs time and buys noise. `scanAllFiles` (setting / `--all-files`) brings them back.
import { normalisePath } from '../kinds/detect-kind';

/** Lockfiles and other generated dependency manifests (file names, lower-case). */
const LOCKFILES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock', 'deno.lock',
  'cargo.lock', 'go.sum', 'go.work.sum', 'poetry.lock', 'pipfile.lock', 'pdm.lock', 'uv.lock', 'composer.lock',
  'gemfile.lock', 'podfile.lock', 'packages.lock.json', 'paket.lock', 'mix.lock', 'pubspec.lock', 'flake.lock',
  'gradle.lockfile', 'conan.lock', 'cartfile.resolved', 'package.resolved', '.terraform.lock.hcl',
]);

/** Folders whose content was copied in from elsewhere (any path segment). */
const VENDORED = /(^|\/)(node_modules|bower_components|vendor|vendors|third_party|third-party|thirdparty|\.yarn|\.pnpm-store|site-packages|\.venv|venv|Pods|Carthage|\.terraform|\.git|dist-packages)\//;

/** Minified or generated assets, by name. */
const MINIFIED = /(?:[.-]min\.(?:js|mjs|cjs|css)|\.(?:js|css)\.map|\.bundle\.js|\.chunk\.js)$/i;

/** Extensions that are binary by nature (keystores are handled by key-files.ts, not here). */
const BINARY_EXT = /\.(?:png|jpe?g|gif|bmp|ico|icns|webp|tiff?|psd|svgz|mp[34]|mov|avi|mkv|webm|wav|ogg|flac|zip|gz|tgz|bz2|xz|7z|rar|tar|zst|jar|war|ear|class|dex|apk|aab|ipa|exe|dll|so|dylib|a|lib|o|obj|pyc|pyo|whl|egg|woff2?|ttf|otf|eot|pdf|docx?|xlsx?|pptx?|odt|sqlite3?|db|bin|dat|iso|dmg|img|wasm|node)$/i;

export type OutOfScope = 'lockfile' | 'vendored' | 'minified' | 'binary';

/** Why a path is left out of the default scan, or undefined when it is scanned. Path only. */
export function outOfScope(rawPath: string): OutOfScope | undefined {
  const path = normalisePath(rawPath);
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (LOCKFILES.has(name) || name.endsWith('.lock') && name !== '.lock') return 'lockfile';
  if (VENDORED.test(path)) return 'vendored';
  if (MINIFIED.test(name)) return 'minified';
  if (BINARY_EXT.test(name)) return 'binary';
  return undefined;
}

/**
 * A script or stylesheet whose lines are bundler output (one line over 1,000 characters in the
 * first 64 KB). Data files (JSON, YAML) keep long lines for base64 blobs, so only code is judged.
 */
export function looksMinified(rawPath: string, text: string): boolean {
  if (!/\.(?:m?js|cjs|css)$/i.test(rawPath)) return false;
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  let from = 0;
  while (from < head.length) {
    const nl = head.indexOf('\n', from);
    const end = nl === -1 ? head.length : nl;
    if (end - from > 1000) return true;
    from = end + 1;
  }
  return false;
}

/** Does a scan look at this path (before reading it)? */
export function inSecretScope(path: string, known: boolean, scanAllFiles: boolean): boolean {
  return known || scanAllFiles || outOfScope(path) === undefined;
}
