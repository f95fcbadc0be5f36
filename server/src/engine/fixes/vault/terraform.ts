// Terraform: a literal secret in a `.tf` file becomes `var.<name>`, and a
// `variable "<name>" { type = string, sensitive = true }` block is appended to the same file
// (idempotent: a variable already declared under that name is never redeclared, and a different
// secret gets `<name>_2`). The value then comes from `TF_VAR_<name>` or a secret store, and
// `sensitive` keeps it out of plan output.
// `.tfvars` files hold values only — they cannot reference anything — so the literal cannot be
// replaced by a reference there: the fix removes the assignment and the follow-up says to set
// `TF_VAR_<name>` instead. That changes what `terraform plan` gets, so it is never auto-applied.
// A literal that is a variable's own `default` is removed instead (never auto-applied).
// `.tf.json` and Vault server configs get no fix (no reference syntax we can write safely).
import type { Emitter, VaultContext } from './context';
import { leakedSentence, pickName } from './context';
import { lineStartOf, nextLineStart } from './text-lines';
import { hclAttribute, parseHcl } from '../../parse/hcl';
import { escapeRe } from '../../regex-escape';

/** Terraform identifiers: letters, digits, underscores, dashes; starting with a letter. */
function variableName(name: string): string {
  const n = name.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '');
  return /^[a-z]/.test(n) ? n : `secret_${n || 'value'}`;
}

function declared(text: string, name: string): boolean {
  return new RegExp(`^[ \\t]*variable[ \\t]+"${escapeRe(name)}"[ \\t]*\\{`, 'm').test(text);
}

function used(text: string, name: string): boolean {
  return new RegExp(`\\bvar\\.${escapeRe(name)}(?![\\w-])`).test(text);
}

/** When the literal is `default = "…"` of a top-level `variable` block: that variable's name and the line to remove. */
function variableDefault(ctx: VaultContext): { name: string; line: { start: number; end: number } } | undefined {
  for (const item of parseHcl(ctx.text).body.items) {
    if (item.type !== 'block' || item.blockType !== 'variable' || item.labels.length !== 1) continue;
    if (ctx.start < item.range.start || ctx.end > item.range.end) continue;
    const def = hclAttribute(item.body, 'default');
    if (!def || def.expr.kind !== 'literal' || ctx.start < def.expr.range.start || ctx.end > def.expr.range.end) return undefined;
    const start = lineStartOf(ctx.text, def.range.start);
    const end = nextLineStart(ctx.text, def.range.end);
    // Only a default on a line of its own can be removed cleanly.
    if (!/^[ \t]*$/.test(ctx.text.slice(start, def.range.start)) || !/^[ \t]*(?:(?:#|\/\/)[^\n]*)?\r?\n?$/.test(ctx.text.slice(def.range.end, end))) return undefined;
    return { name: item.labels[0]!.value, line: { start, end } };
  }
  return undefined;
}

const followUp = (ctx: VaultContext, name: string, removed: boolean): string =>
  `${removed ? 'The assignment was removed from this .tfvars file. ' : ''}Give Terraform the value outside the repository: ` +
  `set the environment variable TF_VAR_${name} where terraform runs (a masked CI/CD secret), or read it from a secret store ` +
  `with a data source (e.g. aws_secretsmanager_secret_version). ${leakedSentence(ctx)}`;

export const terraform: Emitter = (ctx) => {
  if (ctx.syntax !== 'hcl') return undefined;
  const base = variableName(ctx.data.key ?? ctx.data.name);
  if (/\.tfvars$/i.test(ctx.path)) {
    // Only a whole top-level `name = "literal"` line can be removed without touching anything else.
    const lineStart = lineStartOf(ctx.text, ctx.start);
    const lineEnd = nextLineStart(ctx.text, ctx.end);
    const line = ctx.text.slice(lineStart, lineEnd);
    const m = /^[ \t]*([A-Za-z_][\w-]*)[ \t]*=[ \t]*"[^"\n]*"[ \t]*(?:(?:#|\/\/)[^\n]*)?\r?\n?$/.exec(line);
    if (!m || !ctx.data.wholeValue) return undefined;
    const name = m[1]!;
    return { reference: `TF_VAR_${name}`, name, edits: [{ range: { start: lineStart, end: lineEnd }, newText: '' }], followUp: followUp(ctx, name, true), safe: false };
  }
  const own = variableDefault(ctx);
  if (own) {
    // The literal is the default of its own variable: a reference there would point at itself.
    // Remove the default, so the value has to come from outside (TF_VAR_<name>).
    return { reference: `TF_VAR_${own.name}`, name: own.name, edits: [{ range: own.line, newText: '' }], followUp: followUp(ctx, own.name, false), safe: false };
  }
  const name = pickName(ctx, base, (n) => declared(ctx.text, n) || used(ctx.text, n));
  const quoted = ctx.text[ctx.start - 1] === '"' && ctx.text[ctx.end] === '"';
  const whole = ctx.data.wholeValue && ctx.data.quote === 'double' && quoted;
  const edits = whole
    ? [{ range: { start: ctx.start - 1, end: ctx.end + 1 }, newText: `var.${name}` }]
    : // Inside a longer string or heredoc: an interpolation keeps the rest of the text.
      [{ range: { start: ctx.start, end: ctx.end }, newText: `\${var.${name}}` }];
  if (!declared(ctx.text, name)) {
    const eol = ctx.eol;
    const sep = ctx.text.length === 0 || ctx.text.endsWith('\n') ? '' : eol;
    const block = `${sep}${eol}variable "${name}" {${eol}  type      = string${eol}  sensitive = true${eol}}${eol}`;
    edits.push({ range: { start: ctx.text.length, end: ctx.text.length }, newText: block });
  }
  return { reference: `var.${name}`, name, edits, followUp: followUp(ctx, name, false), safe: whole };
};
