// Jenkinsfiles. Two shapes are fixed, both documented Jenkins idioms:
//  - a literal assigned in an `environment { }` block: `TOKEN = credentials('token')`;
//  - a literal inside an `sh` / `bat` / `powershell` step: the step is wrapped in
//    `withCredentials([string(credentialsId: 'token', variable: 'TOKEN')]) { ... }` and the script
//    reads the variable ("$TOKEN", %TOKEN%, $env:TOKEN). In a double-quoted Groovy string the `$`
//    is escaped so the shell, not Groovy, expands it (Groovy interpolation would put the secret
//    into the command line that Jenkins logs).
// Anything else in Groovy code is left alone: no fix is better than a wrong one.
import type { Emitter, VaultContext, VaultEdit } from './context';
import { nameTakenInText, pickName } from './context';
import { followUps } from './follow-ups';
import { envVarName, kebab } from './names';
import { shellReference } from './shell';
import type { ShellFlavour } from './shell';
import { indentOf, lineEndOf, lineStartOf } from './text-lines';
import { groovyEscape, groovySpot } from './groovy-spot';
import type { GroovyString } from './groovy-spot';

const STEP = /(?:^|[\s;{(])(sh|bat|powershell|pwsh)\s*(?:\(\s*(?:script\s*:\s*)?)?$/;

function idTaken(ctx: VaultContext, id: string): boolean {
  return ctx.text.includes(`'${id}'`) || ctx.text.includes(`"${id}"`);
}

export const jenkinsfile: Emitter = (ctx) => {
  const spot = groovySpot(ctx.text, ctx.start);
  const str = spot.string;
  if (!str) return undefined;
  const contentStart = str.open + str.delim.length;
  const contentEnd = str.close - str.delim.length;
  if (spot.blocks.includes('environment') && ctx.data.wholeValue && ctx.start === contentStart && ctx.end === contentEnd && ctx.data.key) {
    return environmentCredential(ctx, str);
  }
  const lineStart = lineStartOf(ctx.text, str.open);
  const m = STEP.exec(ctx.text.slice(lineStart, str.open));
  if (!m) return undefined;
  return wrapStep(ctx, str, m[1] === 'bat' ? 'cmd' : m[1] === 'sh' ? 'sh' : 'pwsh');
};

function environmentCredential(ctx: VaultContext, str: GroovyString): VaultEdit | undefined {
  // The variable keeps its key's name (the pipeline reads it); only the credential id is new.
  const name = envVarName(ctx.data.key!);
  const id = pickName(ctx, kebab(name), (n) => idTaken(ctx, n));
  const reference = `credentials('${id}')`;
  return {
    reference,
    name: id,
    edits: [{ range: { start: str.open, end: str.close }, newText: reference }],
    followUp: followUps.jenkins(ctx, id, `The environment block binds it to ${name} and Jenkins masks it in the log.`),
    safe: true,
  };
}

function wrapStep(ctx: VaultContext, str: GroovyString, flavour: ShellFlavour): VaultEdit | undefined {
  const { text, eol } = ctx;
  const stmtStart = lineStartOf(text, str.open);
  const stmtEnd = lineEndOf(text, Math.max(str.open, str.close - 1));
  // The statement must own its lines: nothing but closing parentheses or a comment after the string.
  if (!/^\s*\)?\s*(\/\/.*)?$/.test(text.slice(str.close, stmtEnd))) return undefined;
  const name = pickName(ctx, envVarName(ctx.data.name), (n) => nameTakenInText(ctx, n, { selfReferenceAllowed: false }) || idTaken(ctx, kebab(n)));
  const id = kebab(name);
  const contentStart = str.open + str.delim.length;
  const ref = shellReference(name, text.slice(Math.max(contentStart, lineStartOf(text, ctx.start)), ctx.start), flavour);
  const inner = groovyEscape(ref.text, str.delim);
  const body = text.slice(stmtStart, ctx.start) + inner + text.slice(ctx.end, stmtEnd);
  const indent = indentOf(text, stmtStart);
  const firstBreak = body.indexOf('\n');
  const firstLine = firstBreak === -1 ? body : body.slice(0, firstBreak);
  const rest = firstBreak === -1 ? '' : body.slice(firstBreak);
  const wrapped =
    `${indent}withCredentials([string(credentialsId: '${id}', variable: '${name}')]) {${eol}` +
    `${indent}    ${firstLine.trimStart()}${rest}${eol}` +
    `${indent}}`;
  return {
    reference: `withCredentials(${id} → ${name})`,
    name,
    edits: [{ range: { start: stmtStart, end: stmtEnd }, newText: wrapped }],
    followUp: followUps.jenkins(ctx, id, `withCredentials gives it to this step only, as ${name}, and Jenkins masks it in the log.`),
    safe: ref.safe,
  };
}
