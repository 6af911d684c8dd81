/**
 * The review before submitting: every page in order with the questions answered on it and their answers as text
 * (answer-text.ts), a button back to each page, then Submit. Built from the live Model each time it is shown or
 * the language changes, so it always says what the server will receive.
 */
import { element } from '../shared/dom.ts';
import type { PageStrings } from '../shared/i18n/page-strings.ts';
import { answerText } from './answer-text.ts';
import type { Model, Question } from './survey-library.ts';

export interface AnswerReviewActions {
  goToPage: (pageIndex: number) => void;
  submit: () => void;
  back: () => void;
}

export class AnswerReview {
  readonly root = element('section', {
    class: 'review',
    'data-view': 'review',
    'aria-labelledby': 'review-title',
    hidden: true,
  });

  constructor(
    private readonly model: Model,
    private readonly actions: AnswerReviewActions,
  ) {}

  get isShown(): boolean {
    return !this.root.hidden;
  }

  show(strings: PageStrings): void {
    this.render(strings);
    this.root.hidden = false;
    window.scrollTo({ top: 0 });
    this.root.querySelector<HTMLElement>('#review-title')?.focus();
  }

  hide(): void {
    this.root.hidden = true;
    this.root.replaceChildren();
  }

  /** Redraws in the Model's current language; does nothing while hidden. */
  refresh(strings: PageStrings): void {
    if (this.isShown) this.render(strings);
  }

  private render(strings: PageStrings): void {
    const pages = this.model.visiblePages.map((page, index) => {
      const headingId = `review-page-${index}`;
      const answered = page.questions
        .filter((question: Question) => question.isVisibleInSurvey)
        .map((question: Question) => ({ question, lines: answerText(question) }))
        .filter(({ lines }) => lines.length > 0);
      const change = element(
        'button',
        { type: 'button', class: 'button button--secondary review__change', 'aria-describedby': headingId },
        [strings.reviewChange],
      );
      change.addEventListener('click', () => this.actions.goToPage(index));
      return element('section', { class: 'review__page', 'data-page': page.name }, [
        element('h2', { class: 'review__page-title', id: headingId }, [
          page.processedTitle || `${index + 1}`,
        ]),
        answered.length === 0
          ? element('p', { class: 'review__none' }, [strings.reviewNoAnswers])
          : element(
              'dl',
              { class: 'review__answers' },
              answered.map(({ question, lines }) =>
                element('div', { class: 'review__answer', 'data-question': question.name }, [
                  element('dt', {}, [[question.no, question.processedTitle].filter(Boolean).join(' ')]),
                  element(
                    'dd',
                    {},
                    lines.map((line) => element('p', {}, [line])),
                  ),
                ]),
              ),
            ),
        change,
      ]);
    });
    const submit = element('button', { type: 'button', class: 'button review__submit' }, [
      strings.reviewSubmit,
    ]);
    submit.addEventListener('click', () => this.actions.submit());
    const back = element('button', { type: 'button', class: 'button button--secondary' }, [
      strings.reviewBack,
    ]);
    back.addEventListener('click', () => this.actions.back());
    this.root.replaceChildren(
      element('h1', { class: 'review__title', id: 'review-title', tabindex: '-1' }, [strings.reviewTitle]),
      element('p', { class: 'review__intro' }, [strings.reviewIntro]),
      ...pages,
      element('p', { class: 'review__actions' }, [submit, back]),
    );
  }
}
