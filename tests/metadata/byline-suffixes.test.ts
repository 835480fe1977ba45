/**
 * What a byline prints with a name that is no second author: a suffix or a degree after its comma ("Jane Doe, PhD",
 * "John Smith, Jr.", "Jane Doe, MPH"), a writer's role as a label before it ("Redakteur: Max Muster", "Writer: Jane
 * Doe"). Each case failed before the rule: the suffix became an author of its own, the labelled name was dropped.
 */
import { describe, expect, it } from 'vitest';
import { splitByline } from '../../utils/metadata/authors.ts';
import { parsePersonName, displayName } from '../../utils/metadata/names.ts';

describe('a suffix or a degree after the name', () => {
  it('keeps a generation or a doctorate with the name', () => {
    expect(splitByline('Michael L. Anderson, PhD')).toEqual(['Michael L. Anderson PhD']);
    expect(splitByline('John Smith, Jr.')).toEqual(['John Smith Jr.']);
    expect(splitByline('Jane Doe, PhD, and John Roe, M.D.')).toEqual(['Jane Doe PhD', 'John Roe M.D.']);
    expect(displayName(parsePersonName('Jane Doe M.D.'))).toBe('Jane Doe M.D.');
  });

  it('drops another degree', () => {
    expect(splitByline('Jane Doe, MPH')).toEqual(['Jane Doe']);
    expect(splitByline('Anna Muster, M.A.')).toEqual(['Anna Muster']);
  });

  it('still reads an agency or a second author after the comma', () => {
    expect(splitByline('Jane Doe, AP')).toEqual(['Jane Doe', 'AP']);
    expect(splitByline('Jane Doe, John Roe, and Max Moe')).toEqual(['Jane Doe', 'John Roe', 'Max Moe']);
  });
});

describe("a writer's role as a label before the name", () => {
  it('drops the label and keeps the name', () => {
    expect(splitByline('Redakteur: Max Muster')).toEqual(['Max Muster']);
    expect(splitByline('Verfasserin: Anna Muster')).toEqual(['Anna Muster']);
    expect(splitByline('Writer: Jane Doe')).toEqual(['Jane Doe']);
    expect(splitByline('Text und Fotos: Max Muster')).toEqual(['Max Muster']);
    expect(splitByline('Autore: Mario Rossi')).toEqual(['Mario Rossi']);
  });

  it("takes no editor's credit and no role without a name", () => {
    expect(splitByline('Editor: Jane Doe')).toEqual([]);
    expect(splitByline('Senior Correspondent')).toEqual([]);
  });
});
