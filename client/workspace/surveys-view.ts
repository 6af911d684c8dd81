/** The list of surveys with their versions, and the upload form for a new survey or version. */
import { element } from '../shared/dom.ts';
import { api } from './api.ts';
import type { SurveySummary } from './types.ts';
import { badge, dataTable, pageHeader, section, versionStatusLabels } from './ui.ts';
import { uploadForm } from './upload-form.ts';
import { routeHash, type ViewFactory } from './view.ts';

export function versionBadges(survey: SurveySummary): HTMLElement {
  return element(
    'ul',
    { class: 'badge-list' },
    survey.versions.map((version) =>
      element('li', {}, [
        badge(`v${version.version} ${versionStatusLabels[version.status]}`, version.status),
      ]),
    ),
  );
}

export const surveysView: ViewFactory = async (context) => {
  const { surveys } = await api.get<{ surveys: SurveySummary[] }>('/api/surveys');
  const flash = context.takeFlash();
  const table = dataTable(
    'Surveys and their versions',
    ['Title', 'Slug', 'Versions', 'Collecting with'],
    surveys,
    (survey) => [
      element('a', { href: routeHash(['surveys', survey.slug]), class: 'strong-link' }, [survey.title]),
      element('code', {}, [survey.slug]),
      versionBadges(survey),
      survey.currentVersion === null ? 'No published version' : `Version ${survey.currentVersion}`,
    ],
    { captionHidden: true, empty: 'No surveys yet. Upload a questionnaire below.' },
  );
  const root = element('div', { class: 'view' }, [
    pageHeader(
      'Surveys',
      element('p', { class: 'page-header__lead' }, [
        'Questionnaires and their versions. A draft can be previewed and changed by uploading again; publishing a version freezes it for collection.',
      ]),
    ),
    flash ? element('p', { class: 'flash', role: 'status' }, [flash]) : null,
    section('All surveys', table),
    context.can('surveys:write')
      ? section(
          'Upload a questionnaire',
          uploadForm(context, { existingSlugs: surveys.map((survey) => survey.slug) }),
        )
      : null,
  ]);
  return { root, title: 'Surveys' };
};
