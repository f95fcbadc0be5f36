// Regex safety: every secret detector is run on inputs built to make a backtracking regex engine
// work hard (long runs of the characters its classes accept, many near-misses, keywords packed
// together, 1 MB single lines, whitespace after a key name), and its cost must grow linearly:
// 10x the input may take at most 30x the time. Detectors are enumerated from providerDetectors,
// so a detector added later is covered without touching this file.
import { describe, it } from 'node:test';
import { providerDetectors } from '../../server/src/engine/secrets/providers';
import { runDetector } from '../../server/src/engine/secrets/scan-secrets';
import { genericInText } from '../../server/src/engine/secrets/generic/in-text';
import { genericByKey } from '../../server/src/engine/secrets/generic/by-key';
import { classifyKey } from '../../server/src/engine/secrets/generic/key-names';
import { isNotASecret } from '../../server/src/engine/secrets/placeholders';
import { inlineSuppressions } from '../../server/src/engine/suppress/inline';
import { detectKind } from '../../server/src/engine/kinds/detect-kind';
import { AnalysisContext } from '../../server/src/engine/context';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/config';
import type { Detector } from '../../server/src/engine/secrets/detector';
import type { RawFinding } from '../../server/src/engine/types';
import type { Entry } from '../../server/src/engine/parse/entry';
import { assertLinearGrowth, fill } from './support/growth';
import { characterSets, run } from './support/regex-classes';

/** 1x = 100 KB of text; 10x = 1 MB (one line unless the family says otherwise). */
const BASE = 100 * 1024;
const NOW = new Date('2026-01-01T00:00:00Z');

/** A context whose lower-cased text is computed up front: only the detector's own work is timed. */
function contextFor(text: string): AnalysisContext {
  const ctx = new AnalysisContext('adversarial.txt', text, 'other', 'text', DEFAULT_CONFIG, NOW);
  void ctx.lowerText;
  return ctx;
}

function scanWith(d: Detector): (ctx: AnalysisContext) => RawFinding[] {
  return (ctx) => {
    const out: RawFinding[] = [];
    runDetector(d, ctx, out);
    return out;
  };
}

/** Input families for one detector: name -> text of `scale` x BASE bytes. */
function familiesFor(d: Detector): [string, (scale: number) => string][] {
  const kw = d.keywords[0] ?? '';
  const allKw = d.keywords.join(' ');
  const sets = characterSets(d.pattern, 2);
  const fams: [string, (scale: number) => string][] = [];
  for (const [i, chars] of sets.entries()) {
    // One candidate that never ends: the engine extends it as far as the class allows.
    fams.push([`keyword = 1 long run of class ${i}`, (s) => `${kw}: "${fill(chars, BASE * s)}`]);
    // Many candidates one character too short, each after the keyword.
    fams.push([`near-misses of class ${i}`, (s) => fill(`${kw}=${run(chars, 15)} `, BASE * s)]);
  }
  fams.push(['keywords packed together', (s) => fill(d.keywords.join(''), BASE * s)]);
  fams.push(['whitespace after the keyword', (s) => `${kw}${fill(' \t', BASE * s)}x`]);
  fams.push(['quotes and separators', (s) => `${kw}${fill(`"':= =>`, BASE * s)}`]);
  fams.push(['keywords and every class mixed, many lines', (s) => fill(`${allKw} ${sets.map((c) => run(c, 40)).join(' ')}\n`, BASE * s)]);
  return fams;
}

describe('provider detector patterns grow linearly on adversarial input', () => {
  const ids = new Map<string, number>();
  for (const d of providerDetectors) {
    // Several detectors may share an id: number them so every one gets its own test.
    const n = (ids.get(d.id) ?? 0) + 1;
    ids.set(d.id, n);
    const scan = scanWith(d);
    it(`${d.id}${n > 1 ? ` #${n}` : ''}`, { timeout: 120_000 }, () => {
      for (const [name, make] of familiesFor(d)) assertLinearGrowth(`${d.id}: ${name}`, (s) => contextFor(make(s)), scan);
    });
  }
});

/** Families aimed at each text pattern of the generic detector (flags, login, mysql, -u, headers, URLs). */
const GENERIC_TEXT_FAMILIES: [string, (scale: number) => string][] = [
  ['--password followed by a 1 MB value', (s) => ` --password ${fill('aB3$', BASE * s)}`],
  ['--token= with quotes that never close', (s) => ` --token="${fill("a'b", BASE * s)}`],
  ['many --password near-misses', (s) => fill(' --password "" --token= --api-key ', BASE * s)],
  ['flag followed by whitespace only', (s) => ` --password${fill(' \t', BASE * s)}`],
  ['login with no -p', (s) => fill('docker login registry.example.org -u user ', BASE * s)],
  ['login words packed', (s) => fill('login', BASE * s)],
  ['mysql with no -p', (s) => fill('mysql --host db -u root ', BASE * s)],
  ['-u user with no colon', (s) => ` -u ${fill('user', BASE * s)}`],
  ['-u user:pass pairs packed', (s) => fill(' -u a:b', BASE * s)],
  ['-u followed by colons', (s) => ` -u ${fill('a:', BASE * s)}`],
  ['Authorization: Bearer with a long token', (s) => `Authorization: Bearer ${fill('xX0-', BASE * s)}`],
  ['Authorization headers packed', (s) => fill('authorization: bearer authorization=token ', BASE * s)],
  ['scheme:// with a long user', (s) => `https://${fill('user', BASE * s)}`],
  ['scheme://user:pass with no @', (s) => `https://${fill('u:p', BASE * s)}`],
  ['URL schemes packed', (s) => fill('a://b:c', BASE * s)],
  ['URL userinfo colons', (s) => `ftp://${fill(':', BASE * s)}@h`],
];

describe('generic text patterns grow linearly on adversarial input', () => {
  for (const [name, make] of GENERIC_TEXT_FAMILIES) {
    it(name, { timeout: 60_000 }, () => {
      assertLinearGrowth(`genericInText: ${name}`, make, (t) => genericInText(t, t.toLowerCase()));
    });
  }
});

/**
 * Candidate checks run on every value a detector proposes. Values are bounded by the patterns
 * (up to a few KB), so here 1x and 10x are candidate lengths (200 and 2,000 characters) rather
 * than file sizes: a cubic placeholder regex shows up as 1000x.
 */
const CANDIDATE_SHAPES: [string, (n: number) => string][] = [
  ['x...x then one other character', (n) => 'x'.repeat(n - 1) + '-'],
  ['*...* then one other character', (n) => '*'.repeat(n - 1) + 'a'],
  ['xx + random + no closing xx', (n) => 'xx' + run('aB3-', n - 3) + 'y'],
  ['repeated ${ openers', (n) => fill('${', n)],
  ['repeated {{ openers', (n) => fill('{{', n)],
  ['repeated $( openers', (n) => fill('$(', n)],
  ['repeated $[ openers', (n) => fill('$[', n)],
  ['digest prefix then invalid', (n) => 'sha256:' + 'a'.repeat(n) + '!'],
  ['path-like then space', (n) => '~/' + fill('a/', n) + ' '],
  ['words separated by spaces', (n) => fill('word ', n)],
  ['your- prefix and no suffix', (n) => 'your-' + fill('a-', n)],
  ['number-dot runs', (n) => fill('1.', n) + 'x'],
];

describe('candidate checks (placeholders, references, non-secret shapes) grow linearly in candidate length', () => {
  for (const [name, make] of CANDIDATE_SHAPES) {
    it(name, { timeout: 60_000 }, () => {
      assertLinearGrowth(`isNotASecret: ${name}`, (s) => make(200 * s), isNotASecret);
    });
  }
});

describe('key-name based detection grows linearly', () => {
  const entry = (key: string, value: string): Entry => ({ path: [key], key, value, valueRange: { start: 0, end: value.length }, quote: 'plain' });
  it('a long camelCase / snake_case key name', { timeout: 60_000 }, () => {
    assertLinearGrowth('classifyKey', (s) => fill('dbPassword_api-Key.', BASE * s), classifyKey);
  });
  it('many password-like entries with candidate-shaped values', { timeout: 60_000 }, () => {
    const values = CANDIDATE_SHAPES.map(([, make]) => make(180));
    assertLinearGrowth(
      'genericByKey',
      (s) => Array.from({ length: 50 * s }, (_, i) => entry(i % 2 ? 'db_password' : 'api_token', values[i % values.length]!)),
      genericByKey,
    );
  });
});

describe('other regexes that see whole documents grow linearly', () => {
  it('inline suppression markers on a 1 MB line', { timeout: 60_000 }, () => {
    assertLinearGrowth('inlineSuppressions', (s) => fill('# outpost-ignore[', BASE * s), (t) => inlineSuppressions(t, 'yaml'));
  });
  it('file-kind sniffing on blank lines and whitespace', { timeout: 60_000 }, () => {
    // The sniff reads at most 64 KB, so 1x is 6.4 KB here.
    for (const unit of ['\n', ' \n', '\r\n', '\t \n']) {
      assertLinearGrowth(`detectKind on ${JSON.stringify(unit)} lines`, (s) => fill(unit, 6553 * s), (t) => detectKind('settings.yml', t));
    }
  });
  it('file-kind sniffing on near-miss kind lines', { timeout: 60_000 }, () => {
    assertLinearGrowth('detectKind on "kind:" lines', (s) => fill('kind: AssetInventor\n "kind" :\n', 6553 * s), (t) => detectKind('settings.yml', t));
  });
});
