// Keystores and private-key files are findings by their name, even when their content is binary
// (the scan cannot read it as text); other binary files are not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeBinary } from '../../server/src/engine/analyze';
import { withDefaults } from '../../server/src/engine/config/config';
import { outOfScope, looksMinified } from '../../server/src/engine/scope/scan-scope';

describe('key files by name', () => {
  it('a binary keystore, SSH key or DER key is reported; an image is not', () => {
    assert.deepEqual(analyzeBinary({ path: 'android/app/release.jks' }).map((f) => f.ruleId), ['secret/keystore-file']);
    assert.deepEqual(analyzeBinary({ path: 'certs/site.pfx' }).map((f) => f.ruleId), ['secret/keystore-file']);
    assert.deepEqual(analyzeBinary({ path: 'deploy/id_ed25519' }).map((f) => f.ruleId), ['secret/private-key']);
    assert.deepEqual(analyzeBinary({ path: 'tls/server.key' }).map((f) => f.ruleId), ['secret/private-key']);
    assert.deepEqual(analyzeBinary({ path: 'docs/logo.png' }), []);
    assert.deepEqual(analyzeBinary({ path: 'deploy/id_ed25519.pub' }), []);
  });
  it('the rule can be turned off and a baseline accepts it', () => {
    const config = withDefaults({ rules: { 'secret/keystore-file': 'off' } });
    assert.deepEqual(analyzeBinary({ path: 'a.p12', config }), []);
    const fp = analyzeBinary({ path: 'a.p12' })[0]!.fingerprint!;
    assert.deepEqual(analyzeBinary({ path: 'a.p12', baseline: new Set([fp]) }), []);
  });
  it('a text id_rsa with a public key only is not reported by name', () => {
    const r = analyze({ path: 'keys/id_rsa', text: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHkq user@host\n' });
    assert.deepEqual(r.findings, []);
  });
});

describe('default scan scope', () => {
  it('leaves out lockfiles, vendored trees, minified bundles and binaries by path', () => {
    assert.equal(outOfScope('web/package-lock.json'), 'lockfile');
    assert.equal(outOfScope('Cargo.lock'), 'lockfile');
    assert.equal(outOfScope('go.sum'), 'lockfile');
    assert.equal(outOfScope('src/vendor/lib/config.yml'), 'vendored');
    assert.equal(outOfScope('a/node_modules/x/index.js'), 'vendored');
    assert.equal(outOfScope('static/app.min.js'), 'minified');
    assert.equal(outOfScope('img/logo.png'), 'binary');
    assert.equal(outOfScope('deploy.sh'), undefined);
    assert.equal(outOfScope('Dockerfile'), undefined);
    assert.equal(outOfScope('infra/main.tf'), undefined);
  });
  it('a script with a 1,000+ character line is minified; a YAML file with one is not', () => {
    const long = `var a="${'x'.repeat(1200)}";\n`;
    assert.equal(looksMinified('dist/app.js', long), true);
    assert.equal(looksMinified('k8s/secret.yaml', long), false);
  });
  it('analyze() scans an unknown text file by default and skips a lockfile unless scanAllFiles', () => {
    const text = 'export GITHUB_TOKEN=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\n';
    assert.equal(analyze({ path: 'deploy.sh', text }).kind, 'other');
    assert.equal(analyze({ path: 'yarn.lock', text }).kind, undefined);
    assert.equal(analyze({ path: 'yarn.lock', text, config: withDefaults({ scanAllFiles: true }) }).kind, 'other');
  });
});
