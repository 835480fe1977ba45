/**
 * HTML entities left in meta content by CMSs that escape twice
 * ("R&uuml;ckbau", "Türkiye&#039;de", "&amp;quot;"). The accented Latin
 * letters are composed from the letter and the mark, so every
 * `&Xuml;`-style entity is covered without a 2,000-entry table.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: ' ',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  middot: '·',
  bull: '•',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oelig: 'œ',
  OElig: 'Œ',
  eth: 'ð',
  ETH: 'Ð',
  thorn: 'þ',
  THORN: 'Þ',
  iexcl: '¡',
  iquest: '¿',
  times: '×',
  divide: '÷',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sect: '§',
  para: '¶',
  ordm: 'º',
  ordf: 'ª',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
};

const MARKS: Record<string, string> = {
  uml: '\u0308',
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030a',
  caron: '\u030c',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let result = text;
  // Twice: "&amp;quot;" is an escaped "&quot;".
  for (let round = 0; round < 2; round++) {
    result = result.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (entity, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      const named = NAMED[name];
      if (named !== undefined) return named;
      const composed = /^([a-zA-Z])(uml|acute|grave|circ|tilde|cedil|ring|caron)$/.exec(name);
      if (composed) return (composed[1]! + MARKS[composed[2]!]!).normalize('NFC');
      if (name === 'oslash' || name === 'Oslash') return name[0] === 'o' ? 'ø' : 'Ø';
      return entity;
    });
  }
  return result;
}
