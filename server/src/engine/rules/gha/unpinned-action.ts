// gha/unpinned-action — `uses:` of an action or reusable workflow not pinned to a full commit
// SHA. A tag or branch can be moved by the action's owner, or by whoever steals their account,
// and the next run executes the new code with this job's secrets (as happened to widely used
// actions). Policy (ruleOptions `gha/unpinned-action: {policy}`):
//   'hash-pin' (default) — every action must be SHA-pinned, like zizmor's default since 1.20; a
//      tag of GitHub's own actions (actions/*, github/*, dependabot/*) is information, since
//      GitHub guards those tags, and `trusted` owners are not reported;
//   'third-party' — GitHub's own actions (and `trusted` owners) may use tags;
//   'all' — every action, GitHub's own included, as a warning;  'none' — off.
// Local actions (`./...`) are fine; `docker://` images are fine with an `@sha256:` digest; an
// image tag other than `latest` is information (it can be re-pushed, but it is a version).
import type { Rule } from '../../rule';
import type { RawFinding, Range } from '../../types';
import type { PathSegment } from '../../parse/entry';
import { GHA_KINDS, isRecord, workflows } from './workflow';

export const UNPINNED_ACTION = 'gha/unpinned-action';
const GITHUB_OWNERS = ['actions', 'github', 'dependabot'];
/** Reusable workflows that verify their own ref and must be called by tag (SLSA's generators). */
const TAG_ONLY = /^slsa-framework\/slsa-github-generator\/\.github\/workflows\//i;

type Policy = 'hash-pin' | 'all' | 'third-party' | 'none';

interface Pinning {
  policy: Policy;
  /** Owners whose tags are not reported. */
  trusted: string[];
  /** Owners whose tags are reported as information only. */
  lenient: string[];
}

function policyOf(opts: Record<string, unknown> | undefined): Pinning {
  const p = opts?.['policy'];
  const policy: Policy = p === 'all' || p === 'none' || p === 'third-party' ? p : 'hash-pin';
  const extra = Array.isArray(opts?.['trusted']) ? (opts!['trusted'] as unknown[]).filter((x): x is string => typeof x === 'string') : [];
  return {
    policy,
    trusted: [...(policy === 'third-party' ? GITHUB_OWNERS : []), ...extra].map((s) => s.toLowerCase()),
    lenient: policy === 'hash-pin' ? GITHUB_OWNERS : [],
  };
}

type Problem = { what: 'image' | 'image-tag' | 'no-ref' | 'ref' | 'first-party-ref'; refStart: number };

/** Why a `uses:` value is unpinned (undefined when it is fine). */
function problem(uses: string, pin: Pinning): Problem | undefined {
  const u = uses.trim();
  if (u.startsWith('./') || u.startsWith('.\\') || u.includes('${{')) return undefined;
  if (u.startsWith('docker://')) {
    if (/@sha256:[0-9a-f]{64}$/i.test(u)) return undefined;
    if (pin.trusted.includes('docker')) return undefined;
    const tag = /^docker:\/\/[^@]*\/?[^/:@]+:([^/:@]+)$/.exec(u)?.[1];
    return { what: tag !== undefined && tag !== 'latest' ? 'image-tag' : 'image', refStart: 0 };
  }
  if (TAG_ONLY.test(u)) return undefined;
  const at = u.lastIndexOf('@');
  const owner = u.split('/')[0]!.toLowerCase();
  // No ref at all runs the default branch of whatever is there today: never fine, trusted or not.
  if (at === -1) return { what: 'no-ref', refStart: 0 };
  if (pin.trusted.includes(owner)) return undefined;
  const ref = u.slice(at + 1);
  if (/^[0-9a-f]{40}$/i.test(ref)) return undefined;
  return { what: pin.lenient.includes(owner) ? 'first-party-ref' : 'ref', refStart: at + 1 };
}

export const unpinnedAction: Rule = {
  meta: {
    id: UNPINNED_ACTION,
    severity: 'warning',
    description: 'An action or reusable workflow is not pinned to a full commit SHA (GitHub\'s own, by tag: information), or a docker:// image has no digest.',
    fixable: false,
    kinds: GHA_KINDS,
  },
  check(ctx) {
    const pin = policyOf(ctx.config.ruleOptions[UNPINNED_ACTION]);
    if (pin.policy === 'none') return [];
    const out: RawFinding[] = [];
    for (const wf of workflows(ctx)) {
      // A value written without quotes or escapes reads the same in the source: when it is fine
      // (pinned, local, trusted) its source range is never looked up.
      const fine = (v: string): boolean => !/[\\'"]/.test(v) && problem(v, pin) === undefined;
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
        const p = problem(value, pin);
        if (!p) continue;
        const lead = value.length - value.trimStart().length;
        const start = loc.valueRange.start + quoted + lead;
        const range: Range = p.what === 'ref' || p.what === 'first-party-ref' ? { start: start + p.refStart - lead, end: start + value.trim().length } : { start, end: start + value.trim().length };
        const name = value.trim();
        const ref = name.slice(name.lastIndexOf('@') + 1);
        const message =
          p.what === 'image'
            ? `\`${name}\` runs a container image ${/:latest$/.test(name) ? 'by its `latest` tag' : 'with no tag, which means `latest`'}: whoever can push that name decides what runs here with this job's secrets. Pin it by digest: \`docker://image@sha256:…\`.`
            : p.what === 'image-tag'
              ? `\`${name}\` runs a container image by tag, which its publisher (or whoever takes over the name) can re-push with new content that runs with this job's secrets. Pin the digest too: \`${name}@sha256:…\`.`
              : p.what === 'no-ref'
                ? `\`${name}\` has no version at all, so it runs whatever its default branch holds today. Pin it to a full commit SHA: \`${name}@<40-character SHA> # vX.Y.Z\`.`
                : p.what === 'first-party-ref'
                  ? `\`${name}\` is pinned to \`${ref}\`, a tag GitHub can move; GitHub's own actions are lower risk, but only a commit SHA fixes the code that runs with this job's token. Pin it and keep the tag as a comment: \`@<40-character SHA> # ${ref}\` (Dependabot keeps both current).`
                  : `\`${name}\` is pinned to \`${ref}\`, a tag or branch its owner (or whoever takes over their account) can move to new code that then runs with this job's token and secrets. Pin it to a full commit SHA and keep the tag as a comment: \`@<40-character SHA> # ${ref}\`.`;
        const low = p.what === 'image-tag' || p.what === 'first-party-ref';
        out.push(low ? { ruleId: UNPINNED_ACTION, message, range, severity: 'info', confidence: 'low' } : { ruleId: UNPINNED_ACTION, message, range });
      }
    }
    return out;
  },
};
