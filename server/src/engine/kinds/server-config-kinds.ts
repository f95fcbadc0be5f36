// Server and build configuration written in XML: Atlassian Data Center (Jira `dbconfig.xml`,
// `confluence.cfg.xml`, `crowd.cfg.xml`, `bamboo.cfg.xml`, `seraph-config.xml`), Tomcat
// `server.xml`, Maven `settings.xml`, `NuGet.config`. The Atlassian names are distinctive; the
// generic ones (`server.xml`, `settings.xml`) are claimed only when the content says whose file it
// is (a sniff of the first 64 KB). Without text (path-only questions: "is this file worth
// reading?") the name alone answers, and the real call with the text decides.
import type { FileKind } from '../types';

const HEAD = 65536;

const BY_NAME: Record<string, FileKind> = {
  'dbconfig.xml': 'jira-dbconfig',
  'confluence.cfg.xml': 'atlassian-cfg-xml',
  'crowd.cfg.xml': 'atlassian-cfg-xml',
  'bamboo.cfg.xml': 'atlassian-cfg-xml',
  'seraph-config.xml': 'seraph-config',
  'nuget.config': 'nuget-config',
};

/** Tomcat: a `<Server` root with a `<Connector`. */
const TOMCAT = /<Server[\s>]/;
const CONNECTOR = /<Connector[\s/>]/;
/** Maven: `<settings` in the Maven settings namespace, or with a `<servers>` section. */
const MAVEN = /<settings[\s/>]/;
const MAVEN_NS = /maven\.apache\.org\/(?:SETTINGS|POM)\//i;
const SERVERS = /<servers[\s/>]/;

export function detectServerConfigKind(lowerName: string, text: string | undefined): FileKind | undefined {
  const byName = BY_NAME[lowerName];
  if (byName) return byName;
  if (lowerName !== 'server.xml' && lowerName !== 'settings.xml' && !/^settings[\w.-]*\.xml$/.test(lowerName)) return undefined;
  if (text === undefined) return lowerName === 'server.xml' ? 'tomcat-server-xml' : 'maven-settings';
  const h = text.length > HEAD ? text.slice(0, HEAD) : text;
  if (lowerName === 'server.xml') return TOMCAT.test(h) && CONNECTOR.test(h) ? 'tomcat-server-xml' : undefined;
  return MAVEN.test(h) && (MAVEN_NS.test(h) || SERVERS.test(h)) ? 'maven-settings' : undefined;
}

/** The XML kinds (their syntax is 'xml'). */
export const XML_KINDS: ReadonlySet<FileKind> = new Set<FileKind>(['jira-dbconfig', 'atlassian-cfg-xml', 'seraph-config', 'tomcat-server-xml', 'maven-settings', 'nuget-config']);
