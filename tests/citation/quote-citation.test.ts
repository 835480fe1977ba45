/** "Copy quote with citation": the quotation, its speaker, the citation and the link, as text, HTML and Markdown. */
import { expect, test } from 'vitest';
import { quoteCitationStyle, quoteWithCitation } from '../../utils/citation/quote.ts';

const citation = {
  text: 'Choi, S.-Y. (2023, November 15). Blinken, Park discuss ties. The Korea Herald. https://www.koreaherald.com/view.php?ud=20231115000000',
  html: 'Choi, S.-Y. (2023, November 15). Blinken, Park discuss ties. <i>The Korea Herald</i>. https://www.koreaherald.com/view.php?ud=20231115000000',
};
const link = 'https://www.koreaherald.com/view.php?ud=20231115000000#:~:text=Strengthening%20cooperation';

test('plain text: the quote in quotation marks without its trailing comma, the speaker, the citation, the link', () => {
  const result = quoteWithCitation({ text: 'Strengthening cooperation matters,', speaker: 'Antony Blinken', lang: 'en' }, citation, link);
  expect(result.text).toBe(`“Strengthening cooperation matters” — Antony Blinken\n\n${citation.text}\n${link}`);
});

test('HTML: a blockquote with the speaker, the citation with its italics, a real link; page text escaped', () => {
  const result = quoteWithCitation({ text: 'Tom & Jerry <img src=x onerror=alert(1)>', speaker: 'Park <b>Jin</b>', lang: 'en' }, citation, link);
  expect(result.html).toContain(
    '<blockquote><p>“Tom &amp; Jerry &lt;img src=x onerror=alert(1)&gt;”</p><footer>— Park &lt;b&gt;Jin&lt;/b&gt;</footer></blockquote>',
  );
  expect(result.html).toContain('<i>The Korea Herald</i>');
  expect(result.html).toContain(`<a href="${link}">${link}</a>`);
  expect(result.html).not.toMatch(/<img|<b>/);
});

test('Markdown: a block quote, the citation with its address as an autolink, the link as an autolink; markup characters escaped', () => {
  const result = quoteWithCitation({ text: 'Cut *all* [tariffs](x)', speaker: 'Jane_Doe', lang: 'en' }, citation, link);
  expect(result.markdown).toBe(
    [
      '> “Cut \\*all\\* \\[tariffs\\]\\(x\\)”',
      '>',
      '> — Jane\\_Doe',
      '',
      'Choi, S.-Y. \\(2023, November 15\\). Blinken, Park discuss ties. The Korea Herald. <https://www.koreaherald.com/view.php?ud=20231115000000>',
      '',
      `<${link}>`,
    ].join('\n'),
  );
});

test('no speaker: no attribution line; the language chooses the quotation marks', () => {
  const german = quoteWithCitation({ text: 'Wir arbeiten zusammen', speaker: '', lang: 'de' }, { text: 'X', html: '' }, 'https://a.example/');
  expect(german.text).toBe('„Wir arbeiten zusammen“\n\nX\nhttps://a.example/');
  expect(german.html).not.toContain('<footer>');
  expect(german.html).toContain('<p>X</p>');
  expect(quoteWithCitation({ text: '日本は', speaker: '', lang: 'ja' }, { text: 'X', html: '' }, 'https://a.example/').text.startsWith('「日本は」')).toBe(
    true,
  );
});

test('a data format picked as the style (BibLaTeX, RIS, CSL-JSON) cites the quote in APA; reference styles stay', () => {
  expect(quoteCitationStyle('bibtex')).toBe('apa');
  expect(quoteCitationStyle('ris')).toBe('apa');
  expect(quoteCitationStyle('csl')).toBe('apa');
  expect(quoteCitationStyle('mla')).toBe('mla');
});
