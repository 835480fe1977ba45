/**
 * Citations of pages in many languages, read in every style as a person reads them. Each case is modelled (in our own
 * words) on a citation copied from a saved page that read wrong, and fails without the rule that fixed it.
 */
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../utils/citation/index.ts';
import type { CitationStyle } from '../../utils/citation/styles-list.ts';
import { citedStoryMeta } from '../helpers/article-meta.ts';
import type { ArticleMeta } from '../../utils/types.ts';

const ACCESSED = new Date(2026, 10, 27);

const cite = (m: ArticleMeta, style: CitationStyle) => formatCitation(m, style, { accessed: ACCESSED }).text;

describe('RIS', () => {
  const story = citedStoryMeta({
    title: 'Городской совет расширяет сеть велосипедных дорожек вдоль набережной и через исторический центр города',
    lang: 'ru',
    authors: [
      { given: 'Анна', family: 'Петрова' },
      { given: 'Илья', family: 'Смирнов' },
    ],
    siteName: 'Вечерний вестник',
  });

  it('names every author of a news story, and its day', () => {
    const ris = cite(story, 'ris');
    expect(ris).toMatch(/^TY {2}- NEWS$/mu);
    expect(ris).toMatch(/^AU {2}- Петрова, Анна\nAU {2}- Смирнов, Илья$/mu);
    expect(ris).toMatch(/^DA {2}- 2024\/03\/05\/$/mu);
    expect(ris).toMatch(/^Y2 {2}- 2026\/11\/27\/$/mu);
  });

  it('keeps each value on one line, however long', () => {
    const ris = cite(story, 'ris');
    for (const line of ris.split('\n')) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/u);
    expect(ris).toContain(`TI  - ${story.title}`);
    expect(ris).toContain('UR  - https://news.example/2024/03/05/bicycles');
  });

  it('gives a blog post an access date, not a volume, and a web page its site', () => {
    expect(cite(citedStoryMeta({ pageType: 'BlogPosting' }), 'ris')).not.toMatch(/^VL/mu);
    expect(cite(citedStoryMeta({ pageType: 'WebPage' }), 'ris')).toMatch(/^T2 {2}- The Example Times$/mu);
  });
});

describe('BibLaTeX', () => {
  it('keeps a Vietnamese name and title whole (the horn has no LaTeX command)', () => {
    const bib = cite(citedStoryMeta({ lang: 'vi', title: 'Mưa lớn ở miền Trung', authors: [{ family: 'Trần', given: 'Thư', familyFirst: true }] }), 'bibtex');
    expect(bib).toContain('author = {Trần, Thư}');
    expect(bib).toMatch(/title = \{Mưa lớn ở miền \{?Trung\}?\}/u);
  });

  it('names a web page’s site in a field @online has', () => {
    const bib = cite(citedStoryMeta({ pageType: 'WebPage' }), 'bibtex');
    expect(bib).toMatch(/^@online\{/u);
    expect(bib).toMatch(/organization = \{The \{?Example\}? \{?Times\}?\}/u);
    expect(bib).not.toContain('booktitle');
  });
});

describe('Harvard, a British style', () => {
  it('writes the access date the British way, as it writes the day of publication', () => {
    const harvard = cite(citedStoryMeta(), 'harvard');
    expect(harvard).toContain('5 March');
    expect(harvard).toContain('(Accessed: 27 November 2026)');
  });

  it('quotes the title with British marks, the comma outside', () => {
    expect(cite(citedStoryMeta(), 'harvard')).toContain('‘Council expands bicycle network’, The Example Times');
  });
});

describe('a title that ends in a question or an exclamation', () => {
  it('has no comma after its own mark', () => {
    const question = citedStoryMeta({ title: 'Who pays for the new bridge?' });
    expect(cite(question, 'ieee')).toContain('“Who pays for the new bridge?” The Example Times');
    const exclamation = citedStoryMeta({ lang: 'tr', title: 'Köprü açıldı!' });
    expect(cite(exclamation, 'ieee')).toContain('“Köprü açıldı!” The Example Times');
    expect(cite(exclamation, 'harvard')).not.toContain('!,');
  });
});

describe('a paper that is its own author', () => {
  const paper = citedStoryMeta({ lang: 'ja', title: '新しい橋が開通', authors: [{ literal: '東西新聞' }], siteName: '東西新聞' });

  it('is named once in Chicago, in the author’s place', () => {
    expect(cite(paper, 'chicago')).toMatch(/^東西新聞\. “新しい橋が開通\.” March 5, 2024\. /u);
  });

  it('is named once in IEEE, which then opens with the title', () => {
    expect(cite(paper, 'ieee')).toMatch(/^“新しい橋が開通,” 東西新聞, Mar\. 05, 2024\. /u);
  });
});

describe('names in scripts that have no initials', () => {
  const byline = (lang: string, given: string, family: string, familyFirst = false) =>
    citedStoryMeta({ lang, title: 'Nouvelle passerelle', authors: [{ given, family, ...(familyFirst ? { familyFirst } : {}) }] });

  it('keeps a Hindi name in two words, the family name first where the style inverts', () => {
    const hindi = byline('hi', 'अनीता', 'वर्मा');
    expect(cite(hindi, 'apa')).toMatch(/^वर्मा, अनीता\. \(2024/u);
    expect(cite(hindi, 'ieee')).toMatch(/^अनीता वर्मा, “/u);
  });

  it('does not make an Arabic or Thai given name a letter and a full stop', () => {
    expect(cite(byline('ar', 'سلمى', 'الحداد'), 'apa')).toMatch(/^الحداد, سلمى\. \(2024/u);
    expect(cite(byline('ar', 'سلمى', 'الحداد'), 'harvard')).toMatch(/^الحداد, سلمى \(2024\)/u);
    expect(cite(byline('th', 'มานี', 'รักไทย'), 'apa')).toMatch(/^รักไทย, มานี\. \(2024/u);
  });

  it('inverts a Georgian name as a person’s', () => {
    expect(cite(byline('ka', 'თამარ', 'კაპანაძე'), 'apa')).toMatch(/^კაპანაძე, თამარ\. \(2024/u);
  });
});

describe('Latin-script names on pages whose language writes the family name first', () => {
  it('keeps the comma after the family name on Vietnamese, Hungarian and Japanese pages', () => {
    const vietnamese = citedStoryMeta({ lang: 'vi', title: 'Cầu mới', authors: [{ family: 'Phạm', given: 'Hoa', familyFirst: true }] });
    expect(cite(vietnamese, 'apa')).toMatch(/^Phạm, H\. \(2024/u);
    const hungarian = citedStoryMeta({ lang: 'hu', title: 'Új híd', authors: [{ family: 'Kovács', given: 'Éva', familyFirst: true }] });
    expect(cite(hungarian, 'harvard')).toMatch(/^Kovács, É\. \(2024\)/u);
    const japanese = citedStoryMeta({ lang: 'ja', title: '新しい橋', authors: [{ family: 'Sato', given: 'Kenji', familyFirst: true }] });
    expect(cite(japanese, 'apa')).toMatch(/^Sato, K\. \(2024/u);
  });
});

describe('a quotation inside a quoted title', () => {
  it('is printed with the style’s inner marks, not Swedish or German ones that read as the outer', () => {
    const swedish = citedStoryMeta({ lang: 'sv', title: 'Oro i hamnen – ”ett stort problem”' });
    expect(cite(swedish, 'mla')).toContain('“Oro i hamnen – ‘ett stort problem.’”');
    expect(cite(swedish, 'ieee')).toContain('“Oro i hamnen – ‘ett stort problem,’”');
    expect(cite(swedish, 'apa')).toContain('Oro i hamnen – ”ett stort problem”.');
    const german = citedStoryMeta({ lang: 'de', title: 'Streit um „Tempo 30“ in der Altstadt' });
    expect(cite(german, 'chicago')).toContain('“Streit um ‘Tempo 30’ in der Altstadt.”');
    expect(cite(german, 'harvard')).toContain('‘Streit um “Tempo 30” in der Altstadt’');
  });
});

describe('the language in BibLaTeX', () => {
  it('is a langid BibLaTeX understands, not a code its styles print in the reference', () => {
    const austrian = cite(citedStoryMeta({ lang: 'de-AT', title: 'Neue Brücke über die Mur' }), 'bibtex');
    expect(austrian).toContain('langid = {naustrian}');
    expect(austrian).not.toMatch(/\blanguage = /u);
    expect(cite(citedStoryMeta({ lang: 'it-IT', title: 'Un ponte nuovo' }), 'bibtex')).toContain('langid = {italian}');
    expect(cite(citedStoryMeta({ lang: 'ko', title: '새 다리' }), 'bibtex')).toContain('langid = {korean}');
    // A code babel has no name for is left out rather than printed.
    expect(cite(citedStoryMeta({ lang: 'xx', title: 'Zzz' }), 'bibtex')).not.toMatch(/\b(?:language|langid) = /u);
  });
});

describe('the BibLaTeX key', () => {
  it('keeps a letter with a stroke as its base letter', () => {
    const vietnamese = citedStoryMeta({ lang: 'vi', title: 'Đường mới', authors: [{ family: 'Đặng', given: 'Minh', familyFirst: true }] });
    expect(cite(vietnamese, 'bibtex')).toMatch(/^@article\{dang2024duong,/u);
    const polish = citedStoryMeta({ lang: 'pl', title: 'Łódź buduje most', authors: [{ given: 'Jan', family: 'Wałęsa' }] });
    expect(cite(polish, 'bibtex')).toMatch(/^@article\{walesa2024lodz,/u);
  });
});

describe('a quotation in German marks inside an English title', () => {
  it('takes the style’s inner marks in the styles that title-case it too', () => {
    const english = citedStoryMeta({ title: 'Why Berlin calls it „Mietendeckel“' });
    expect(cite(english, 'mla')).toContain('“Why Berlin Calls It ‘Mietendeckel.’”');
  });
});

describe('the second read of these citations', () => {
  it('escapes TeX’s special characters in a BibLaTeX entry written in UTF-8, and leaves its braces balanced', () => {
    const bib = cite(citedStoryMeta({ title: 'Giá vàng tăng 50% & #1 lãi_suất {mới} }', siteName: 'Tuổi Trẻ & Đời sống', lang: 'vi' }), 'bibtex');
    expect(bib).toContain('title = {Giá vàng tăng 50\\% \\& \\#1 lãi\\_suất \\{mới\\} \\}}');
    expect(bib).toContain('journaltitle = {Tuổi Trẻ \\& Đời sống}');
    // Every brace that is not escaped closes one that opened before it.
    let depth = 0;
    let lowest = 0;
    for (const brace of bib.replace(/\\[{}]/gu, '').match(/[{}]/gu) ?? []) {
      depth += brace === '{' ? 1 : -1;
      lowest = Math.min(lowest, depth);
    }
    expect([lowest, depth]).toEqual([0, 0]);
  });

  it('reads inch marks after a number as inches, not as a Nordic quotation', () => {
    expect(cite(citedStoryMeta({ title: 'Samsung 65” vs LG 55” TVs compared' }), 'mla')).toContain('“Samsung 65” vs LG 55” TVs Compared.”');
    expect(cite(citedStoryMeta({ title: 'Skärm 27” – bäst i test ”just nu”', lang: 'sv' }), 'mla')).toContain('“Skärm 27” – bäst i test ‘just nu.’”');
  });

  it('keeps a Georgian newsroom whole and inverts a Georgian person', () => {
    expect(cite(citedStoryMeta({ authors: [{ given: 'საინფორმაციო', family: 'სააგენტო' }], lang: 'ka' }), 'apa')).toMatch(/^საინფორმაციო სააგენტო\. \(2024/u);
    expect(cite(citedStoryMeta({ authors: [{ given: 'ნინო', family: 'ბერიძე' }], lang: 'ka' }), 'apa')).toMatch(/^ბერიძე, ნინო\. \(2024/u);
  });

  it('writes a one-part name in RIS without a stray comma', () => {
    expect(cite(citedStoryMeta({ authors: [{ given: 'สมชาย', family: '' }], lang: 'th' }), 'ris')).toMatch(/^AU {2}- สมชาย$/mu);
  });

  it('ends the title with a full stop in Chicago where the paper is named once, as the author', () => {
    expect(cite(citedStoryMeta({ authors: [{ literal: 'BBC News' }], siteName: 'BBC News' }), 'chicago')).toMatch(
      /^BBC News\. “Council Expands Bicycle Network\.” March 5, 2024\. /u,
    );
  });

  it('keeps the particle of a name in a script without initials', () => {
    expect(cite(citedStoryMeta({ authors: [{ given: 'محمد', family: 'سلمان', particle: 'بن' }], lang: 'ar' }), 'apa')).toMatch(/^بن سلمان, محمد\./u);
  });
});
