// Variables a pipeline defines from outsider-written ones: GitLab `variables:` at the top, in a
// job or in a `rules:` entry (`MSG: $CI_COMMIT_MESSAGE`), and Azure `variables:` at any level
// (`msg: $(Build.SourceVersionMessage)`, map or `- name:/value:` list). GitLab expands such a value
// when the job starts and Azure expands the macro, so `$MSG` / `$(msg)` carries the same text as
// the variable it was built from. Read from entries only: no YAML tree is needed.
import type { Entry } from '../../parse/entry';
import type { FileKind } from '../../types';
import { escapeRe } from '../../regex-escape';

export interface Derived {
  /** The variable a script refers to. */
  name: string;
  /** The outsider-written variable at its origin. */
  source: string;
  /** GitLab: the job it is visible in (undefined: every job). Azure: always undefined. */
  job: string | undefined;
}

const MAX_HOPS = 4;

/** How a value refers to `name` on this platform. */
function refersTo(kind: FileKind, value: string, name: string): boolean {
  const n = escapeRe(name);
  return kind === 'azure-pipelines'
    ? new RegExp(`\\$\\(\\s*${n}\\s*\\)|variables\\[\\s*'${n}'\\s*\\]`, 'i').test(value)
    : new RegExp(`\\$\\{?${n}\\b`).test(value);
}

interface Definition {
  name: string;
  value: string;
  job: string | undefined;
}

/** GitLab `variables:` definitions (top level, job level, and in `rules:` entries). */
function gitlabDefinitions(entries: readonly Entry[]): Definition[] {
  const out: Definition[] = [];
  const noExpand = new Set<string>();
  for (const e of entries) {
    const p = e.path;
    const at = p.indexOf('variables');
    if (at === -1 || typeof p[at + 1] !== 'string') continue;
    const name = p[at + 1] as string;
    const rest = p.slice(at + 2);
    const job = at === 0 ? undefined : typeof p[0] === 'string' ? p[0] : undefined;
    // `variables:` directly under the root, under a job, or under one of the job's `rules:` items.
    const shape = at === 0 || at === 1 || (at === 3 && p[1] === 'rules' && typeof p[2] === 'number');
    if (!shape) continue;
    if (rest.length === 1 && rest[0] === 'expand' && e.value === 'false') noExpand.add(`${job ?? ''}\u0000${name}`);
    if (rest.length === 0 || (rest.length === 1 && rest[0] === 'value')) out.push({ name, value: e.value, job });
  }
  return out.filter((d) => !noExpand.has(`${d.job ?? ''}\u0000${d.name}`));
}

/** Azure `variables:` definitions: `name: value` maps and `- name: x / value: y` lists, at any level. */
function azureDefinitions(entries: readonly Entry[]): Definition[] {
  const out: Definition[] = [];
  const names = new Map<string, string>();
  for (const e of entries) {
    const p = e.path;
    const at = p.lastIndexOf('variables');
    if (at === -1) continue;
    const rest = p.slice(at + 1);
    if (rest.length === 1 && typeof rest[0] === 'string') out.push({ name: rest[0], value: e.value, job: undefined });
    else if (rest.length === 2 && typeof rest[0] === 'number' && rest[1] === 'name') names.set(p.slice(0, at + 2).join('\u0000'), e.value);
  }
  for (const e of entries) {
    const p = e.path;
    const at = p.lastIndexOf('variables');
    if (at === -1 || p.length !== at + 3 || typeof p[at + 1] !== 'number' || p[at + 2] !== 'value') continue;
    const name = names.get(p.slice(0, at + 2).join('\u0000'));
    if (name) out.push({ name, value: e.value, job: undefined });
  }
  return out;
}

export interface DerivedVariables {
  /** The variable `name` as a script in `job` sees it, when it carries outsider text. */
  lookup(name: string, job: string | undefined): Derived | undefined;
  /** Every derived variable's name, for a quick test of a script line. */
  names: readonly string[];
}

/** Every variable whose value carries one of `untrusted`, with the one it came from. */
export function derivedVariables(kind: FileKind, entries: readonly Entry[], untrusted: readonly string[]): DerivedVariables {
  const defs = kind === 'gitlab-ci' ? gitlabDefinitions(entries) : kind === 'azure-pipelines' ? azureDefinitions(entries) : [];
  const found = defs.length === 0 ? [] : follow(kind, defs, untrusted);
  // Azure variable names are case-insensitive; GitLab's are not.
  const same = kind === 'azure-pipelines' ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase() : (a: string, b: string) => a === b;
  return {
    names: [...new Set(found.map((d) => d.name))],
    lookup(name, job) {
      const own = found.find((d) => same(d.name, name) && d.job !== undefined && d.job === job);
      if (own) return own;
      // A job's own definition of the name replaces the top-level one.
      if (job !== undefined && defs.some((d) => d.job === job && same(d.name, name))) return undefined;
      return found.find((d) => same(d.name, name) && d.job === undefined);
    },
  };
}

function follow(kind: FileKind, defs: readonly Definition[], untrusted: readonly string[]): Derived[] {
  const out: Derived[] = [];
  const known = (d: Definition): boolean => out.some((o) => o.name === d.name && o.job === d.job);
  // The outsider variables first, then variables built from those found so far (a few hops).
  let sources: { name: string; source: string; job: string | undefined }[] = untrusted.map((u) => ({ name: u, source: u, job: undefined }));
  for (let hop = 0; hop < MAX_HOPS && sources.length > 0; hop++) {
    const next: Derived[] = [];
    for (const d of defs) {
      if (known(d) || next.some((n) => n.name === d.name && n.job === d.job)) continue;
      // A job-level source is visible only in its own job; a top-level one everywhere.
      const from = sources.find((s) => (s.job === undefined || s.job === d.job) && s.name !== d.name && refersTo(kind, d.value, s.name));
      if (from) next.push({ name: d.name, source: from.source, job: d.job });
    }
    out.push(...next);
    sources = next;
  }
  return out;
}
