// Credential-bearing configuration files: `.npmrc` (`${NPM_TOKEN}`, which npm expands from the
// environment) and everything else through the user's reference template
// (`vaultReferenceTemplate`, default `ref+vault://secret/{name}#value`): .env, .properties, INI,
// generic YAML and JSON. The reference is quoted or escaped as the format needs so that the file
// still reads back the reference exactly.
import type { Emitter, VaultContext, VaultEdit } from './context';
import { nameTakenInText, pickName } from './context';
import { followUps } from './follow-ups';
import { envVarName, lowerSnake } from './names';
import { replaceInYamlScalar } from './yaml-replace';

const NPM_NAMES: Record<string, string> = { _authToken: 'NPM_TOKEN', _auth: 'NPM_AUTH', _password: 'NPM_PASSWORD' };

export const npmrc: Emitter = (ctx) => {
  const key = ctx.data.key ?? '';
  const base = NPM_NAMES[key] ?? (ctx.data.name.startsWith('NPM_') ? ctx.data.name : `NPM_${envVarName(ctx.data.name)}`);
  const name = pickName(ctx, base, (n) => nameTakenInText(ctx, n, { selfReferenceAllowed: false }));
  const reference = `\${${name}}`;
  return { reference, name, edits: [{ range: { start: ctx.start, end: ctx.end }, newText: reference }], followUp: followUps.npm(ctx, name), safe: true };
};

export function renderTemplate(template: string, name: string): string {
  return template.replace(/\{NAME\}/g, name.toUpperCase()).replace(/\{name\}/g, lowerSnake(name));
}

/** The value text for line-based formats, quoted when the format would otherwise cut it at a comment or space. */
function lineValue(ctx: VaultContext, reference: string): string | undefined {
  const q = ctx.data.quote;
  switch (ctx.syntax) {
    case 'dotenv':
      if (q === 'double') return reference.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
      if (q === 'single') return reference.includes("'") ? undefined : reference;
      // Unquoted values end at ` #` (and in some loaders at any `#`) or whitespace.
      if (/[\s#'"]/.test(reference)) return reference.includes("'") ? `"${reference.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : `'${reference}'`;
      return reference;
    case 'properties':
      return reference.replace(/\\/g, '\\\\');
    case 'ini':
      if (q !== 'plain' && q !== undefined) return reference.includes(q === 'double' ? '"' : "'") ? undefined : reference;
      // Python's configparser (.pypirc) keeps quotes as part of the value and has no inline comments.
      if (ctx.kind === 'pypirc') return reference;
      return /[;#]/.test(reference) && !reference.includes('"') ? `"${reference}"` : reference;
    default:
      return undefined;
  }
}

export const template: Emitter = (ctx): VaultEdit | undefined => {
  const tpl = ctx.config.vaultReferenceTemplate || 'ref+vault://secret/{name}#value';
  const name = pickName(ctx, envVarName(ctx.data.name), (n) => ctx.text.includes(renderTemplate(tpl, n)));
  const reference = renderTemplate(tpl, name);
  const followUp = followUps.template(ctx, reference, lowerSnake(name));
  // A reference inside a larger value (a URL, a connection string) rarely resolves: offer, never auto-apply.
  const safe = ctx.data.wholeValue;
  if (ctx.syntax === 'yaml') {
    const edits = replaceInYamlScalar(ctx.text, ctx.yaml(), ctx.start, ctx.end, reference);
    return edits ? { reference, name, edits, followUp, safe } : undefined;
  }
  if (ctx.syntax === 'json') {
    // Secrets in JSON are string contents; without the entry we cannot be sure of the quoting.
    if (ctx.data.quote !== 'double') return undefined;
    const newText = JSON.stringify(reference).slice(1, -1);
    return { reference, name, edits: [{ range: { start: ctx.start, end: ctx.end }, newText }], followUp, safe };
  }
  const value = lineValue(ctx, reference);
  if (value === undefined) return undefined;
  return { reference, name, edits: [{ range: { start: ctx.start, end: ctx.end }, newText: value }], followUp, safe };
};
