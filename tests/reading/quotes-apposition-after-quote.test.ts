/**
 * Attributions after a quotation that named the wrong speaker or none, written as news writes them: in English a
 * description, then the name in apposition ("“…,” the mayor, John Doe, told reporters."), read as "the mayor"; in Korean
 * the name, its title and the topic particle after the quotative 고 ("“…”고 김민수 대표는 말했다."), read as no one; in Chinese
 * a name before 说 ("“…，”李强说。") and in Turkish the verb before the name ("dedi Özgür Özel"), no one either. Each
 * failed before its rule; the guards are forms that must keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { speakerOf } from '../helpers/quotes.ts';

describe('English: a description, then the name in apposition, after the quotation', () => {
  it('shows the name', () =>
    expect(speakerOf('"It is over for this season, I am afraid," the mayor, John Doe, told reporters.', 'It is over for this season', 'en')).toBe('John Doe'));

  it('keeps a plain description where no name follows', () =>
    expect(speakerOf('"We are looking into it very carefully," a spokeswoman for the company said.', 'We are looking into it', 'en')).toBe(
      'a spokeswoman for the company',
    ));

  it('does not take a company in apposition for the speaker', () =>
    expect(speakerOf('"The plant will close in June," workers at the parent, General Motors, said on Friday.', 'The plant will close', 'en')).not.toBe(
      'General Motors',
    ));
});

describe('Korean: name, title and particle after the quotative 고', () => {
  it('shows the name without the title', () =>
    expect(speakerOf('“우리는 끝까지 최선을 다했다”고 김민수 대표는 말했다.', '우리는 끝까지', 'ko')).toBe('김민수'));

  it('names no one where the verb follows the particle directly', () =>
    expect(speakerOf('“우리는 끝까지 최선을 다했다”고 밝혔다.', '우리는 끝까지', 'ko') ?? '').toBe(''));
});

describe('Chinese and Turkish: the name and the verb after the quotation', () => {
  it('reads a Chinese name before 说', () => expect(speakerOf('“我们已经做好了准备，”李强说。', '我们已经做好了准备', 'zh')).toBe('李强'));

  it('takes no pronoun for a name', () => expect(speakerOf('“我们已经做好了准备，”他说。', '我们已经做好了准备', 'zh') ?? '').not.toMatch(/说/u));

  it('reads a Turkish verb before the name', () =>
    expect(speakerOf('"Bu kararı tanımıyoruz ve itiraz edeceğiz," dedi Özgür Özel.', 'Bu kararı tanımıyoruz', 'tr')).toBe('Özgür Özel'));
});
