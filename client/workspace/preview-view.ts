/**
 * A version as respondents will see it, drawn by the respondent page's own SurveyJS setup, with a language
 * switcher. Nothing typed here is saved or sent: the model has no save or submit handler.
 */
import { unmountComponentAtNode } from 'survey-js-ui';
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
