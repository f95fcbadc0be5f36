// References and encrypted forms in XML server/build configs: never findings.
//   Maven settings.xml   `${env.X}` / `${X}` (expanded by Maven) and `{…}` (`mvn --encrypt-password`,
//                        decrypted with settings-security.xml; Maven 4 writes `{[name=master]…}`)
//   NuGet.config         `%X%` (environment macro); `<add key="Password">` is DPAPI-encrypted (per
//                        user and machine; only `ClearTextPassword` is plain text)
//   Atlassian DC         `{ATL_SECURED}` (Jira ≥ 10.2 moved the value to its secret store), and a
//                        password next to a cipher provider: `<atlassian-password-cipher-provider>`
//                        (dbconfig.xml) or `<property name="jdbc.password.decrypter.classname">`
//                        (confluence/crowd/bamboo.cfg.xml): the value is then a pointer (AWS Secrets
//                        Manager, Vault JSON) or ciphertext (AES). The Base64 cipher/store is only an
//                        encoding, so a password next to it is still reported.
import type { ParsedXml, XmlElement } from '../../parse/xml';
import { attr, child, elements } from '../../parse/xml';
import { xmlNameOf } from '../../parse/xml-entries';

const VALUE_REFERENCES: readonly RegExp[] = [
  /^\$\{(?:env\.)?[A-Za-z_][\w.-]{0,200}\}$/, // Maven ${env.X}, ${X}
  /^\{[A-Za-z0-9+/=\[\]:,_ -]{1,2000}\}$/, // Maven {…} encrypted, {[name=master]…}; {ATL_SECURED}
  /^%[A-Za-z_][\w]{0,200}%$/, // NuGet %X%
  // A Java class name: the cipher provider / decrypter named under a password-like key
  // (`jdbc.password.decrypter.classname`), never the password itself.
  /^(?:[a-z_][a-z0-9_]{0,60}\.){2,20}[A-Z][A-Za-z0-9_$]{0,120}$/,
];

export function isXmlConfigReferenceValue(value: string): boolean {
  const v = value.trim();
  return VALUE_REFERENCES.some((re) => re.test(v));
}

const isBase64Cipher = (cls: string): boolean => /base64/i.test(cls);

/** A Jira dbconfig.xml `<jdbc-datasource>` with a (non-Base64) cipher provider: its `<password>` is not plain text. */
function cipheredDatasourcePassword(el: XmlElement): XmlElement | undefined {
  const provider = child(el, 'atlassian-password-cipher-provider')?.text?.value;
  if (!provider || isBase64Cipher(provider)) return undefined;
  return child(el, 'password');
}

/** confluence/crowd/bamboo.cfg.xml `<properties>` with a (non-Base64) `jdbc.password.decrypter.classname`. */
function cipheredHibernatePassword(el: XmlElement): XmlElement | undefined {
  const props = el.children.filter((c) => c.name === 'property');
  const decrypter = props.find((p) => xmlNameOf(p) === 'jdbc.password.decrypter.classname')?.text?.value;
  if (!decrypter || isBase64Cipher(decrypter)) return undefined;
  return props.find((p) => xmlNameOf(p) === 'hibernate.connection.password');
}

/**
 * Start offsets of values that are encrypted or stored elsewhere (so never findings), decided by
 * their siblings: a cipher provider next to an Atlassian password, NuGet's encrypted `Password`.
 */
export function xmlReferenceStarts(parsed: ParsedXml): Set<number> {
  const out = new Set<number>();
  for (const el of elements(parsed.root)) {
    if (el.name === 'jdbc-datasource') {
      const pw = cipheredDatasourcePassword(el);
      if (pw?.text) out.add(pw.text.range.start);
    } else if (el.name === 'properties') {
      const pw = cipheredHibernatePassword(el);
      if (pw?.text) out.add(pw.text.range.start);
    } else if (el.name === 'add' && el.parent?.parent?.name === 'packageSourceCredentials' && attr(el, 'key')?.value === 'Password') {
      const v = attr(el, 'value');
      if (v) out.add(v.valueRange.start);
    }
  }
  return out;
}
