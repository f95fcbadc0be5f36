// The OIDC fix for an AWS key in a GitLab CI job: the job asks GitLab for an ID token
// (`id_tokens:`), writes it to a file before its script, and the AWS CLI/SDKs exchange it for
// short-lived credentials of the role in AWS_ROLE_ARN (AWS_WEB_IDENTITY_TOKEN_FILE is read by
// every AWS SDK). The key lines go. Offered when the key is the whole value of a job's
// `variables:` entry; the role ARN is a placeholder the user fills.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { FixInput, FixProvider, FixResult, OffsetEdit } from '../fix-provider';
import { parseYaml } from '../../parse/yaml-entries';
import { locateScalar, keyName, keyStart, pairOf } from '../vault/yaml-locate';
import { yamlSetEdits } from '../settings/yaml-set';

const TOKEN_FILE = '/tmp/aws-web-identity-token';
const COMPANIONS = /^aws[_-](?:access[_-]key[_-]id|secret[_-]access[_-]key|session[_-]token)$/i;
const AWS_RULES = new Set(['secret/aws-access-key-id', 'secret/aws-secret-access-key', 'secret/aws-session-token']);

const FOLLOW_UP =
  'In AWS IAM, add an OpenID Connect identity provider for your GitLab URL (audience sts.amazonaws.com) and a role whose trust policy allows this project (`project_path:<group>/<project>:ref_type:branch:ref:<branch>`); put its ARN in AWS_ROLE_ARN. Then delete the access key in IAM: it was in this file, so treat it as leaked. Guide: https://docs.gitlab.com/ci/cloud_services/aws/';

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
}

export const gitlabIdTokensFix: FixProvider = {
  kind: 'vault-reference',
  compute(input: FixInput): FixResult[] {
    if (input.kind !== 'gitlab-ci' || !AWS_RULES.has(input.finding.ruleId)) return [];
    const text = input.text;
    const parsed = parseYaml(text);
    const hit = locateScalar(parsed, input.finding.range.start);
    // root → <job> → variables → KEY
    if (!hit || hit.chain.length !== 3 || keyName(hit.chain[1]!.pair) !== 'variables') return [];
    const jobName = keyName(hit.chain[0]!.pair);
    const job = hit.chain[0]!.pair?.value;
    const vars = hit.chain[2]!.collection;
    if (!jobName || jobName.startsWith('.') || !isMap(job) || !isMap(vars) || !isScalar(hit.scalar) || !hit.scalar.range) return [];
    const raw = text.slice(hit.scalar.range[0], hit.scalar.range[1]).replace(/^["']|["']$/g, '');
    if (raw.trim() !== text.slice(input.finding.range.start, input.finding.range.end)) return [];
    const doc = parsed.docs.indexOf(hit.doc);
    const edits: OffsetEdit[] = [];
    const doomed = vars.items.filter((p) => p === hit.chain[2]!.pair || (COMPANIONS.test(keyName(p as Pair) ?? '') && isScalar((p as Pair).value)));
    for (const p of doomed as Pair[]) {
      const ks = keyStart(p);
      const ve = (p.value as YamlNode | null)?.range?.[1];
      if (ks === undefined || ve === undefined) return [];
      const from = lineStart(text, ks);
      if (text.slice(from, ks).trim() !== '') return [];
      edits.push({ range: { start: from, end: lineEnd(text, text[ve - 1] === '\n' ? ve - 1 : ve) }, newText: '' });
    }
    if (!pairOf(vars, 'AWS_ROLE_ARN')) {
      const add = yamlSetEdits(text, doc, [jobName, 'variables'], 'AWS_ROLE_ARN', 'arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>', { replace: false, comment: 'TODO(outpost): fill in' });
      const file = yamlSetEdits(text, doc, [jobName, 'variables'], 'AWS_WEB_IDENTITY_TOKEN_FILE', TOKEN_FILE, { replace: false });
      if (!add || !file) return [];
      // Both append at the end of `variables:`; one edit keeps their order.
      const a = add[0]!;
      const f = file[0]!;
      if (add.length !== 1 || file.length !== 1 || a.range.start !== f.range.start) return [];
      edits.push({ range: a.range, newText: a.newText + f.newText });
    }
    if (!pairOf(job, 'id_tokens')) {
      const ids = yamlSetEdits(text, doc, [jobName], 'id_tokens', { AWS_ID_TOKEN: { aud: 'sts.amazonaws.com' } }, { replace: false, before: 'variables' });
      if (!ids) return [];
      edits.push(...ids);
    }
    const before = pairOf(job, 'before_script')?.value;
    // A JWT has no spaces: unquoted is safe here, and keeps the YAML free of escapes.
    const write = `echo $AWS_ID_TOKEN > ${TOKEN_FILE}`;
    if (!text.includes(write)) {
      if (before === undefined) {
        const bs = yamlSetEdits(text, doc, [jobName], 'before_script', [write], { replace: false, before: 'variables' });
        if (!bs) return [];
        edits.push(...bs);
      } else if (isSeq(before) && before.items.length > 0) {
        const first = (before.items[0] as YamlNode).range?.[0];
        if (first === undefined) return [];
        const ls = lineStart(text, first);
        const prefix = text.slice(ls, first);
        if (!/^[ \t]*-[ \t]+$/.test(prefix)) return [];
        edits.push({ range: { start: ls, end: ls }, newText: `${prefix}${write}\n` });
      } else return [];
    }
    // An entry appended after a removed last line: fold it into that removal (same text, no overlap).
    for (const ins of edits.filter((e) => e.range.start === e.range.end && e.newText.startsWith('\n'))) {
      const cut = edits.find((e) => e.newText === '' && e.range.start < ins.range.start && ins.range.start < e.range.end);
      if (!cut) continue;
      cut.newText = `${ins.newText.slice(1)}\n`;
      edits.splice(edits.indexOf(ins), 1);
    }
    const sorted = [...edits].sort((x, y) => x.range.start - y.range.start);
    for (let i = 1; i < sorted.length; i++) if (sorted[i]!.range.start < sorted[i - 1]!.range.end) return [];
    return [{ title: 'Use AWS OIDC federation instead of a stored key (GitLab id_tokens)', edits, isPreferred: false, safe: false, followUp: FOLLOW_UP }];
  },
};
