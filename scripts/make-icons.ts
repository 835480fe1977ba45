/**
 * `npm run make-icons`: draws Lucid's toolbar icon (a page of text lines and a
 * yellow dot on blue) at every size the browsers ask for, as PNG files in
 * public/icon/. Shapes are rasterised here with 4×4 supersampling, so no image
 * tool is needed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { projectRoot } from './lib/paths.ts';

type Rgba = [number, number, number, number];
interface Shape {
  inside(x: number, y: number): boolean;
  color: Rgba;
}

const hex = (value: string, alpha = 255): Rgba => [parseInt(value.slice(1, 3), 16), parseInt(value.slice(3, 5), 16), parseInt(value.slice(5, 7), 16), alpha];

function roundedRect(x: number, y: number, width: number, height: number, radius: number, color: Rgba): Shape {
  return {
    color,
    inside(px, py) {
      if (px < x || py < y || px > x + width || py > y + height) return false;
      const cx = Math.min(Math.max(px, x + radius), x + width - radius);
      const cy = Math.min(Math.max(py, y + radius), y + height - radius);
      return (px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2;
    },
  };
}

function circle(cx: number, cy: number, r: number, color: Rgba): Shape {
  return { color, inside: (px, py) => (px - cx) ** 2 + (py - cy) ** 2 <= r * r };
}

/** The icon in a 128-unit square. */
const SHAPES: Shape[] = [
  roundedRect(4, 4, 120, 120, 26, hex('#1f4e79')),
  roundedRect(28, 30, 72, 10, 5, hex('#ffffff')),
  roundedRect(28, 50, 72, 7, 3.5, hex('#cfe0f1')),
  roundedRect(28, 64, 72, 7, 3.5, hex('#cfe0f1')),
  roundedRect(28, 78, 52, 7, 3.5, hex('#cfe0f1')),
  circle(92, 92, 14, hex('#f2b705')),
];

function render(size: number): Buffer {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const px = ((x + (sx + 0.5) / samples) / size) * 128;
          const py = ((y + (sy + 0.5) / samples) / size) * 128;
          let color: Rgba = [0, 0, 0, 0];
          for (const shape of SHAPES) if (shape.inside(px, py)) color = shape.color;
          r += color[0] * color[3];
          g += color[1] * color[3];
          b += color[2] * color[3];
          a += color[3];
        }
      }
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      raw[offset] = a ? Math.round(r / a) : 0;
      raw[offset + 1] = a ? Math.round(g / a) : 0;
      raw[offset + 2] = a ? Math.round(b / a) : 0;
      raw[offset + 3] = Math.round(a / (samples * samples));
    }
  }
  return png(size, size, raw);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const directory = join(projectRoot, 'public', 'icon');
mkdirSync(directory, { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(join(directory, `${size}.png`), render(size));
process.stdout.write(`icons written to ${directory}\n`);
