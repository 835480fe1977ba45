/**
 * A newsletter's sign-up box set between a story's paragraphs, its classes naming only its layout: the form went with
 * the other controls, and the box's heading and pitch stood in the text ("Ein FUNKE Liebe" / "Alle zwei Wochen
 * sonntags: Antworten auf Beziehungsfragen – ehrlich, nah und alltagstauglich.", on a German regional paper's page of
 * the Fundus tune half). The e-mail field says what the box is. Each removal test failed before the rule; the guards
 * are prose beside a form that must stay.
 */
import { describe, expect, it } from 'vitest';
import { readArticlePage } from '../helpers/article-page.ts';

/** A sign-up box as such pages print it: a heading with an icon, a one-line pitch, the form with its field and button. */
function signupBox(heading: string, pitch: string, field: string): string {
  return `<div class="not-prose mb-12 grid w-full"><section aria-label="Anmeldung" class="col-span-3 w-full border p-4 shadow-md">
<h3 class="text-title5"><svg aria-hidden="true" role="img"><use href="#icon_mail"></use></svg> ${heading}</h3>
<p class="text-body2 mt-2">${pitch}</p>
<form action="https://mail.example/f/2268/wcs/" method="post" class="mt-3 flex"><div class="w-full md:w-3/5">${field}</div>
<button type="submit" class="btn">Anmelden</button></form></section></div>`;
}

describe('a sign-up box known by its e-mail field', () => {
  it.each([
    [
      'Ein FUNKE Liebe',
      'Alle zwei Wochen sonntags: Antworten auf Beziehungsfragen – ehrlich, nah und alltagstauglich.',
      '<input type="email" required name="email" placeholder="E-Mail-Adresse">',
    ],
    [
      'The Morning Briefing',
      'Every weekday at 7 a.m.: the five stories you need, and nothing else.',
      '<input type="text" name="EMAIL" placeholder="Your e-mail address">',
    ],
    ['Le Brief du matin', 'Chaque matin, l’essentiel de l’actualité, directement dans votre boîte.', '<input type="text" autocomplete="email" name="adresse">'],
  ])('goes with its heading and pitch: %s', (heading, pitch, field) => {
    const { text, rules } = readArticlePage(signupBox(heading, pitch, field));
    expect(text).not.toContain(heading);
    expect(text).not.toContain(pitch);
    expect(rules).toContain('signup-box');
    expect(text).toContain('The council will meet again next month');
  });

  it('keeps the paragraphs around a form that stands in the story itself', () => {
    const { text } = readArticlePage(
      '<p>Readers who want the council’s timetable when it is published can leave their address in the form below, the city said in a statement on Tuesday evening.</p><form action="https://news.example/notify" method="post"><input type="email" name="email"><button type="submit">Notify me</button></form><p>Residents of the southern districts will be asked for their views on the second phase at three public meetings in the spring.</p>',
    );
    expect(text).toContain('Readers who want the council’s timetable');
    expect(text).toContain('Residents of the southern districts will be asked');
  });

  it('keeps a box whose field is not for an address', () => {
    const { text } = readArticlePage(
      '<div class="box"><h3>How many lanes does your street have?</h3><p>The council asks residents to count the lanes on their street.</p><form><input type="number" name="lanes"></form></div>',
    );
    expect(text).toContain('The council asks residents to count the lanes');
  });
});
