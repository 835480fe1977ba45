/**
 * Authors from what a page says: byline strings cleaned of "By", roles,
 * e-mail addresses and affiliations, split into one name per author, and
 * told apart as people or organisations.
 */
import type { Author } from '../types.ts';
import { BYLINE_WORDS } from '../pipeline/clutter-rules.ts';
import { GatedPattern } from '../pipeline/pattern-gates.ts';
import { decodeEntities } from './entities.ts';
import { parsePersonName, type NameContext } from './names.ts';

/** News agencies and newsrooms that sign articles. */
const KNOWN_ORGANISATIONS =
  /^(the )?(associated press|ap|reuters|afp|agence france[- ]presse|dpa|deutsche presse[- ]agentur|bloomberg( news)?|yonhap( news agency)?|xinhua|kyodo( news)?|jiji( press)?|ansa|efe|europa press|apa|sda|kna|epd|pa( media)?|press association|aap|cna|bernama|anadolu( agency)?|tass|ria novosti|interfax|upi|united press international|cnn|bbc( news)?|npr|abc news|nbc news|cbs news|fox news|sky news|al jazeera|ips|ians|pti|ani|nhk|afp[- ]jiji|kbs|mbc|sbs|ytn|newsis|news1|sid|kap|ots|kathpress|ptv|sputnik)$/i;

/**
 * Words that make a name an organisation's: "Reuters Staff", "Editorial Board", "Redaktion", "Редакция". Bounded by
 * letters of any script: `\b` knows ASCII letters only, so "редакция" or "編集部" never matched, and "post" matched
 * inside "Postérieur".
 */
const ORGANISATION_WORDS =
  /(?<![\p{L}\p{N}_])(news|newsroom|press|presse|agency|agencia|agence|agentur|staff|desk|team|editorial|editors|editor's|board|bureau|redaktion|redaktionen|redacción|redaccion|rédaction|redazione|redakcja|redactie|redação|newsdesk|times|post|journal|herald|tribune|gazette|zeitung|daily|media|group|network|channel|tv|radio|online|magazine|magazin|company|corp|inc|ltd|llc|gmbh|association|institute|university|council|committee|ministry|department|government|office|service|foundation|reporters|correspondents|wire|wires|contributors|writers|admin|administrator|webmaster|guest|gastautor|gastautorin|partner|sponsored|verlag|sport|sports|nachrichten|noticias|nouvelles|notizie|diario|periódico|periodico|jornal|giornale|quotidiano|wiadomości|новости|редакция|편집부|편집국|취재팀|編集部|编辑部)(?![\p{L}\p{N}_])/iu;

/** A suffix written after a name and its comma: a generation ("Jr.", "III") or a doctorate ("PhD", "M.D."). */
const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV|Ph\.?\s?D|M\.?D|D\.?Phil)\.?$/u;
/** Degrees and professional credentials written after a name: in capitals as they are printed ("MPH", "M.A."). */
const DEGREE =
  /^(?:M\.?P\.?H|M\.?B\.?A|M\.?Sc|B\.?Sc|M\.?A|B\.?A|M\.?S|M\.?Ed|R\.?N|J\.?D|LL\.?M|Esq|DrPH|PharmD|DDS|DMD|DVM|FACP|FRCP|MRCP|FRCS|CPA|CFA|LCSW|MSW|RD)\.?$/u;

/** A byline's credit to the newsroom's staff, without a name: "Staff", "Staff Writer", "Staff Reports", "News Staff". */
const STAFF_CREDIT = /^(?:(?:news|editorial)\s+)?staff(?:\s+(?:writers?|reporters?|reports?))?$/iu;

/** Job titles and descriptions that follow a name on a byline: ", Staff Writer", " - Senior Correspondent". */
const ROLE_WORDS =
  /^(staff|senior|chief|deputy|political|foreign|economics?|business|science|health|sports?|technology|tech|culture|legal|investigative|special|national|international|white house|washington|contributing|contributor|columnist|correspondent|reporter|writer|editor|editor-at-large|producer|analyst|photographer|journalist|redakteur(in)?|korrespondent(in)?|autor(in)?|reporter(in)?|redakteur|ressortleiter(in)?|chefredakteur(in)?|moderator(in)?|periodista|corresponsal|redactor(a)?|journaliste|correspondant(e)?|rédacteur|giornalista|inviato|dziennikarz|dziennikarka|корреспондент|журналист|기자|특파원|논설위원|記者|特派員|记者|特约记者|and|&|\s)+\b.*$/iu;

/** A profession before the name ("Rechtsanwalt Sebastian Einbock", "FOCUS-Online-Experte Robin Tschöpe") or a role after it ("Christoph Hein Chefredakteur"). */
const TITLE_BEFORE_NAME =
  /^(?:rechtsanwalt|rechtsanwältin|fachanwalt|fachanwältin|anwalt|anwältin|steuerberater(?:in)?|notar(?:in)?|[\p{L}-]+-expert(?:e|in)|expert(?:e|in)|redakteur(?:in)?|chefredakteur(?:in)?|autor(?:in)?|gastautor(?:in)?)\s+(?=\p{Lu})/iu;
const ROLE_AFTER_NAME =
  /\s+(?:chefredakteur(?:in)?|redakteur(?:in)?|autor(?:in)?|gastautor(?:in)?|reporterin|journalist(?:in)?|korrespondent(?:in)?|volontär(?:in)?|praktikant(?:in)?)$/iu;

/**
 * A job title printed after the name with no comma (its own element, run together with the name): "Anna Muster
 * Redakteurin Politik", "Jane Doe Staff Writer", "Dr. Karin Muster Abteilung Öffentlichkeitsarbeit", "Ana López
 * Periodista". The title's word, with the words that qualify it ("Senior", "freie"), then at most three words for its
 * desk or department. Words a surname may be ("Sprecher", "Leiter", "Reporter") are not among them.
 */
const JOB_TITLE_AFTER_NAME = new GatedPattern(
  String.raw`\s+(?:(?:staff|senior|chief|deputy|contributing|freie?r?|leitende?r?|stellvertretende?r?)\s+)*(?:chefredakteur(?:in)?|redakteur(?:in)?|autorin|gastautor(?:in)?|reporterin|journalist(?:in)?|korrespondent(?:in)?|volontär(?:in)?|praktikant(?:in)?|pressesprecher(?:in)?|pressereferent(?:in)?|abteilung|writer|correspondent|editor(?:-in-chief|-at-large)?|contributor|columnist|giornalista|periodista|corresponsal|journaliste|redactor(?:a)?|rédacteur|rédactrice)(?:\s+\S+){0,3}$`,
  'iu',
);

/** A name without the job title printed after it; a name of two words or more is left before it. */
function withoutJobTitle(name: string): string {
  const title = JOB_TITLE_AFTER_NAME.exec(name);
  if (!title) return name;
  const before = name.slice(0, title.index);
  return before.includes(' ') ? before : name;
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/gu;
/** An address, not a name: "https://…", "www.example.com", "mediaindonesia.com". */
const URL_LIKE = /^(https?:\/\/|www\.)|^[\w-]+(\.[\w-]+)+\/?$/i;
/** Text that leaked in from a photo credit or a caption. */
const NOT_A_NAME =
  /\b(image|images|photo|photos|foto|fotos|bild|getty|shutterstock|istock(photo)?|credit|developer|facebook|twitter|instagram|http)\b|(^|\s)(фото|снимок|изображение|инстаграм|صورة|תמונה)|[@<>{}=:：\d]/iu;

/**
 * Leading words of a byline: "By", "Von", "Texto:", "Posted by", and the
 * blog themes' labels around an author link: "Veröffentlicht von",
 * "Zeige alle Beiträge von", "View all posts by", "SHOW ALL ARTICLES OF"
 * (glued to the name when the label is a separate element). "Redacción" is read apart (withoutNewsroomLabel).
 */
const BYLINE_PREFIX = new RegExp(
  `^\\s*(?:(?:(?:show|view|see|zeige|alle)\\s+)?(?:all\\s+|alle\\s+)?(?:(?:articles|posts|stories|beiträge|artikel)\\s+(?:of|by|from|von)|(?:veröffentlicht|geschrieben|verfasst|erstellt|publiziert|eingestellt|published|written|posted)\\s+(?:von|by|am\\s+\\S+\\s+von))\\s*[:：]?\\s*|(?:${BYLINE_WORDS}|reporter)\\s*[:：]?\\s+)`,
  'iu',
);

/** "Redacción", a Spanish-language newsroom's desk, opening a byline. */
const NEWSROOM_WORD = /^\s*redacci[oó]n(?!\p{L})/iu;
/** "Redacción: …", "Redacción - Ana María Quispe", "Redacción / EFE": a separator says a name or an agency follows. */
const NEWSROOM_BEFORE_SEPARATOR = /^\s*redacci[oó]n\s*[:：|/–—-]\s*/iu;
/**
 * "Redacción Ana María Quispe": the desk's word, then a person's name (two to four capitalised words, with the particles
 * Spanish names carry) up to the byline's end or the next name. "Redacción EC", "Redacción Deportes", "Redacción El
 * Comercio", "Redacción del Diario" (an acronym, one word, an article or "del"/"de") are the newsroom's own name.
 */
const NEWSROOM_BEFORE_PERSON = new GatedPattern(
  String.raw`^\s*(?:[Rr]edacci[oó]n|REDACCI[OÓ]N)\s+(?=(?!(?:El|La|Los|Las|Lo|Diario|Del|De)\s)\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+(?:(?:de|del|la|las|los)\s+)*\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,3}(?:$|\s*[,;&]|\s+(?:y|e|and)\s))`,
  'u',
);

/**
 * A byline without the "Redacción" that introduces its name. Kept where it begins the newsroom's own name: the credit
 * is then the newsroom's, an organisation.
 */
function withoutNewsroomLabel(text: string): string {
  if (!NEWSROOM_WORD.test(text)) return text;
  const separated = NEWSROOM_BEFORE_SEPARATOR.exec(text);
  if (separated) return text.slice(separated[0].length);
  const person = NEWSROOM_BEFORE_PERSON.exec(text);
  return person ? text.slice(person[0].length) : text;
}

/**
 * The kind of piece a byline's label names before its "by": "Opinion by", "Analysis by", "Ein Kommentar von", "Eine
 * Analyse von", "Gastbeitrag von", "Tribune de", "Un análisis de". The words name what the text is, never who wrote it;
 * an article and one more word may open them ("A guest essay by"). "Kommentar:" or "Opinion |" says the same with a
 * colon or a bar.
 */
const GENRE_WORDS =
  // Not "tribune": "Tribune de Genève" is a paper's name.
  'opinion|analysis|commentary|comment|column|review|essay|editorial|perspective|viewpoint|op-ed|explainer|fact[- ]check|interview|kommentar|gastkommentar|gastbeitrag|beitrag|analyse|kolumne|meinung|rezension|kritik|leitartikel|glosse|reportage|standpunkt|opinión|análisis|columna|crónica|reseña|entrevista|chronique|critique|éditorial|commento|analisi|editoriale|opinione|recensione|opinie|commentaar|recensie|komentarz|felieton|recenzja|krönika|krønike|kommentaar|kolumn|recension|anmeldelse';
const GENRE_LABEL = new RegExp(
  `^\\s*(?:(?:a|an|the|ein|eine|einen|un|una|une|uno|een|et|ett|en)\\s+)?(?:[\\p{L}-]+\\s+)?(?:${GENRE_WORDS})(?:\\s+(?:by|von|vom|de|par|por|di|da|door|van|av|af|przez)\\s*[:：]?\\s+|\\s*[:：|｜–—]\\s*)(?=\\p{Lu})`,
  'iu',
);

/** A button to follow the author, read as the name's first word: "Follow Jane Doe", "Folgen Sie Anna Muster". */
const FOLLOW_LABEL = /^\s*(?:follow|folgen(?:\s+sie)?|folge|seguir(?:\s+a)?|suivre|segui|volg(?:en)?|följ|følg)\s+(?=\p{Lu})/iu;

/**
 * A writer's role as a label before the name, with its colon: "Redakteur: Max Muster", "Verfasserin: Anna Muster",
 * "Writer: Jane Doe", "Text und Fotos: Jan Muster", "Autore: Mario Rossi". Without it the whole byline read as a role
 * (ROLE_WORDS) and the name went with it. An editor's credit ("Editor:", "Redaktion:") names who edited, and stays.
 */
const ROLE_LABEL =
  /^\s*(?:verfasser(?:in)?|autor(?:in|en)?|autore|autrice|autori|auteur(?:e|s)?|authors?|writer|journalist(?:in)?|reporter(?:in)?|korrespondent(?:in)?|redakteur(?:in)?|texte?|bericht|(?:text|texte)\s*(?:&|und|and|\/|\+)\s*(?:fotos?|bilder?)|(?:fotos?|bilder?)\s*(?:&|und|and|\/|\+)\s*texte?)\s*[:：]\s*(?=\p{Lu})/iu;

/** A byline without the words that introduce it: "By", "Posted by", "Opinion by", "Follow", "Redacción -", "Redakteur:". */
function withoutBylineLabel(text: string): string {
  return withoutNewsroomLabel(text.replace(FOLLOW_LABEL, '').replace(GENRE_LABEL, '').replace(ROLE_LABEL, '').replace(BYLINE_PREFIX, ''));
}

/**
 * What a theme prints where a name should be, and what a comment thread
 * prints beside one: a label ("Name *", "Posted", "Unknown", "Authors",
 * "Zuletzt geändert" before a date in an author box), a category
 * ("in Uncategorized"), a commenter ("Peter sagt", "Jane said").
 */
const NOT_A_NAME_LABEL =
  /^(name|name \*|name\*|your name|ihr name|dein name|by|von|par|por|veröffentlicht am|published on|posted on|posted|published|(?:zuletzt |last )?(?:geändert|aktualisiert|updated|modified|bearbeitet)|unknown|anonymous|anonym|authors?|autor(en)?|publisher|admin|administrator|root|user|gast|guest|über|about|redakteur|author name|ceo|cto|cfo|founder|gründer|inhaber|geschäftsführer|follow|folgen|seguir|suivre|segui|volgen|フォロー|关注|關注|팔로우|구독)$|\s(sagt|said|says|schreibt|wrote|writes|meint|antwortete|replied)\s*:?$|→/iu;

/** A theme's line that dates the post before naming its author: "Posted on September 21, 2020 by Adi Tzlil". */
const DATED_BYLINE_PREFIX =
  /^\s*(?:posted|published|written|veröffentlicht|geschrieben|erstellt|publié|publicado|pubblicato)\s+(?:on|am|le|el|il)\s+[^,]{1,40}?(?:,\s*\d{4})?\s+(?:by|von|par|por|da|di)\s+/iu;

// Conjunctions are matched in lower case only, between spaces: "E. Smith" keeps its initial.
const LIST_SEPARATORS = /\s*(?:;|\||\/|&|，|、|·)\s*|\s+(?:and|And|AND|und|y|et|e|i|oraz|и|ve|en|og|och|a)\s+/u;

/**
 * A description after the name, not a name: a small word before a capitalised one ("Jan Fleischhauer,
 * deutscher Journalist", "freie Autorin"). The particles names begin with ("van Gogh", "de Vries") are names.
 */
const DESCRIPTION = /^(?!(?:van|von|der|den|de|da|di|du|del|della|la|le|al|el|bin|ibn|ter|ten|zu|dos|das)\s)\p{Ll}[\p{L}-]*\s+\p{Lu}/u;

function stripDecorations(raw: string): string {
  return (
    raw
      .replace(EMAIL, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/\((?:[^)]*\b(?:image|photo|foto|getty|credit)\b[^)]*)\)/gi, ' ')
      .replace(/\(\s*\)|\[\s*\]/g, ' ')
      // Korean, Japanese and Chinese bylines glue the role to the name: "신현주기자", "松岡大地記者".
      .replace(/(?<=[\p{Script=Hangul}\p{Script=Han}])\s*(기자|특파원|논설위원|선임기자|記者|特派員|记者|编辑)$/u, '')
      // Soft hyphens a page sets for line breaking ("Mat&shy;thi&shy;as") and zero-width characters are not letters of the name.
      .replace(/[\u00ad\u200b-\u200d\ufeff]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/g, '')
      .trim()
  );
}

/**
 * Where the author writes from, after the name: "Atli Steinn Guðmundsson skrifar frá Porsgrunn", "Jane Doe reports
 * from Kyiv", "Anna Muster aus Berlin", "Ana López desde Madrid", "Jane Doe in Washington". A verb of writing or
 * reporting, or a preposition of place no name carries as a particle ("aus", "from", "desde", lower-case "in"), then
 * one to three capitalised words to the end. "da", "de" and "en" stay: "da Silva", "de Vries" are surnames, and
 * "en" joins two Dutch names.
 */
const PLACE_AFTER_NAME = new GatedPattern(
  String.raw`\s+(?:(?:writes|writing|reports|reporting|berichtet|schreibt|skrifar|skriver|rapporterar|rapporterer|escribe|informa|écrit|scrive)\s+)?(?:from|aus|frá|fra|från|desde|depuis|in|í)\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}$`,
  'u',
);

/** A name without the place it is written from; an organisation's name keeps its "in" ("Verband der Industrie in Bayern"). */
function withoutPlace(name: string): string {
  const place = PLACE_AFTER_NAME.exec(name);
  if (!place || place.index === 0) return name;
  const before = name.slice(0, place.index);
  return isOrganisationName(before) ? name : before;
}

/** The conjunctions LIST_SEPARATORS splits on, opening a comma's part. */
const LEADING_CONJUNCTION = /^(?:and|und|y|et|e|i|oraz|и|ve|en|og|och)\s+(?=\p{Lu})/u;

/** "Choi Si-young (siyoungchoi@heraldcorp.com)", "By JANE DOE, Staff Writer" -> clean name strings. */
export function splitByline(raw: string): string[] {
  let text = stripDecorations(raw.replace(/\s+/g, ' '));
  const unlabelled = withoutBylineLabel(text.replace(DATED_BYLINE_PREFIX, ''));
  // "By Staff Writer", "By Staff": the byline credits the newsroom's staff and names no one else. It is kept whole,
  // as "Redaktion" is; after a name ("Jane Doe, Staff Writer") the same words are only her role.
  if (unlabelled !== text && STAFF_CREDIT.test(unlabelled)) return [unlabelled];
  text = unlabelled;
  // "Christian Seiler Illustration von Markus Roost": the illustrator or photographer credited after the author.
  text = text.replace(/\s+(?:illustrationen?|illustrations?|fotos?|photos?|bilder?)\s+(?:von|by|de|di)\s.*$/iu, '');
  // "Jane Doe | Reuters", "Jane Doe - Staff Writer": what follows a bar or dash is an affiliation or role.
  text = text.split(/\s+[|–—]\s+|\s+-\s+/)[0] ?? text;
  // Dates glued to the byline: "Jane Doe Updated 3:45 PM", "Jane Doe, last updated May 3"; and "Last updated …",
  // "Zuletzt geändert am …" alone in an author box: a change's date, with no name before it.
  text = text.replace(
    /(?:^(?:last|zuletzt)\s+|\s+(?:(?:last|zuletzt)\s+)?)(updated|published|posted|aktualisiert|geändert|veröffentlicht|am|on|le|el)\b.*\d.*$/i,
    '',
  );
  text = text.replace(/\(([^)]*)\)/g, (match, inner: string) => (ROLE_WORDS.test(inner.trim()) || /\d/.test(inner) ? ' ' : match));
  const names: string[] = [];
  // Commas separate authors ("A, B and C") or add a role ("A, Staff Writer").
  for (const listed of text.split(/\s*,\s*/)) {
    // "John Smith, Jr.", "Jane Doe, PhD": the name's suffix, which names.ts keeps with it, not a second author.
    if (NAME_SUFFIX.test(listed) && names.length) {
      names.push(`${names.pop()!} ${listed}`);
      continue;
    }
    // "Jane Doe, MPH", "Jan Muster, M.A.": a degree after the name, no one's name.
    if (DEGREE.test(listed)) continue;
    // "Jane Doe, John Roe, and Max Moe": the conjunction after the list's last comma opens the last name, which a
    // description's test (a small word before a capital) would otherwise drop.
    const commaPart = listed.replace(LEADING_CONJUNCTION, '');
    // "Landesanstalt für Wald und Forstwirtschaft", "Department of Health and Human Services": the "und" or "and"
    // after an institution's "für"/"of" joins its fields, not two authors.
    const parts = commaPart.length <= MAX_INSTITUTION_LENGTH && INSTITUTION_FIELDS.test(commaPart) ? [commaPart] : commaPart.split(LIST_SEPARATORS);
    for (const part of parts) {
      // "Elena Oberholzer (obe)": a newsroom's initials for the author.
      const name = withoutPlace(stripDecorations(withoutBylineLabel(part).replace(/\s*\([^)]{1,12}\)\s*/g, ' ')));
      if (!name) continue;
      if (ROLE_WORDS.test(name) || DESCRIPTION.test(name)) continue;
      names.push(name);
    }
  }
  return names;
}

/**
 * "La República", "El Comercio", "Die Zeit", "The Intercept": a name that opens with an article is a title, never a
 * person's, whatever the page's JSON-LD types it ("Le" and "Las" stay out: "Le" is a Vietnamese family name, "Las
 * Heras" a Spanish one).
 */
const OPENS_WITH_ARTICLE = /^(?:The|La|El|Il|Der|Die|Das)\s+\p{Lu}/u;

/**
 * A company's or an association's legal form after its name ("besserwisser eG", "Hanns-Seidel-Stiftung e.V.",
 * "Beispiel GmbH", "Acme S.A."): no person's name ends so. Its last word only: initials that open a name ("S.L. Price",
 * "AG Sulzberger", a Dutch "B.V. Jansen") are no legal form. Written in capitals as the law writes them (case
 * matters: "Ag" or "kg" are no legal form).
 */
const LEGAL_FORM = /\S\s+(?:e\.\s?V\.?|eG|AG|g?GmbH|mbH|(?:&\s*Co\.?\s*)?KG|KGaA|OHG|S\.A\.?|S\.L\.?|S\.p\.A\.?|B\.V\.?|N\.V\.?|plc|PLC)\s*$/u;

/**
 * German institutions written as one compound word: "Bundesverband", "Caritasverband", "Landesanstalt",
 * "Pressestelle". The word alone may be a surname ("Kammer", "Verein"): only a compound counts, and not "-kammer",
 * which ends surnames too ("Steinkammer").
 */
const INSTITUTION_COMPOUND =
  /\p{L}{2,}(?:verband|verbandes|verein|vereins|stiftung|anstalt|institut|ministerium|gesellschaft|genossenschaft|behörde|akademie|hochschule|pressestelle|zentrale|bündnis)(?![\p{L}])/iu;

/** The same institutions' words standing alone ("Stiftung Warentest", "Verband der …", "Institut für …"). */
const INSTITUTION_WORD =
  /\b(?:stiftung|verband|institut|ministerium|genossenschaft|gesellschaft|akademie|hochschule|universität|universidad|université|università|fundación|fondation|fondazione|asociación|associazione)(?![\p{L}])/iu;

/** The words an institution's name ends in before its "für": "Institut", "Bundesamt", "Pressestelle", "Zentrum". */
const INSTITUTION_NOUN_ENDINGS = [
  'institut',
  'amt',
  'stelle',
  'zentrum',
  'verband',
  'verein',
  'stiftung',
  'gesellschaft',
  'akademie',
  'ministerium',
  'behörde',
  'kommission',
  'rat',
  'büro',
  'agentur',
  'netzwerk',
  'bündnis',
  'anstalt',
  'hochschule',
  'schule',
];
/** Such a noun: a compound ending in one ("Bundesamt") or the word itself, capitalised ("Institut"). */
const INSTITUTION_NOUN = String.raw`(?:\p{Lu}\p{L}*(?:${INSTITUTION_NOUN_ENDINGS.join('|')})|${INSTITUTION_NOUN_ENDINGS.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('|')})`;

/**
 * "Institut für Wald", "Department of Health": an institution's name joined to its field by "für", or an English
 * institution's head noun and "of"/"for". "für" only after an institution's noun: "Anna Frank für Die Zeit" is a
 * person and the paper she writes for. "Jane Doe of Reuters" or "for the BBC" in a byline is a person and her
 * newsroom, so a bare "of" or "for" is not enough either.
 */
const INSTITUTION_HEAD = String.raw`(?:${INSTITUTION_NOUN}\s+für(?:\s+(?:den|die|das|dem))?|(?:Department|Ministry|University|Institute|Office|Board|Council|Academy|College|Society|Association|Federation|Chamber|Museum|Centre|Center|Commission|Bureau|Agency|Bank)\s+(?:of|for))\s+(?:the\s+)?\p{Lu}`;
// Gated and made on first need (pattern-gates.ts): parsing them at load cost every page a few milliseconds.
const INSTITUTION_OF = new GatedPattern(INSTITUTION_HEAD, 'u');

/**
 * An institution's fields joined by "und"/"and" after its "für"/"of" ("Institut für Wald und Forst"), where the part
 * opens with the institution (a word or two before its head): "Max Muster und Erika Beispiel vom Institut für …"
 * names two people first.
 */
const INSTITUTION_FIELDS = new GatedPattern(String.raw`^(?:\S+\s+){0,2}?${INSTITUTION_HEAD}[^,;|]*\s(?:und|and|&)\s+\p{Lu}`, 'u');
/** Longer than any institution's name: a text this long is not tested against the patterns above. */
const MAX_INSTITUTION_LENGTH = 120;

/**
 * A legal form, an institution or a newsroom's word in a name: an organisation's signs. Narrower than
 * isOrganisationName, whose words ("Post", "Times", "Sport") are often a person's surname. Where the page types the
 * name a Person, only the strongest of these override it (overridesPersonType): a surname may look like an institution.
 */
function hasOrganisationMarker(name: string): boolean {
  if (name.length > MAX_INSTITUTION_LENGTH) return false;
  return LEGAL_FORM.test(name) || INSTITUTION_COMPOUND.test(name) || INSTITUTION_WORD.test(name) || INSTITUTION_OF.test(name) || newsroomMarker(name);
}

/**
 * Signs no surname gives, so they hold where a page's markup types the name a Person: a legal form as the last word,
 * an institution's noun with its "für"/"of" ("Landesamt für Forst und Jagd"), a newsroom's word. Not a lone institution
 * word or compound ("Hans Stiftung", "Frank Verband" may be surnames).
 */
function overridesPersonType(name: string): boolean {
  return name.length <= MAX_INSTITUTION_LENGTH && (LEGAL_FORM.test(name) || INSTITUTION_OF.test(name) || newsroomMarker(name));
}

/** A newsroom's word ("N-Land Redaktion", "BR24 Redaktion", "Pressestelle"): no person is named so, whatever the markup says. */
function newsroomMarker(name: string): boolean {
  return /(?<![\p{L}])(?:redaktion|redaktionen|redacción|redaccion|rédaction|redazione|redakcja|redactie|redação|newsroom|newsdesk|editorial board|pressestelle)(?![\p{L}])/iu.test(
    name,
  );
}

/**
 * A dateline that credits a news agency: "Hamburg (dpa/lno) – …", "WASHINGTON (AP) — …", "Palma de Mallorca (dpa) -
 * …". The place, the credit in brackets, then a dash opening the story: the agency wrote it. The credit is one
 * organisation, kept whole ("dpa/lno" is the agency's regional service, "AFP/dpa" a story two agencies filed); it
 * counts only when one of its parts is a known agency, so an abbreviation a sentence explains ("Der Verband (BWE) –")
 * is none.
 */
const DATELINE_CREDIT = /^\p{Lu}[\p{L}\p{M}.'’ -]{0,40}?\s*\(([\p{L}][\p{L}/, -]{0,28})\)\s*[-–—]\s/u;

/** The agency a story's opening dateline credits, or ''. */
export function datelineCredit(text: string): string {
  return agencyCredit(DATELINE_CREDIT.exec(text.trim())?.[1]?.trim() ?? '');
}

/**
 * A story's last line that credits a news agency: its sign-off "(dpa)", "(AFP/dpa)", or its source "Quelle: kathpress",
 * "Source: Reuters", "Fuente: EFE".
 */
const CLOSING_CREDIT = /^\(?\s*(?:(?:quelle|source|fuente|fonte|źródło|bron|källa|kilde)\s*[:：]\s*)?(\p{L}[\p{L}/, -]{0,28}?)\s*\)?\.?$/iu;

/** The agency a story's closing line credits, or ''. */
export function closingCredit(text: string): string {
  return agencyCredit(CLOSING_CREDIT.exec(text.trim())?.[1]?.trim() ?? '');
}

/** A credit whose parts are short words, one of them a known agency; '' otherwise. */
function agencyCredit(credit: string): string {
  if (!credit) return '';
  const parts = credit.split(/\s*[/,]\s*/);
  return parts.every((part) => /^[\p{L}-]{1,12}$/u.test(part)) && parts.some((part) => KNOWN_ORGANISATIONS.test(part.split('-')[0]!)) ? credit : '';
}

export function isOrganisationName(name: string, siteName = ''): boolean {
  const clean = name.trim();
  if (KNOWN_ORGANISATIONS.test(clean)) return true;
  if (ORGANISATION_WORDS.test(clean)) return true;
  if (hasOrganisationMarker(clean)) return true;
  if (siteName && clean.toLowerCase() === siteName.toLowerCase()) return true;
  if (/\d/.test(clean)) return true;
  if (OPENS_WITH_ARTICLE.test(clean)) return true;
  // "SID", "APA/dpa": short all-capital names are agency codes.
  if (/^[\p{Lu}/.]{2,6}$/u.test(clean)) return true;
  return false;
}

/** A user name printed as the author ("freeman1984", "Marianne1"): one word, letters first, a number at the end. */
const USER_NAME = /^\p{L}[\p{L}_.-]*\d{1,4}$/u;

/** "TAG24", "SAT1": capitals and a number are a brand, not a user; a user name has a small letter. */
function isUserName(name: string): boolean {
  return USER_NAME.test(name) && /\p{Ll}/u.test(name) && !NOT_A_NAME.test(name.replace(/\d+$/u, ''));
}

/**
 * The small words names carry ("Ursula von der Leyen", "Jan de Vries", "Maria do Socorro", "Giovanni degli Alberti"),
 * and a small prefix joined to a capitalised part ("al-Faisal", "d'Alembert", "el-Sisi").
 */
const NAME_PARTICLE =
  /^(?:von|vom|van|der|den|de|des|da|di|do|du|dei|del|della|delle|degli|dal|dalla|dello|dos|das|los|las|la|le|al|el|ben|bin|bint|ibn|ter|ten|te|op|zu|zum|zur|y|e|und|and|et)$|^\p{Ll}{1,3}['’-]\p{Lu}/u;

/** A suffix a name may end in, written small: "Jane Doe jr". */
const SMALL_SUFFIX = /^(?:jr|sr|jun|sen)$/u;

/** A word in small letters that no name ends in: no particle, no suffix, no abbreviation ("Dipl.-Ing. Jan Muster, ing."). */
function isSmallEndWord(word: string): boolean {
  return /^\p{Ll}/u.test(word) && !word.endsWith('.') && !NAME_PARTICLE.test(word) && !SMALL_SUFFIX.test(word);
}

/**
 * A name without the page's controls printed after it: a name ends in a capitalised word (its family name), so words
 * in small letters after it are a button's or a link's ("Jane Doe folgen", "Tina Muster reports"). Nothing is left of
 * "Themen bearbeiten" (a button to edit the topics one follows, which a citation once read as "bearbeiten, T."),
 * "Profil ansehen" or "Read more": one capitalised word before the control is the control's own label, not a name. A
 * name written all in small letters ("bell hooks", "kalle23") and an organisation's ("kluge köpfe eG") are kept.
 */
function withoutControlWords(name: string): string {
  const words = name.split(' ');
  if (!words.some((word) => /^\p{Lu}/u.test(word))) return name;
  let end = words.length;
  while (end > 0 && isSmallEndWord(words[end - 1]!)) end--;
  if (end === words.length || isOrganisationName(name)) return name;
  return end >= 2 ? words.slice(0, end).join(' ') : '';
}

/**
 * A control's capitalised label printed after the name: "Folgen", "Follow", "Abonnieren", "Kontakt", "Profil", and the
 * noun a control's verb follows ("Themen bearbeiten", "E-Mail senden"). No surname is one of these words.
 */
const CONTROL_LABEL_WORDS =
  /^(?:folgen|follow|abonnieren|subscribe|kontakt|kontaktieren|contact|profil|themen|e-mail|email|newsletter|autorenprofil|autorenseite)$/iu;
/**
 * Words that open a control's label only with a small word after them ("Read more", "View profile", "Mehr lesen",
 * "Artikel ansehen"): alone they may be a surname ("Piers Paul Read") or a name's part.
 */
const CONTROL_OPENING_WORDS = /^(?:read|view|show|see|mehr|artikel|beiträge|thema|mail)$/iu;

/**
 * A name without the control printed after it in the same element: "Anna Muster Themen bearbeiten", "Jane Doe Follow",
 * "Jane Doe Read more". The small words go first (withoutControlWords); then a control's capitalised label, and a
 * word that opens a label where small words followed it. A whole name of two words or more stays.
 */
function withoutControls(name: string): string {
  const shorter = withoutControlWords(name);
  if (!shorter || isOrganisationName(name)) return shorter;
  const smallWordsCut = shorter !== name;
  const words = shorter.split(' ');
  let end = words.length;
  while (end > 2 && (CONTROL_LABEL_WORDS.test(words[end - 1]!) || (smallWordsCut && end === words.length && CONTROL_OPENING_WORDS.test(words[end - 1]!))))
    end--;
  return words.slice(0, end).join(' ');
}

/**
 * A phrase, not a name: three words or more of which two are small words that are no particle ("selbst ist der
 * Mann", a magazine's slogan a CMS states as its author's name). A user name or a stylised name in one or two small
 * words ("kalle23", "bell hooks") is not judged so.
 */
function isPhrase(name: string): boolean {
  const words = name.split(/\s+/u);
  // An organisation may write its name in small letters ("kluge köpfe eG"): its legal form says what it is.
  if (words.length < 3 || isOrganisationName(name)) return false;
  // An abbreviated title in small letters ("dr. ir. Jan de Vries") is no small word of a phrase.
  return words.filter((word) => /^\p{Ll}/u.test(word) && !word.endsWith('.') && !NAME_PARTICLE.test(word)).length >= 2;
}

/**
 * A newsroom whose brand carries a short number: "BR24 Redaktion", "Channel 4 News", "t3n Redaktion". Its newsroom word
 * says it is an organisation, and each number is one to three digits inside or beside a brand's word, never a date, a
 * year or a count with its noun ("Redaktion 12.05.2023", "News 2023", "12 Kommentare" has no newsroom word).
 */
function isNumberedNewsroom(name: string): boolean {
  if (!ORGANISATION_WORDS.test(name)) return false;
  const words = name.split(/\s+/u);
  const numbered = words.filter((word) => /\d/u.test(word));
  return numbered.length === 1 && /^\p{L}{0,8}\d{1,3}\p{L}{0,8}$/u.test(numbered[0]!) && !NOT_A_NAME.test(name.replace(/\d/gu, ''));
}

/** Something a byline source gave that is not a name at all. */
function isPlausibleName(name: string): boolean {
  if (!name || name.length > 80 || name.length < 2) return false;
  if (URL_LIKE.test(name) || NOT_A_NAME_LABEL.test(name)) return false;
  // Digits say a date or a count leaked in, except at the end of a user name a blog signs with ("freeman1984") and in
  // a newsroom's own name ("BR24 Redaktion").
  if (NOT_A_NAME.test(name) && !isUserName(name) && !isNumberedNewsroom(name)) return false;
  // "in Uncategorized", "in Gefühle": the post's category beside the author (lower-case "in" only: "In-sook Kim" is a name).
  if (/^in\s/u.test(name)) return false;
  if (!/\p{L}/u.test(name)) return false;
  // A sentence, not a name.
  if (name.split(' ').length > 6) return false;
  if (isPhrase(name)) return false;
  return true;
}

export interface AuthorCandidate {
  name: string;
  /** 'Person', 'Organization' when the source says so; '' otherwise. */
  type: string;
}

export function authorFromCandidate(candidate: AuthorCandidate, context: NameContext & { siteName?: string }): Author {
  const organisation =
    candidate.type === 'Organization' ||
    OPENS_WITH_ARTICLE.test(candidate.name.trim()) ||
    (candidate.type !== 'Person' && isOrganisationName(candidate.name, context.siteName)) ||
    (candidate.type === 'Person' && overridesPersonType(candidate.name));
  if (organisation) return { literal: candidate.name };
  return parsePersonName(candidate.name, context);
}

/**
 * Cleaned, de-duplicated candidates from one source. A source whose entries are
 * bylines ("By A and B") is split; a structured source (JSON-LD) may still hold
 * "A and B" in one name.
 */
export function cleanCandidates(candidates: AuthorCandidate[], options: { oneNameEach?: boolean } = {}): AuthorCandidate[] {
  const cleaned: AuthorCandidate[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    // citation_author and Dublin Core give one author per tag, often "Family, Given": a comma does not separate people there.
    const oneName = candidate.type === 'Organization' || (options.oneNameEach && !/\b(and|und|et|y)\b|[;&|]/.test(candidate.name));
    const raw = decodeEntities(candidate.name);
    const names = oneName ? [stripDecorations(withoutBylineLabel(raw))] : splitByline(raw);
    for (const found of names) {
      const bare = withoutJobTitle(found.replace(TITLE_BEFORE_NAME, '')).replace(ROLE_AFTER_NAME, '');
      // A name the page's structured data types as a Person holds no control's label: it may be written with a
      // small family name as its owner typed it ("Mobasir hassan").
      const name = candidate.type === 'Person' ? bare : withoutControls(bare);
      if (!isPlausibleName(name)) continue;
      const key = name.toLowerCase().replace(/[^\p{L}]/gu, '');
      if (seen.has(key)) continue;
      seen.add(key);
      cleaned.push({ name, type: candidate.type });
    }
  }
  return cleaned;
}

function lettersOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** "DER SPIEGEL" and "Der Spiegel", "Lrt.lt" and "LRT": the same organisation written two ways. */
function isSameOrganisation(name: string, other: string): boolean {
  const a = lettersOf(name);
  const b = lettersOf(other);
  if (!a || !b) return false;
  return a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));
}

/**
 * Authors as the page states them, people and organisations alike: a site
 * that signs "Associated Press" or "DER SPIEGEL" names its author, and a
 * newsroom credited beside a reporter ("Reuters", "Gear Team") is credited.
 * Only repeats go (the same name in two spellings of case).
 */
/**
 * A person, including one whose name could not be split: an unspaced
 * Japanese name ("松岡大地") stays literal but is a person. A single Latin
 * word ("Frankfurt", "Von") is not taken for one.
 */
export function isPerson(author: Author, siteName = ''): boolean {
  if (!('literal' in author)) return true;
  return /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(author.literal) && !isOrganisationName(author.literal, siteName);
}

export function dedupeAuthors(authors: Author[], siteName = ''): Author[] {
  const seen = new Set<string>();
  const hasPerson = authors.some((author) => isPerson(author, siteName));
  return authors.filter((author) => {
    // Beside a named reporter, the site itself ("한국일보" on hankookilbo.com) is the publisher, not a co-author.
    if (hasPerson && 'literal' in author && siteName && isSameOrganisation(author.literal, siteName)) return false;
    const key = ('literal' in author ? author.literal : `${author.given} ${author.family}`).toLowerCase().replace(/[^\p{L}]/gu, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
