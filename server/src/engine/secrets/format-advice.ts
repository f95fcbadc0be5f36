// Where a file's format has no reference Outpost can write for the user, the secret finding's
// message says what to do instead (DESIGN.md: "if no safe automatic fix exists, say so").
//   Atlassian DC   the documented secured form: the password stored in AWS Secrets Manager or
//                  HashiCorp Vault, a cipher provider naming the store and a JSON pointer as the value
//                  (dbconfig.xml: <atlassian-password-cipher-provider>; *.cfg.xml:
//                  jdbc.password.decrypter.classname); Jira 10.2+ can move it to its own secret store
//                  and write {ATL_SECURED}. Base64Cipher is encoding, not encryption.
//   Tomcat         server.xml has no portable reference syntax: keep the file out of git.
//   Kubernetes     a Secret's stringData / a ConfigMap in git: ExternalSecret, SealedSecret or SOPS.
import type { AnalysisContext } from '../context';
import type { RawFinding } from '../types';
import { manifestDocs } from './kubernetes/manifests';
import { isEnvValuePath } from './kubernetes/manifests';

const ATLASSIAN =
  'Outpost cannot move it for you: store the password in AWS Secrets Manager or HashiCorp Vault and write Atlassian\'s secured form (a cipher provider class plus a JSON pointer as the password; see "advanced encryption" in the product docs), or on Jira 10.2+ let Jira move it to its secret store ({ATL_SECURED}).';
const TOMCAT = 'Tomcat has no reference syntax Outpost can write: keep server.xml with real passwords out of the repository (commit a template) and set them on the server.';
const KUBERNETES = 'Outpost cannot move it for you: keep Secrets out of git as an ExternalSecret, a SealedSecret or a SOPS-encrypted file, and have workloads read them through secretKeyRef.';

const MOVE = 'Move it to a secret store and treat it as leaked: ';

function adviceFor(ctx: AnalysisContext, f: RawFinding): string | undefined {
  switch (ctx.kind) {
    case 'jira-dbconfig':
    case 'atlassian-cfg-xml':
      return ATLASSIAN;
    case 'tomcat-server-xml':
    case 'seraph-config':
      return TOMCAT;
    case 'kubernetes': {
      // Container env literals have their own fix (secretKeyRef); everything else in a manifest has none.
      const e = ctx.entries.find((x) => x.valueRange.start <= f.range.start && f.range.end <= x.valueRange.end);
      if (e && isEnvValuePath(e.path)) return undefined;
      const kind = e ? manifestDocs(ctx.entries).get(e.doc ?? 0)?.kind : undefined;
      return kind === 'Secret' || kind === 'ConfigMap' ? KUBERNETES : undefined;
    }
    default:
      return undefined;
  }
}

/** Rewrites the "move it" sentence of a secret finding whose format has no automatic fix. */
export function adviseSecret(ctx: AnalysisContext, f: RawFinding): void {
  if (!f.message.includes(MOVE)) return;
  const advice = adviceFor(ctx, f);
  if (advice) f.message = f.message.replace(MOVE, `${advice} Treat it as leaked: `);
}
