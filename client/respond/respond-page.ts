/**
 * The respondent page from start to finish: find the invitation, load its state, choose the language, and show
 * the view the state calls for (questionnaire, receipt, or a message), switching when the state changes.
 */

import { requiredElement } from '../shared/dom.ts';
import { formatDate } from '../shared/format-date.ts';
import { chooseLocale } from '../shared/i18n/choose-locale.ts';
import { pageLocales } from '../shared/i18n/page-locales.ts';
import { englishPageStrings } from '../shared/i18n/page-strings/en.ts';
import type { PageStrings } from '../shared/i18n/page-strings.ts';
import { loadedPageStrings, loadPageStrings } from '../shared/i18n/page-strings-loader.ts';
import { AnsweringFor } from './answering-for.ts';
import type { StopReason } from './answering-stopped.ts';
import { AnsweringStoppedView } from './answering-stopped-view.ts';
import { AnsweringView } from './answering-view.ts';
import { invitationTokenFromPath } from './invitation-token.ts';
import { type LocalDraftStore, openLocalDraftStore } from './local-draft.ts';
import { type MessageKey, MessageView } from './message-view.ts';
import { PageChrome } from './page-chrome.ts';
import { ReceiptView } from './receipt-view.ts';
import {
  type ApiResult,
  createRespondentApi,
  type RespondentApi,
  type RespondentState,
} from './respondent-api.ts';
import { SaveStatus } from './save-status.ts';
import { ensureSurveyLocale, loadSanitiserFor } from './survey-library.ts';
import type { View } from './view.ts';

const browserLocales = (): readonly string[] => navigator.languages ?? [navigator.language];
const loadRetryMs = 5_000;

function hasAnswers(answers: Record<string, unknown> | null | undefined): boolean {
  return !!answers && Object.keys(answers).length > 0;
}

/** The study's contact as one line ("name, e-mail"), or null when the research team has set none. */
function studyContactOf(state: RespondentState | undefined): string | null {
  const contact = state?.survey.contact;
  return contact ? [contact.name, contact.email].filter(Boolean).join(', ') || null : null;
}

class RespondPage {
  private readonly chrome = new PageChrome();
  private readonly saveStatus: SaveStatus;
  private locale: string;
  private strings: PageStrings;
  private view: View | undefined;
  private state: RespondentState | undefined;
  private answeringFor: AnsweringFor | undefined;

  constructor(
    private readonly api: RespondentApi | null,
    private readonly drafts: LocalDraftStore | null,
  ) {
    this.locale = chooseLocale(pageLocales, browserLocales());
    this.strings = this.stringsFor(this.locale);
    this.saveStatus = new SaveStatus(requiredElement('save-status'), this.strings);
    this.chrome.setLocale(this.locale, this.strings);
    this.chrome.content.querySelector('.loading')?.replaceChildren(this.strings.loading);
  }

  async start(): Promise<void> {
    if (!this.api) return this.showMessage('not-found', 'notFoundTitle', 'notFoundBody');
    const result = await this.loadUntilReachable(this.api);
    if (result.kind === 'ok') return await this.showState(result.body);
    if (result.kind === 'problem' && result.status === 429) {
      return this.showMessage('too-many-requests', 'tooManyRequestsTitle', 'tooManyRequestsBody');
    }
    // Answers typed on this device under this link: the link worked once, so it was revoked or reissued. Say so
    // in the language they were typed in.
    const deviceCopy = this.drafts?.read();
    if (deviceCopy && hasAnswers(deviceCopy.answers)) {
      this.locale = chooseLocale(pageLocales, [deviceCopy.locale, ...browserLocales()]);
      return this.showStopped('link_ended', this.drafts?.studyContact() ?? null);
    }
    return this.showMessage('not-found', 'notFoundTitle', 'notFoundBody');
  }

  /** Without the questionnaire there is nothing to answer: wait for the network instead of giving up. */
  private async loadUntilReachable(api: RespondentApi): Promise<ApiResult<RespondentState>> {
    for (;;) {
      const result = await api.load();
      const retry = result.kind === 'network' || (result.kind === 'problem' && result.status >= 500);
      if (!retry) {
        this.saveStatus.show('idle');
        return result;
      }
      this.saveStatus.show(result.kind === 'network' ? 'offline' : 'error');
      await new Promise<void>((resolve) => {
        const done = () => {
          window.removeEventListener('online', done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, loadRetryMs);
        window.addEventListener('online', done);
      });
    }
  }

  private async showState(opened: RespondentState): Promise<void> {
    const deviceCopy = this.drafts?.read() ?? null;
    // The server chose from the saved answers, the invitation and the browser; only the device knows newer.
    this.locale = chooseLocale(opened.survey.locales, [deviceCopy?.locale, opened.survey.definitionLocale]);
    const [state] = await Promise.all([
      this.stateIn(opened, this.locale),
      ensureSurveyLocale(this.locale),
      loadPageStrings(this.locale),
    ]);
    this.state = state;
    this.answeringFor = new AnsweringFor(requiredElement('answering-for'), state.organisation, state.prefill);
    const { survey } = state;
    this.chrome.showLanguageSwitcher(survey.locales, this.locale, (locale) => this.changeLocale(locale));

    if (state.status === 'submitted') {
      this.drafts?.clear();
      if (state.receipt) this.showReceipt(state.receipt, state.answers);
      else this.showMessage('already-submitted', 'alreadySubmittedTitle', null);
    } else if (state.collection !== 'open' && deviceCopy?.dirty && hasAnswers(deviceCopy.answers)) {
      // Typed here but never saved: say that it is kept, so nobody clears the browser thinking it is lost.
      this.showStopped(state.collection === 'closed' ? 'closed' : 'not_open');
    } else if (state.collection === 'closed') {
      this.showMessage('closed', 'closedTitle', 'closedBody');
    } else if (state.collection === 'not_yet_open') {
      const opensAt = state.opensAt;
      this.showMessage('not-open', 'notOpenTitle', 'notOpenBody', (locale) => ({
        date: opensAt ? formatDate(opensAt, locale) : '',
      }));
    } else {
      this.showQuestionnaire(state, deviceCopy);
    }
  }

  private showQuestionnaire(state: RespondentState, deviceCopy: ReturnType<LocalDraftStore['read']>): void {
    if (!this.api || !this.drafts) return;
    this.drafts.rememberStudyContact(studyContactOf(state));
    // The device copy wins only while the server has not confirmed it; otherwise the server's answers are at
    // least as new (they may come from another device).
    const serverSavedAt = state.savedAt ? Date.parse(state.savedAt) : Number.NEGATIVE_INFINITY;
    const preferDevice =
      !!deviceCopy && deviceCopy.dirty && !(Date.parse(deviceCopy.savedAt) < serverSavedAt);
    const start =
      preferDevice && deviceCopy
        ? { answers: deviceCopy.answers, page: deviceCopy.page, sendAtOnce: true }
        : { answers: state.answers ?? {}, page: state.page ?? 0, sendAtOnce: false };
    const serverQuestions = Object.keys(state.answers ?? {});
    this.setView(
      new AnsweringView({
        container: this.chrome.content,
        definition: state.survey.definition,
        locale: this.locale,
        start: { ...start, serverQuestions },
        api: this.api,
        drafts: this.drafts,
        chrome: this.chrome,
        saveStatus: this.saveStatus,
        onSubmitted: (receipt, answers) => this.showReceipt(receipt, answers, true),
        onAlreadySubmitted: () => void this.reload(),
        onStopped: (reason) => this.showStopped(reason),
        prefill: state.prefill,
      }),
    );
    // Answers filled in from the invitation are not the respondent's own: a fresh link is not "welcome back".
    const resumed = preferDevice ? hasAnswers(deviceCopy?.answers) : state.status === 'in_progress';
    if (resumed) this.chrome.showNotice('resumed');
  }

  private showReceipt(
    receipt: NonNullable<RespondentState['receipt']>,
    answers: Record<string, unknown>,
    justSubmitted = false,
  ): void {
    if (!this.state) return;
    this.chrome.showNotice(null);
    this.chrome.showAlert(null);
    this.saveStatus.show('idle');
    const view = new ReceiptView(
      this.chrome.content,
      this.state.survey.definition,
      receipt,
      answers,
      this.locale,
    );
    this.setView(view);
    if (justSubmitted) {
      window.scrollTo({ top: 0 });
      view.focus();
    }
  }

  private showMessage(
    kind: string,
    titleKey: MessageKey,
    bodyKey: MessageKey | null,
    values?: (locale: string) => Record<string, string>,
  ): void {
    this.chrome.showNotice(null);
    this.setView(new MessageView(this.chrome.content, kind, titleKey, bodyKey, values));
  }

  /** Answering stopped: the device copy is kept (never cleared here), and the message says so. */
  private showStopped(reason: StopReason, contact = studyContactOf(this.state)): void {
    this.chrome.showNotice(null);
    this.chrome.showAlert(null);
    this.saveStatus.show('idle');
    const view = new AnsweringStoppedView(this.chrome.content, reason, contact);
    this.setView(view);
    window.scrollTo({ top: 0 });
    view.focus();
  }

  private async reload(): Promise<void> {
    if (!this.api) return;
    this.drafts?.clear();
    const result = await this.api.load();
    if (result.kind === 'ok') await this.showState(result.body);
  }

  private setView(view: View): void {
    if (this.view !== view) this.view?.dispose();
    this.view = view;
    this.applyLocale();
  }

  /**
   * The state with its definition in `locale`: the one at hand, or fetched (the respondent downloads one language),
   * with the HTML sanitiser loaded if that definition needs it, so a Model can be built from it at once.
   */
  private async stateIn(state: RespondentState, locale: string): Promise<RespondentState> {
    const result = state.survey.definitionLocale === locale || !this.api ? null : await this.api.load(locale);
    const inLocale = result?.kind === 'ok' ? result.body : state;
    await loadSanitiserFor(inLocale.survey.definition);
    return inLocale;
  }

  private changeLocale(locale: string): void {
    const state = this.state;
    if (!state) return;
    const ready = [this.stateIn(state, locale), ensureSurveyLocale(locale), loadPageStrings(locale)] as const;
    void Promise.all(ready).then(([inLocale]) => {
      // Offline, the questionnaire's own texts stay in the source language until it can be fetched.
      if (inLocale !== state) {
        state.survey.definition = inLocale.survey.definition;
        state.survey.definitionLocale = inLocale.survey.definitionLocale;
        this.view?.replaceDefinition?.(state.survey.definition, locale);
      }
      this.locale = locale;
      this.applyLocale();
    });
  }

  /** The page's words in `locale` if downloaded; until they are, English, and the page switches when they arrive. */
  private stringsFor(locale: string): PageStrings {
    const strings = loadedPageStrings(locale);
    if (strings) return strings;
    void loadPageStrings(locale).then(() => {
      if (this.locale === locale) this.applyLocale();
    });
    return englishPageStrings;
  }

  private applyLocale(): void {
    this.strings = this.stringsFor(this.locale);
    this.chrome.content.querySelector('.loading')?.replaceChildren(this.strings.loading);
    this.chrome.setLocale(this.locale, this.strings);
    this.saveStatus.setStrings(this.strings);
    this.answeringFor?.setLocale(this.locale, this.strings);
    this.view?.setLocale(this.locale, this.strings);
    const title = this.view?.title();
    document.title = title ? `${title} · Tinjau` : 'Tinjau';
  }
}

export async function startRespondPage(): Promise<void> {
  const invitationToken = invitationTokenFromPath(location.pathname);
  const drafts = invitationToken ? await openLocalDraftStore(invitationToken) : null;
  const page = new RespondPage(invitationToken ? createRespondentApi(invitationToken) : null, drafts);
  await page.start();
}
