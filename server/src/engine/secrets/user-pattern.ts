// Patterns a repository brings (`.outpost.yml` `secrets.extraPatterns`) run on RE2 (the `re2js`
// port): matching is linear in the text whatever the pattern, so `(a+)+$` cannot spin a core.
// RE2 has no backreferences and no lookaround; those are refused at load time with the column
// of the construct, so the user learns what to change instead of getting a silently different
// pattern. See docs/design/user-patterns.md for why re2js and not re2-wasm.
import { RE2JS } from 're2js';

/** Limits on what a configuration may ask the engine to compile and keep. */
export const USER_PATTERN_LIMITS = Object.freeze({
  patternLength: 1000,
  patterns: 200,
  keywords: 100,
  keywordLength: 100,
});

export interface PatternProblem {
  message: string;
  /** Offset inside the pattern source the problem is at (0 when unknown). */
  index: number;
}

/** The first construct RE2 cannot run, outside character classes and escapes, if any. */
function unsupportedConstruct(source: string): PatternProblem | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      if (!inClass && /^\\(?:[1-9]|k<)/.test(source.slice(i, i + 3))) return { index: i, message: problem('a backreference (`\\1`, `\\k<name>`)') };
      i++; // the escaped character is a literal
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
    } else if (ch === '[') {
      inClass = true;
    } else if (source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
      return { index: i, message: problem('a lookbehind (`(?<=…)` / `(?<!…)`)') };
    } else if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) {
      return { index: i, message: problem('a lookahead (`(?=…)` / `(?!…)`)') };
    }
  }
  return undefined;
}

const problem = (what: string): string =>
  `uses ${what}, which Outpost's linear-time pattern engine (RE2) does not support; rewrite it without (e.g. match the surrounding text and capture the secret in a \`(?<secret>…)\` group).`;

/** Why a pattern cannot be used, or undefined when it compiles. */
export function checkUserPattern(source: string): PatternProblem | undefined {
  if (source.length > USER_PATTERN_LIMITS.patternLength) {
    return { index: 0, message: `is ${source.length} characters long, over the ${USER_PATTERN_LIMITS.patternLength}-character limit; shorten it (keywords do the narrowing).` };
  }
  const unsupported = unsupportedConstruct(source);
  if (unsupported) return unsupported;
  try {
    RE2JS.compile(source);
    return undefined;
  } catch (e) {
    return { index: 0, message: `is not a valid RE2 regular expression (${(e as Error).message.replace(/^error parsing regexp: /, '')}).` };
  }
}

/** A compiled user pattern: matches as `{ index, end, secretStart, secretEnd }`, in UTF-16 offsets. */
export interface UserMatch {
  start: number;
  end: number;
  secretStart: number;
  secretEnd: number;
}

export class UserPattern {
  private readonly re: RE2JS;
  private readonly hasSecret: boolean;

  constructor(readonly source: string) {
    this.re = RE2JS.compile(source);
    this.hasSecret = 'secret' in this.re.namedGroups();
  }

  /** Every non-empty match, left to right; `limit` caps how many are returned (a hostile text may hold millions). */
  *matches(text: string, limit = 10_000): Generator<UserMatch> {
    const m = this.re.matcher(text);
    let n = 0;
    while (n < limit && m.find()) {
      const start = m.start();
      const end = m.end();
      if (end === start) continue;
      n++;
      if (this.hasSecret && m.start('secret') >= 0) yield { start, end, secretStart: m.start('secret'), secretEnd: m.end('secret') };
      else if (!this.hasSecret) yield { start, end, secretStart: start, secretEnd: end };
    }
  }
}
