// gha/unpinned-action — `uses:` of an action or reusable workflow not pinned to a full commit
// SHA. A tag or branch can be moved by the action's owner, or by whoever steals their account,
// and the next run executes the new code with this job's secrets (as happened to widely used
// actions). Policy (ruleOptions `gha/unpinned-action: {policy}`):
//   'third-party' (default) — everything except actions/* and github/* (and `trusted` owners)
//   'all' — every action, GitHub's own included;  'none' — off.
// Local actions (`./...`) are fine; `docker://` images are fine with an `@sha256:` digest.
import type { Rule } from '../../rule';
import type { RawFinding, Range } from '../../types';
import type { PathSegment } from '../../parse/entry';
import { GHA_KINDS, isRecord, workflows } from './workflow';

export const UNPINNED_ACTION = 'gha/unpinned-action';
const GITHUB_OWNERS = ['actions', 'github'];
/** Reusable workflows that verify their own ref and must be called by tag (SLSA's generators). */
const TAG_ONLY = /^slsa-framework\/slsa-github-generator\/\.github\/workflows\//i;

type Policy = 'all' | 'third-party' | 'none';

function policyOf(opts: Record<string, unknown> | undefined): { policy: Policy; trusted: string[] } {
  const p = opts?.['policy'];
  const policy: Policy = p === 'all' || p === 'none' ? p : 'third-party';
  const extra = Array.isArray(opts?.['trusted']) ? (opts!['trusted'] as unknown[]).filter((x): x is string => typeof x === 'string') : [];
  return { policy, trusted: [...(policy === 'third-party' ? GITHUB_OWNERS : []), ...extra].map((s) => s.toLowerCase()) };
}

/** Why a `uses:` value is unpinned (undefined when it is fine). */
function problem(uses: string, trusted: readonly string[]): { what: string; refStart: number } | undefined {
  const u = uses.trim();
  if (u.startsWith('./') || u.startsWith('.\\') || u.includes('${{')) return undefined;
  if (u.startsWith('docker://')) {
    if (/@sha256:[0-9a-f]{64}$/i.test(u)) return undefined;
    if (trusted.includes('docker')) return undefined;
    return { what: 'image', refStart: 0 };
  }
  if (TAG_ONLY.test(u)) return undefined;
  const at = u.lastIndexOf('@');
  const owner = u.split('/')[0]!.toLowerCase();
  // No ref at all runs the default branch of whatever is there today: never fine, trusted or not.
  if (at === -1) return { what: 'no-ref', refStart: 0 };
  if (trusted.includes(owner)) return undefined;
  const ref = u.slice(at + 1);
  if (/^[0-9a-f]{40}$/i.test(ref)) return undefined;
  return { what: 'ref', refStart: at + 1 };
}

export const unpinnedAction: Rule = {
  meta: {
    id: UNPINNED_ACTION,
    severity: 'warning',
    description: 'A third-party action or reusable workflow is not pinned to a full commit SHA.',
    fixable: false,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    const { policy, trusted } = policyOf(ctx.config.ruleOptions[UNPINNED_ACTION]);
    if (policy === 'none') return [];
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      // A value written without quotes or escapes reads the same in the source: when it is fine
      // (pinned, local, trusted) its source range is never looked up.
      const fine = (v: string): boolean => !/[\\'"]/.test(v) && problem(v, trusted) === undefined;
      const uses: PathSegment[][] = wf.steps.filter((s) => s.uses !== undefined && !fine(s.uses)).map((s) => [...s.path, 'uses']);
      for (const j of wf.jobs) if (typeof j.data['uses'] === 'string' && !fine(j.data['uses'])) uses.push([...j.path, 'uses']);
      if (wf.isAction && isRecord(wf.data['runs']) && typeof wf.data['runs']['image'] === 'string') uses.push(['runs', 'image']);
      for (const path of uses) {
        const loc = wf.tree.locate(path);
        if (!loc || loc.collection) continue;
        const raw = ctx.text.slice(loc.valueRange.start, loc.valueRange.end);
        const quoted = /^["']/.test(raw) ? 1 : 0;
        const value = raw.slice(quoted, raw.length - quoted);
        if (path[path.length - 1] === 'image' && !value.startsWith('docker://')) continue; // Dockerfile in the action's repo
        const p = problem(value, trusted);
        if (!p) continue;
        const lead = value.length - value.trimStart().length;
        const start = loc.valueRange.start + quoted + lead;
        const range: Range = p.what === 'ref' ? { start: start + p.refStart - lead, end: start + value.trim().length } : { start, end: start + value.trim().length };
        const name = value.trim();
        const message =
          p.what === 'image'
            ? `\`${name}\` runs a container image by tag; whoever can push that tag decides what runs here with this job's secrets. Pin it by digest: \`docker://image@sha256:…\`.`
            : p.what === 'no-ref'
              ? `\`${name}\` has no version at all, so it runs whatever its default branch holds today. Pin it to a full commit SHA: \`${name}@<40-character SHA> # vX.Y.Z\`.`
              : `\`${name}\` is pinned to \`${value.trim().slice(value.trim().lastIndexOf('@') + 1)}\`, a tag or branch its owner (or whoever takes over their account) can move to new code that then runs with this job's token and secrets. Pin it to a full commit SHA and keep the tag as a comment: \`@<40-character SHA> # ${value.trim().slice(value.trim().lastIndexOf('@') + 1)}\`.`;
        out.push({ ruleId: UNPINNED_ACTION, message, range });
      }
    }
    return out;
  },
};
