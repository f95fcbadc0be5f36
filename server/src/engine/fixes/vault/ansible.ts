// Ansible inventories: `"{{ vault_name }}"`, a variable that lives encrypted in an ansible-vault
// file. YAML inventories get the reference through the YAML-safe replacer (quoted when needed);
// INI inventories get `key="{{ vault_name }}"` (the value must be quoted: it contains spaces).
import type { Emitter } from './context';
import { pickName } from './context';
import { followUps } from './follow-ups';
import { lowerSnake, wordOccurrences } from './names';
import { replaceInYamlScalar } from './yaml-replace';

export const ansible: Emitter = (ctx) => {
  const variable = pickName(ctx, `vault_${lowerSnake(ctx.data.name)}`, (n) => wordOccurrences(ctx.text, n).length > 0);
  const jinja = `{{ ${variable} }}`;
  const reference = `"${jinja}"`;
  const followUp = followUps.ansible(ctx, variable);
  if (ctx.syntax === 'yaml') {
    const edits = replaceInYamlScalar(ctx.text, ctx.yaml(), ctx.start, ctx.end, jinja);
    return edits ? { reference, name: variable, edits, followUp, safe: true } : undefined;
  }
  if (ctx.syntax !== 'ini' || !ctx.data.wholeValue) return undefined;
  const quoted = ctx.data.quote === 'double' || ctx.data.quote === 'single';
  const edits = [{ range: { start: ctx.start, end: ctx.end }, newText: quoted ? jinja : reference }];
  return { reference, name: variable, edits, followUp, safe: true };
};
