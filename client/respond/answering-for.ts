/**
 * "Answering for <organisation>, <country>" near the top of the page, in the page's language with the country named
 * as the questionnaire names it in that language, so that whoever opens a link sees at once whom it is for.
 */
import { formatPageString } from '../shared/i18n/page-locales.ts';
import type { PageStrings } from '../shared/i18n/page-strings.ts';
import type { PrefilledAnswer } from './invitation-prefill.ts';
import type { RespondentState } from './respondent-api.ts';

export class AnsweringFor {
  private readonly line = document.createElement('span');
  private readonly fixedNote = document.createElement('span');

  constructor(
    private readonly root: HTMLElement,
    private readonly organisation: RespondentState['organisation'],
    prefill: readonly PrefilledAnswer[],
  ) {
    this.line.className = 'answering-for__line';
    this.fixedNote.className = 'answering-for__fixed';
    this.fixedNote.hidden = !prefill.some((entry) => entry.fixed);
    root.replaceChildren(this.line, this.fixedNote);
    root.hidden = false;
  }

  setLocale(locale: string, strings: PageStrings): void {
    const { name, countryName, countryNames } = this.organisation;
    const language = locale.split('-')[0] ?? locale;
    const country = countryNames[locale] ?? countryNames[language] ?? countryNames.en ?? countryName;
    this.line.textContent = formatPageString(strings.answeringFor, { organisation: name, country });
    this.fixedNote.textContent = strings.answeringForFixed;
  }

  hide(): void {
    this.root.hidden = true;
  }
}
