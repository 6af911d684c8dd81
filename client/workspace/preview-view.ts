/**
 * A version as respondents will see it, drawn by the respondent page's own SurveyJS setup, with a language
 * switcher. Nothing typed here is saved or sent: the model has no save or submit handler.
 */
import { unmountComponentAtNode } from 'survey-js-ui';
import type { InvitationFieldName } from '../../server/questionnaire/survey-extensions.ts';
import {
  createModel,
  ensureSurveyLocale,
  loadSanitiserFor,
  renderSurvey,
} from '../respond/survey-library.ts';
import { element } from '../shared/dom.ts';
import { nativeLanguageName } from '../shared/i18n/language-names.ts';
import { languageSelect } from './language-select.ts';
import { fetchVersion } from './survey-versions.ts';
import { draftTranslationNote, translationStatusOf } from './translation-status.ts';
import { badge, button, pageHeader, versionStatusLabels } from './ui.ts';
import { routeHash, type ViewFactory } from './view.ts';

/**
 * Staff see which questions the respondent finds already answered from the invitation (country, organisation …):
 * a fixed one is read-only here as on the respondent page, and each says so under its title.
 */
function markInvitationFields(model: ReturnType<typeof createModel>): void {
  const marks = new Map<string, { field: InvitationFieldName; editable: boolean }>();
  for (const question of model.getAllQuestions(false, false, true)) {
    const field = question.getPropertyValue('invitationField') as InvitationFieldName | undefined;
    if (!field) continue;
    const editable = question.getPropertyValue('invitationFieldEditable') === true;
    marks.set(question.name, { field, editable });
    if (!editable) question.readOnly = true;
  }
  model.onAfterRenderQuestion.add((_sender, options) => {
    const mark = marks.get(options.question.name);
    if (!mark || options.htmlElement.querySelector('.preview__from-invitation')) return;
    const note = element('p', { class: 'preview__from-invitation', 'data-invitation-field': mark.field }, [
      mark.editable
        ? `Filled in from the invitation's ${invitationFieldWords[mark.field]}; the respondent may correct it.`
        : `Filled in from the invitation's ${invitationFieldWords[mark.field]} and fixed: the respondent sees it read-only.`,
    ]);
    const header = options.htmlElement.querySelector('.sd-question__header');
    if (header) header.append(note);
    else options.htmlElement.prepend(note);
  });
}

const invitationFieldWords: Record<InvitationFieldName, string> = {
  country: 'member state',
  organisation: 'organisation',
  organisationType: 'type of organisation',
  contactName: 'contact name',
  contactEmail: 'contact e-mail',
};

export const previewView: ViewFactory = async (context, route) => {
  const slug = route.path[1] ?? '';
  const versionNumber = route.path[3] ?? '';
  const detail = await fetchVersion(slug, versionNumber);
  await loadSanitiserFor(detail.definition);
  const model = createModel(detail.definition);
  const locales = model.getUsedLocales();
  const wanted = route.query.get('locale');
  const locale = wanted && locales.includes(wanted) ? wanted : (locales[0] ?? 'en');
  await ensureSurveyLocale(locale);
  model.locale = locale;
  model.widthMode = 'responsive';
  model.showCompletedPage = false;

  const host = element('div', { class: 'survey-host preview__survey', lang: locale });
  // Staff see that a translation is a draft; the respondent page does not say so.
  const statuses = translationStatusOf(detail.definition);
  const draftNote = element('p', { class: 'preview__draft', role: 'note' });
  const showDraftStatus = (shown: string) => {
    draftNote.hidden = statuses[shown] !== 'draft';
    draftNote.textContent = `${nativeLanguageName(shown)} (${shown}): ${draftTranslationNote}`;
  };
  showDraftStatus(locale);
  const finished = element('div', { class: 'preview__finished', role: 'status', hidden: true }, [
    element('p', {}, ['End of the preview. Nothing was saved or sent.']),
    button(
      'Start the preview again',
      () => {
        model.clear(true, true);
        finished.hidden = true;
        host.hidden = false;
      },
      'primary',
    ),
  ]);
  markInvitationFields(model);
  model.onComplete.add(() => {
    host.hidden = true;
    finished.hidden = false;
  });

  const switcher = languageSelect(locales, locale, async (next) => {
    await ensureSurveyLocale(next);
    model.locale = next;
    host.lang = next;
    showDraftStatus(next);
    context.replaceRoute(
      routeHash(['surveys', slug, 'versions', versionNumber, 'preview'], { locale: next }),
    );
    printLink.href = routeHash(['surveys', slug, 'versions', versionNumber, 'print'], { locale: next });
  });
  const printLink = element(
    'a',
    {
      class: 'action-link',
      href: routeHash(['surveys', slug, 'versions', versionNumber, 'print'], { locale }),
    },
    ['Print view'],
  );

  const root = element('div', { class: 'view preview' }, [
    element('p', { class: 'breadcrumb' }, [
      element('a', { href: '#/surveys' }, ['Surveys']),
      ' / ',
      element('a', { href: routeHash(['surveys', slug]) }, [slug]),
      ` / version ${detail.version}`,
    ]),
    pageHeader(
      `Preview: ${detail.title}`,
      element('p', { class: 'page-header__lead' }, [
        `Version ${detail.version} `,
        badge(versionStatusLabels[detail.status], detail.status),
      ]),
    ),
    element('div', { class: 'toolbar' }, [
      switcher,
      printLink,
      element('p', { class: 'toolbar__note' }, ['Answers typed in the preview are not saved or sent.']),
    ]),
    draftNote,
    host,
    finished,
  ]);
  renderSurvey(model, host);
  return {
    root,
    title: `Preview: ${detail.title}`,
    dispose: () => {
      unmountComponentAtNode(host);
      model.dispose();
    },
  };
};
