/**
 * Quotations that no one says: a proverb ("as the saying goes"), an
 * inscription or a sign ("the plaque reads", „auf dem Grabstein steht“), and
 * the titles of laws, books, films, campaigns and slogans. They are found —
 * they are in quotation marks — but get no speaker and are never key quotes.
 *
 * Told by the words just before the quotation in its sentence, and by a law's
 * own title words ("… Act", „Gesetz zur …“), in the languages Lucid reads.
 */

function wordsPattern(words: string[], between: number): RegExp {
  const alternatives = words.map((word) => word.replace(/ /g, '\\s+')).join('|');
  return new RegExp(`(?:^|[^\\p{L}])(?:${alternatives})(?:[\\s:,]+[\\p{L}\\p{N}’'-]+){0,${between}}[\\s:,]*$`, 'iu');
}

/** Right before the quotation: what names a title ("a website called “…”", "the plaque reads “…”", das „Gesetz …“). */
const NAMING = wordsPattern(
  [
    'titled',
    'entitled',
    'called',
    'named',
    'dubbed',
    'nicknamed',
    'known as',
    'reads',
    'read',
    'hashtag',
    'headline',
    'slogan',
    'motto',
    'book',
    'film',
    'movie',
    'song',
    'album',
    'law',
    'act',
    'bill',
    'program',
    'programme',
    'lautet',
    'lautete',
    'heißt',
    'hieß',
    'genannt',
    'namens',
    'titel',
    'buch',
    'lied',
    'gesetz',
    'kampagne',
    'aktion',
    'programm',
    'initiative',
    'sendung',
    'serie',
    'doku',
    'titulado',
    'titulada',
    'llamado',
    'llamada',
    'denominado',
    'denominada',
    'lema',
    'eslogan',
    'título',
    'ley',
    'libro',
    'programa',
    'documental',
    'intitulé',
    'intitulée',
    'baptisé',
    'baptisée',
    'appelé',
    'appelée',
    'devise',
    'loi',
    'livre',
    'chanson',
    'émission',
    'série',
    'documentaire',
    'intitolato',
    'chiamato',
    'legge',
    'programma',
    'trasmissione',
  ],
  0,
);

/** A few words before it: a saying or a writing on a thing ("Wie das Sprichwort sagt: „…“", "Auf dem Grabstein steht die Inschrift „…“"). */
const SAYING_OR_WRITING = wordsPattern(
  [
    'proverb',
    'the saying',
    'old saying',
    'adage',
    'maxim',
    'inscription',
    'inscribed',
    'engraved',
    'epitaph',
    'plaque',
    'gravestone',
    'headstone',
    'tombstone',
    'banner',
    'banners',
    'placard',
    'placards',
    'sign',
    'signs',
    't-shirt',
    't-shirts',
    'shirt',
    'shirts',
    'hat',
    'hats',
    'sprichwort',
    'redewendung',
    'volksweisheit',
    'spruch',
    'inschrift',
    'grabstein',
    'grabinschrift',
    'schild',
    'plakat',
    'transparent',
    'aufschrift',
    'refrán',
    'dicho',
    'proverbio',
    'inscripción',
    'lápida',
    'cartel',
    'pancarta',
    'proverbe',
    'dicton',
    'épitaphe',
    'pancarte',
    'lapide',
    'cartello',
  ],
  5,
);

/**
 * German writes the kind of work as the last part of a compound ("der Talkshow", "die Fernsehserie", "die ARD-Doku"), where
 * the words above, matched whole, are not found. A report or a study is named so alone too ("zitiert den Berichtsband
 * „Die Lage der IT-Sicherheit …“", "die Studie „…“"): its title is not the words of the one who cites it.
 */
const GERMAN_WORK_COMPOUND = /(?:\p{L}(?:show|sendung|serie|doku|dokumentation|podcast|film)|bericht(?:sband)?|studie|report)\s*$/iu;

/** A law's or a programme's own title: „Gesetz zur Stärkung …“, “… Act”, “Ley de …”, “loi sur …”. */
const TITLE_WORDS_IN_QUOTE = /^(?:Gesetz|Verordnung|Richtlinie|Ley|Loi|Legge|Decreto|Décret)\b|\b(?:Act|Bill|Law|Gesetz)$/u;

/** Shaped like a title or a name: it opens with a capital or a digit and does not end as a sentence or a clause does. */
function titleShaped(quoted: string): boolean {
  const trimmed = quoted.trim();
  return /^[\p{Lu}\p{N}]/u.test(trimmed) && !/[.!?,;:…]$/u.test(trimmed) && trimmed.split(/\s+/u).length <= 14;
}

/** "what aide Kevin Phillips called “…”", "Bush called Trump “…”": a person's words, not a title's naming. */
const PERSON_BEFORE_NAMING =
  /(?:\p{Lu}[\p{L}’'.-]*|\b(?:he|she|they|we|i|what|who|which|has|had|have|was|is|been|being))\s+(?:called|named|dubbed|nicknamed)[\s:,]*$/u;

/** Whether a quotation is a saying, an inscription or a title rather than something a person said. */
export function isNotStatement(before: string, quoted: string): boolean {
  const near = before.slice(-80);
  if (SAYING_OR_WRITING.test(near)) return true;
  if (!titleShaped(quoted)) return false;
  return ((NAMING.test(near) || GERMAN_WORK_COMPOUND.test(near)) && !PERSON_BEFORE_NAMING.test(near)) || TITLE_WORDS_IN_QUOTE.test(quoted.trim());
}
