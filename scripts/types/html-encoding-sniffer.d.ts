/** html-encoding-sniffer (jsdom's own): the HTML Standard's encoding sniffing algorithm. The package ships no types. */
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    /** A charset from outside the bytes (an HTTP header): overrides everything but a byte-order mark. */
    transportLayerEncodingLabel?: string;
    /** When nothing in the bytes says: windows-1252 by default, as the standard suggests for most locales. */
    defaultEncoding?: string;
  }
  /** A canonical encoding name ("UTF-8", "windows-1252", "Shift_JIS"). */
  export default function htmlEncodingSniffer(bytes: Uint8Array, options?: SniffOptions): string;
}
