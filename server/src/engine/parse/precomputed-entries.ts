// Entries a parser already has for a ParsedYaml, so yamlEntries() need not walk its tree again:
// the incremental parse (yaml-incremental.ts) keeps each piece's entries with the piece. Kept in
// its own module so that yaml-entries.ts and yaml-incremental.ts need not import each other.
import type { Entry } from './entry';

export const precomputedEntries = new WeakMap<object, () => Entry[]>();
