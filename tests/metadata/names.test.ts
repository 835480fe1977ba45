/** Personal names split the way their culture writes them, and organisations kept whole. */
import { describe, expect, it } from 'vitest';
import { authorFromCandidate, cleanCandidates, isOrganisationName, splitByline } from '../../utils/metadata/authors.ts';
import { displayName, parsePersonName } from '../../utils/metadata/names.ts';

describe('family-name-first names', () => {
  const rows: [string, string, { family: string; given: string }][] = [
    ['a Korean name with a hyphenated given name', 'Choi Si-young', { family: 'Choi', given: 'Si-young' }],
    ['a Korean name on a Korean page', 'Kim Arin', { family: 'Kim', given: 'Arin' }],
    ['a Chinese name in pinyin', 'Xi Jinping', { family: 'Xi', given: 'Jinping' }],
    ['a Japanese name with the family name in capitals', 'KISHIDA Fumio', { family: 'Kishida', given: 'Fumio' }],
    ['a Vietnamese name', 'Nguyen Van An', { family: 'Nguyen', given: 'Van An' }],
    ['a Hungarian name on a Hungarian page', 'Orbán Viktor', { family: 'Orbán', given: 'Viktor' }],
    ['a name in Hangul', '최시영', { family: '최', given: '시영' }],
    ['a Chinese name in Han characters', '习近平', { family: '习', given: '近平' }],
    ['a compound Korean family name', '남궁민수', { family: '남궁', given: '민수' }],
  ];
  const langs: Record<string, string> = { 'Kim Arin': 'ko', 'Orbán Viktor': 'hu' };
  for (const [name, raw, expected] of rows) {
    it(name, () => {
      const parsed = parsePersonName(raw, { lang: langs[raw] ?? 'en' });
      expect(parsed).toMatchObject({ ...expected, familyFirst: true });
      expect(displayName(parsed)).toBe(raw.replace('KISHIDA', 'Kishida'));
    });
  }
});

describe('Western names', () => {
  it('splits at the last word', () => {
    expect(parsePersonName('Antony Blinken')).toEqual({ given: 'Antony', family: 'Blinken' });
  });
  it('keeps particles and suffixes apart', () => {
    expect(parsePersonName('Ursula von der Leyen')).toEqual({ given: 'Ursula', family: 'Leyen', particle: 'von der' });
    expect(parsePersonName('Martin Luther King Jr.')).toEqual({ given: 'Martin Luther', family: 'King', suffix: 'Jr.' });
  });
  it('does not take a Western name for a Korean or Chinese one', () => {
    expect(parsePersonName('Lee Smith')).toEqual({ given: 'Lee', family: 'Smith' });
    expect(parsePersonName('Jane Wang')).toEqual({ given: 'Jane', family: 'Wang' });
  });
  it('reads "Family, Given" and fixes all-capital bylines', () => {
    expect(parsePersonName('Brazil, Rachel')).toEqual({ family: 'Brazil', given: 'Rachel' });
    expect(parsePersonName('MTHOBISI SITHOLE')).toEqual({ given: 'Mthobisi', family: 'Sithole' });
  });
  it('keeps an agency code in capitals but cases a one-word given name set in capitals', () => {
    for (const code of ['SID', 'AFP', 'EFE', 'DPA', 'RTL']) expect(parsePersonName(code)).toEqual({ literal: code });
    expect(parsePersonName('ANNA')).toEqual({ literal: 'Anna' });
    expect(parsePersonName('PAUL')).toEqual({ literal: 'Paul' });
  });
});

describe('bylines', () => {
  it('drops "By", roles, e-mail addresses and affiliations', () => {
    expect(splitByline('By Choi Si-young (siyoungchoi@heraldcorp.com)')).toEqual(['Choi Si-young']);
    expect(splitByline('By JANE DOE, Staff Writer')).toEqual(['JANE DOE']);
    expect(splitByline('Jane Doe | Reuters')).toEqual(['Jane Doe']);
    expect(splitByline('Von Anna Fink und Jan Marchart')).toEqual(['Anna Fink', 'Jan Marchart']);
    expect(splitByline('Elena Oberholzer (obe), Oliver Maksan (oma)')).toEqual(['Elena Oberholzer', 'Oliver Maksan']);
  });
  it('keeps an initial that looks like a conjunction', () => {
    expect(splitByline('E. Smith and I. Jones')).toEqual(['E. Smith', 'I. Jones']);
  });
  it('rejects what is not a name', () => {
    expect(
      cleanCandidates([
        { name: '(Image: Getty Images/iStockphoto)', type: '' },
        { name: 'https://example.com/author/x', type: '' },
        { name: 'd.kuckelkorn@boersen-zeitung.de', type: '' },
      ]),
    ).toEqual([]);
  });
  it('keeps a newspaper named with its article or as a "diario" whole ("La República", "Diario Pagina Siete")', () => {
    for (const name of ['La República', 'El Comercio', 'Die Grünen Bundestagsfraktion', 'The Intercept', 'Diario Pagina Siete', 'Jornal do Brasil']) {
      expect(isOrganisationName(name), name).toBe(true);
    }
    for (const name of ['Marine Le Pen', 'Lê Phương', 'Ursula von der Leyen', 'Las Heras Ramos']) expect(isOrganisationName(name), name).toBe(false);
    // Whatever the page's JSON-LD calls it.
    expect(authorFromCandidate({ name: 'La República', type: 'Person' }, { lang: 'es' })).toEqual({ literal: 'La República' });
  });

  it('tells organisations from people', () => {
    for (const name of ['Associated Press', 'Reuters Staff', 'Editorial Board', 'AFP', 'Redaktion hessenschau.de']) expect(isOrganisationName(name)).toBe(true);
    for (const name of ['Choi Si-young', 'Rachel Brazil']) expect(isOrganisationName(name)).toBe(false);
    // A newsroom's word in any script: "\b" had bounded them by ASCII letters, which no Cyrillic or Korean word has.
    for (const name of ['Редакция сайта', 'РИА Новости', 'Новости Украины', '중앙일보 편집부', 'NHK 編集部']) expect(isOrganisationName(name), name).toBe(true);
    // Nor is the word inside a longer one, whatever letters follow it.
    for (const name of ['Pierre Postéro', 'Anna Teamé']) expect(isOrganisationName(name), name).toBe(false);
    expect(authorFromCandidate({ name: 'Associated Press', type: '' }, {})).toEqual({ literal: 'Associated Press' });
    expect(authorFromCandidate({ name: 'Reuters', type: 'Organization' }, {})).toEqual({ literal: 'Reuters' });
  });
  it('strips the reporter title glued to a Korean name', () => {
    expect(cleanCandidates([{ name: '신현주기자', type: '' }]).map((candidate) => candidate.name)).toEqual(['신현주']);
  });
});
