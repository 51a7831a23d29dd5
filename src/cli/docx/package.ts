/**
 * Opens a .docx package (a zip) and takes out the parts the checker needs, with limits: a "zip bomb" (a small file
 * that expands to gigabytes) is refused before anything is decompressed, from the sizes the zip declares; and the
 * decompressor is given a buffer of exactly the declared size, so a zip that lies about its sizes cannot grow past it.
 */
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { SaxesParser } from 'saxes';
import { DocxError } from './errors';

export interface PackageLimits {
  /** The most the whole package may declare when uncompressed (every part, images included). */
  maxUncompressedBytes: number;
  /** The most one part we decompress (document.xml, custom.xml) may declare. */
  maxPartBytes: number;
}

/** Limits on the XML of one part, so that the work per document is bounded whatever the file holds. */
export interface XmlLimits {
  /** The most elements open at once. Word's own documents stay far below (a table in a table in a content control …). */
  maxDepth: number;
  /** The most elements in one part. A 50-page review has about 100,000. */
  maxElements: number;
  /** Milliseconds one part may take to read, measured with `now`. */
  maxMilliseconds: number;
  /** The clock (tests give their own, so that no test depends on timing). */
  now?: () => number;
}

export const DEFAULT_XML_LIMITS: XmlLimits = { maxDepth: 1_000, maxElements: 1_000_000, maxMilliseconds: 20_000 };

export const DEFAULT_LIMITS: PackageLimits = { maxUncompressedBytes: 512 * 1024 * 1024, maxPartBytes: 64 * 1024 * 1024 };

/** How often (in elements) the clock is read. */
const CLOCK_EVERY = 4096;

const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function megabytes(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

/** Says what a file is when it is not a .docx package, or returns quietly. */
export function sniff(bytes: Uint8Array, fileName: string): void {
  if (bytes.length === 0) throw new DocxError('empty', 'The file is empty (0 bytes).');
  if (startsWith(bytes, CFB_SIGNATURE)) {
    if (/\.doc$/i.test(fileName)) {
      throw new DocxError('legacy-doc', 'This is a Word 97–2003 .doc file, which cannot be checked. Open it in Word and save it as .docx.');
    }
    throw new DocxError(
      'encrypted-or-doc',
      'The document is password-protected or legacy .doc (an OLE compound file, not a .docx package). Remove the password, or save it as .docx, and check it again.',
    );
  }
  if (!startsWith(bytes, ZIP_SIGNATURE) && !startsWith(bytes, EMPTY_ZIP_SIGNATURE)) {
    throw new DocxError('not-zip', /\.doc$/i.test(fileName) ? 'This .doc file is not a Word document this tool can read.' : 'This is not a Word document: a .docx file is a zip package, and this file is not one.');
  }
}

/** The parts wanted, decompressed; the others are only counted. Throws DocxError for bombs and broken zips. */
export function extractParts(bytes: Uint8Array, wanted: (name: string) => boolean, limits: PackageLimits): Map<string, Uint8Array> {
  let declared = 0;
  const filter = (file: UnzipFileInfo): boolean => {
    declared += file.originalSize;
    if (declared > limits.maxUncompressedBytes) {
      throw new DocxError(
        'too-large',
        `The package would expand to more than ${megabytes(limits.maxUncompressedBytes)} when uncompressed, so it was not opened (this looks like a zip bomb, or a document far larger than a review).`,
      );
    }
    if (!wanted(file.name)) return false;
    if (file.originalSize > limits.maxPartBytes) {
      throw new DocxError('too-large', `${file.name} would expand to ${megabytes(file.originalSize)}, more than the ${megabytes(limits.maxPartBytes)} allowed for one part, so it was not opened.`);
    }
    return true;
  };
  try {
    const files = unzipSync(bytes, { filter });
    return new Map(Object.entries(files));
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError('corrupt', `The file is damaged: it starts like a .docx but its zip structure cannot be read (${(error as Error).message}).`);
  }
}

/** UTF-8 (or, with its byte-order mark, UTF-16) XML text of a part. */
export function xmlText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  return new TextDecoder('utf-8').decode(data);
}

/**
 * Runs a streaming (SAX) parse; an XML error becomes a DocxError naming the part. The depth, the number of elements and
 * the time are counted as the parser reports each element, and the parse stops at the first limit passed, with one
 * clear error, before the handlers see anything beyond it.
 */
export function parseXml(
  part: string,
  data: Uint8Array,
  handlers: { open(name: string, attributes: Record<string, string>, selfClosing: boolean): void; close(name: string): void; text(text: string): void },
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): void {
  // Without tracking lines and columns (a quarter of the parse); an XML error is found again with them, for its message.
  const parser = new SaxesParser({ position: false });
  const now = limits.now ?? Date.now;
  const started = now();
  let depth = 0;
  let elements = 0;
  parser.on('opentag', (tag) => {
    elements += 1;
    if (!tag.isSelfClosing) depth += 1;
    if (depth > limits.maxDepth) {
      throw new DocxError('too-complex', `The document is too deeply nested to be a review: ${part} has elements more than ${limits.maxDepth.toLocaleString('en-GB')} levels deep (content controls or tables inside each other), so it was not read.`);
    }
    if (elements > limits.maxElements) {
      throw new DocxError('too-complex', `The document is too large to be a review: ${part} has more than ${limits.maxElements.toLocaleString('en-GB')} XML elements, so it was not read.`);
    }
    if (elements % CLOCK_EVERY === 0 && now() - started > limits.maxMilliseconds) {
      throw new DocxError('too-complex', `The document took more than ${limits.maxMilliseconds / 1000} seconds to read, far longer than a review takes, so reading it was stopped.`);
    }
    handlers.open(tag.name, tag.attributes as Record<string, string>, tag.isSelfClosing);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) depth -= 1;
    handlers.close(tag.name);
  });
  parser.on('text', (text) => handlers.text(text));
  const text = xmlText(data);
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof DocxError) throw error;
    throw new DocxError('corrupt', `The file is damaged: ${part} is not well-formed XML (${positionedMessage(text, error as Error).split('\n')[0]}).`);
  }
}

/** The XML error in `text` as a parser tracking positions words it ("12:34: unclosed tag"); `error` when none. */
function positionedMessage(text: string, error: Error): string {
  try {
    new SaxesParser().write(text).close();
  } catch (again) {
    return (again as Error).message;
  }
  return error.message;
}
