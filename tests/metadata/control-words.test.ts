/**
 * A page's controls printed in or beside its byline: "Themen bearbeiten" (a button to edit the topics one follows,
 * which a citation once read as the author "bearbeiten, T."), "Jane Doe folgen", "Profil ansehen". A name ends in a
 * capitalised word; words in small letters after it are the control's. Each case failed before the rule.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/parse-html.ts';
import { cleanCandidates } from '../../utils/metadata/authors.ts';
import { extractMetadata } from '../../utils/metadata/index.ts';
import { displayName } from '../../utils/metadata/names.ts';

const namesIn = (byline: string) => cleanCandidates([{ name: byline, type: '' }]).map((candidate) => candidate.name);

describe('control words in a byline', () => {
  it('takes a button’s label for no author', () => {
    expect(namesIn('Themen bearbeiten')).toEqual([]);
    expect(namesIn('Profil ansehen')).toEqual([]);
    expect(namesIn('Read more')).toEqual([]);
  });

  it('cuts a control printed after the name', () => {
    expect(namesIn('Jane Doe folgen')).toEqual(['Jane Doe']);
    expect(namesIn('Von Tina Muster, Berlin correspondent')).toEqual(['Tina Muster']);
  });

  it('cuts a control whose label opens with a capital after the name', () => {
    expect(namesIn('Von Anna Muster Themen bearbeiten')).toEqual(['Anna Muster']);
    expect(namesIn('Anna Muster E-Mail senden')).toEqual(['Anna Muster']);
    expect(namesIn('Anna Muster Profil anzeigen')).toEqual(['Anna Muster']);
    expect(namesIn('Jane Doe Follow')).toEqual(['Jane Doe']);
    expect(namesIn('Jane Doe Read more')).toEqual(['Jane Doe']);
    expect(namesIn('Von Anna Muster Folgen')).toEqual(['Anna Muster']);
  });

  it('keeps a surname that opens a control only where no small word follows it', () => {
    expect(namesIn('Piers Paul Read')).toEqual(['Piers Paul Read']);
    expect(namesIn('Anna Mehr')).toEqual(['Anna Mehr']);
  });

  it('keeps particles, suffixes, names in small letters and organisations', () => {
    expect(namesIn('Jan de Vries')).toEqual(['Jan de Vries']);
    expect(namesIn('Abdel Fattah el-Sisi')).toEqual(['Abdel Fattah el-Sisi']);
    expect(namesIn('John Smith jr')).toEqual(['John Smith jr']);
    expect(namesIn('bell hooks')).toEqual(['bell hooks']);
    expect(namesIn('Beispiel Genossenschaft eG')).toEqual(['Beispiel Genossenschaft eG']);
  });

  it('keeps a Person of the structured data written with a small family name', () => {
    expect(cleanCandidates([{ name: 'Karim rahman', type: 'Person' }]).map((candidate) => candidate.name)).toEqual(['Karim rahman']);
  });

  it('reads the author, not the topic button, from the byline box', () => {
    const url = 'https://www.zeitung.example/politik/haushalt-2026/';
    const page = parseHtml(
      `<!doctype html><html lang="de"><head><title>Haushalt 2026</title></head><body><article><h1>Der Haushalt für 2026 steht</h1>
      <div class="article-meta"><span class="author-topics">Themen bearbeiten</span></div>
      <p>Der Bundestag hat den Haushalt beschlossen.</p><p class="author">Tina Muster</p></article></body></html>`,
      url,
    );
    expect(extractMetadata(page.document, url).authors.map(displayName)).toEqual(['Tina Muster']);
    page.close();
  });
});
