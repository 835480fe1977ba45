/**
 * Publication dates on pages other than news sites' (press portals, forums, themes with a dated masthead, pages
 * in many languages). Each page is a cut-down copy of markup of the kind that failed before the rule it tests,
 * written anew.
 */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../utils/metadata/dates.ts';

describe('dates as more pages write them', () => {
  it.each([
    ['5. desember 2023', '2023-12-05'],
    ['12. ágúst 2021', '2021-08-12'],
    ['3 augusti 2022', '2022-08-03'],
    ['19. tammikuuta 2020', '2020-01-19'],
    ["7 d'octubre de 2022", '2022-10-07'],
    ['12 Agustus 2023', '2023-08-12'],
    ['15 Δεκεμβρίου 2023', '2023-12-15'],
    ['15 ΔΕΚΕΜΒΡΙΟΥ 2023', '2023-12-15'],
    ['2 листопада 2023', '2023-11-02'],
    ['9 септември 2022', '2022-09-09'],
    ['15 نوفمبر 2023', '2023-11-15'],
    ['ngày 15 tháng 11 năm 2023', '2023-11-15'],
    ['3. Marz 2020', '2020-03-03'],
    ['3rd March 2020', '2020-03-03'],
    ['21st of June, 2019', '2019-06-21'],
    ['Posted on 2019-03-12 by admin', '2019-03-12'],
    ['입력 2023. 11. 15. 10:12', '2023-11-15'],
  ])('reads "%s"', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });
});
