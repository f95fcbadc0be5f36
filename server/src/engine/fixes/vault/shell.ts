// How to mention an environment variable inside a shell script without changing the script's
// meaning: what kind of quoting surrounds the spot, and the matching spelling of `$NAME`.

export type ShellQuote = 'none' | 'single' | 'double';
export type ShellFlavour = 'sh' | 'pwsh' | 'cmd';

/** The quoting in effect at the end of `prefix` (one line of a POSIX shell script). */
export function shellQuoteAt(prefix: string): ShellQuote {
  let state: ShellQuote = 'none';
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (state === 'single') {
      if (c === "'") state = 'none';
    } else if (c === '\\') {
      i++;
    } else if (state === 'double') {
      if (c === '"') state = 'none';
    } else if (c === "'") state = 'single';
    else if (c === '"') state = 'double';
    else if (c === '#' && (i === 0 || /\s/.test(prefix[i - 1]!))) return 'none'; // a comment: quoting no longer matters
  }
  return state;
}

/** PowerShell: double-quoted strings expand `$env:X`; single-quoted ones do not. */
export function pwshQuoteAt(prefix: string): ShellQuote {
  let state: ShellQuote = 'none';
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    if (state === 'single') {
      if (c === "'") state = 'none';
    } else if (state === 'double') {
      if (c === '`') i++;
      else if (c === '"') state = 'none';
    } else if (c === "'") state = 'single';
    else if (c === '"') state = 'double';
  }
  return state;
}

export interface ShellReference {
  text: string;
  /** False when the spot cannot expand a variable without rewriting more than the literal. */
  safe: boolean;
}

/** `$NAME` spelled for the spot the literal occupied (the text of its line before it is `prefix`). */
export function shellReference(name: string, prefix: string, flavour: ShellFlavour): ShellReference {
  switch (flavour) {
    case 'cmd':
      return { text: `%${name}%`, safe: true };
    case 'pwsh': {
      const q = pwshQuoteAt(prefix);
      return { text: `$env:${name}`, safe: q !== 'single' };
    }
    default: {
      const q = shellQuoteAt(prefix);
      if (q === 'double') return { text: `\${${name}}`, safe: true };
      // Close the single quotes, expand in double quotes, reopen: 'a '"$X"' b'.
      if (q === 'single') return { text: `'"$${name}"'`, safe: true };
      return { text: `"$${name}"`, safe: true };
    }
  }
}
