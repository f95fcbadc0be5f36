// Escaping for text and attribute values in the report. Everything the workspace wrote (asset names,
// messages, paths) goes through here: the report must never turn an inventory entry into markup.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string | number | undefined): string {
  return s === undefined ? '' : String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
