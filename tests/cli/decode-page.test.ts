/** Page bytes to text as a browser decodes them. */
import { describe, expect, it } from 'vitest';
import { decodePageBytes } from '../../scripts/lib/decode-page.ts';

/** A string's characters as windows-1250 bytes, for the few non-ASCII letters used here. */
function windows1250(text: string): Uint8Array {
  const codes: Record<string, number> = { Ś: 0x8c, ł: 0xb3, ś: 0x9c, ź: 0x9f, ż: 0xbf, ó: 0xf3, ę: 0xea };
  return Uint8Array.from(Array.from(text, (char) => codes[char] ?? char.charCodeAt(0)));
}

describe('decoding a saved page', () => {
  it('honours a <meta charset> that comes after a long inline script, as a browser does', () => {
    // The prescan reads only the first 1024 bytes; a browser's parser meets the meta later and decodes again.
    const script = `<script>var config = ${JSON.stringify('x'.repeat(2000))};</script>`;
    const page = `<html><head>${script}<meta charset="Windows-1250"><title>Ślęża</title></head><body><p>Był już późno, żółw szedł.</p></body></html>`;
    const text = decodePageBytes(windows1250(page));
    expect(text).toContain('<title>Ślęża</title>');
    expect(text).toContain('Był już późno, żółw szedł.');
  });

  it('keeps UTF-8 and a charset the prescan finds', () => {
    expect(decodePageBytes(new TextEncoder().encode('<html><head><meta charset="utf-8"></head><body>Żółw</body></html>'))).toContain('Żółw');
    const latin = Uint8Array.from(Array.from('<meta charset="iso-8859-1"><p>Gr\xfc\xdfe</p>', (char) => char.charCodeAt(0)));
    expect(decodePageBytes(latin)).toContain('Grüße');
  });
});
