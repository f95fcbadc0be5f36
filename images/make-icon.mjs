// Draws images/icon.png (128x128): a shield with a keyhole on a dark tile — "credentials, guarded".
// A dependency-free PNG writer, so the icon can be regenerated anywhere: `node images/make-icon.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges

const tile = [22, 38, 66];
const shield = [56, 189, 160];
const shieldEdge = [230, 246, 241];

const inRoundedSquare = (x, y) => {
  const r = 24, m = 4, lo = m + r, hi = SIZE - m - r;
  const cx = Math.min(Math.max(x, lo), hi), cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x <= SIZE - m && y >= m && y <= SIZE - m;
};
// The shield: straight sides down to `mid`, then an elliptic curve to the point; a slight dip at the top.
const inShield = (x, y, inset) => {
  const top = 18 + inset + 4 * Math.cos(((x - 64) / 44) * Math.PI) * -0.5, mid = 62, bottom = 112 - inset;
  const half = 40 - inset;
  if (y < top || y > bottom) return false;
  const w = y <= mid ? half : half * Math.sqrt(Math.max(0, 1 - ((y - mid) / (bottom - mid)) ** 2));
  return Math.abs(x - 64) <= w;
};
const inKeyhole = (x, y) => (x - 64) ** 2 + (y - 54) ** 2 <= 11 ** 2 || (Math.abs(x - 64) <= 5 + (y - 54) * 0.12 && y >= 54 && y <= 84);

const rgba = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = px + (sx + 0.5) / SAMPLES, y = py + (sy + 0.5) / SAMPLES;
        if (!inRoundedSquare(x, y)) continue;
        let c = tile;
        if (inShield(x, y, 0)) c = inShield(x, y, 5) ? (inKeyhole(x, y) ? tile : shield) : shieldEdge;
        acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255;
      }
    }
    const n = SAMPLES * SAMPLES, covered = acc[3] / 255 || 1, o = (py * SIZE + px) * 4;
    rgba[o] = acc[0] / covered; rgba[o + 1] = acc[1] / covered; rgba[o + 2] = acc[2] / covered; rgba[o + 3] = acc[3] / n;
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0); header.writeUInt32BE(SIZE, 4);
header[8] = 8; header[9] = 6; // 8-bit RGBA
const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) rgba.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
