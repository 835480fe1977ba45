/** Sentence splitting with Intl.Segmenter, mended for news text. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../utils/reading/sentences.ts';

const texts = (text: string, lang = 'en') => splitSentences(text, lang).map((sentence) => sentence.text);

describe('sentences', () => {
  it('does not break after abbreviations and initials', () => {
    expect(texts('The U.S. and Japan met. Mr. Smith said so. It was Sept. 5 when it happened. J. K. Rowling wrote it. Rep. G.K. Butterfield agreed.')).toEqual([
      'The U.S. and Japan met.',
      'Mr. Smith said so.',
      'It was Sept. 5 when it happened.',
      'J. K. Rowling wrote it.',
      'Rep. G.K. Butterfield agreed.',
    ]);
  });

  it('keeps a quotation that runs over several sentences in one', () => {
    expect(texts('“We came. We saw. We left,” Blinken said. Then he flew home.')).toEqual(['“We came. We saw. We left,” Blinken said.', 'Then he flew home.']);
    expect(texts('„Das ist gut. Wirklich“, sagte er. Dann ging er.', 'de')).toEqual(['„Das ist gut. Wirklich“, sagte er.', 'Dann ging er.']);
  });

  it('starts a new sentence at a new quotation', () => {
    expect(texts('“It is hard,” Flynn said. “We will win.”')).toEqual(['“It is hard,” Flynn said.', '“We will win.”']);
  });

  it('splits Japanese, Chinese, Korean and Arabic at their own punctuation', () => {
    expect(texts('東京都は今日、計画を発表した。市民は歓迎している！本当か？', 'ja')).toEqual([
      '東京都は今日、計画を発表した。',
      '市民は歓迎している！',
      '本当か？',
    ]);
    expect(texts('北京今天发布了计划。市民表示欢迎！', 'zh')).toEqual(['北京今天发布了计划。', '市民表示欢迎！']);
    expect(texts('서울시는 오늘 계획을 발표했다. 시민들은 환영했다.', 'ko')).toEqual(['서울시는 오늘 계획을 발표했다.', '시민들은 환영했다.']);
    expect(texts('قال الرئيس إن الوضع صعب. وأضاف أن الحكومة تعمل.', 'ar')).toEqual(['قال الرئيس إن الوضع صعب.', 'وأضاف أن الحكومة تعمل.']);
  });

  it('does not end a German or Danish sentence at an ordinal ("die 26. UN-Klimakonferenz", "am 3. November")', () => {
    expect(texts('Die Erwartungen an die 26. UN-Klimakonferenz sind hoch. Sie beginnt am 31. Oktober in Glasgow.', 'de')).toEqual([
      'Die Erwartungen an die 26. UN-Klimakonferenz sind hoch.',
      'Sie beginnt am 31. Oktober in Glasgow.',
    ]);
    expect(texts('Det er det 26. FN-klimatopmøde. Det begynder i dag.', 'da')).toEqual(['Det er det 26. FN-klimatopmøde.', 'Det begynder i dag.']);
    // English writes ordinals "26th": a number and a full stop end the sentence there.
    expect(texts('The score was 26. Then it rained.', 'en')).toEqual(['The score was 26.', 'Then it rained.']);
  });

  it('starts a new sentence that opens with a number ("… Trump. 81-year-old Parker Eaton said …")', () => {
    expect(texts('He met Trump. 81-year-old Parker Eaton said he was glad.')).toEqual(['He met Trump.', '81-year-old Parker Eaton said he was glad.']);
    expect(texts('“We won,” he said. 81 percent agreed.')).toEqual(['“We won,” he said.', '81 percent agreed.']);
    // After an abbreviation the number goes on the sentence; so does a number after a German ordinal's full stop.
    expect(texts('See No. 5 on the list.')).toEqual(['See No. 5 on the list.']);
    expect(texts('Sie stieg am 3. November auf 5. 12 Menschen kamen.', 'de')).toHaveLength(1);
  });

  // Each cut below was a summary bullet on an extraction-dev page ("Für Spezialfahrzeuge (incl.", "… einen Umsatz von 64,2 Mrd.").
  it('does not end a sentence at a full stop inside a parenthesis the next piece closes', () => {
    expect(texts('Für Spezialfahrzeuge (incl. Viehtransportern) steht eine Waschstraße bereit. Sie ist neu.', 'de')).toEqual([
      'Für Spezialfahrzeuge (incl. Viehtransportern) steht eine Waschstraße bereit.',
      'Sie ist neu.',
    ]);
    expect(texts('The deal (worth $5 bn. Or more, some said) closed. Shares rose.')).toEqual([
      'The deal (worth $5 bn. Or more, some said) closed.',
      'Shares rose.',
    ]);
    // A parenthesis left open that nothing closes does not swallow the sentences after it.
    expect(texts('He left (for good. Then she came. Then it rained.')).toHaveLength(3);
  });

  it('reads German and Danish »quotes« as opened by », French « quotes » with their spaced marks, and keeps their sentences whole', () => {
    expect(texts('Dann lesen Sie »Leandra-Lou. Runway.« Das Buch ist neu.', 'de')).toEqual(['Dann lesen Sie »Leandra-Lou. Runway.«', 'Das Buch ist neu.']);
    // French « … » opens with «; a spaced closing mark ends the quotation's sentence when a capital follows it, and keeps
    // the attribution that follows it in lower case.
    expect(texts('Il a dit « Nous partons. Demain. » Puis il est parti.', 'fr')).toEqual(['Il a dit « Nous partons. Demain. »', 'Puis il est parti.']);
    expect(texts('« Nous partons demain. » a-t-il dit. Puis il est parti.', 'fr')).toEqual(['« Nous partons demain. » a-t-il dit.', 'Puis il est parti.']);
  });

  it('goes on after German abbreviations before a unit or noun and after "Jr." before a parenthesis', () => {
    expect(texts('Der Konzern meldet einen Umsatz von 64,2 Mrd. Euro. Das ist ein Rekord.', 'de')).toEqual([
      'Der Konzern meldet einen Umsatz von 64,2 Mrd. Euro.',
      'Das ist ein Rekord.',
    ]);
    expect(texts('Chris Eubank Jr. (England) steigt wieder in den Ring. Er ist 32.', 'de')).toEqual([
      'Chris Eubank Jr. (England) steigt wieder in den Ring.',
      'Er ist 32.',
    ]);
  });
  it('gives offsets into the text and paragraph numbers', () => {
    const text = 'First one. Second one.\n\nThird one.';
    const sentences = splitSentences(text, 'en');
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 0, 1]);
  });
});
