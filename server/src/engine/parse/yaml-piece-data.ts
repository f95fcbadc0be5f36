// Plain data (toJS) of a stitched document, assembled from each piece's own data. Plain data has
// no source positions, so a piece's data stays right wherever the piece moves and is computed
// once per piece; the stitched mappings are rebuilt per parse the way the `yaml` package builds a
// mapping (addPairToJSMap: keys as strings, a repeated key replaces the value in place).
//
// A piece's data is shared by every document that reuses the piece, so it is frozen: code that
// tried to change it would fail loudly instead of corrupting the next analysis.
import type { ParsedPiece } from './yaml-piece-parse';

export type Data = Record<string, unknown>;

/** The piece's root mapping as plain data, computed once. */
export function pieceData(piece: ParsedPiece): Data {
  if (piece.data === undefined) piece.data = deepFreeze(piece.doc.toJS() as Data);
  return piece.data;
}

/** Sets one key as a plain-object mapping built by the `yaml` package would. */
export function setDataKey(target: Data, key: string, value: unknown): void {
  // An inherited name (`__proto__`, `constructor`) becomes an own property, never a setter call.
  if (key in target) Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/** Copies every pair of `from` (a piece's data) into `target`, in order. */
export function addData(target: Data, from: Data): void {
  for (const key of Object.keys(from)) setDataKey(target, key, from[key]);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (value instanceof Map) {
      for (const [k, v] of value) {
        deepFreeze(k);
        deepFreeze(v);
      }
    } else if (value instanceof Set) {
      for (const v of value) deepFreeze(v);
    } else {
      for (const v of Object.values(value)) deepFreeze(v);
    }
  }
  return value;
}
