#!/usr/bin/env node
/**
 * Writes the add-in icons assets/icon-16.png, -32, -64, -80 (PNG, RGBA) with node and zlib only:
 * a green rounded square with a white bar chart and a gold check — "scoring" at a glance.
 * Run: node scripts/make-icons.js   (the PNGs are committed; re-run only to change the design)
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const OUT = path.resolve(__dirname, "../assets");

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (Uint8Array, size*size*4) → PNG bytes. */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, y * size * 4, size * 4).copy(raw, y * (size * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const GREEN = [0x10, 0x7c, 0x41];
const WHITE = [0xff, 0xff, 0xff];
const GOLD = [0xf2, 0xb7, 0x05];

/** Coverage (0..1) of a pixel by a shape, sampled 4×4 for smooth edges. */
function coverage(x, y, inside) {
  let n = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) n++;
  return n / 16;
}

function draw(size) {
  const s = size;
  const px = new Uint8Array(s * s * 4);
  const r = s * 0.18; // corner radius
  const inSquare = (x, y) => {
    const cx = Math.min(Math.max(x, r), s - r);
    const cy = Math.min(Math.max(y, r), s - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
  // Three bars rising left to right (the score), and a check mark at the top right.
  const bars = [
    [0.18, 0.58, 0.32, 0.82],
    [0.4, 0.44, 0.54, 0.82],
    [0.62, 0.3, 0.76, 0.82],
  ].map(([x0, y0, x1, y1]) => [x0 * s, y0 * s, x1 * s, y1 * s]);
  const inBars = (x, y) => bars.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
  const seg = (ax, ay, bx, by, w) => (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= w * w;
  };
  const w = Math.max(0.9, s * 0.06);
  const c1 = seg(0.52 * s, 0.2 * s, 0.62 * s, 0.3 * s, w);
  const c2 = seg(0.62 * s, 0.3 * s, 0.84 * s, 0.1 * s, w);
  const inCheck = (x, y) => c1(x, y) || c2(x, y);
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      const a = coverage(x, y, inSquare);
      const b = coverage(x, y, (u, v) => inSquare(u, v) && inBars(u, v));
      const c = coverage(x, y, (u, v) => inSquare(u, v) && inCheck(u, v));
      let col = GREEN.map((g, i) => g * (1 - b) + WHITE[i] * b);
      col = col.map((g, i) => g * (1 - c) + GOLD[i] * c);
      const o = (y * s + x) * 4;
      px[o] = Math.round(col[0]);
      px[o + 1] = Math.round(col[1]);
      px[o + 2] = Math.round(col[2]);
      px[o + 3] = Math.round(a * 255);
    }
  }
  return px;
}

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(OUT, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, draw(size)));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, SIZES };
