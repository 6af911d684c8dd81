/**
 * The questionnaire being answered. Every change goes to the device copy at once and to the server shortly
 * after (at once on a page change). The last page's button opens a review of every answer (answer-review.ts)
 * whose Submit button submits; the form stays in place until the server has accepted the answers, so an
 * objection can be shown on the question it concerns.
 */
import { unmountComponentAtNode } from 'survey-js-ui';
import type { PageStrings } from '../shared/i18n/page-strings.ts';
import { showProblemsOnQuestions } from './answer-problems.ts';
import { AnswerReview } from './answer-review.ts';
import { type StopReason, stopReason } from './answering-stopped.ts';
import { Autosave, type SaveOutcome } from './autosave.ts';
import { commitWhileTyping } from './commit-while-typing.ts';
import { IntroductionFold } from './introduction-fold.ts';
import { type PrefilledAnswer, showFixedInvitationAnswers } from './invitation-prefill.ts';
import type { LocalDraftStore } from './local-draft.ts';
import type { PageChrome } from './page-chrome.ts';
import type { Receipt, RespondentApi } from './respondent-api.ts';
import type { SaveStatus } from './save-status.ts';
import { answeringModel, type Model, renderSurvey } from './survey-library.ts';
import type { View } from './view.ts';

export interface AnsweringStart {
  answers: Record<string, unknown>;
  page: number;
  /** The device copy is newer than the server's: send it straight away. */
  sendAtOnce: boolean;
  /** Questions the server holds an answer to, so clearing one of them can be sent as `null`. */
  serverQuestions: readonly string[];
}

export interface AnsweringViewOptions {
  container: HTMLElement;
  definition: object;
  locale: string;
  start: AnsweringStart;
  api: RespondentApi;
  drafts: LocalDraftStore;
  chrome: PageChrome;
  saveStatus: SaveStatus;
  onSubmitted: (receipt: Receipt, answers: Record<string, unknown>) => void;
  /** The server says the answers were already submitted (another tab or device). */
  onAlreadySubmitted: () => void;
  /** Answering cannot go on: the link was revoked or reissued, or collection closed or has not opened. */
  onStopped: (reason: StopReason) => void;
  /** Answers from the invitation: the fixed ones are put over the start answers and shown read-only. */
  prefill?: readonly PrefilledAnswer[];
}

export class AnsweringView implements View {
  private model: Model;
  private readonly autosave: Autosave;
  private host: HTMLElement;
  private locale: string;
  /** Bumped on every change, so a save that returns late cannot mark newer answers as saved. */
  private revision = 0;
  private accepted: { receipt: Receipt; answers: Record<string, unknown> } | undefined;
  /** Questions that may have an answer on the server: a save merges by question name, so absence is not enough. */
  private serverQuestions: Set<string>;
  private strings: PageStrings | undefined;
  private fold: IntroductionFold | undefined;
  private review: AnswerReview | undefined;

  constructor(private readonly options: AnsweringViewOptions) {
    this.locale = options.locale;
    this.serverQuestions = new Set(options.start.serverQuestions);
    this.autosave = new Autosave({
      send: ({ keepalive }) => this.sendAnswers(keepalive),
      onStateChange: (state) => options.saveStatus.show(state),
    });
    [this.model, this.host] = this.mount(options.definition, options.start.answers, options.start.page);
    if (options.start.sendAtOnce) void this.autosave.saveNow();
  }

  /** Builds and draws the questionnaire from a definition, on the given answers and page. */
  private mount(definition: object, answers: Record<string, unknown>, page: number): [Model, HTMLElement] {
    const model = answeringModel(definition, this.locale);
    model.data = answers;
    showFixedInvitationAnswers(model, this.options.prefill ?? []);
    if (page > 0 && page < model.visiblePageCount) model.currentPageNo = page;
    // survey-core computes expressions and matrix totals while the questionnaire is drawn, before this model is
    // this.model: those changes are not the respondent's, and answering them would read a model not yet kept.
    model.onValueChanged.add((sender) => {
      if (sender === this.model) this.answersChanged();
    });
    model.onCurrentPageChanged.add(() => {
      this.keepOnDevice();
      void this.autosave.saveNow();
    });
    model.onCompleting.add((_, completing) => this.submit(completing));
    model.onComplete.add(() => {
      if (this.accepted) this.options.onSubmitted(this.accepted.receipt, this.accepted.answers);
    });
    const host = document.createElement('div');
    host.className = 'survey-host';
    this.options.container.replaceChildren(host);
    renderSurvey(model, host);
    commitWhileTyping(model, host);
    this.addReviewAndFold(model, host);
    return [model, host];
  }

  /**
   * The respondent downloads one language at a time (server/questionnaire/definition-for-locale.ts), so another
   * language is another definition: the questionnaire is drawn again from it, on the same answers and page.
   */
  replaceDefinition(definition: object, locale: string): void {
    const answers = this.model.data;
    const page = this.model.currentPageNo;
    unmountComponentAtNode(this.host);
    this.model.dispose();
    this.locale = locale;
    [this.model, this.host] = this.mount(definition, answers, page);
    this.keepOnDevice();
    this.autosave.changed();
  }

  title(): string {
    return this.model.title;
  }

  setLocale(locale: string, strings: PageStrings): void {
    const changed = locale !== this.locale;
    this.strings = strings;
    this.fold?.setStrings(strings);
    // survey-core keeps "Page 2 of 13" in the language it was first worked out in until the page changes.
    this.model.updateProgressText();
    this.review?.refresh(strings);
    if (locale !== this.locale) {
      this.locale = locale;
      this.model.locale = locale;
    }
    this.labelReviewButton();
    if (!changed) return;
    // The chosen language is part of what the server keeps, so the next visit opens in it.
    this.keepOnDevice();
    this.autosave.changed();
  }

  /**
   * The review before submitting, in place of SurveyJS's own preview: survey-core's preview redraws every page
   * as one (so the page that autosave reports would be wrong) and shows choices as inputs rather than as the
   * words chosen. Its "Preview" button and check of the last page are kept; the review replaces what it shows.
   */
  private addReviewAndFold(model: Model, host: HTMLElement): void {
    this.fold = new IntroductionFold(model, host);
    if (this.strings) this.fold.setStrings(this.strings);
    const review = new AnswerReview(model, {
      goToPage: (pageIndex) => {
        this.leaveReview();
        model.currentPageNo = pageIndex;
        host.querySelector<HTMLElement>('.sd-page__title, .sd-question')?.scrollIntoView({ block: 'start' });
      },
      submit: () => {
        this.leaveReview();
        model.tryComplete();
      },
      back: () => this.leaveReview(),
    });
    // Drawn again in another language while reviewing: stay on the review.
    const wasReviewing = this.review?.isShown ?? false;
    this.review = review;
    this.options.container.append(review.root);
    if (wasReviewing && this.strings) {
      host.hidden = true;
      review.show(this.strings);
    }
    model.showPreviewBeforeComplete = true;
    if (this.strings) model.previewText = this.strings.reviewButton;
    model.onShowingPreview.add((_sender, showing) => {
      showing.allow = false;
      if (!this.strings) return;
      host.hidden = true;
      review.show(this.strings);
    });
  }

  /** The button says what it does, "Review answers", in the page's language: previewText is per locale. */
  private labelReviewButton(): void {
    if (this.strings) this.model.previewText = this.strings.reviewButton;
  }

  private leaveReview(): void {
    this.review?.hide();
    this.host.hidden = false;
  }

  dispose(): void {
    this.autosave.stop();
    unmountComponentAtNode(this.host);
  }

  private answersChanged(): void {
    this.keepOnDevice();
    this.autosave.changed();
  }

  private keepOnDevice(): void {
    this.revision += 1;
    this.options.drafts.write({
      answers: this.model.data,
      page: this.model.currentPageNo,
      locale: this.locale,
      savedAt: new Date().toISOString(),
      dirty: true,
    });
  }

  private async sendAnswers(keepalive: boolean): Promise<SaveOutcome> {
    const revision = this.revision;
    const answers = this.model.data;
    const page = this.model.currentPageNo;
    const locale = this.locale;
    const cleared = [...this.serverQuestions].filter((name) => !(name in answers));
    const body = {
      answers: { ...answers, ...Object.fromEntries(cleared.map((name) => [name, null])) },
      page,
      locale,
    };
    for (const name of Object.keys(answers)) this.serverQuestions.add(name);
    const result = await this.options.api.saveAnswers(body, keepalive);
    if (result.kind === 'network') return 'offline';
    if (result.kind === 'ok') {
      for (const name of cleared) if (!(name in this.model.data)) this.serverQuestions.delete(name);
      if (revision === this.revision) {
        const savedAt = result.body?.savedAt ?? new Date().toISOString();
        this.options.drafts.write({ answers, page, locale, savedAt, dirty: false });
      }
      return 'saved';
    }
    const { status, problem } = result;
    const stopped = stopReason(status, problem);
    if (stopped) {
      this.options.onStopped(stopped);
      return 'stop';
    }
    if (status === 409) {
      this.options.onAlreadySubmitted();
      return 'stop';
    }
    if (status === 400 || status === 413) {
      showProblemsOnQuestions(this.model, problem.details ?? [], { focusFirst: false });
      return 'rejected';
    }
    return 'failed';
  }

  private async submit(completing: { allow: boolean }): Promise<void> {
    const { api, chrome, saveStatus, drafts } = this.options;
    chrome.showAlert(null);
    this.autosave.pause();
    saveStatus.show('submitting');
    const answers = this.model.data;
    const result = await api.submit({ answers, locale: this.locale });
    if (result.kind === 'ok') {
      this.autosave.stop();
      drafts.clear();
      this.accepted = { receipt: result.body, answers };
      completing.allow = true;
      return;
    }
    completing.allow = false;
    this.autosave.resume();
    saveStatus.show(this.autosave.currentState);
    if (result.kind === 'network') {
      chrome.showAlert('submitFailed');
      return;
    }
    const { status, problem } = result;
    if (status === 422) {
      const unplaced = showProblemsOnQuestions(this.model, problem.details ?? [], { focusFirst: true });
      chrome.showAlert('submitInvalid', unplaced);
    } else if (stopReason(status, problem)) {
      this.options.onStopped(stopReason(status, problem) as StopReason);
    } else if (status === 409) {
      this.options.onAlreadySubmitted();
    } else {
      chrome.showAlert('submitFailed');
    }
  }
}
