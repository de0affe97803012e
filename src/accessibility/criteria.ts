/**
 * The 50 success criteria of WCAG 2.1 at levels A and AA (the level EN 301 549 and Directive (EU)
 * 2016/2102 require), each with who can judge it on this site: the automated checks of the browser
 * test run, or only a person, and why. Implementing Decision (EU) 2018/1523 takes the compliance
 * status from an evaluation of every requirement, so the statement claims "fully compliant" only
 * when the automated report passes and a recorded manual check covers every criterion below that
 * needs a person (src/accessibility/evidence.ts). The reasons are for whoever plans the manual
 * evaluation: they say what the tools leave undecided.
 */
import type { AutomatedCheck } from './checks.ts';

export type CriterionJudge =
  | { by: 'automation'; checks: readonly AutomatedCheck[]; reason: string }
  | { by: 'person'; reason: string };

const person = (reason: string): CriterionJudge => ({ by: 'person', reason });
const automation = (checks: readonly AutomatedCheck[], reason: string): CriterionJudge => ({
  by: 'automation',
  checks,
  reason,
});

export const wcag21AA: Record<string, CriterionJudge> = {
  '1.1.1': person(
    'axe finds an image without a text alternative, not one whose text says the wrong thing.',
  ),
  '1.2.1': person(
    'Whether the site holds audio or video, and whether its alternative is equivalent, is read by a person.',
  ),
  '1.2.2': person(
    'Captions are judged by watching the video; no tool reads them against the speech.',
  ),
  '1.2.3': person(
    'An audio description or media alternative is judged against the video by a person.',
  ),
  '1.2.4': person('Live captions are judged during the live broadcast.'),
  '1.2.5': person('An audio description is judged against the video by a person.'),
  '1.3.1': person(
    'axe checks the markup (headings, table headers, labels), not that it matches what the page shows.',
  ),
  '1.3.2': person('Whether the reading order keeps the meaning is read by a person.'),
  '1.3.3': person(
    'Instructions that rely on shape, place or sound are text whose meaning a person reads.',
  ),
  '1.3.4': person('No check turns the device; a person views the pages in portrait and landscape.'),
  '1.3.5': person(
    'axe validates autocomplete values, not whether a field asks for the visitor’s own data.',
  ),
  '1.4.1': person('Whether colour alone carries a meaning is read by a person.'),
  '1.4.2': person('Sound that plays by itself is heard, not measured, by the checks.'),
  '1.4.3': person(
    'axe measures text at rest; text over images or gradients and text in hover and focus states need a person.',
  ),
  '1.4.4': automation(
    ['reflow'],
    'The reflow check zooms every page to 200 % and finds any text cut or hidden.',
  ),
  '1.4.5': person('Whether an image shows text that could be text is seen by a person.'),
  '1.4.10': automation(
    ['reflow'],
    'The reflow check renders every page at 320 CSS pixels, with the longest cookie name and a 300-cookie table, and fails on horizontal scrolling.',
  ),
  '1.4.11': person(
    'No check measures the contrast of control borders, focus indicators and graphics.',
  ),
  '1.4.12': automation(
    ['text-spacing'],
    'The text-spacing check applies the spacing 1.4.12 names on every page and fails on lost content.',
  ),
  '1.4.13': person(
    'Content that appears on hover or focus is dismissed, hovered and kept by a person.',
  ),
  '2.1.1': person(
    'The keyboard check follows the tab order; whether every function works from the keyboard is tried by a person.',
  ),
  '2.1.2': person(
    'A keyboard trap is found by tabbing into and out of every control, by a person.',
  ),
  '2.1.4': person('Single-key shortcuts are found by a person using the pages.'),
  '2.2.1': person('Time limits are found by a person using the pages.'),
  '2.2.2': person('Moving, blinking or updating content is seen by a person.'),
  '2.3.1': person('Flashes are seen by a person; no check analyses the frames.'),
  '2.4.1': automation(
    ['keyboard'],
    'The keyboard check follows the skip link to the main content on every page.',
  ),
  '2.4.2': person('axe finds a missing title, not one that fails to describe the page.'),
  '2.4.3': person('Whether the focus order keeps the meaning is judged by a person.'),
  '2.4.4': person('axe finds a link without a name, not one whose name hides where it leads.'),
  '2.4.5': person(
    'Whether a page can be reached in more than one way is judged across the site by a person.',
  ),
  '2.4.6': person('Whether headings and labels describe their content is read by a person.'),
  '2.4.7': person(
    'The keyboard and forced-colours checks see a focus indicator; whether a person sees it on every control is judged by eye.',
  ),
  '2.5.1': person('Gestures that need a path or several fingers are found by a person.'),
  '2.5.2': person('What happens on pointer down and up is tried by a person.'),
  '2.5.3': person(
    'Whether a control’s visible label is part of its accessible name is compared by a person.',
  ),
  '2.5.4': person('Functions triggered by moving the device are found by a person.'),
  '3.1.1': person(
    'axe checks that the page declares a valid language, not that the text is written in it.',
  ),
  '3.1.2': person(
    'Passages in another language (cookie names, the language chooser) are found by a person reading.',
  ),
  '3.2.1': person('Whether focus alone changes the context is tried by a person.'),
  '3.2.2': person('Whether changing a setting changes the context is tried by a person.'),
  '3.2.3': person(
    'Whether navigation repeats in the same order is compared across pages by a person.',
  ),
  '3.2.4': person(
    'Whether the same function is named the same way is compared across pages by a person.',
  ),
  '3.3.1': person('Error messages are read after an input error, by a person.'),
  '3.3.2': person('Whether labels and instructions suffice is read by a person.'),
  '3.3.3': person('Whether an error message suggests the fix is read by a person.'),
  '3.3.4': person('Submissions with legal or financial effect are found by a person.'),
  '4.1.1': automation(['nu'], 'The Nu Html Checker validates every page’s markup.'),
  '4.1.2': person(
    'axe checks names and roles of standard controls; states and custom widgets are tried with a screen reader.',
  ),
  '4.1.3': person('Status messages are heard with a screen reader, by a person.'),
};

/** The criteria only a person can judge, in WCAG's order. */
export const personCriteria = Object.entries(wcag21AA)
  .filter(([, judge]) => judge.by === 'person')
  .map(([criterion]) => criterion);
