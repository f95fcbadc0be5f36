// "Ignore on this line" / "... with a comment above": insert the suppression comment that
// engine/suppress/inline.ts reads, in the file's comment syntax, with a `reason` to fill in.
// Only where a comment cannot change what the file means: not in JSON or CSV, not inside a YAML
// value other than a literal script block, not inside a Groovy string other than a script step.
// (Findings there can still go to the baseline: that is a server command, not a text edit.)
import { Scalar } from 'yaml';
import { syntaxOf } from '../kinds/detect-kind';
import type { Syntax } from '../kinds/detect-kind';
import { commentPrefix } from '../suppress/inline';
import { parseYaml } from '../parse/yaml-entries';
import type { FixInput, FixProvider, FixResult, OffsetEdit } from './fix-provider';
import { locateScalar, keyName } from './vault/yaml-locate';
import { groovySpot } from './vault/groovy-spot';
import { eolOf, indentOf, lineEndOf, lineStartOf } from './vault/text-lines';

interface CommentStyle {
  prefix: string;
  /** A comment may follow the content on the same line. */
  endOfLine: boolean;
  /** Closes the comment (XML's ` -->`). */
  suffix?: string;
}

const SCRIPT_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'command', 'inline', 'inlineScript', 'bash', 'pwsh', 'powershell', 'sh', 'cmd']);
const HASH_EXT = /\.(sh|bash|zsh|py|rb|tf|tfvars|toml|conf|cfg|r|pl|ps1|mk|dockerfile)$|(^|\/)(Dockerfile|Makefile)$/i;
const SLASH_EXT = /\.(js|mjs|cjs|ts|tsx|jsx|go|java|kt|kts|cs|swift|c|cc|cpp|h|hpp|rs|groovy|gradle|scala|php|dart)$/i;

function styleFor(input: FixInput, syntax: Syntax, offset: number): CommentStyle | undefined {
  const { text, path } = input;
  switch (syntax) {
    case 'json':
    case 'csv':
    case 'netrc':
      return undefined;
    case 'ini':
    case 'properties':
      // Neither format has end-of-line comments: `value ; note` would become the value.
      return { prefix: commentPrefix(syntax), endOfLine: false };
    case 'dotenv':
    case 'ruby':
      return { prefix: '#', endOfLine: true };
    case 'yaml': {
      const hit = locateScalar(parseYaml(text), offset);
      if (!hit || !hit.scalar.range) return { prefix: '#', endOfLine: true };
      const [s, e] = hit.scalar.range;
      const multiLine = text.slice(s, e).replace(/\r?\n$/, '').includes('\n');
      if (!multiLine) return { prefix: '#', endOfLine: true };
      // Inside a literal script block a `#` line is a shell comment; anywhere else it would change the value.
      const key = keyName(hit.chain[hit.chain.length - 1]?.pair);
      const scriptItem = hit.chain.some((l) => SCRIPT_KEYS.has(keyName(l.pair) ?? ''));
      if (hit.scalar.type === Scalar.BLOCK_LITERAL && (SCRIPT_KEYS.has(key ?? '') || scriptItem)) return { prefix: '#', endOfLine: true };
      return undefined;
    }
    case 'groovy': {
      const spot = groovySpot(text, offset);
      if (!spot.string) return { prefix: '//', endOfLine: true };
      const closesOnLine = spot.string.close <= lineEndOf(text, offset);
      if (closesOnLine && spot.string.open >= lineStartOf(text, offset)) return { prefix: '//', endOfLine: true };
      // Inside a multi-line script string: only a shell comment is harmless.
      const stepLine = text.slice(lineStartOf(text, spot.string.open), spot.string.open);
      return /\bsh\s*\(?\s*$/.test(stepLine) ? { prefix: '#', endOfLine: true } : undefined;
    }
    case 'xml': {
      // `<!-- -->` above the line, and only where the line starts outside a tag (an attribute on
      // its own line of a multi-line start tag has no room for a comment).
      const lineStart = lineStartOf(text, offset);
      const open = text.lastIndexOf('<', lineStart - 1);
      if (open >= 0 && text.indexOf('>', open) >= lineStart) return undefined;
      return { prefix: '<!--', suffix: ' -->', endOfLine: false };
    }
    case 'text':
      if (HASH_EXT.test(path)) return { prefix: '#', endOfLine: true };
      if (SLASH_EXT.test(path)) return { prefix: '//', endOfLine: true };
      return undefined;
    default:
      return { prefix: commentPrefix(syntax), endOfLine: true };
  }
}

/** Adds `ruleId` to an existing `marker[...]` on the line, if there is one. */
function extendMarker(lineText: string, lineStart: number, marker: string, ruleId: string): OffsetEdit | undefined {
  const re = new RegExp(`${marker}\\[([^\\]\\n]*)\\]`);
  const m = re.exec(lineText);
  if (!m) return undefined;
  const close = lineStart + m.index + m[0].length - 1;
  return { range: { start: close, end: close }, newText: m[1]!.trim() ? `, ${ruleId}` : ruleId };
}

export const suppressFixes: FixProvider = {
  kind: '*',
  compute(input: FixInput): FixResult[] {
    const { text, finding } = input;
    const ruleId = finding.ruleId;
    if (!/^[a-z0-9-]+\/[a-z0-9*-]+$/.test(ruleId)) return [];
    const syntax = syntaxOf(input.kind, input.path);
    const style = styleFor(input, syntax, finding.range.start);
    if (!style) return [];
    const eol = eolOf(text);
    const lineStart = lineStartOf(text, finding.range.start);
    const lineEnd = lineEndOf(text, finding.range.start);
    const lineText = text.slice(lineStart, lineEnd);
    const out: FixResult[] = [];

    if (style.endOfLine) {
      const edit =
        (/outpost-ignore\[/.test(lineText) ? extendMarker(lineText, lineStart, 'outpost-ignore', ruleId) : undefined) ??
        ({ range: { start: lineEnd, end: lineEnd }, newText: ` ${style.prefix} outpost-ignore[${ruleId}]: reason` } satisfies OffsetEdit);
      out.push({ title: `Ignore ${ruleId} on this line`, edits: [edit], safe: false });
    }

    const prevStart = lineStart > 0 ? lineStartOf(text, lineStart - 1) : -1;
    const prevText = prevStart >= 0 ? text.slice(prevStart, lineEndOf(text, prevStart)) : '';
    const above =
      (prevStart >= 0 && /outpost-ignore-next-line\[/.test(prevText) ? extendMarker(prevText, prevStart, 'outpost-ignore-next-line', ruleId) : undefined) ??
      ({
        range: { start: lineStart, end: lineStart },
        newText: `${indentOf(text, lineStart)}${style.prefix} outpost-ignore-next-line[${ruleId}]: reason${style.suffix ?? ''}${eol}`,
      } satisfies OffsetEdit);
    out.push({ title: `Ignore ${ruleId} on this line with a comment above`, edits: [above], safe: false });
    return out;
  },
};
