/**
 * Turns the bytes of a saved page into text the way a browser would: gunzip
 * when compressed, then decode with the byte-order mark, else the charset the
 * page declares in its first bytes, else UTF-8 (falling back to windows-1252
 * when the bytes are not valid UTF-8, as browsers effectively do for old pages).
 */
import { gunzipSync } from 'node:zlib';

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

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function charsetFromBom(bytes: Uint8Array): string | undefined {
  for (const [mark, charset] of BOMS) {
    if (mark.every((byte, index) => bytes[index] === byte)) return charset;
  }
  return undefined;
}

/** The charset a page declares in `<meta charset>` or `http-equiv` within its first 4 KB (as the HTML spec's prescan). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return match?.[1]?.toLowerCase();
}

function tryDecoder(charset: string): TextDecoder | undefined {
  try {
    return new TextDecoder(charset);
  } catch {
    return undefined;
  }
}

export function decodeText(bytes: Uint8Array, fallbackCharset?: string): string {
  const fromBom = charsetFromBom(bytes);
  if (fromBom) return new TextDecoder(fromBom).decode(bytes);
  const declared = declaredCharset(bytes) ?? fallbackCharset;
  // A page that says UTF-16 in a meta tag cannot be UTF-16 (the tag itself is ASCII); browsers read it as UTF-8.
  const decoder = declared && !declared.startsWith('utf-16') ? tryDecoder(declared) : undefined;
  // Bytes that are valid UTF-8 (with some non-ASCII) are UTF-8, whatever an old meta tag says: a saved page
  // lost the HTTP header that the browser obeyed, and text in a single-byte charset is almost never valid UTF-8.
  try {
    const asUtf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!decoder || decoder.encoding === 'utf-8' || /[^\x00-\x7f]/.test(asUtf8)) return asUtf8;
  } catch {
    // not UTF-8: the declared charset, else what browsers assume for legacy pages
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
  if (!charsetFromBom(bytes) && looksBinary(bytes)) {
    throw new PageDecodeError('binary', 'The file is binary, not an HTML page or a text article.');
  }
  return decodeText(bytes);
}
