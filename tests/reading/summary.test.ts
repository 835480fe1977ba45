/** The extractive summary: news-aware, in article order, in any language the browser segments. */
import { describe, expect, it } from 'vitest';
import { endsLikeSentence, summarize } from '../../utils/reading/summary.ts';

const story = [
  'The city council approved a plan on Tuesday to build forty kilometres of protected bicycle lanes across the northern districts by 2027.',
  'The plan, which passed by nine votes to four, will cost about 60 million euros and is paid for mostly by a regional grant.',
  'Scroll down for video.',
  'Supporters of the bicycle lanes said the protected lanes would make the northern districts safer for children and older residents.',
  '“We have waited for this for ten years,” said Anna Berg, who leads a parents’ group.',
  'Shop owners on the main road warned that the lanes would take away parking spaces their customers depend on.',
  'The council said it would publish a timetable for the bicycle lanes before the end of the year.',
  'Photo: Getty Images',
];

describe('summary', () => {
  it('gives the requested number of sentences, in article order', () => {
    for (const count of [1, 2, 3, 4, 5]) {
      const summary = summarize(story.join(' '), { sentences: count, title: 'Council approves bicycle lanes' });
      expect(summary).toHaveLength(count);
      const positions = summary.map((sentence) => story.indexOf(sentence));
      expect(positions.every((position) => position >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });

  it('leads with the lead and skips furniture and quote fragments', () => {
    const summary = summarize(story.join(' '), { sentences: 3, title: 'Council approves bicycle lanes' });
    expect(summary[0]).toBe(story[0]);
    expect(summary).not.toContain('Scroll down for video.');
    expect(summary).not.toContain('Photo: Getty Images');
  });

  it('does not pick two sentences that say the same', () => {
    const repeated = [story[0]!, story[0]!.replace('Tuesday', 'Tuesday evening'), ...story.slice(1)].join(' ');
    const summary = summarize(repeated, { sentences: 3 });
    expect(summary.filter((sentence) => sentence.startsWith('The city council approved'))).toHaveLength(1);
  });

  it('summarises Korean and Japanese text', () => {
    const korean =
      '서울시는 오늘 자전거 도로 40킬로미터를 새로 만드는 계획을 발표했다. 계획은 2027년까지 완료된다. 시민들은 대체로 환영했다. 상인들은 주차 공간이 줄어든다고 걱정했다. 시는 연말까지 일정을 공개할 예정이다.';
    expect(summarize(korean, { sentences: 2, lang: 'ko' })[0]).toBe('서울시는 오늘 자전거 도로 40킬로미터를 새로 만드는 계획을 발표했다.');
    const japanese = '東京都は今日、新しい自転車道の計画を発表した。計画は二〇二七年までに完了する。市民は歓迎している。商店は駐車場の減少を心配している。';
    expect(summarize(japanese, { sentences: 2, lang: 'ja' })).toHaveLength(2);
  });

  it('never picks a web address, a stray word, a credit or a dateline, even at the top of the text', () => {
    // What pages left at the top of their text: the page's own address, a junk link, a credit and a date line.
    const junk = [
      'https://news.example.com/2023/11/15/council-approves-bicycle-lanes',
      'click',
      'Read more',
      '(AP Photo/Jane Roe)',
      'Photo: Jane Roe / Reuters',
      'Updated: 15 November 2023, 10:12',
      '15.11.2023 | 10:12 Uhr',
    ];
    const text = [...junk, ...story].join('\n\n');
    const summary = summarize(text, { sentences: 5, title: 'Council approves bicycle lanes' });
    expect(summary).toHaveLength(5);
    for (const line of junk) expect(summary).not.toContain(line);
    expect(summary[0]).toBe(story[0]);
  });

  it('never picks a line that says in words when the page was updated', () => {
    const junk = [
      'Article mis à jour le 7 janvier 2020.',
      'Story updated on March 3, 2021.',
      'Zuletzt aktualisiert am 5. Mai 2022',
      'Publié le 8 janvier 2020.',
    ];
    const summary = summarize([...junk, ...story].join('\n\n'), { sentences: 5, title: 'Council approves bicycle lanes' });
    for (const line of junk) expect(summary).not.toContain(line);
  });

  it('keeps a sentence that goes on after the date it was published, or says more before it', () => {
    for (const sentence of ['The report published on 3 May found 40 crashes.', 'The council’s cycling plan was published in 2019.'])
      expect(summarize([sentence, ...story].join('\n\n'), { sentences: 5 })).toContain(sentence);
  });

  it('keeps sentences that only mention an address, a photo or a date', () => {
    const sentences = [
      'The plan is published on the council website at www.example.org/bikes, where residents can comment until March.',
      'A photo of the first lane, taken on 15 November 2023, was shown to the council on Tuesday evening.',
    ];
    expect(summarize(sentences.join(' '), { sentences: 2 })).toEqual(sentences);
  });

  it('never picks a line that does not end like a sentence where the article is written in sentences', () => {
    // Lines pages left between their paragraphs, each of which was a summary bullet: a date and issue line, a caption
    // with its credit, a reader tip, a topics label, a quoted person's name and role, a heading.
    const lines = [
      '3. März 2021, 08:15 Uhr Aktualisiert am 3. März 2021, 09:40 Uhr Stadtblatt Ausgabe 9/2021',
      'Ein Radfahrer auf der neuen Spur an der Nordstraße im Regen /Stadtarchiv',
      '骑车的市民在新建的自行车道上 王明 摄',
      'Hinweis: Mit den Pfeiltasten können Sie blättern',
      'Passende Themenseiten: Verkehr und Stadtplanung',
      'Maria Hofer, Leiterin Mobilität im Rathaus',
      'Wie die Stadt ihre Radwege plant',
    ];
    const text = lines.flatMap((line, index) => [line, story[index] ?? '']).join('\n\n');
    const summary = summarize(text, { sentences: 5, title: 'Council approves bicycle lanes' });
    expect(summary).toHaveLength(5);
    for (const line of lines) expect(summary).not.toContain(line);
  });

  it('reads a Greek question mark (";" after a Greek word) as the end of a sentence, and ";" elsewhere as none', () => {
    expect(endsLikeSentence('Τι θα γίνει με τους ποδηλατόδρομους;')).toBe(true);
    expect(endsLikeSentence('Τι θα γίνει με τους ποδηλατόδρομους\u037e')).toBe(true);
    expect(endsLikeSentence('Read more;')).toBe(false);
    expect(endsLikeSentence('Was bleibt: »Haltet unsere Gewässer sauber!«')).toBe(true);
  });

  it('takes lines without full stops where the article has none (a list, or a script that marks no sentence end)', () => {
    const thai = [
      'สภาเมืองอนุมัติแผนสร้างทางจักรยานสี่สิบกิโลเมตรในเขตตอนเหนือภายในปี 2027',
      'แผนนี้จะใช้งบประมาณประมาณหกสิบล้านยูโรซึ่งส่วนใหญ่มาจากเงินอุดหนุนของภูมิภาค',
      'ร้านค้าบนถนนสายหลักเตือนว่าทางจักรยานจะทำให้ที่จอดรถของลูกค้าลดลง',
    ];
    expect(summarize(thai.join('\n\n'), { sentences: 2, lang: 'th' })).toHaveLength(2);
  });

  it('returns nothing for an empty text', () => {
    expect(summarize('', { sentences: 3 })).toEqual([]);
  });
});
