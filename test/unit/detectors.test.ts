// Cross-cutting checks over every provider detector: shape of the definitions, fixture and docs
// coverage, every detector exercised by an ng fixture, no two providers claiming one secret, and
// near-misses (a token glued into a longer string, a truncated token) not reported.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { providerDetectors } from '../../server/src/engine/secrets/providers';
import { runDetector } from '../../server/src/engine/secrets/scan-secrets';
import { AnalysisContext } from '../../server/src/engine/context';
import { analyze } from '../../server/src/engine/analyze';
import { withDefaults } from '../../server/src/engine/config/config';
import { detectKind, syntaxOf } from '../../server/src/engine/kinds/detect-kind';
import type { RawFinding } from '../../server/src/engine/types';
import { base62, crc32, githubChecksumOk } from '../../server/src/engine/secrets/providers/checksum';
import { isReportableJwt } from '../../server/src/engine/secrets/providers/jwt';

const ROOT = join(__dirname, '..', '..');
const RULES = join(ROOT, 'test', 'rules');
const DOCS = join(ROOT, 'docs', 'rules');
const config = withDefaults({ scanAllFiles: true });
const NOW = new Date('2026-11-27T12:00:00Z');
const ids = [...new Set(providerDetectors.map((d) => d.id))].sort();
const providerIds = new Set(ids);

/** ng.* cases of a rule as [name, text] (a folder case contributes each of its files). */
function ngFiles(id: string): [string, string][] {
  const dir = join(RULES, id);
  const out: [string, string][] = [];
  const add = (p: string, name: string): void => {
    if (statSync(p).isDirectory()) for (const n of readdirSync(p)) add(join(p, n), `${name}/${n}`);
    else out.push([name, readFileSync(p, 'utf8')]);
  };
  for (const n of readdirSync(dir).filter((x) => x.startsWith('ng.')).sort()) add(join(dir, n), n);
  return out;
}

function ruleFindings(name: string, text: string, id: string) {
  return analyze({ path: name, text, config, now: NOW }).findings.filter((f) => f.ruleId === id);
}

function context(name: string, text: string): AnalysisContext {
  const kind = detectKind(name, text) ?? 'other';
  return new AnalysisContext(name, text, kind, syntaxOf(kind, name), config, NOW);
}

describe('provider detector definitions', () => {
  it('there are at least 90 detectors and 80 distinct ids', () => {
    assert.ok(providerDetectors.length >= 90, `${providerDetectors.length} detectors`);
    assert.ok(ids.length >= 80, `${ids.length} ids`);
  });

  for (const [i, d] of providerDetectors.entries()) {
    it(`#${i} ${d.id} (${d.description}) is well-formed`, () => {
      assert.match(d.id, /^secret\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
      assert.ok(d.pattern.flags.includes('g'), 'pattern needs the g flag');
      assert.ok(d.pattern.source.includes('(?<secret>'), 'pattern needs a named group `secret`');
      assert.ok(d.description.length > 3 && !/\.$/.test(d.description));
      assert.ok(d.rotate && d.rotate.length > 10, 'say where to revoke or rotate it');
      assert.ok(d.keywords.length > 0, 'a literal keyword keeps the pattern from running on every file');
      for (const k of d.keywords) {
        assert.equal(k, k.toLowerCase(), `keyword ${k} must be lower-case`);
        assert.ok(k.length >= 3 || /[^a-z0-9]/.test(k), `keyword ${k} is too short to filter anything`);
      }
      // Unbounded quantifiers let one candidate scan the rest of the file.
      assert.doesNotMatch(d.pattern.source.replace(/\\./g, ''), /[*+](?![^[]*\])/, 'use bounded quantifiers ({m,n}) only');
    });
  }
});

describe('provider fixtures and docs', () => {
  for (const id of ids) {
    it(`${id} has ok/ng fixtures, a snapshot and a docs page`, () => {
      const dir = join(RULES, id);
      assert.ok(existsSync(dir), `missing ${dir}`);
      const names = readdirSync(dir);
      assert.ok(names.some((n) => n.startsWith('ok.')), 'needs an ok.* case');
      assert.ok(names.some((n) => n.startsWith('ng.')), 'needs an ng.* case');
      assert.ok(names.includes('snapshot.json'), 'needs a reviewed snapshot.json');
      assert.ok(existsSync(join(DOCS, `${id}.md`)), `missing docs/rules/${id}.md`);
    });
  }

  it('every detector entry is exercised by an ng fixture of its id', () => {
    const unexercised: string[] = [];
    for (const [i, d] of providerDetectors.entries()) {
      const hit = ngFiles(d.id).some(([name, text]) => {
        const out: RawFinding[] = [];
        runDetector(d, context(name, text), out);
        return out.length > 0;
      });
      if (!hit) unexercised.push(`#${i} ${d.id} (${d.description})`);
    }
    assert.deepEqual(unexercised, []);
  });
});

describe('provider detectors on their ng fixtures', () => {
  for (const id of ids) {
    it(`${id}: no other provider claims its secrets; near-misses are not reported`, () => {
      for (const [name, text] of ngFiles(id)) {
        const all = analyze({ path: name, text, config, now: NOW }).findings;
        const mine = all.filter((f) => f.ruleId === id);
        assert.ok(mine.length > 0, `${name} gives no ${id} finding`);
        for (const f of mine) {
          const others = all.filter((o) => o.ruleId !== id && providerIds.has(o.ruleId) && o.range.start < f.range.end && f.range.start < o.range.end);
          assert.deepEqual(others.map((o) => o.ruleId), [], `${name}: another provider also claims the secret`);

          const secret = text.slice(f.range.start, f.range.end);
          const at = f.range.start;
          // Truncated to 12 characters: too short for any format.
          const truncated = text.slice(0, at) + secret.slice(0, 12) + text.slice(f.range.end);
          const tFound = ruleFindings(name, truncated, id).filter((g) => g.range.start < at + 12 && at < g.range.end);
          assert.deepEqual(tFound.map((g) => truncated.slice(g.range.start, g.range.start + 8)), [], `${name}: a truncated ${secret.slice(0, 4)}… is still reported`);

          // Glued to a preceding random string: the token must not be half-matched from inside it.
          // (Armoured key blocks are delimited by their own lines, not by word boundaries.)
          if (/^(?:-{4,5} ?BEGIN|PuTTY)/.test(secret)) continue;
          const glued = text.slice(0, at) + 'Q7' + text.slice(at);
          const gFound = ruleFindings(name, glued, id).filter((g) => g.range.start === at + 2);
          assert.deepEqual(gFound.length, 0, `${name}: ${secret.slice(0, 4)}… is matched inside a longer string`);
        }
      }
    });
  }
});

describe('checksums and validators', () => {
  it('crc32 and base62 match their reference values', () => {
    assert.equal(crc32('123456789'), 0xcbf43926);
    assert.equal(base62(0, 6), '000000');
    assert.equal(base62(61, 2), '0z');
    assert.equal(base62(62, 2), '10');
  });

  it('GitHub classic tokens need a valid checksum', () => {
    const body = 'Zq8RmWk2Tn5Pv7Xc9Lb4Hd6Jf3Gs1A';
    const good = `ghp_${body}${base62(crc32(body), 6)}`;
    assert.ok(githubChecksumOk(good));
    const bad = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0');
    assert.ok(!githubChecksumOk(bad));
    assert.ok(!githubChecksumOk('ghp_short'));
  });

  it('a JWT needs a JSON header naming an algorithm other than none', () => {
    const seg = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const sig = 'Vq3Lm9Rt2Wx8Yz1Ab4Cd7Ef0Gh5Ij6Kl';
    assert.ok(isReportableJwt(`${seg({ alg: 'RS256' })}.${seg({ sub: 'deployer' })}.${sig}`));
    assert.ok(!isReportableJwt(`${seg({ alg: 'none' })}.${seg({ sub: 'deployer' })}.${sig}`));
    assert.ok(!isReportableJwt(`${seg({ typ: 'JWT' })}.${seg({ sub: 'deployer' })}.${sig}`));
    assert.ok(!isReportableJwt(`${seg({ alg: 'HS256' })}.${seg({ role: 'anon', iss: 'supabase' })}.${sig}`));
  });
});
