// tomcat/ajp-without-secret — an AJP connector that accepts requests without a shared secret
// (Ghostcat, CVE-2020-1938): anyone who reaches the AJP port can read any file of the web
// application (dbconfig.xml, WEB-INF/...) and, where uploads exist, run code. Tomcat 8.5.51 /
// 9.0.31 made `secretRequired="true"` the default, so the risky cases are `secretRequired="false"`
// without a secret, and an older Tomcat with neither attribute (Jira/Confluence images have
// shipped such server.xml files). No automatic fix: the secret must match the one the reverse
// proxy sends, and removing or rebinding the connector can cut the proxy off — the message says
// what to do instead.
import type { Rule } from '../../rule';
import type { RawFinding } from '../../types';
import { attr, elements } from '../../parse/xml';

export const AJP_WITHOUT_SECRET = 'tomcat/ajp-without-secret';

export const ajpWithoutSecret: Rule = {
  meta: {
    id: AJP_WITHOUT_SECRET,
    severity: 'error',
    description: 'A Tomcat AJP connector accepts requests without a secret (Ghostcat, CVE-2020-1938).',
    fixable: false,
    kinds: ['tomcat-server-xml'],
  },
  check(ctx) {
    const out: RawFinding[] = [];
    if (!/ajp/i.test(ctx.text)) return out;
    for (const el of elements(ctx.xml?.root)) {
      if (el.name !== 'Connector') continue;
      const protocol = attr(el, 'protocol');
      if (!protocol || !/ajp/i.test(protocol.value)) continue;
      const secret = attr(el, 'secret') ?? attr(el, 'requiredSecret');
      if (secret && secret.value.trim() !== '') continue;
      const required = attr(el, 'secretRequired');
      if (required && required.value.trim().toLowerCase() !== 'false') continue;
      const address = attr(el, 'address')?.value;
      const where = address ? `on ${address}` : 'on every network interface (no address="…")';
      out.push({
        ruleId: AJP_WITHOUT_SECRET,
        message:
          `This AJP connector listens ${where} ${required ? 'with secretRequired="false" and no secret' : 'without a secret (older Tomcat accepts that)'}: anyone who reaches the port can read the application's files, such as dbconfig.xml, or run code (Ghostcat, CVE-2020-1938). ` +
          `Remove the connector if no proxy uses AJP; otherwise add address="127.0.0.1" and a secret="…" that your proxy also sends, and drop secretRequired="false".`,
        range: required ? required.valueRange : protocol.valueRange,
      });
    }
    return out;
  },
};
