// Draws the add-in's icons (a review page with a ticked badge) as PNGs at the sizes Office asks for.
// Pure Node: a small supersampling rasteriser and a PNG writer (zlib from Node). Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZES = [16, 32, 64, 80, 128];
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const TEAL = hex('#0f6c7a');
const WHITE = hex('#ffffff');
const LINE = hex('#7fb3bc');
const GOLD = hex('#f2b400');
const INK = hex('#0b3d45');

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** The icon as a function from a point in the unit square to a colour (or null for transparent). */
function paint(x, y, size) {
  const small = size <= 16;
  let colour = null;
  if (inRoundedRect(x, y, 0.03, 0.03, 0.97, 0.97, 0.2)) colour = TEAL;
  if (inRoundedRect(x, y, 0.22, 0.13, 0.7, 0.87, 0.05)) colour = WHITE;
  const lines = small ? [0.33, 0.53] : [0.3, 0.42, 0.54];
  const half = small ? 0.045 : 0.03;
  for (const ly of lines) if (inRoundedRect(x, y, 0.3, ly - half, 0.62, ly + half, half)) colour = LINE;
  const [cx, cy, r] = [0.7, 0.7, small ? 0.25 : 0.22];
  const d = Math.hypot(x - cx, y - cy);
  if (d <= r + 0.045) colour = TEAL;
  if (d <= r) colour = GOLD;
  const tick = [
    [cx - r * 0.48, cy + r * 0.02],
    [cx - r * 0.12, cy + r * 0.38],
    [cx + r * 0.5, cy - r * 0.36],
  ];
  const width = small ? 0.07 : 0.05;
  if (distanceToSegment(x, y, tick[0], tick[1]) <= width || distanceToSegment(x, y, tick[1], tick[2]) <= width) colour = INK;
  return colour;
}

function render(size) {
  const ss = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = paint((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size, size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) { rgba[i] = Math.round(r / a); rgba[i + 1] = Math.round(g / a); rgba[i + 2] = Math.round(b / a); }
      rgba[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT, `icon-${size}.png`);
  writeFileSync(file, png(size, render(size)));
  console.log(`wrote ${file}`);
}
