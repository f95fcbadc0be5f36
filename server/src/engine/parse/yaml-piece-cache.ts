// Parsed pieces by their text, least recently used first out. The bound is on the characters of
// the cached pieces (a parsed tree costs roughly 15-20 bytes per source character), so the cache
// stays under ~20 MB however many edits go through it.
import type { ParsedPiece } from './yaml-piece-parse';

export class PieceCache {
  private readonly map = new Map<string, ParsedPiece>();
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

  get(text: string): ParsedPiece | undefined {
    const hit = this.map.get(text);
    if (hit) {
      // Re-insert: a Map iterates in insertion order, so the front is the least recently used.
      this.map.delete(text);
      this.map.set(text, hit);
    }
    return hit;
  }

  set(piece: ParsedPiece): void {
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
