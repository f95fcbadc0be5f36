// Small horizontal bar charts as inline SVG: no library, no script, readable in print. Colours come
// from CSS classes (the page's stylesheet maps them to theme colours), never from inline styles, so
// the page's Content-Security-Policy needs no 'unsafe-inline'. Each chart has a title and a text
// label per bar, so a screen reader or a black-and-white printout loses nothing.
import { esc } from './html-escape';

export interface BarSegment {
  value: number;
  /** CSS class giving the segment its colour, e.g. "sev-error". */
  cls: string;
  label: string;
}

export interface Bar {
  label: string;
  segments: BarSegment[];
}

const ROW = 22;
const LABEL_W = 150;
const BAR_W = 220;
const COUNT_W = 40;

export function barChart(title: string, bars: readonly Bar[]): string {
  const max = Math.max(1, ...bars.map((b) => b.segments.reduce((n, s) => n + s.value, 0)));
  const height = bars.length * ROW + 4;
  const width = LABEL_W + BAR_W + COUNT_W;
  const rows = bars.map((b, i) => {
    const y = i * ROW + 2;
    const total = b.segments.reduce((n, s) => n + s.value, 0);
    let x = LABEL_W;
    const rects = b.segments
      .filter((s) => s.value > 0)
      .map((s) => {
        const w = Math.max(2, Math.round((s.value / max) * BAR_W));
        const r = `<rect class="${esc(s.cls)}" x="${x}" y="${y + 3}" width="${w}" height="${ROW - 8}"><title>${esc(`${b.label}: ${s.value} ${s.label}`)}</title></rect>`;
        x += w;
        return r;
      })
      .join('');
    const detail = b.segments.filter((s) => s.value > 0).map((s) => `${s.value} ${s.label}`).join(', ');
    return (
      `<g role="listitem" aria-label="${esc(`${b.label}: ${total}${detail && b.segments.length > 1 ? ` (${detail})` : ''}`)}">` +
      `<text class="chart-label" x="${LABEL_W - 6}" y="${y + ROW / 2 + 2}" text-anchor="end">${esc(b.label)}</text>` +
      rects +
      `<text class="chart-count" x="${x + 4}" y="${y + ROW / 2 + 2}">${total}</text></g>`
    );
  });
  return (
    `<figure class="chart"><figcaption>${esc(title)}</figcaption>` +
    `<svg role="list" aria-label="${esc(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    rows.join('') +
    `</svg></figure>`
  );
}
