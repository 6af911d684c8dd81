/**
 * Loads SurveyJS the way every respondent view needs it: the fontless stylesheet (the default one fetches remote
 * fonts, which a strict CSP and offline use forbid), Tinjau's schema extensions, and the UI strings for the
 * ASEAN languages, shipped ones by import and Tinjau's drafts by registration. Import from here, not from
 * survey-core directly, so no Model is ever built before this has run.
 */
import 'survey-core/survey-core.fontless.min.css';
import '../../server/questionnaire/survey-extensions.ts';
import { Model, settings } from 'survey-core';
import { sanitiseHtml } from './html-sanitiser.ts';

export { ensureSurveyLocale } from '../shared/i18n/surveyjs/ui-locale-loaders.ts';
export { loadSanitiserFor } from './html-sanitiser.ts';

// An outline screen readers can navigate: the questionnaire is the page's h1, each of its pages an h2.
Object.assign(settings.titleTags, { survey: 'h1', page: 'h2', panel: 'h3', question: 'h3' });

export { CustomError, Model, type Question } from 'survey-core';

/**
 * A Model whose questionnaire HTML (html elements, the completed page, …) is sanitised before SurveyJS puts it into
 * the page: a questionnaire is uploaded by staff, and an uploaded file must not be able to run script in a
 * respondent's or a colleague's browser even where the content security policy is missing. Build every Model here,
 * after awaiting loadSanitiserFor(definition).
 */
export function createModel(definition: object): Model {
  const model = new Model(definition);
  model.onProcessHtml.add((_sender, options) => {
    options.html = sanitiseHtml(options.html);
  });
  return model;
}
export { renderSurvey } from 'survey-js-ui';

/** A questionnaire for answering: one page at a time, our own receipt instead of SurveyJS's "completed" page. */
export function answeringModel(definition: object, locale: string): Model {
  const model = createModel(definition);
  model.locale = locale;
  model.showCompletedPage = false;
  // respond.css sets the column width, so SurveyJS fills it (its own static mode would leave the title full width).
  model.widthMode = 'responsive';
  // Every keystroke reaches the model, so the device copy holds even a half-typed answer when the tab closes.
  model.textUpdateMode = 'onTyping';
  if (!model.showProgressBar) {
    model.showProgressBar = true;
    model.progressBarLocation = 'top';
  }
  return model;
}

/** A read-only copy of submitted answers, every page one under the other. */
export function displayModel(definition: object, locale: string, answers: Record<string, unknown>): Model {
  const model = createModel(definition);
  model.locale = locale;
  model.mode = 'display';
  // The receipt already names what was answered; the welcome text is not worth repeating.
  model.showTitle = false;
  model.questionsOnPageMode = 'singlePage';
  model.showProgressBar = false;
  model.showNavigationButtons = false;
  model.showCompletedPage = false;
  model.data = answers;
  return model;
}
