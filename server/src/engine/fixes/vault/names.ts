// Secret names for the vault fix: derived from the key (engine/secrets/fix-data.ts), shaped for
// the platform, and made unique in the file so two different secrets never share a name.

const ID = /[A-Za-z0-9_]/;

/** Indexes where `word` occurs in `text` as a whole identifier (not part of a longer one). */
export function wordOccurrences(text: string, word: string): number[] {
  const out: number[] = [];
  if (!word) return out;
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    const before = i > 0 ? text[i - 1]! : '';
    const after = text[i + word.length] ?? '';
    if (!ID.test(before) && !ID.test(after)) out.push(i);
  }
  return out;
}

/** `base`, else `base_2`, `base_3`, ... — the first one `taken` rejects not. */
export function uniqueName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 2; i < 1000; i++) {
    const n = `${base}_${i}`;
    if (!taken(n)) return n;
  }
  return `${base}_${Date.now()}`;
}

/** GitHub: letters, digits, underscores; not starting with a digit or with the reserved `GITHUB_`. */
export function githubSecretName(name: string): string {
  let n = name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  if (n.startsWith('GITHUB_')) n = `GH_${n.slice('GITHUB_'.length)}`;
  if (/^[0-9]/.test(n)) n = `SECRET_${n}`;
  return n || 'SECRET';
}

export function envVarName(name: string): string {
  const n = name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
  return /^[0-9]/.test(n) || n === '' ? `SECRET_${n}` : n;
}

export const lowerSnake = (name: string): string => name.toLowerCase();

/** Jenkins credential ids are conventionally lower-case kebab: `AWS_SECRET_ACCESS_KEY` -> `aws-secret-access-key`. */
export const kebab = (name: string): string => name.toLowerCase().replace(/_+/g, '-');
