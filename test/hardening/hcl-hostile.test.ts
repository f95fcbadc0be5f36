// Hostile HCL (Terraform, Vault server config) through analyze(): deep nesting of every bracket
// and of interpolations, a huge file, unterminated heredocs, strings, comments and blocks, a 10 MB
// string, a 10 MB heredoc, one error per line, NUL bytes. Each must finish (bounded by the test
// timeout; durations are reported as diagnostics, not asserted), never throw, never fail a rule,
// keep every range inside the text, and say "could not parse" as an info finding when it cannot.
// Issue 13 relies on this list; keep it growing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, PARSE_ERROR_RULE } from '../../server/src/engine/analyze';
import { DEFAULT_CONFIG } from '../../server/src/engine/config/config';
import { parseHcl } from '../../server/src/engine/parse/hcl';
import { checkResult } from './hostile-documents.test';

const config = { ...DEFAULT_CONFIG, scanAllFiles: true };
const NOW = new Date('2026-01-01T00:00:00Z');
const KEY = 'AKIA' + 'Z7QRSTUVWXY23456'; // planted: must still be found in every malformed case

const resource = (i: number): string =>
  `resource "aws_security_group" "sg_${i}" {\n  name = "app-${i}"\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["10.0.0.0/8"]\n  }\n  tags = { Name = "sg-${i}" }\n}\n`;

interface Case {
  name: string;
  text: () => string;
  /** Malformed: a parse-error info finding is expected. */
  malformed: boolean;
}

const CASES: Case[] = [
  { name: '10,000 nested lists', text: () => `a = ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, malformed: true },
  { name: '10,000 nested objects', text: () => `a = ${'{ b = '.repeat(10_000)}1${' }'.repeat(10_000)}\n`, malformed: true },
  { name: '10,000 nested parentheses', text: () => `a = ${'('.repeat(10_000)}1${')'.repeat(10_000)}\n`, malformed: true },
  { name: '10,000 nested blocks', text: () => `${'b {\n'.repeat(10_000)}${'}\n'.repeat(10_000)}`, malformed: true },
  { name: '10,000 nested interpolations', text: () => `a = "${'${"'.repeat(10_000)}x${'"}'.repeat(10_000)}"\n`, malformed: false },
  { name: '10,000 unclosed blocks', text: () => 'b {\n'.repeat(10_000), malformed: true },
  { name: '5 MB of resources', text: () => Array.from({ length: 20_000 }, (_, i) => resource(i)).join('\n'), malformed: false },
  { name: 'unterminated heredoc before 1 MB', text: () => `a = <<EOT\n${'line of text\n'.repeat(80_000)}`, malformed: true },
  { name: '10 MB string', text: () => `a = "${'x'.repeat(10_000_000)}"\n`, malformed: false },
  { name: '10 MB heredoc', text: () => `a = <<EOT\n${'y'.repeat(10_000_000)}\nEOT\n`, malformed: false },
  { name: '10 MB unterminated string', text: () => `a = "${'z'.repeat(10_000_000)}`, malformed: true },
  { name: 'unterminated interpolation', text: () => `a = "\${var.x${' '.repeat(100_000)}\n`, malformed: true },
  { name: 'unterminated block comment', text: () => `/*${' comment'.repeat(100_000)}`, malformed: true },
  { name: '<< without a marker, 100,000 times', text: () => 'a = <<\n'.repeat(100_000), malformed: true },
  { name: 'an error on every one of 100,000 lines', text: () => '= = =\n'.repeat(100_000), malformed: true },
  { name: 'NUL bytes and control characters', text: () => `a = "\u0000\u0001"\n\u0000\u0000 = 1\nb = 2\n`, malformed: true },
  { name: 'CRLF line ends', text: () => 'a = 1\r\nb = "x"\r\nc {\r\n  d = 2\r\n}\r\n', malformed: false },
  // HCL's newlines are LF and CRLF: a lone CR is not one, so two attributes on one "line" are an error.
  { name: 'lone CR', text: () => 'a = 1\rb = 2\n', malformed: true },
  { name: '1 MB identifier', text: () => `${'k'.repeat(1_000_000)} = 1\n`, malformed: false },
  { name: '100,000 labels', text: () => `b ${'"l" '.repeat(100_000)}{\n}\n`, malformed: false },
];

describe('hostile HCL', () => {
  for (const c of CASES) {
    for (const path of ['infra/main.tf', 'vault/config.hcl']) {
      it(`${c.name} as ${path}`, { timeout: 120_000 }, (t) => {
        // Vault files are sniffed by content: lead with a listener block.
        const head = path.endsWith('.hcl') ? 'listener "tcp" {\n  tls_disable = 1\n}\n' : '';
        const text = `${head}key = "${KEY}"\n${c.text()}`;
        const started = performance.now();
        let r: ReturnType<typeof analyze>;
        try {
          r = analyze({ path, text, config, now: NOW });
        } catch (e) {
          assert.fail(`${c.name}: analyze() threw ${(e as Error).stack ?? e}`);
        }
        t.diagnostic(`${c.name} (${(text.length / 1e6).toFixed(1)} MB): ${(performance.now() - started).toFixed(0)} ms`);
        checkResult(c.name, text, r);
        assert.ok(r.findings.some((f) => f.ruleId === 'secret/aws-access-key-id' && text.slice(f.range.start, f.range.end) === KEY), 'the planted key is still found');
        const info = r.findings.filter((f) => f.ruleId === PARSE_ERROR_RULE);
        if (c.malformed) assert.equal(info.length, 1, 'one parse-error info finding');
        else assert.deepEqual(info.map((f) => f.message), [], 'well-formed input parses');
        for (const f of info) assert.equal(f.severity, 'info');
      });
    }
  }

  it('problems are capped, so a file of errors cannot make a huge result', () => {
    assert.ok(parseHcl('= = =\n'.repeat(100_000)).problems.length <= 20);
  });
});
