// The first sheet of an XLSX, row by row, in memory that does not grow with the file. The parts are
// read with saxes straight from the zip (see sheet-zip.ts): the workbook says which sheet is first
// and whether dates count from 1904, the styles say which cells are dates, and the shared-strings
// table (every distinct text of the file) is written to a scratch file next to the upload, with
// only its offsets in memory, then looked up by index as the sheet's cells name them. Each cell
// is bounded while it is read; a formula anywhere refuses the file (its value would be whatever
// Excel last computed).
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { RawCell } from './sheet-columns';
import { columnName, SheetFileError, type SheetLimits } from './sheet-limits';
import { openZipPart, readZipDirectory, type ZipDirectory } from './sheet-zip';

export type XlsxRow = { rowNumber: number; cells: RawCell[] };

/** Element and attribute names without their prefix (some writers use `x:row`). */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Characters of one text node, or of one tag, that saxes may gather before it hands them over:
 * far beyond any cell (10,000 characters, even escaped), far below what a hostile part could make
 * it hold (hundreds of megabytes of one text node compress to almost nothing).
 */
const maxRunChars = 4 * 1024 * 1024;

/** Counts the characters since the last `<` or `>`; a run past the bound refuses the file. */
class RunGuard {
  private run = 0;
  check(text: string) {
    let last = -1;
    const delimiters = /[<>]/g;
    for (let match = delimiters.exec(text); match; match = delimiters.exec(text)) {
      if (this.run + match.index - last - 1 > maxRunChars)
        throw new SheetFileError('validation.sheetUnreadable');
      this.run = 0;
      last = match.index;
    }
    this.run += text.length - last - 1;
    if (this.run > maxRunChars) throw new SheetFileError('validation.sheetUnreadable');
  }
}

/** A part's text, decoded as it is inflated, with its runs bounded; missing parts are empty. */
async function* partText(filePath: string, zip: ZipDirectory, name: string): AsyncGenerator<string> {
  const part = zip.parts.get(name);
  if (!part) return;
  const decoder = new StringDecoder('utf8');
  const guard = new RunGuard();
  for await (const chunk of await openZipPart(filePath, part)) {
    const text = decoder.write(chunk as Buffer);
    guard.check(text);
    yield text;
  }
  yield decoder.end();
}

function newParser() {
  return new SaxesParser({ xmlns: false, position: false });
}

/** Feeds a whole part to a parser; a part the package does not have is no content at all. */
async function feedPart(parser: SaxesParser, filePath: string, zip: ZipDirectory, name: string) {
  if (!zip.parts.has(name)) return;
  for await (const text of partText(filePath, zip, name)) parser.write(text);
  parser.close();
}

async function parsePart(
  filePath: string,
  zip: ZipDirectory,
  name: string,
  onOpen: (tag: SaxesTagPlain, name: string) => void,
) {
  const parser = newParser();
  parser.on('opentag', (tag) => onOpen(tag, localName(tag.name)));
  await feedPart(parser, filePath, zip, name);
}

/** Text gathered across saxes events, keeping at most one character past the cell limit. */
class BoundedText {
  private parts: string[] = [];
  private length = 0;
  constructor(private readonly max: number) {}
  reset() {
    this.parts = [];
    this.length = 0;
  }
  add(text: string) {
    if (this.length > this.max) return;
    const kept = text.length + this.length > this.max + 1 ? text.slice(0, this.max + 1 - this.length) : text;
    this.parts.push(kept);
    this.length += kept.length;
  }
  get value() {
    return this.parts.length === 1 ? (this.parts[0] ?? '') : this.parts.join('');
  }
}

const cachedStringChars = 256;
const cachedStrings = 4096;

/**
 * The shared-strings table on disk: UTF-8 bytes in a scratch file, their offsets in one typed
 * array, short strings that recur (kinds, countries, channels) kept in a small cache.
 */
class SharedStrings {
  private readonly fd: number;
  private offsets = new Uint32Array(1024);
  private count = 0;
  private written = 0;
  private readonly buffer = Buffer.allocUnsafe(1024 * 1024);
  private buffered = 0;
  private scratch = Buffer.allocUnsafe(64 * 1024);
  private readonly cache = new Map<number, string>();

  constructor(
    private readonly path: string,
    private readonly maxCount: number,
  ) {
    this.fd = openSync(path, 'w+', 0o600);
  }

  add(text: string) {
    if (this.count + 1 >= this.maxCount) throw new SheetFileError('validation.sheetTooLarge');
    if (this.count + 1 >= this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    const bytes = Buffer.byteLength(text);
    this.offsets[this.count] = this.written;
    this.count += 1;
    if (bytes > this.buffer.length - this.buffered) this.flush();
    if (bytes > this.buffer.length) writeSync(this.fd, Buffer.from(text), 0, bytes, this.written);
    else this.buffered += this.buffer.write(text, this.buffered);
    this.written += bytes;
  }

  private flush() {
    if (this.buffered === 0) return;
    writeSync(this.fd, this.buffer, 0, this.buffered, this.written - this.buffered);
    this.buffered = 0;
  }

  finish() {
    this.flush();
    this.offsets[this.count] = this.written;
  }

  get(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    const cached = this.cache.get(index);
    if (cached !== undefined) return cached;
    const start = this.offsets[index] ?? 0;
    const length = (this.offsets[index + 1] ?? start) - start;
    if (length > this.scratch.length) this.scratch = Buffer.allocUnsafe(length);
    readSync(this.fd, this.scratch, 0, length, start);
    const text = this.scratch.toString('utf8', 0, length);
    if (text.length <= cachedStringChars) {
      if (this.cache.size >= cachedStrings) this.cache.clear();
      this.cache.set(index, text);
    }
    return text;
  }

  close() {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}

/** Rich text runs are joined; phonetic guides (`rPh`) are not part of the text. */
async function readSharedStrings(
  filePath: string,
  zip: ZipDirectory,
  name: string,
  strings: SharedStrings,
  limits: SheetLimits,
) {
  const parser = newParser();
  const text = new BoundedText(limits.maxCellChars);
  let isGathering = false;
  let phoneticDepth = 0;
  parser.on('opentag', (tag) => {
    const element = localName(tag.name);
    if (element === 'si') text.reset();
    else if (element === 'rPh') phoneticDepth += 1;
    else if (element === 't' && phoneticDepth === 0) isGathering = true;
  });
  parser.on('closetag', (tag) => {
    const element = localName(tag.name);
    if (element === 't') isGathering = false;
    else if (element === 'rPh') phoneticDepth -= 1;
    else if (element === 'si') strings.add(text.value);
  });
  parser.on('text', (value) => {
    if (isGathering) text.add(value);
  });
  await feedPart(parser, filePath, zip, name);
  strings.finish();
}

/** Excel's built-in number formats that show a date or a time. */
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code shows a date when, outside quotes and brackets, it has a date or time letter. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style (`s` of a cell), whether its number format is a date. */
async function readDateStyles(filePath: string, zip: ZipDirectory, name: string): Promise<boolean[]> {
  const customFormats = new Map<number, string>();
  const styleFormats: number[] = [];
  let isInCellStyles = false;
  const parser = newParser();
  parser.on('opentag', (tag) => {
    const element = localName(tag.name);
    const attributes = tag.attributes as Record<string, string>;
    if (element === 'numFmt') customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
    else if (element === 'cellXfs') isInCellStyles = true;
    else if (element === 'xf' && isInCellStyles) styleFormats.push(Number(attributes.numFmtId ?? 0));
  });
  parser.on('closetag', (tag) => {
    if (localName(tag.name) === 'cellXfs') isInCellStyles = false;
  });
  await feedPart(parser, filePath, zip, name);
  return styleFormats.map((id) => {
    const custom = customFormats.get(id);
    return custom !== undefined ? isDateFormat(custom) : builtInDateFormats.has(id);
  });
}

/** A relationship target inside the package, as a part name. */
function partName(target: string) {
  if (target.startsWith('/')) return target.slice(1);
  const parts: string[] = ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The first sheet's part, the shared strings' and the styles', and the workbook's date system. */
async function readWorkbook(filePath: string, zip: ZipDirectory) {
  if (!zip.parts.has('xl/workbook.xml')) throw new SheetFileError('validation.sheetUnreadable');
  let firstSheetId: string | null = null;
  let isDate1904 = false;
  await parsePart(filePath, zip, 'xl/workbook.xml', (tag, element) => {
    const attributes = tag.attributes as Record<string, string>;
    if (element === 'workbookPr') isDate1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
    else if (element === 'sheet' && firstSheetId === null)
      for (const [key, value] of Object.entries(attributes))
        if (key.includes(':') && localName(key) === 'id') firstSheetId = value;
  });
  const targets = new Map<string, string>();
  let sharedStrings = 'xl/sharedStrings.xml';
  let styles = 'xl/styles.xml';
  await parsePart(filePath, zip, 'xl/_rels/workbook.xml.rels', (tag, element) => {
    if (element !== 'Relationship') return;
    const { Id, Target, Type } = tag.attributes as Record<string, string>;
    if (!Target) return;
    if (Id) targets.set(Id, partName(Target));
    if (Type?.endsWith('/sharedStrings')) sharedStrings = partName(Target);
    if (Type?.endsWith('/styles')) styles = partName(Target);
  });
  const sheet = firstSheetId === null ? undefined : targets.get(firstSheetId);
  return { sheet, sharedStrings, styles, isDate1904 };
}

function columnIndex(reference: string): number | null {
  let index = 0;
  let letters = 0;
  for (const character of reference) {
    const code = character.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
    letters += 1;
  }
  return letters === 0 ? null : index - 1;
}

type CellState = { column: number; type: string; style: number };

/** The rows of the first sheet of an XLSX, header first, with every limit checked while reading. */
export async function* readXlsxRows(filePath: string, limits: SheetLimits): AsyncGenerator<XlsxRow> {
  const zip = await readZipDirectory(filePath, limits);
  const workbook = await readWorkbook(filePath, zip);
  if (!workbook.sheet || !zip.parts.has(workbook.sheet))
    throw new SheetFileError('validation.sheetUnreadable');
  const dateStyles = await readDateStyles(filePath, zip, workbook.styles);
  const strings = new SharedStrings(
    `${filePath}.${randomUUID()}.strings`,
    (limits.maxRows + 1) * limits.maxColumns + 1,
  );
  try {
    await readSharedStrings(filePath, zip, workbook.sharedStrings, strings, limits);

    const completed: XlsxRow[] = [];
    const text = new BoundedText(limits.maxCellChars);
    let rowNumber = 0;
    let nextColumn = 0;
    let cells: RawCell[] = [];
    let cell: CellState | null = null;
    let isGathering = false;
    let phoneticDepth = 0;

    const cellValue = ({ type, style }: CellState): RawCell => {
      const value = text.value;
      switch (type) {
        case 's': {
          const shared = strings.get(Number(value));
          if (shared === undefined) throw new SheetFileError('validation.sheetUnreadable');
          return shared;
        }
        case 'inlineStr':
        case 'str':
          return value;
        case 'b':
          return value === '1' || value === 'true';
        case 'e':
          return null;
        case 'd': {
          const date = new Date(value);
          return Number.isNaN(date.getTime()) ? value : date;
        }
        default: {
          if (value.trim() === '') return null;
          const number = Number(value);
          if (!Number.isFinite(number)) return value;
          if (!dateStyles[style]) return number;
          // Excel's serial day (from 1899-12-30, or 1904-01-01), as exceljs reads it.
          return new Date(Math.round((number - 25569 + (workbook.isDate1904 ? 1462 : 0)) * 86_400_000));
        }
      }
    };

    const parser = newParser();
    parser.on('opentag', (tag) => {
      const element = localName(tag.name);
      const attributes = tag.attributes as Record<string, string>;
      if (element === 'row') {
        const declared = Number(attributes.r);
        rowNumber = Number.isInteger(declared) && declared > 0 ? declared : rowNumber + 1;
        nextColumn = 0;
        cells = [];
      } else if (element === 'c') {
        const column = attributes.r ? (columnIndex(attributes.r) ?? nextColumn) : nextColumn;
        nextColumn = column + 1;
        cell = { column, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0) };
        text.reset();
      } else if (element === 'f' && cell) {
        throw new SheetFileError('validation.sheetFormula', {
          label: `${columnName(cell.column)}${rowNumber}`,
        });
      } else if (element === 'rPh') {
        phoneticDepth += 1;
      } else if ((element === 'v' || element === 't') && cell && phoneticDepth === 0) {
        isGathering = true;
      }
    });
    parser.on('closetag', (tag) => {
      const element = localName(tag.name);
      if (element === 'v' || element === 't') isGathering = false;
      else if (element === 'rPh') phoneticDepth -= 1;
      else if (element === 'c' && cell) {
        const label = `${columnName(cell.column)}${rowNumber}`;
        const value = cellValue(cell);
        if (value !== null) {
          if (cell.column + 1 > limits.maxColumns)
            throw new SheetFileError('validation.sheetTooManyColumns', { max: limits.maxColumns });
          if (typeof value === 'string' && value.length > limits.maxCellChars)
            throw new SheetFileError('validation.sheetCellTooLong', { label, max: limits.maxCellChars });
          cells[cell.column] = value;
        }
        cell = null;
      } else if (element === 'row') {
        if (cells.length === 0) return;
        if (rowNumber - 1 > limits.maxRows)
          throw new SheetFileError('validation.sheetTooManyRows', { max: limits.maxRows });
        completed.push({ rowNumber, cells: Array.from(cells, (value) => value ?? null) });
      }
    });
    parser.on('text', (value) => {
      if (isGathering) text.add(value);
    });

    for await (const chunk of partText(filePath, zip, workbook.sheet)) {
      parser.write(chunk);
      // One inflated chunk's rows at a time: a few hundred at most.
      for (const row of completed) yield row;
      completed.length = 0;
    }
    parser.close();
    for (const row of completed) yield row;
  } finally {
    strings.close();
  }
}
