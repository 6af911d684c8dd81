/**
 * The receipt: thanks, the reference code, when the answers arrived, and a read-only copy of the answers that
 * the respondent can print for their file.
 */
import { unmountComponentAtNode } from 'survey-js-ui';
import { element } from '../shared/dom.ts';
import { formatDateTime } from '../shared/format-date.ts';
import type { PageStrings } from '../shared/i18n/page-strings.ts';
import type { Receipt } from './respondent-api.ts';
import { displayModel, type Model, renderSurvey } from './survey-library.ts';
import type { View } from './view.ts';

export class ReceiptView implements View {
  private readonly heading = element('h1', { class: 'receipt__title', tabindex: '-1' });
  private readonly referenceLabel = element('dt');
  private readonly submittedAtLabel = element('dt');
  private readonly submittedAt = element('time');
  private readonly keepNote = element('p', { class: 'receipt__keep' });
  private readonly printButton = element('button', { type: 'button', class: 'button button--secondary' });
  private readonly answersHeading = element('h2', { class: 'receipt__answers-title' });
  private readonly answersHost = element('div', { class: 'receipt__answers' });
  private model: Model;
  private strings: PageStrings | undefined;

  constructor(
    container: HTMLElement,
    definition: object,
    private readonly receipt: Receipt,
    private readonly answers: Record<string, unknown>,
    locale: string,
  ) {
    this.submittedAt.dateTime = receipt.submittedAt;
    this.printButton.addEventListener('click', () => window.print());
    container.replaceChildren(
      element('section', { class: 'receipt', 'data-view': 'receipt' }, [
        this.heading,
        element('dl', { class: 'receipt__facts' }, [
          element('div', {}, [
            this.referenceLabel,
            element('dd', {}, [element('code', { class: 'receipt__reference' }, [receipt.reference])]),
          ]),
          element('div', {}, [this.submittedAtLabel, element('dd', {}, [this.submittedAt])]),
        ]),
        this.keepNote,
        element('p', { class: 'receipt__actions' }, [this.printButton]),
      ]),
      element('section', { class: 'receipt__copy', 'aria-labelledby': 'receipt-answers-title' }, [
        this.answersHeading,
        this.answersHost,
      ]),
    );
    this.answersHeading.id = 'receipt-answers-title';
    this.model = displayModel(definition, locale, answers);
    renderSurvey(this.model, this.answersHost);
  }

  title(): string {
    return this.strings?.receiptTitle ?? '';
  }

  /** Moves focus to the thanks, so a screen reader announces that the answers went through. */
  focus(): void {
    this.heading.focus();
  }

  replaceDefinition(definition: object, locale: string): void {
    unmountComponentAtNode(this.answersHost);
    this.model = displayModel(definition, locale, this.answers);
    renderSurvey(this.model, this.answersHost);
  }

  setLocale(locale: string, strings: PageStrings): void {
    this.strings = strings;
    this.heading.textContent = strings.receiptTitle;
    this.referenceLabel.textContent = strings.receiptReference;
    this.submittedAtLabel.textContent = strings.receiptSubmittedAt;
    this.submittedAt.textContent = formatDateTime(this.receipt.submittedAt, locale);
    this.keepNote.textContent = strings.receiptKeep;
    this.printButton.textContent = strings.print;
    this.answersHeading.textContent = strings.yourAnswers;
    this.model.locale = locale;
  }

  dispose(): void {
    unmountComponentAtNode(this.answersHost);
  }
}
