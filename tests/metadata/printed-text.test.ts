/**
 * The printed text, read quickly. It leaves addresses out (a name inside "jan-muster.de" is not printed as a byline),
 * text by text and only where a quick test says a text may hold one: the same result as clearing the joined text at
 * once. A class list is split only where a quick test finds a hiding class in it: the same verdicts as before.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { ADDRESS, isHiddenElement, withoutAddresses } from '../../utils/metadata/printed-names.ts';

const whole = (text: string) => text.replace(ADDRESS, ' ');

const SAMPLES = [
  'Fragen an jan@werkstatt.example bitte.',
  'Mehr auf jan-muster.de und www.example.org/impressum',
  'Ende des Satzes. Neuer Satz mit 3.5 Prozent und U.S. officials.',
  'Kontakt: Redaktion (redaktion@zeitung-am-ort.de), Tel. 0123.',
  'E-Mail: ÄRGER@Beispiel.DE, Web: beispiel.de.',
  '記者 hong@example.co.kr 홍길동기자',
  'no address here, just words and a trailing dot.',
  'v2.0 release, file.txt and a.b',
  '',
];

describe('addresses left out of the printed text', () => {
  it('clears the addresses a name could hide in', () => {
    expect(withoutAddresses('Fragen an jan@werkstatt.example bitte.')).toBe('Fragen an   bitte.');
    expect(withoutAddresses('Mehr auf jan-muster.de heute')).toBe('Mehr auf   heute');
  });

  it('gives, text by text, what the whole joined text gave', () => {
    for (const text of SAMPLES) expect(withoutAddresses(text)).toBe(whole(text));
    expect(SAMPLES.map(withoutAddresses).join(' ')).toBe(whole(SAMPLES.join(' ')));
  });

  it('gives the same on random texts of letters, digits, dots, "@" and spaces', () => {
    const alphabet = ['a', 'B', 'é', 'ß', '7', '.', '.', '@', ' ', '-', '_', '한', '中', 'x', 'y'];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 2000; round++) {
      const length = 1 + Math.floor(next() * 30);
      const text = Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(withoutAddresses(text)).toBe(whole(text));
    }
  });
});

describe('hiding classes', () => {
  const hidden = (className: string) => {
    const { document } = new JSDOM('<p>x</p>').window;
    const element = document.querySelector('p')!;
    element.setAttribute('class', className);
    return isHiddenElement(element);
  };

  it('finds a hiding class anywhere in the list, whole names only', () => {
    for (const className of ['hidden', 'author hidden', ' d-none', 'is-hidden\tbox', 'card\nhide', 'rich-snippet-hidden', 'invisible'])
      expect(hidden(className), className).toBe(true);
    for (const className of ['', 'hidden-xs', 'xhidden', 'field--label-hidden', 'invisible-x', 'hider', 'author-box'])
      expect(hidden(className), className).toBe(false);
  });

  it('takes a class that shows the element from some width on as shown', () => {
    expect(hidden('hidden md:block')).toBe(false);
    expect(hidden('d-none d-md-block')).toBe(false);
    expect(hidden('hidden md:hidden')).toBe(true);
  });
});
