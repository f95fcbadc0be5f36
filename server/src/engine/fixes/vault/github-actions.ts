// GitHub Actions workflows (and Dependabot's registries): `${{ secrets.NAME }}`. Inside a `run:`
// script the secret is not spliced into the script text (an expression there is expanded before
// the shell runs, which is how scripts get injected); instead the step gets
// `env: NAME: ${{ secrets.NAME }}` and the script reads "$NAME".
import { isMap, isScalar } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import type { OffsetEdit } from '../fix-provider';
import type { Emitter, VaultContext, VaultEdit } from './context';
import { partName, pickName, scriptPrefix } from './context';
import { followUps } from './follow-ups';
import { envVarName, githubSecretName, wordOccurrences } from './names';
import { shellReference } from './shell';
import type { ShellFlavour } from './shell';
import { columnOf, lineEndOf } from './text-lines';
import { keyName, keyStart, locateScalar, pairOf, stringAt } from './yaml-locate';
import type { ChainLink } from './yaml-locate';
import { replaceInYamlScalar } from './yaml-replace';

const secretUsed = (text: string, name: string): boolean => new RegExp(`secrets\\.${name}(?![A-Za-z0-9_])`).test(text);

export const githubActions: Emitter = (ctx) => {
  const parsed = ctx.yaml();
  const hit = locateScalar(parsed, ctx.start);
  if (!hit) return undefined;
  const last = hit.chain[hit.chain.length - 1];
  if (last && isMap(last.collection) && keyName(last.pair) === 'run' && hit.chain.length >= 2) {
    return moveToStepEnv(ctx, hit.chain);
  }
  const name = pickName(ctx, githubSecretName(partName(ctx, ctx.data.name)), (n) => secretUsed(ctx.text, n));
  const reference = `\${{ secrets.${name} }}`;
  const edits = replaceInYamlScalar(ctx.text, parsed, ctx.start, ctx.end, reference);
  if (!edits) return undefined;
  return { reference, name, edits, followUp: followUps.github(ctx, name, false), safe: true };
};

export const dependabot: Emitter = (ctx) => {
  const name = pickName(ctx, githubSecretName(ctx.data.name), (n) => secretUsed(ctx.text, n));
  // Dependabot's documentation spells registry secrets without inner spaces.
  const reference = `\${{secrets.${name}}}`;
  const edits = replaceInYamlScalar(ctx.text, ctx.yaml(), ctx.start, ctx.end, reference);
  if (!edits) return undefined;
  return { reference, name, edits, followUp: followUps.dependabot(ctx, name), safe: true };
};

/** The shell a step's `run:` uses: the step's, the job's or the workflow's default, else by runner OS. */
function shellOf(chain: readonly ChainLink[], step: YAMLMap): ShellFlavour {
  const job = chain.length >= 3 ? chain[chain.length - 3]!.collection : undefined;
  const root = chain[0]!.collection;
  const defaultShell = (m: unknown): string | undefined => {
    if (!isMap(m)) return undefined;
    const d = pairOf(m, 'defaults')?.value;
    const run = isMap(d) ? pairOf(d, 'run')?.value : undefined;
    return stringAt(run, 'shell');
  };
  const runsOn = isMap(job) ? (stringAt(job, 'runs-on') ?? '') : '';
  const shell = stringAt(step, 'shell') ?? defaultShell(job) ?? defaultShell(root) ?? (/windows/i.test(runsOn) ? 'pwsh' : 'bash');
  if (/^(pwsh|powershell)\b/.test(shell)) return 'pwsh';
  if (/^cmd\b/.test(shell)) return 'cmd';
  return 'sh';
}

function moveToStepEnv(ctx: VaultContext, chain: readonly ChainLink[]): VaultEdit | undefined {
  const link = chain[chain.length - 1]!;
  const step = link.collection as YAMLMap;
  const runPair = link.pair!;
  if (step.flow) return undefined;
  const run = runPair.value;
  if (!isScalar(run) || !run.range) return undefined;

  const base = envVarName(githubSecretName(partName(ctx, ctx.data.name)));
  // The name becomes an environment variable of the step too: it must not clash with anything the file mentions.
  const name = pickName(ctx, base, (n) => wordOccurrences(ctx.text, n).length > 0 || secretUsed(ctx.text, n));
  const secretRef = `\${{ secrets.${name} }}`;

  const prefix = scriptPrefix(ctx, run);
  const ref = shellReference(name, prefix, shellOf(chain, step));

  const scriptEdits = replaceInYamlScalar(ctx.text, ctx.yaml(), ctx.start, ctx.end, ref.text);
  if (!scriptEdits) return undefined;
  const envEdit = stepEnvEdit(ctx, step, runPair, name, secretRef);
  if (envEdit === undefined) return undefined;
  return {
    reference: secretRef,
    name,
    edits: envEdit ? [envEdit, ...scriptEdits] : scriptEdits,
    followUp: followUps.github(ctx, name, true),
    safe: ref.safe,
  };
}

/** The edit that gives the step `NAME: ${{ secrets.NAME }}` in its env (null: already there; undefined: cannot). */
function stepEnvEdit(ctx: VaultContext, step: YAMLMap, runPair: Pair, name: string, secretRef: string): OffsetEdit | null | undefined {
  const { text, eol } = ctx;
  const line = `${name}: ${secretRef}`;
  const envPair = pairOf(step, 'env');
  if (!envPair) {
    const at = keyStart(runPair);
    if (at === undefined) return undefined;
    const indent = ' '.repeat(columnOf(text, at));
    return { range: { start: at, end: at }, newText: `env:${eol}${indent}  ${line}${eol}${indent}` };
  }
  const env = envPair.value;
  if (isMap(env)) {
    const existing = stringAt(env, name);
    if (existing !== undefined) return existing.replace(/\s+/g, '') === secretRef.replace(/\s+/g, '') ? null : undefined;
    if (env.flow) {
      const close = env.range ? text.lastIndexOf('}', env.range[1]) : -1;
      if (close < 0) return undefined;
      return { range: { start: close, end: close }, newText: `${env.items.length > 0 ? ', ' : ''}${name}: '${secretRef}'` };
    }
    const first = env.items[0];
    const lastItem = env.items[env.items.length - 1];
    const firstKey = first ? keyStart(first) : undefined;
    const lastEnd = (lastItem?.value as { range?: number[] } | null)?.range?.[1] ?? (lastItem?.key as { range?: number[] } | null)?.range?.[1];
    if (firstKey === undefined || lastEnd === undefined) return undefined;
    const at = lineEndOf(text, Math.max(firstKey, lastEnd - 1));
    return { range: { start: at, end: at }, newText: `${eol}${' '.repeat(columnOf(text, firstKey))}${line}` };
  }
  if (env === null || (isScalar(env) && (env.value === null || env.value === undefined || env.value === ''))) {
    const k = keyStart(envPair);
    if (k === undefined) return undefined;
    const at = lineEndOf(text, k);
    return { range: { start: at, end: at }, newText: `${eol}${' '.repeat(columnOf(text, k) + 2)}${line}` };
  }
  return undefined; // env: ${{ fromJSON(...) }} and the like
}
