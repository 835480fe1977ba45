/**
 * Turns the bytes of a saved page into text the way a browser would: gunzip
 * when compressed, then decode in the encoding the HTML Standard's sniffing
 * finds (see decodeText).
 */
import { gunzipSync } from 'node:zlib';
import htmlEncodingSniffer from 'html-encoding-sniffer';

export class PageDecodeError extends Error {
  constructor(
    readonly code: 'binary' | 'empty' | 'corrupt-gzip',
    message: string,
  ) {
    super(message);
  }
}

const GZIP_MAGIC = [0x1f, 0x8b];

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Bytes that never occur in text: NUL and most C0 controls. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32 && byte !== 27)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.02;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16_BOMS = [
  [0xfe, 0xff],
  [0xff, 0xfe],
];

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return [UTF8_BOM, ...UTF16_BOMS].some((mark) => mark.every((byte, index) => bytes[index] === byte));
}

function tryDecoder(encoding: string): TextDecoder | undefined {
  try {
    return new TextDecoder(encoding);
  } catch {
    return undefined;
  }
}

/** How far into the page a browser's parser may still meet the `<meta charset>` it then re-decodes the page by. */
const LATE_META_WINDOW = 64 * 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w:.-]+)/i;

/**
 * A `<meta charset>` past the prescan's first 1024 bytes (after a long inline script): the prescan misses it, but a
 * browser's parser meets it while the encoding is still a guess and decodes the page again in that charset.
 */
function lateMetaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, LATE_META_WINDOW));
  const match = META_CHARSET.exec(head.slice(0, head.search(/<body\b/i) >>> 0));
  return match?.[1];
}

/**
 * The page's text. The encoding is what the HTML Standard's sniffing gives (byte-order mark, then the `<meta charset>`
 * prescan, then one later in the head, else windows-1252), through html-encoding-sniffer, the library jsdom itself uses; with one exception:
 * bytes that are valid UTF-8 with some non-ASCII in them are UTF-8, whatever an old meta tag says. A saved page lost
 * the HTTP header that the browser obeyed, and text in a single-byte charset is almost never valid UTF-8.
 */
function decodeText(bytes: Uint8Array): string {
  const prescanned = htmlEncodingSniffer(bytes);
  const late = prescanned === 'windows-1252' ? lateMetaCharset(bytes) : undefined;
  const sniffed = late && tryDecoder(late) ? late : prescanned;
  const decoder = tryDecoder(sniffed);
  if (decoder && hasByteOrderMark(bytes)) return decoder.decode(bytes);
  try {
    const asUtf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!decoder || decoder.encoding === 'utf-8' || /[^\p{ASCII}]/u.test(asUtf8)) return asUtf8;
  } catch {
    // not UTF-8: the sniffed charset
  }
  return (decoder ?? new TextDecoder('windows-1252')).decode(bytes);
}

/** Raw file bytes (maybe gzip) to page text; throws PageDecodeError with a code a person can act on. */
export function decodePageBytes(raw: Uint8Array): string {
  if (raw.length === 0) throw new PageDecodeError('empty', 'The file is empty.');
  let bytes = raw;
  if (isGzip(raw)) {
    try {
      bytes = gunzipSync(raw);
    } catch {
      throw new PageDecodeError('corrupt-gzip', 'The file looks gzip-compressed but could not be decompressed.');
    }
    if (bytes.length === 0) throw new PageDecodeError('empty', 'The file is empty once decompressed.');
  }
  if (!hasByteOrderMark(bytes) && looksBinary(bytes)) {
    throw new PageDecodeError('binary', 'The file is binary, not an HTML page or a text article.');
  }
  return decodeText(bytes);
}
