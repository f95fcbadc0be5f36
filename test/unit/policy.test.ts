// The security schemas and the ajv error -> source range mapping (server/src/engine/policy).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import { parseTree } from 'jsonc-parser';
import { analyze } from '../../server/src/engine/analyze';
import type { Finding } from '../../server/src/engine/types';
import { validatorFor } from '../../server/src/engine/policy/compiled-schemas';
import { pointerToPath } from '../../server/src/engine/policy/pointer';
import { schemaProblems } from '../../server/src/engine/policy/schema-problems';
import { YamlTree } from '../../server/src/engine/policy/yaml-tree';
import { JsonTree } from '../../server/src/engine/policy/json-tree';
import { CsvInventoryTree } from '../../server/src/engine/policy/csv-inventory';
import { parseCsv } from '../../server/src/engine/parse/csv';
import { showValue, closest } from '../../server/src/engine/policy/show-value';

const NOW = new Date('2026-11-27T12:00:00Z');

function findings(path: string, text: string, prefix = ''): Finding[] {
  const r = analyze({ path, text, now: NOW });
  assert.deepEqual(r.failures, []);
  return r.findings.filter((f) => f.ruleId.startsWith(prefix));
}

/** The text a finding points at. */
function at(text: string, f: Finding): string {
  return text.slice(f.range.start, f.range.end);
}

const COLLAB = `apiVersion: outpost/v1
kind: CollaborationSettings
service: jira
exposure: internet
authentication:
  mfa: required
  anonymousAccess: false
  publicSignup: false
network:
  ipAllowlist: [203.0.113.0/24]
users:
  removeDormantAfterDays: 90
auditLog:
  enabled: true
tokens:
  maxLifetimeDays: 90
`;

describe('compiled schemas', () => {
  it('are compiled once and reused', () => {
    assert.equal(validatorFor('AssetInventory'), validatorFor('AssetInventory'));
    assert.equal(validatorFor('CollaborationSettings'), validatorFor('CollaborationSettings'));
  });

  it('accept the formats as documented in DESIGN.md', () => {
    const doc = parseAllDocuments(COLLAB)[0] as Document.Parsed;
    assert.equal(validatorFor('CollaborationSettings')(doc.toJS()), true);
  });

  for (const name of ['asset-inventory', 'collaboration-settings']) {
    it(`${name}.schema.json documents every property for completion and hover`, () => {
      const schema = JSON.parse(readFileSync(join(__dirname, `../../schemas/${name}.schema.json`), 'utf8'));
      assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
      assert.ok(schema.markdownDescription, 'root markdownDescription');
      const missing: string[] = [];
      const walk = (node: Record<string, unknown>, where: string): void => {
        const props = (node['properties'] ?? {}) as Record<string, Record<string, unknown>>;
        for (const [k, v] of Object.entries(props)) {
          const resolved = typeof v['$ref'] === 'string' ? undefined : v;
          if (resolved && !resolved['description'] && !resolved['title']) missing.push(`${where}.${k}`);
          if (resolved) walk(resolved, `${where}.${k}`);
          const items = resolved?.['items'] as Record<string, unknown> | undefined;
          if (items && !items['$ref']) walk(items, `${where}.${k}[]`);
        }
      };
      walk(schema, '');
      for (const def of Object.values(schema.definitions ?? {}) as Record<string, unknown>[]) walk(def, '#def');
      assert.deepEqual(missing, []);
    });
  }
});

describe('ajv error -> source range', () => {
  it('turns instance paths into key paths with numeric list positions', () => {
    const data = { assets: [{ a: 1 }], 'x/y': { '~k': 2 } };
    assert.deepEqual(pointerToPath('/assets/0/a', data), ['assets', 0, 'a']);
    assert.deepEqual(pointerToPath('/x~1y/~0k', data), ['x/y', '~k']);
    assert.deepEqual(pointerToPath('', data), []);
  });

  it('points a missing property at its parent key, an extra one at its own key, a wrong value at the value (YAML)', () => {
    const text = `apiVersion: outpost/v1
kind: AssetInventory
assets:
  - id: nas
    type: server
    purpose: Office file share
    owner: it@example.org
    vendor: Synology
    exposure: sometimes
    authentication:
      mfaa: required
    patching:
      responsibility: owner
`;
    const tree = YamlTree.from(parseAllDocuments(text)[0] as Document.Parsed, 0)!;
    const problems = schemaProblems(tree, 'AssetInventory');
    const byKind = (k: string, prop?: string) => problems.find((p) => p.kind === k && (prop === undefined || p.property === prop))!;
    // missing `method` under authentication -> the `authentication` key
    assert.equal(text.slice(byKind('missing', 'method').range.start, byKind('missing', 'method').range.end), 'authentication');
    // missing `contact` under patching -> the `patching` key
    assert.equal(text.slice(byKind('missing', 'contact').range.start, byKind('missing', 'contact').range.end), 'patching');
    // extra `mfaa` -> its own key
    assert.equal(text.slice(byKind('unknown', 'mfaa').range.start, byKind('unknown', 'mfaa').range.end), 'mfaa');
    // wrong value -> the value
    const inv = byKind('invalid');
    assert.equal(text.slice(inv.range.start, inv.range.end), 'sometimes');
    assert.deepEqual(inv.path, ['assets', 0, 'exposure']);
  });

  it('points a property missing from a list item at the item id, and from the root at the first key', () => {
    const text = 'apiVersion: outpost/v1\nkind: AssetInventory\nassets:\n  - id: old-ftp\n    type: server\n';
    const f = findings('assets.yaml', text, 'inventory/missing-field');
    assert.ok(f.length > 0);
    assert.ok(f.every((x) => at(text, x) === 'old-ftp'));
    const c = findings('tool.yaml', 'apiVersion: outpost/v1\nkind: CollaborationSettings\nexposure: vpn\n', 'collab/invalid-setting');
    assert.equal(c.length, 1);
    assert.equal(at('apiVersion: outpost/v1\nkind: CollaborationSettings\nexposure: vpn\n', c[0]!), 'apiVersion');
  });

  it('maps JSON documents the same way', () => {
    const text = '{\n  "apiVersion": "outpost/v1",\n  "kind": "CollaborationSettings",\n  "service": "wiki",\n  "exposure": "public",\n  "authentication": {"mfa": "required", "sso": "yes"},\n  "extra": 1\n}\n';
    const tree = new JsonTree(parseTree(text)!);
    const problems = schemaProblems(tree, 'CollaborationSettings');
    const shown = problems.map((p) => `${p.kind}:${text.slice(p.range.start, p.range.end)}`).sort();
    assert.deepEqual(shown, ['invalid:"public"', 'invalid:"yes"', 'unknown:"extra"']);
  });

  it('maps multi-document YAML to the right document', () => {
    const text = `${COLLAB}---\n${COLLAB.replace('service: jira', 'service: tracker')}`;
    const f = findings('tools.yaml', text, 'collab/invalid-setting');
    assert.equal(f.length, 1);
    assert.equal(at(text, f[0]!), 'tracker');
    assert.ok(f[0]!.range.start > COLLAB.length, 'points into the second document');
  });

  it('maps the CSV sheet to cells, and a missing cell to the row id', () => {
    const text = 'id,type,purpose,owner,vendor,exposure,auth_method,mfa,ip_allowlist,patch_responsibility,audit_log,last_reviewed\n' + 'vpn,network-device,Remote access,,Fortinet,internet,certificate,always,203.0.113.0/24;198.51.100.0/24,owner,maybe,2026-10-01\n';
    const csv = new CsvInventoryTree(parseCsv(text));
    const asset = csv.data.assets[0]!;
    assert.deepEqual((asset['network'] as Record<string, unknown>)['ipAllowlist'], ['203.0.113.0/24', '198.51.100.0/24']);
    assert.equal((asset['logging'] as Record<string, unknown>)['auditLog'], 'maybe');
    const f = findings('inventory.csv', text, 'inventory/');
    const shown = f.map((x) => `${x.ruleId}:${at(text, x)}`).sort();
    assert.deepEqual(shown, [
      'inventory/internet-facing-without-mfa:always',
      'inventory/invalid-value:always',
      'inventory/invalid-value:maybe',
      'inventory/missing-field:vpn',
      'inventory/missing-field:vpn',
    ]);
    assert.ok(f.some((x) => x.message.includes('Fill in the owner column')));
    assert.ok(f.some((x) => x.message.includes('audit_log column must be yes or no')));
  });

  it('falls back to the owner as patch contact when the sheet has no patch_contact column', () => {
    const csv = new CsvInventoryTree(parseCsv('id,owner\nnas,it@example.org\n'));
    assert.deepEqual(csv.data.assets[0]!['patching'], { contact: 'it@example.org' });
  });
});

describe('messages', () => {
  it('are written for people, not ajv defaults', () => {
    const text = `${COLLAB.replace('exposure: internet', 'exposure: public').replace('  mfa: required\n', '  mfa: required\n  anonymousAcess: false\n')}`;
    const f = findings('jira.outpost.yaml', text, 'collab/invalid-setting');
    assert.equal(f.length, 2);
    for (const x of f) {
      assert.doesNotMatch(x.message, /must be equal to one of the allowed values|must NOT have additional properties|must have required property/);
    }
    assert.match(f.find((x) => at(text, x) === 'anonymousAcess')!.message, /Did you mean `anonymousAccess`\?/);
    assert.match(f.find((x) => at(text, x) === 'public')!.message, /Use internet, vpn or internal/);
  });

  it('say what the issue example says for an optional MFA on an internet-facing Jira', () => {
    const text = COLLAB.replace('mfa: required', 'mfa: optional');
    const [f] = findings('jira.outpost.yaml', text, 'collab/mfa-not-required');
    assert.equal(at(text, f!), 'optional');
    assert.match(f!.message, /^This Jira instance faces the internet but has MFA optional: .*Require it: `mfa: required`\.$/);
  });

  it('never quote a whole token-like value', () => {
    assert.equal(showValue('ghp_0123456789abcdefABCDEF0123456789abcd'), 'ghp_…');
    assert.equal(showValue('sometimes'), 'sometimes');
    assert.equal(closest('anonymousAcess', ['mfa', 'anonymousAccess']), 'anonymousAccess');
    assert.equal(closest('colour', ['mfa', 'sso']), undefined);
  });
});

describe('secrets written into an inventory', () => {
  it('are reported by the secret detectors, and no posture message repeats them', () => {
    const pw = 'Vq7hNs2LmPx9wQ';
    const text = `apiVersion: outpost/v1\nkind: AssetInventory\nassets:\n  - id: nas\n    type: server\n    purpose: Files\n    owner: it@example.org\n    vendor: Synology\n    exposure: internal\n    authentication:\n      method: password\n      password: ${pw}\n    patching:\n      responsibility: owner\n      contact: it@example.org\n    lastReviewed: 2026-11-01\n`;
    const all = findings('assets.yaml', text);
    assert.ok(all.some((f) => f.ruleId.startsWith('secret/') && at(text, f) === pw), 'the password is reported as a secret');
    const unknown = all.find((f) => f.ruleId === 'inventory/invalid-value');
    assert.equal(at(text, unknown!), 'password');
    for (const f of all) assert.ok(!f.message.includes(pw), `${f.ruleId} must not repeat the secret`);
  });
});

describe('robustness', () => {
  it('does not throw on broken documents', () => {
    for (const text of ['kind: AssetInventory\nassets: [\n  - id: x', 'kind: CollaborationSettings\n: : :\n', '{"kind": "AssetInventory", "assets": [', 'kind: AssetInventory\nassets: 7\n']) {
      const path = text.startsWith('{') ? 'inv.json' : 'inv.yaml';
      const r = analyze({ path, text, now: NOW });
      assert.deepEqual(r.failures, [], text);
    }
  });

  it('skips alias bombs instead of expanding them', () => {
    const bomb = ['kind: AssetInventory', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const r = analyze({ path: 'inv.yaml', text: bomb.join('\n') + '\n', now: NOW });
    assert.deepEqual(r.failures, []);
  });
});
