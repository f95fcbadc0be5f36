// Parsed pieces by their text, least recently used first out. Two bounds: the characters of the
// cached pieces (a parsed tree costs roughly 15-20 bytes per source character), and age: a piece
// no parse has used for a while goes, one never reused goes sooner. Typing makes a new version of
// one piece per keystroke, used once; without the age bound those versions would fill the cache
// to its character bound (about 20 MB) before any went, and an editor's memory would grow by
// that much over a few thousand edits.

/** What the cache needs of an entry. */
export interface Cached {
  readonly text: string;
  /** The parse that last used the entry. */
  stamp: number;
  /** How many later parses used it again. */
  reuses: number;
}

export class PieceCache<T extends Cached> {
  private readonly map = new Map<string, T>();
  private chars = 0;

  constructor(
    readonly maxChars: number,
    readonly maxEntries: number,
  ) {}

  get size(): number {
    return this.map.size;
  }

  get cachedChars(): number {
    return this.chars;
  }

  /**
   * Drops the pieces no parse used since `stamp`, and sooner, those not
   * used since `onceStamp` that no parse ever reused: a file read once (a command-line scan)
   * leaves nothing behind for long, while a file being edited reuses its pieces at once.
   */
  evictUnused(stamp: number, onceStamp: number): void {
    for (const [text, piece] of this.map) {
      // Iteration follows use: from the first piece of a recent parse on, everything is recent.
      if (piece.stamp >= onceStamp) break;
      if (piece.stamp >= stamp && piece.reuses > 0) continue;
      this.map.delete(text);
      this.chars -= text.length;
    }
  }

  get(text: string): T | undefined {
    const hit = this.map.get(text);
    if (hit) {
      // Re-insert: a Map iterates in insertion order, so the front is the least recently used.
      this.map.delete(text);
      this.map.set(text, hit);
    }
    return hit;
  }

  set(piece: T): void {
    if (piece.text.length > this.maxChars) return;
    const old = this.map.get(piece.text);
    if (old) {
      this.map.delete(piece.text);
      this.chars -= old.text.length;
    }
    this.map.set(piece.text, piece);
    this.chars += piece.text.length;
    while (this.chars > this.maxChars || this.map.size > this.maxEntries) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
      this.chars -= oldest.length;
    }
  }

  clear(): void {
    this.map.clear();
    this.chars = 0;
  }
}
