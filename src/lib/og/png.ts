/** PNG encoding of a `Canvas` (8-bit palette or RGB, scanlines already in PNG layout), with Node's zlib. */
import { constants, crc32, deflateSync } from 'node:zlib';
import type { Canvas } from './raster.ts';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

export function encodePng(canvas: Canvas): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(canvas.width, 0);
  header.writeUInt32BE(canvas.height, 4);
  header[8] = 8; // bits per channel, or per palette index
  if (canvas.isTruecolour) {
    header[9] = 2; // truecolour (RGB)
    // Level 3: the cards are large flat areas, which compress well even at a fast level.
    return Buffer.concat([
      SIGNATURE,
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(canvas.data, { level: 3 })),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }
  header[9] = 3; // indexed colour
  // Run-length matching only: an indexed card is long runs of one index, and on the cards this
  // found as small a file as level 1 in about two thirds of the time.
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', canvas.palette),
    chunk('IDAT', deflateSync(canvas.data, { strategy: constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
