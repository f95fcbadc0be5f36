// URI <-> file path helpers. Only `file:` URIs have a path on disk; everything else (untitled,
// virtual workspaces) is analysed from the editor's buffer only.
import { URI } from 'vscode-uri';
import { sep } from 'node:path';

/** The canonical string form, so the same file always gives the same map key. */
export function normaliseUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

export function fsPathOf(uri: string): string | undefined {
  try {
    const u = URI.parse(uri);
    return u.scheme === 'file' ? u.fsPath : undefined;
  } catch {
    return undefined;
  }
}

export function uriOfPath(path: string): string {
  return URI.file(path).toString();
}

/** The path component of any URI (for untitled/virtual documents: what kind detection can use). */
export function uriPath(uri: string): string {
  try {
    return URI.parse(uri).path;
  } catch {
    return uri;
  }
}

/** `child` relative to `parent` with forward slashes, or undefined when it is not inside. */
export function relativeInside(parent: string, child: string): string | undefined {
  const p = parent.endsWith(sep) ? parent : parent + sep;
  if (!child.startsWith(p)) return undefined;
  return child.slice(p.length).split(sep).join('/');
}
