// The second fix for a long-lived cloud key in a GitHub Actions job, next to "Move to secret
// store": replace it with OIDC federation. The job gets the cloud's login step (placeholders the
// user fills) at the top of its steps and `permissions: id-token: write`, and the line holding the
// key goes. Nothing reusable is left to store or steal. Offered only when the key is the whole
// value of an `env:`/`with:` entry inside a job (a key inside a script needs a human).
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, YAMLMap } from 'yaml';
import type { FixInput, FixProvider, FixResult, OffsetEdit } from '../fix-provider';
import { parseYaml } from '../../parse/yaml-entries';
import { locateScalar, keyName, keyStart, pairOf } from '../vault/yaml-locate';
import { yamlSetEdits } from '../settings/yaml-set';
import { cloudFor } from './clouds';
import type { Cloud } from './clouds';

const VAULT_FIX_KIND = 'vault-reference';

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
}

/** Does the job already log in to this cloud with federation? Then only the key line goes. */
function hasLogin(steps: unknown, cloud: Cloud): boolean {
  if (!isSeq(steps)) return false;
  const action = cloud.uses.slice(0, cloud.uses.indexOf('@'));
  return steps.items.some((s) => isMap(s) && String((pairOf(s, 'uses')?.value as { value?: unknown } | undefined)?.value ?? '').toLowerCase().startsWith(action));
}

function loginStep(text: string, steps: YAMLMap | unknown, cloud: Cloud): OffsetEdit | undefined {
  if (!isSeq(steps) || steps.items.length === 0) return undefined;
  const first = steps.items[0] as YamlNode;
  const start = first.range?.[0];
  if (start === undefined) return undefined;
  const ls = lineStart(text, start);
  const prefix = text.slice(ls, start); // e.g. "      - "
  if (!/^[ \t]*-[ \t]+$/.test(prefix)) return undefined;
  const inner = prefix.replace('-', ' ');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = [`${prefix}uses: ${cloud.uses} # ${cloud.version}`, `${inner}with:`, ...Object.entries(cloud.with).map(([k, v]) => `${inner}  ${k}: ${v} # TODO(outpost): fill in`)];
  return { range: { start: ls, end: ls }, newText: lines.join(eol) + eol };
}

export const oidcFederationFix: FixProvider = {
  kind: VAULT_FIX_KIND,
  compute(input: FixInput): FixResult[] {
    if (input.kind !== 'github-workflow') return [];
    const cloud = cloudFor(input.finding.ruleId);
    if (!cloud) return [];
    const parsed = parseYaml(input.text);
    const hit = locateScalar(parsed, input.finding.range.start);
    if (!hit) return [];
    const chain = hit.chain;
    // root → jobs → <job> → steps → [i] → env|with → key   (or root → jobs → <job> → env → key)
    if (keyName(chain[0]?.pair) !== 'jobs' || chain.length < 4) return [];
    const jobLink = chain[1]!;
    const jobId = keyName(jobLink.pair);
    const job = jobLink.pair?.value;
    if (!jobId || !isMap(job)) return [];
    const holder = chain[chain.length - 1]!;
    const owner = keyName(chain[chain.length - 2]?.pair);
    if (!isMap(holder.collection) || !holder.pair || (owner !== 'env' && owner !== 'with')) return [];
    const scalar = holder.pair.value;
    if (!isScalar(scalar) || !scalar.range) return [];
    const text = input.text;
    const { start, end } = input.finding.range;
    // The key must be the whole value (not a part of a URL or a script).
    const raw = text.slice(scalar.range[0], scalar.range[1]).replace(/^["']|["']$/g, '');
    if (raw.trim() !== text.slice(start, end)) return [];
    const edits: OffsetEdit[] = [];
    // Remove the entry, its companions (the secret half of an AWS key pair), and the parent
    // `env:`/`with:` when nothing else is left in it.
    const doomed = holder.collection.items.filter((p) => p === holder.pair || (cloud.companions?.test(keyName(p as never) ?? '') && isScalar((p as { value?: unknown }).value)));
    const only = doomed.length === holder.collection.items.length && chain[chain.length - 2]?.pair;
    const lines: [number, number][] = [];
    const targets = only ? [chain[chain.length - 2]!.pair!] : doomed;
    for (const p of targets) {
      const ks = keyStart(p as never);
      const ve = ((p as { value?: YamlNode }).value?.range?.[1]) ?? undefined;
      if (ks === undefined || ve === undefined) return [];
      const from = lineStart(text, ks);
      // Only whole lines go: an entry that opens a list item (`- env:`) is left to a human.
      if (text.slice(from, ks).trim() !== '') return [];
      // A block map's range runs to the start of the next line: stay on its own last line.
      lines.push([from, lineEnd(text, text[ve - 1] === '\n' ? ve - 1 : ve)]);
    }
    for (const [a, b] of lines) edits.push({ range: { start: a, end: b }, newText: '' });
    const steps = pairOf(job, 'steps')?.value;
    const action = cloud.uses.slice(0, cloud.uses.indexOf('@'));
    const inLoginStep = owner === 'with' && chain.length >= 6 && String((pairOf(chain[chain.length - 2]!.collection as YAMLMap, 'uses')?.value as { value?: unknown } | undefined)?.value ?? '').toLowerCase().startsWith(action);
    if (inLoginStep) {
      // The login action is already there with keys: give it the federation input instead.
      const [k, v] = Object.entries(cloud.with)[0]!;
      const stepMap = chain[chain.length - 2]!.collection as YAMLMap;
      const withMap = pairOf(stepMap, 'with')?.value;
      if (!isMap(withMap) || !pairOf(withMap, k)) {
        const stepPath = chain.slice(0, -1).map((l) => (l.pair ? keyName(l.pair)! : l.index!));
        const add = yamlSetEdits(text, parsed.docs.indexOf(hit.doc), stepPath, k, v, { replace: false, comment: 'TODO(outpost): fill in' });
        if (!add) return [];
        edits.push(...add);
      }
    } else if (!hasLogin(steps, cloud)) {
      const step = loginStep(text, steps, cloud);
      if (!step) return [];
      edits.push(step);
    }
    const perms = pairOf(job, 'permissions')?.value;
    if (perms !== undefined && !isMap(perms)) return []; // `read-all`/`write-all`: a human decides
    const granted = isMap(perms) && String((pairOf(perms, 'id-token')?.value as { value?: unknown } | undefined)?.value ?? '') === 'write';
    if (!granted) {
      const doc = parsed.docs.indexOf(hit.doc);
      const permEdits = isMap(perms)
        ? yamlSetEdits(text, doc, ['jobs', jobId, 'permissions'], 'id-token', 'write', { replace: true })
        : yamlSetEdits(text, doc, ['jobs', jobId], 'permissions', { 'id-token': 'write', contents: 'read' }, { replace: false, before: 'steps' });
      if (!permEdits) return [];
      edits.push(...permEdits);
    }
    // Edits must not overlap (the removed line is never where the others insert).
    const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
    for (let i = 1; i < sorted.length; i++) if (sorted[i]!.range.start < sorted[i - 1]!.range.end) return [];
    return [
      {
        title: `Use ${cloud.name} OIDC federation instead of a stored key (${cloud.uses.slice(0, cloud.uses.indexOf('@'))})`,
        edits,
        isPreferred: false,
        safe: false,
        followUp: cloud.followUp,
      },
    ];
  },
};
