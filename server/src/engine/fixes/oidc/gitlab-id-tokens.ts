// The OIDC fix for a cloud key in a GitLab CI job: the job asks GitLab for an ID token
// (`id_tokens:`) and exchanges it for short-lived credentials before its script; the key lines
// go. AWS: the token is written to a file the AWS CLI/SDKs read (AWS_WEB_IDENTITY_TOKEN_FILE) with
// the role in AWS_ROLE_ARN. Azure: `az login --federated-token` with the app's client and tenant
// ids (identifiers, not secrets). Offered when the key is the whole value of a job's `variables:`
// entry; the role ARN and ids are placeholders the user fills. One table row per cloud.
import { isMap, isScalar, isSeq } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import type { FixInput, FixProvider, FixResult, OffsetEdit } from '../fix-provider';
import { parseYaml } from '../../parse/yaml-entries';
import { locateScalar, keyName, keyStart, pairOf } from '../vault/yaml-locate';
import { yamlSetEdits } from '../settings/yaml-set';

interface GitlabCloud {
  name: string;
  rules: ReadonlySet<string>;
  /** Sibling variables removed with the key (the other halves of the credential). */
  companions: RegExp;
  /** The `id_tokens:` entry: its variable name and audience. */
  token: string;
  aud: string;
  /** Variables the exchange reads, added to the job's `variables:` when missing (placeholders get a TODO). */
  variables: [name: string, value: string, placeholder: boolean][];
  /** The line written first in `before_script` (a JWT has no spaces: unquoted is safe). */
  login: string;
  followUp: string;
}

const AWS_TOKEN_FILE = '/tmp/aws-web-identity-token';

const CLOUDS: readonly GitlabCloud[] = [
  {
    name: 'AWS',
    rules: new Set(['secret/aws-access-key-id', 'secret/aws-secret-access-key', 'secret/aws-session-token']),
    companions: /^aws[_-](?:access[_-]key[_-]id|secret[_-]access[_-]key|session[_-]token)$/i,
    token: 'AWS_ID_TOKEN',
    aud: 'sts.amazonaws.com',
    variables: [
      ['AWS_ROLE_ARN', 'arn:aws:iam::<ACCOUNT_ID>:role/<ROLE_NAME>', true],
      ['AWS_WEB_IDENTITY_TOKEN_FILE', AWS_TOKEN_FILE, false],
    ],
    login: `echo $AWS_ID_TOKEN > ${AWS_TOKEN_FILE}`,
    followUp:
      'In AWS IAM, add an OpenID Connect identity provider for your GitLab URL (audience sts.amazonaws.com) and a role whose trust policy allows this project (`project_path:<group>/<project>:ref_type:branch:ref:<branch>`); put its ARN in AWS_ROLE_ARN. Then delete the access key in IAM: it was in this file, so treat it as leaked. Guide: https://docs.gitlab.com/ci/cloud_services/aws/',
  },
  {
    name: 'Azure',
    rules: new Set(['secret/azure-ad-client-secret']),
    companions: /^(?:azure|arm)[_-]client[_-]secret$/i,
    token: 'AZURE_JWT',
    aud: 'api://AzureADTokenExchange',
    variables: [
      ['AZURE_CLIENT_ID', '<APPLICATION_CLIENT_ID>', true],
      ['AZURE_TENANT_ID', '<TENANT_ID>', true],
    ],
    login: 'az login --service-principal -u $AZURE_CLIENT_ID -t $AZURE_TENANT_ID --federated-token $AZURE_JWT',
    followUp:
      'In Microsoft Entra ID, add a federated credential to the app registration (issuer: your GitLab URL, audience api://AzureADTokenExchange, subject `project_path:<group>/<project>:ref_type:branch:ref:<branch>`) and fill in AZURE_CLIENT_ID and AZURE_TENANT_ID; remove any `az login` that still passes the old secret. Then delete the client secret: it was in this file, so treat it as leaked. Guide: https://docs.gitlab.com/ci/cloud_services/azure/',
  },
];

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
    const cloud = input.kind === 'gitlab-ci' ? CLOUDS.find((c) => c.rules.has(input.finding.ruleId)) : undefined;
    if (!cloud) return [];
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
    const doomed = vars.items.filter((p) => p === hit.chain[2]!.pair || (cloud.companions.test(keyName(p as Pair) ?? '') && isScalar((p as Pair).value)));
    for (const p of doomed as Pair[]) {
      const ks = keyStart(p);
      const ve = (p.value as YamlNode | null)?.range?.[1];
      if (ks === undefined || ve === undefined) return [];
      const from = lineStart(text, ks);
      if (text.slice(from, ks).trim() !== '') return [];
      edits.push({ range: { start: from, end: lineEnd(text, text[ve - 1] === '\n' ? ve - 1 : ve) }, newText: '' });
    }
    for (const [name, value, placeholder] of cloud.variables) {
      if (pairOf(vars, name)) continue;
      const add = yamlSetEdits(text, doc, [jobName, 'variables'], name, value, placeholder ? { replace: false, comment: 'TODO(outpost): fill in' } : { replace: false });
      if (!add) return [];
      edits.push(...add);
    }
    const tokens = pairOf(job, 'id_tokens')?.value;
    if (tokens === undefined) {
      const ids = yamlSetEdits(text, doc, [jobName], 'id_tokens', { [cloud.token]: { aud: cloud.aud } }, { replace: false, before: 'variables' });
      if (!ids) return [];
      edits.push(...ids);
    } else if (isMap(tokens) && !pairOf(tokens, cloud.token)) {
      // The job already asks for other ID tokens: add this one beside them.
      const ids = yamlSetEdits(text, doc, [jobName, 'id_tokens'], cloud.token, { aud: cloud.aud }, { replace: false });
      if (!ids) return [];
      edits.push(...ids);
    } else if (!isMap(tokens)) return [];
    const before = pairOf(job, 'before_script')?.value;
    // A JWT has no spaces: unquoted is safe here, and keeps the YAML free of escapes.
    const write = cloud.login;
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
    // Insertions at one place (the added variables at the end of `variables:`; a new id_tokens
    // entry and before_script above it) become one edit in the order they were made, so the
    // result does not depend on the sort.
    for (let i = 0; i < edits.length; i++) {
      const e = edits[i]!;
      if (e.range.start !== e.range.end) continue;
      for (let j = i + 1; j < edits.length; j++) {
        const o = edits[j]!;
        if (o.range.start !== e.range.start || o.range.end !== o.range.start) continue;
        edits[i] = { range: e.range, newText: edits[i]!.newText + o.newText };
        edits.splice(j--, 1);
      }
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
    return [{ title: `Use ${cloud.name} OIDC federation instead of a stored key (GitLab id_tokens)`, edits, isPreferred: false, safe: false, followUp: cloud.followUp }];
  },
};
