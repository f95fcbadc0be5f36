// Pipelines that read secrets from CI/CD variables: GitLab CI and Bitbucket (`$NAME`), CircleCI
// (`$NAME`; a literal under `environment:` is removed instead, because CircleCI does not expand
// variables there and gives project/context variables to every job anyway), Azure Pipelines
// (`$(NAME)`), and the `${NAME}` substitution of Docker Compose and Jenkins Configuration as Code.
import { isMap } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import type { Emitter, VaultContext, VaultEdit } from './context';
import { nameTakenInText, partName, pickName, scriptPrefix } from './context';
import { followUps } from './follow-ups';
import { envVarName, wordOccurrences } from './names';
import { shellReference } from './shell';
import { lineStartOf, nextLineStart } from './text-lines';
import { keyName, keyStart } from './yaml-locate';
import { replaceInYamlScalar } from './yaml-replace';
import { yamlNameHint } from './yaml-names';

type Platform = 'gitlab' | 'bitbucket' | 'circleci' | 'compose' | 'jcasc';

function dollarVariable(platform: Platform): Emitter {
  return (ctx) => {
    const hint = yamlNameHint(ctx);
    const name = pickName(ctx, envVarName(partName(ctx, hint.name)), (n) => nameTakenInText(ctx, n, { selfReferenceAllowed: true }));
    const braces = platform === 'compose' || platform === 'jcasc';
    let text = braces ? `\${${name}}` : `$${name}`;
    let safe = true;
    if (ctx.data.inScript && !braces && hint.hit) {
      const ref = shellReference(name, scriptPrefix(ctx, hint.hit.scalar), 'sh');
      text = ref.text;
      safe = ref.safe;
    }
    const edits = replaceInYamlScalar(ctx.text, ctx.yaml(), ctx.start, ctx.end, text);
    if (!edits) return undefined;
    const reference = braces ? `\${${name}}` : `$${name}`;
    const followUp =
      platform === 'gitlab'
        ? followUps.gitlab(ctx, name)
        : platform === 'bitbucket'
          ? followUps.bitbucket(ctx, name)
          : platform === 'circleci'
            ? followUps.circleci(ctx, name, false)
            : platform === 'compose'
              ? followUps.compose(ctx, name)
              : followUps.jcasc(ctx, name);
    return { reference, name, edits, followUp, safe };
  };
}

export const gitlab = dollarVariable('gitlab');
export const bitbucket = dollarVariable('bitbucket');
export const compose = dollarVariable('compose');
export const jcasc = dollarVariable('jcasc');
const circleciDollar = dollarVariable('circleci');

export const azure: Emitter = (ctx) => {
  const hint = yamlNameHint(ctx);
  // `variables: {X: $(X)}` would refer to itself (YAML variables win over the pipeline's secret of
  // the same name), so a variable defined here gets its secret under another name.
  const base = envVarName(partName(ctx, hint.name)) + (hint.definesVariable && ctx.data.wholeValue ? '_SECRET' : '');
  const name = pickName(ctx, base, (n) => nameTakenInText(ctx, n, { selfReferenceAllowed: false }));
  const reference = `$(${name})`;
  const edits = replaceInYamlScalar(ctx.text, ctx.yaml(), ctx.start, ctx.end, reference);
  if (!edits) return undefined;
  return { reference, name, edits, followUp: followUps.azure(ctx, name), safe: true };
};

export const circleci: Emitter = (ctx) => {
  const hint = yamlNameHint(ctx);
  const hit = hint.hit;
  const last = hit?.chain[hit.chain.length - 1];
  const parent = hit && hit.chain.length >= 2 ? hit.chain[hit.chain.length - 2] : undefined;
  if (hit && last && parent && ctx.data.wholeValue && isMap(last.collection) && keyName(parent.pair) === 'environment' && !last.collection.flow) {
    return removeEnvironmentEntry(ctx, parent.pair!, last.collection, last.pair!);
  }
  return circleciDollar(ctx);
};

/** Deletes `KEY: literal` from a CircleCI `environment:` map (and the map if it was its only entry). */
function removeEnvironmentEntry(ctx: VaultContext, envPair: Pair, env: YAMLMap, pair: Pair): VaultEdit | undefined {
  const name = keyName(pair);
  if (!name || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  const only = env.items.length === 1;
  const target = only ? envPair : pair;
  const start = keyStart(target);
  const endNode = only ? env : pair.value;
  const end = (endNode as { range?: number[] } | null)?.range?.[1];
  if (start === undefined || end === undefined) return undefined;
  const lineStart = lineStartOf(ctx.text, start);
  // Only whole lines can go: `- environment:` or `{...}` on the line would need a rewrite.
  if (ctx.text.slice(lineStart, start).trim() !== '') return undefined;
  const edits = [{ range: { start: lineStart, end: nextLineStart(ctx.text, Math.max(start, end - 1)) }, newText: '' }];
  // Another entry of the same name elsewhere with a different value would now read the same project variable.
  const elsewhere = wordOccurrences(ctx.text, name).filter((i) => new RegExp(`^\\s*${name}\\s*:`).test(ctx.text.slice(lineStartOf(ctx.text, i))));
  return { reference: `$${name}`, name, edits, followUp: followUps.circleci(ctx, name, true), safe: elsewhere.length <= 1 };
}
