// Application configs that carry credentials, each with the idiom its framework reads secrets by:
// - Spring Boot (`application*.yml|properties`): `${NAME}` placeholders resolve from the
//   environment (and any property source), so the literal becomes `${NAME}`.
// - .NET (`appsettings*.json`): JSON has no substitution; configuration providers layer
//   environment variables over the file, `Section__Key` for `Section:Key`. The literal is removed
//   (an empty string) and the follow-up says which variable (or `dotnet user-secrets` key) supplies it.
// - Dockerfile `ENV`/`ARG`: both end up in the image or its history. The assignment is removed and
//   every later `RUN` that reads the variable gets `--mount=type=secret,id=<name>,env=<NAME>`
//   (BuildKit build secrets, never stored in a layer); the follow-up tells the `docker build --secret` flag.
import type { Emitter } from './context';
import { leakedSentence, nameTakenInText, pickName } from './context';
import { envVarName, kebab } from './names';
import { replaceInYamlScalar } from './yaml-replace';
import { lineEndOf, lineStartOf, nextLineStart } from './text-lines';
import { jsonEntries, parseJson } from '../../parse/json-entries';

export const springConfig: Emitter = (ctx) => {
  const name = pickName(ctx, envVarName(ctx.data.name), (n) => nameTakenInText(ctx, n, { selfReferenceAllowed: false }));
  const reference = `\${${name}}`;
  const followUp =
    `Set the environment variable ${name} where the application runs (a Kubernetes Secret, the CI secret store, or the ` +
    `platform's configuration); Spring Boot resolves \${${name}} from the environment at startup. ${leakedSentence(ctx)}`;
  const safe = ctx.data.wholeValue;
  if (ctx.syntax === 'yaml') {
    const edits = replaceInYamlScalar(ctx.text, ctx.yaml(), ctx.start, ctx.end, reference);
    return edits ? { reference, name, edits, followUp, safe } : undefined;
  }
  return { reference, name, edits: [{ range: { start: ctx.start, end: ctx.end }, newText: reference.replace(/\\/g, '\\\\') }], followUp, safe };
};

export const dotnetAppSettings: Emitter = (ctx) => {
  if (ctx.data.quote !== 'double') return undefined;
  const entry = jsonEntries(parseJson(ctx.text)).find((e) => e.valueRange.start <= ctx.start && ctx.end <= e.valueRange.end);
  if (!entry) return undefined;
  const section = entry.path.map(String);
  const envName = section.join('__');
  const configKey = section.join(':');
  // The whole value goes: a connection string with its password removed would still be used, and fail.
  const edits = [{ range: { start: entry.valueRange.start, end: entry.valueRange.end }, newText: '' }];
  const followUp =
    `Supply ${configKey} outside the file: the environment variable ${envName} (what containers and App Service use), ` +
    `\`dotnet user-secrets set "${configKey}" "<value>"\` on a developer machine, or Azure Key Vault through ` +
    `AddAzureKeyVault. .NET layers these over appsettings.json. ${leakedSentence(ctx)}`;
  return { reference: `the ${envName} environment variable`, name: envName, edits, followUp, safe: false };
};

export const dockerfile: Emitter = (ctx) => {
  const key = ctx.data.key;
  if (!key || !ctx.data.wholeValue) return undefined;
  const lineStart = lineStartOf(ctx.text, ctx.start);
  const line = ctx.text.slice(lineStart, lineEndOf(ctx.text, ctx.start));
  const m = /^(\s*)(ENV|ARG)\s+/i.exec(line);
  if (!m || /\\\s*$/.test(line)) return undefined;
  const name = envVarName(key);
  const id = kebab(name);
  const edits: { range: { start: number; end: number }; newText: string }[] = [];
  // The pair `KEY=value` (with its quotes and one separating space), or the whole line when it is the only one.
  const pairs = line.slice(m[0].length).trim();
  const quoteEnd = ctx.text[ctx.end] === '"' || ctx.text[ctx.end] === "'" ? ctx.end + 1 : ctx.end;
  const keyAt = ctx.text.lastIndexOf(key, ctx.start);
  if (keyAt < lineStart) return undefined;
  if (ctx.text.slice(keyAt, quoteEnd).length === pairs.length || !pairs.includes('=')) {
    edits.push({ range: { start: lineStart, end: nextLineStart(ctx.text, lineStart) }, newText: '' });
  } else {
    const after = ctx.text[quoteEnd] === ' ' ? quoteEnd + 1 : quoteEnd;
    const before = after === quoteEnd && ctx.text[keyAt - 1] === ' ' ? keyAt - 1 : keyAt;
    edits.push({ range: { start: before, end: after }, newText: '' });
  }
  // Later RUN lines that read the variable get the secret mounted as that variable.
  const uses = new RegExp(String.raw`\$\{?${key}\b`);
  const runLine = /^(\s*RUN\s+)/i;
  let at = nextLineStart(ctx.text, lineStart);
  while (at < ctx.text.length) {
    const end = lineEndOf(ctx.text, at);
    const l = ctx.text.slice(at, end);
    const r = runLine.exec(l);
    if (r && uses.test(l) && !l.includes(`id=${id}`)) edits.push({ range: { start: at + r[1]!.length, end: at + r[1]!.length }, newText: `--mount=type=secret,id=${id},env=${key} ` });
    const next = nextLineStart(ctx.text, at);
    if (next <= at) break;
    at = next;
  }
  const followUp =
    `Pass the value as a build secret: \`docker build --secret id=${id},env=${name} .\` (BuildKit; it reads ${name} from the ` +
    `environment of the build, e.g. a CI secret). RUN steps that read $${key} now get it through --mount=type=secret, ` +
    `and it is never stored in an image layer. ${leakedSentence(ctx)}`;
  return { reference: `a build secret (id=${id})`, name, edits, followUp, safe: false };
};
