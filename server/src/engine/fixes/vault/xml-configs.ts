// "Move to secret store" for XML build configs, in each file's own idiom:
//   Maven settings.xml  `<password>${env.NAME}</password>` (Maven expands `${env.X}` when it reads
//                       settings.xml); NAME from the server's `<id>`: MAVEN_RELEASES_PASSWORD
//   NuGet.config        `<add key="ClearTextPassword" value="%NAME%"/>` (NuGet expands `%X%`
//                       environment variables in packageSourceCredentials); NAME from the source
// Atlassian (dbconfig.xml, *.cfg.xml) and Tomcat (server.xml) get no automatic fix: Atlassian's
// secured form needs the secret stored first (AWS Secrets Manager / HashiCorp Vault, a cipher
// provider and a JSON pointer only the admin can fill in), and Tomcat has no portable reference
// syntax. The finding's message says what to do there (secrets/format-advice.ts).
import type { Emitter, VaultContext, VaultEdit } from './context';
import { leakedSentence, pickName } from './context';
import { envVarName } from './names';
import { parseXml, child, attr } from '../../parse/xml';
import type { XmlElement } from '../../parse/xml';
import { elements } from '../../parse/xml';

/** The element whose whole text is the literal, or the element whose attribute value is. */
function locate(ctx: VaultContext): { el: XmlElement; attribute?: string } | undefined {
  const parsed = parseXml(ctx.text);
  for (const el of elements(parsed.root)) {
    if (el.text && el.text.range.start <= ctx.start && ctx.end <= el.text.range.end) {
      return el.text.value.trim() === ctx.text.slice(ctx.start, ctx.end) ? { el } : undefined;
    }
    for (const a of el.attributes) if (a.valueRange.start === ctx.start && a.valueRange.end === ctx.end && a.value === ctx.text.slice(ctx.start, ctx.end)) return { el, attribute: a.name };
  }
  return undefined;
}

function taken(ctx: VaultContext, n: string): boolean {
  return new RegExp(`[{%.]${n}[}%]`).test(ctx.text);
}

export const mavenSettings: Emitter = (ctx): VaultEdit | undefined => {
  const at = locate(ctx);
  if (!at || at.attribute || !/^(password|passphrase)$/.test(at.el.name) || at.el.parent?.name !== 'server') return undefined;
  const id = child(at.el.parent, 'id')?.text?.value.trim();
  const base = envVarName(`MAVEN_${id ? `${id}_` : ''}${at.el.name}`).replace(/_+/g, '_');
  const name = pickName(ctx, base, (n) => taken(ctx, n));
  const reference = `\${env.${name}}`;
  const followUp =
    `Set the environment variable ${name} where Maven runs: a masked secret variable in your CI (for example \`gh secret set ${name}\`, then \`env: ${name}: \${{ secrets.${name} }}\`) or your shell profile on a build machine; Maven reads it as ${reference}. ` +
    leakedSentence(ctx);
  return { reference, name, edits: [{ range: { start: ctx.start, end: ctx.end }, newText: reference }], followUp, safe: true };
};

export const nugetConfig: Emitter = (ctx): VaultEdit | undefined => {
  const at = locate(ctx);
  if (!at || at.attribute !== 'value' || attr(at.el, 'key')?.value !== 'ClearTextPassword' || at.el.parent?.parent?.name !== 'packageSourceCredentials') return undefined;
  // Source names are element names, with spaces written as _x0020_.
  const source = at.el.parent.name.replace(/_x0020_/g, '_');
  const base = envVarName(`NUGET_${source}_PASSWORD`).replace(/_+/g, '_');
  const name = pickName(ctx, base, (n) => taken(ctx, n));
  const reference = `%${name}%`;
  const followUp =
    `Set the environment variable ${name} where NuGet runs (a masked secret variable in your CI, or the user's environment on a build machine); NuGet expands ${reference} when it reads NuGet.config. A credential provider (Azure Artifacts, GitHub Packages) avoids the password altogether. ` +
    leakedSentence(ctx);
  return { reference, name, edits: [{ range: { start: ctx.start, end: ctx.end }, newText: reference }], followUp, safe: true };
};
