// XML server/build configs and Kubernetes/Helm: which file is which (by name, and by content for
// generic names), the XML parser's positions and path convention, and malformed input.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectKind, syntaxOf } from '../../server/src/engine/kinds/detect-kind';
import { parseXml } from '../../server/src/engine/parse/xml';
import { xmlEntries } from '../../server/src/engine/parse/xml-entries';
import { analyze } from '../../server/src/engine/analyze';
import { withDefaults } from '../../server/src/engine/config/config';

const TOMCAT = '<?xml version="1.0"?>\n<Server port="8005">\n  <Service name="Catalina">\n    <Connector port="8009" protocol="AJP/1.3" secretRequired="false"/>\n  </Service>\n</Server>\n';
const MAVEN = '<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">\n  <servers>\n    <server><id>a</id><password>pw1xxA</password></server>\n    <server><id>b</id><password>pw2yyB</password></server>\n  </servers>\n</settings>\n';

describe('kinds: XML server and build configs', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['jira-home/dbconfig.xml', undefined, 'jira-dbconfig'],
    ['confluence.cfg.xml', undefined, 'atlassian-cfg-xml'],
    ['shared/crowd.cfg.xml', undefined, 'atlassian-cfg-xml'],
    ['bamboo.cfg.xml', undefined, 'atlassian-cfg-xml'],
    ['WEB-INF/classes/seraph-config.xml', undefined, 'seraph-config'],
    ['NuGet.config', undefined, 'nuget-config'],
    ['src/nuget.config', undefined, 'nuget-config'],
    ['conf/server.xml', TOMCAT, 'tomcat-server-xml'],
    ['conf/server.xml', '<server><name>not tomcat</name></server>', undefined],
    ['.m2/settings.xml', MAVEN, 'maven-settings'],
    ['settings.xml', '<settings><servers/></settings>', 'maven-settings'],
    ['.idea/settings.xml', '<settings><editor/></settings>', undefined],
  ];
  for (const [path, text, kind] of cases) {
    it(`${path}${text ? ' (content)' : ''} → ${kind}`, () => {
      assert.equal(detectKind(path, text), kind);
      if (kind) assert.equal(syntaxOf(kind as never, path), 'xml');
    });
  }
  it('path-only questions keep the generic names as candidates (the content decides later)', () => {
    assert.equal(detectKind('conf/server.xml'), 'tomcat-server-xml');
    assert.equal(detectKind('settings.xml'), 'maven-settings');
  });
});

describe('kinds: Kubernetes manifests and Helm values', () => {
  it('a multi-document manifest of any name', () => {
    assert.equal(detectKind('deploy/app.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: apps/v1\nkind: Deployment\n'), 'kubernetes');
    assert.equal(detectKind('k8s/x.yml', '# comment\n---\napiVersion: networking.k8s.io/v1\nkind: Ingress\n'), 'kubernetes');
  });
  it('not YAML without both keys at the top level, and not the more specific kinds', () => {
    assert.equal(detectKind('deploy/app.yaml', 'spec:\n  kind: Service\n  apiVersion: v1\n'), undefined);
    assert.equal(detectKind('Chart.yaml', 'apiVersion: v2\nname: jira\n'), undefined);
    assert.equal(detectKind('.github/workflows/ci.yml', 'apiVersion: v1\nkind: Secret\n'), 'github-workflow');
  });
  it('Helm values of the charts in the research notes, by their keys', () => {
    assert.equal(detectKind('charts/jira/values.yaml', 'database:\n  type: postgres\njira:\n  service: {}\ningress:\n  create: true\n'), 'helm-values');
    assert.equal(detectKind('values-prod.yaml', 'expose:\n  type: ingress\nharborAdminPassword: "x"\n'), 'helm-values');
    assert.equal(detectKind('values.yaml', 'replicaCount: 1\nimage:\n  repository: nginx\n'), undefined);
    assert.equal(detectKind('other.yaml', 'database:\n  type: postgres\njira:\n  service: {}\n'), undefined);
  });
});

describe('XML parser and entries', () => {
  it('paths are element names, attributes "@name", repeated siblings indexed; ranges are exact', () => {
    const parsed = parseXml(TOMCAT);
    assert.deepEqual(parsed.problems, []);
    const e = xmlEntries(parsed).find((x) => x.path.join('/') === 'Server/Service/Connector/@secretRequired');
    assert.ok(e);
    assert.equal(e.value, 'false');
    assert.equal(TOMCAT.slice(e.valueRange.start, e.valueRange.end), 'false');
    const maven = xmlEntries(parseXml(MAVEN)).filter((x) => x.key === 'password');
    assert.deepEqual(maven.map((x) => x.path), [['settings', 'servers', 'server', 0, 'password'], ['settings', 'servers', 'server', 1, 'password']]);
    assert.deepEqual(maven.map((x) => MAVEN.slice(x.valueRange.start, x.valueRange.end)), ['pw1xxA', 'pw2yyB']);
  });
  it('keys: a property\'s name attribute for its text, `key` for the value attribute', () => {
    const text = '<c><properties><property name="hibernate.connection.password">abc</property></properties><s><add key="ClearTextPassword" value="def"/></s></c>';
    const entries = xmlEntries(parseXml(text));
    assert.equal(entries.find((x) => x.value === 'abc')?.key, 'hibernate.connection.password');
    assert.equal(entries.find((x) => x.value === 'def')?.key, 'ClearTextPassword');
  });
  it('CDATA values point inside the section; entity-encoded text keeps its written range', () => {
    const text = '<a><b><![CDATA[s3cr&t]]></b><c>x &amp; y</c></a>';
    const entries = xmlEntries(parseXml(text));
    const b = entries.find((x) => x.key === 'b')!;
    assert.equal(text.slice(b.valueRange.start, b.valueRange.end), 's3cr&t');
    const c = entries.find((x) => x.key === 'c')!;
    assert.equal(c.value, 'x & y');
    assert.equal(text.slice(c.valueRange.start, c.valueRange.end), 'x &amp; y');
  });
  it('a BOM (shown to the engine as a space) before <?xml is not an error', () => {
    assert.deepEqual(parseXml(` ${TOMCAT}`).problems, []);
  });
  it('internal DTD entities are not expanded; an undefined entity is a problem, not an expansion', () => {
    const text = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "EXPANDED">]>\n<x><password>&a;</password></x>';
    const parsed = parseXml(text);
    assert.ok(parsed.problems.length > 0);
    assert.ok(!xmlEntries(parsed).some((e) => e.value.includes('EXPANDED')));
  });
  it('malformed XML gives one outpost/parse-error info finding and the secret checks still run', () => {
    const text = '<jira-database-config>\n  <jdbc-datasource>\n    <password>Qw7rT9zLm2Kx</password>\n  <jdbc-datasource>\n';
    const r = analyze({ path: 'dbconfig.xml', text, config: withDefaults({}) });
    assert.deepEqual(r.failures, []);
    const pe = r.findings.filter((f) => f.ruleId === 'outpost/parse-error');
    assert.equal(pe.length, 1);
    assert.equal(pe[0]!.severity, 'info');
    assert.ok(r.findings.some((f) => f.ruleId === 'secret/generic-password'), 'the password before the error is still found');
  });
  it('<!-- outpost-ignore-next-line --> suppresses in XML', () => {
    const text = '<settings><servers><server><id>a</id>\n<!-- outpost-ignore-next-line[secret/generic-password]: test server -->\n<password>Hx82kLq0PzR4</password></server></servers></settings>';
    assert.deepEqual(analyze({ path: 'settings.xml', text, config: withDefaults({}) }).findings.map((f) => f.ruleId), []);
  });
});
