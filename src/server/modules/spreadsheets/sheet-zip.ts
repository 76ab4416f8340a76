// The parts of an XLSX (a zip), read by random access: the central directory first, checked before
// anything is inflated (a zip bomb declares sizes far beyond the limit, or ratios no spreadsheet
// has), then any one part streamed and inflated on demand, counting what comes out so that a part
// that inflates past its declared size is refused while it is read. Random access means the order
// of the parts in the file does not matter (Excel writes the shared strings before the sheets,
// streaming writers after them).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Transform } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { SheetFileError, type SheetLimits, sheetLimits } from './sheet-limits';

export type ZipPart = {
  name: string;
  method: number;
  isEncrypted: boolean;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
};

export type ZipDirectory = { parts: Map<string, ZipPart>; uncompressedBytes: number };

/** The zip's central directory, read without inflating anything, with the limits checked. */
export async function readZipDirectory(
  filePath: string,
  limits: SheetLimits = sheetLimits,
): Promise<ZipDirectory> {
  const handle = await open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let index = tailLength - 22; index >= 0; index -= 1)
      if (tail.readUInt32LE(index) === 0x06054b50) {
        end = index;
        break;
      }
    if (end < 0) throw new SheetFileError('validation.sheetUnreadable');
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (entries > limits.maxZipEntries || directoryOffset + directorySize > size)
      throw new SheetFileError('validation.sheetUnreadable');
    const directory = Buffer.alloc(directorySize);
    await handle.read(directory, 0, directorySize, directoryOffset);
    const parts = new Map<string, ZipPart>();
    let total = 0;
    let offset = 0;
    for (let entry = 0; entry < entries; entry += 1) {
      if (offset + 46 > directory.length || directory.readUInt32LE(offset) !== 0x02014b50)
        throw new SheetFileError('validation.sheetUnreadable');
      const compressed = directory.readUInt32LE(offset + 20);
      const uncompressed = directory.readUInt32LE(offset + 24);
      // 0xFFFFFFFF means the real size is in a ZIP64 field: more than any spreadsheet we take.
      if (uncompressed === 0xffffffff || compressed === 0xffffffff)
        throw new SheetFileError('validation.sheetTooLarge');
      total += uncompressed;
      if (uncompressed > 32 * 1024 ** 2 && uncompressed > compressed * limits.maxCompressionRatio)
        throw new SheetFileError('validation.sheetTooLarge');
      const nameLength = directory.readUInt16LE(offset + 28);
      const name = directory.toString('utf8', offset + 46, offset + 46 + nameLength);
      parts.set(name.replace(/^\//, ''), {
        name,
        method: directory.readUInt16LE(offset + 10),
        isEncrypted: (directory.readUInt16LE(offset + 8) & 1) === 1,
        compressedSize: compressed,
        uncompressedSize: uncompressed,
        localHeaderOffset: directory.readUInt32LE(offset + 42),
      });
      offset += 46 + nameLength + directory.readUInt16LE(offset + 30) + directory.readUInt16LE(offset + 32);
    }
    if (total > limits.maxUncompressedBytes) throw new SheetFileError('validation.sheetTooLarge');
    return { parts, uncompressedBytes: total };
  } finally {
    await handle.close();
  }
}

/**
 * One part's bytes, inflated as they are read (64 KiB at a time). More bytes than the directory
 * declared, a method other than stored or deflate, or encryption: the file is refused.
 */
export async function openZipPart(filePath: string, part: ZipPart) {
  if (part.isEncrypted || (part.method !== 0 && part.method !== 8))
    throw new SheetFileError('validation.sheetUnreadable');
  if (part.compressedSize === 0) return Readable.from([]);
  const handle = await open(filePath, 'r');
  let dataStart: number;
  try {
    const header = Buffer.alloc(30);
    const { bytesRead } = await handle.read(header, 0, 30, part.localHeaderOffset);
    if (bytesRead < 30 || header.readUInt32LE(0) !== 0x04034b50)
      throw new SheetFileError('validation.sheetUnreadable');
    dataStart = part.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await handle.close();
  }
  const raw = createReadStream(filePath, {
    start: dataStart,
    end: dataStart + part.compressedSize - 1,
    highWaterMark: 64 * 1024,
  });
  let inflated = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      inflated += chunk.length;
      if (inflated > part.uncompressedSize) callback(new SheetFileError('validation.sheetTooLarge'));
      else callback(null, chunk);
    },
  });
  const forward = (error: Error) =>
    counter.destroy(
      error instanceof SheetFileError ? error : new SheetFileError('validation.sheetUnreadable'),
    );
  if (part.method === 0) {
    raw.on('error', forward);
    return raw.pipe(counter);
  }
  const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
  raw.on('error', forward);
  inflate.on('error', forward);
  return raw.pipe(inflate).pipe(counter);
}
