/**
 * Probes: stretches of a text at even intervals, each starting at a word. Asking another text for them says
 * cheaply whether it holds the first (a reading against a page's JSON-LD articleBody, against its marked body)
 * without comparing the two whole.
 */

/** `count` stretches of `length` characters of `text`, spread over it; none when it is too short to spread them. */
export function textProbes(text: string, count: number, length: number): string[] {
  const probes: string[] = [];
  const step = Math.floor((text.length - length) / count);
  if (step <= 0) return probes;
  for (let index = 0; index < count; index++) {
    const at = text.indexOf(' ', index * step);
    if (at < 0) break;
    const probe = text.slice(at + 1, at + 1 + length);
    if (probe.length === length) probes.push(probe);
  }
  return probes;
}

/** The share of `probes` that `text` holds (0 for no probes). */
export function shareHeld(probes: readonly string[], text: string): number {
  if (probes.length === 0) return 0;
  return probes.filter((probe) => text.includes(probe)).length / probes.length;
}
