/**
 * A newsletter's sign-up box, found from its e-mail field: the form goes with the other controls (clutter-rules.ts,
 * "form"), but the box's heading and its one-line pitch stood in the text ("Ein FUNKE Liebe" / "Alle zwei Wochen
 * sonntags: Antworten auf Beziehungsfragen"). The field says what the box is whatever its classes are named.
 */
import { tagOf, textOf } from '../dom/dom.ts';

/** Characters of text a sign-up box may hold beside its form: a heading, a pitch, a line of small print. More is a section of the page. */
const MAX_TEXT_BESIDE_FORM = 300;

/** Where the climb stops: the page's and the story's own containers are never a sign-up box. */
const CONTAINERS = new Set(['body', 'main', 'article', 'html']);

/** An address field: typed as one, or a text field named for one ("email", "E-Mail-Adresse"). */
export function isEmailField(input: Element): boolean {
  const type = input.getAttribute('type')?.toLowerCase() ?? 'text';
  if (type === 'email') return true;
  if (type !== 'text') return false;
  const names = `${input.getAttribute('name') ?? ''} ${input.getAttribute('autocomplete') ?? ''} ${input.getAttribute('placeholder') ?? ''}`;
  return /e-?mail/i.test(names);
}

/**
 * The box around a sign-up form: its form's ancestors, up to the last whose text outside the form stays within
 * MAX_TEXT_BESIDE_FORM characters. Null where the field is in no form, or the form stands alone in a larger block.
 */
export function signupBox(field: Element): Element | null {
  const form = field.closest('form');
  if (!form) return null;
  const formLength = textOf(form).length;
  let box: Element | null = null;
  for (let parent = form.parentElement; parent && !CONTAINERS.has(tagOf(parent)); parent = parent.parentElement) {
    if (parent.getAttribute('itemprop') === 'articleBody') break;
    if (textOf(parent).length - formLength > MAX_TEXT_BESIDE_FORM) break;
    box = parent;
  }
  return box;
}
