// What `outpost scan` (args.ts) and `outpost report` (report-args.ts) parse the same way: the walk over
// the arguments (`--flag value` and `--flag=value`) and the options that mean the same for both.
// UsageError lives here, not in args.ts, so that both parsers can throw it without args.ts and
// report-args.ts importing each other; args.ts re-exports it for everyone else.

export class UsageError extends Error {}

/** The options scan and report share; the usage text says "as for scan". */
export interface SharedOptions {
  allFiles: boolean;
  noBaseline: boolean;
  baseline?: string;
  config?: string;
  output?: string;
  /** Worker threads; undefined = automatic (cores, for large scans). */
  jobs?: number;
}

/**
 * Calls visit for each argument in order. For `--flag=value` visit gets `--flag`, and take() returns
 * the inline value; otherwise take() consumes the next argument, which must not start with `--`
 * (a forgotten value would otherwise swallow the following option).
 */
export function eachArg(argv: readonly string[], visit: (arg: string, take: () => string) => void): void {
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    let inline: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) {
      inline = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    const flag = a;
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
      i++;
      return v;
    };
    visit(a, take);
  }
}

/** Sets the shared option named by flag on out; false when flag is not one of them (the caller's own, or unknown). */
export function takeSharedOption(out: SharedOptions, flag: string, take: () => string): boolean {
  switch (flag) {
    case '--all-files':
      out.allFiles = true;
      return true;
    case '--baseline':
      out.baseline = take();
      return true;
    case '--no-baseline':
      out.noBaseline = true;
      return true;
    case '--config':
      out.config = take();
      return true;
    case '--output':
    case '-o':
      out.output = take();
      return true;
    case '--jobs': {
      const v = take();
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--jobs must be a whole number from 1 to 64, not "${v}"`);
      out.jobs = n;
      return true;
    }
    default:
      return false;
  }
}
