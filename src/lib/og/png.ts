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
  header[9] = canvas.isTruecolour ? 2 : 3; // truecolour (RGB), or indexed colour
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(canvas.isTruecolour ? [] : [chunk('PLTE', canvas.palette)]),
    // RGB: level 3, as the cards are large flat areas, which compress well even at a fast level.
    // Indexed: run-length matching only, as an indexed card is long runs of one index; on the cards
    // this found as small a file as level 1 in about two thirds of the time.
    chunk('IDAT', deflateSync(canvas.data, canvas.isTruecolour ? { level: 3 } : { strategy: constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
