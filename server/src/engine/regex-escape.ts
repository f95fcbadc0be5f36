// A literal string as a regular-expression fragment: names and values that end up inside a
// `new RegExp(...)` (variable names, keys) must not act as syntax.
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
