/**
 * One survey: its versions with their status and dates, and what can be done with each (preview, print, download,
 * publish, close, reopen); the survey's settings (collection window, k, study contact); and the upload of a new version.
 */
import { element } from '../shared/dom.ts';
import { ApiError, api } from './api.ts';
import { surveySettingsPanel } from './survey-settings.ts';
import { translationSummary } from './translation-status.ts';
import type { SurveySummary, VersionSummary } from './types.ts';
import {
  badge,
  button,
  confirmDialog,
  dataTable,
  formatWhen,
  OutcomeRegion,
  pageHeader,
  section,
  uniqueId,
  versionStatusLabels,
} from './ui.ts';
import { uploadForm } from './upload-form.ts';
import { versionChangesPanel } from './version-changes-view.ts';
import { routeHash, type ViewFactory, type WorkspaceContext } from './view.ts';

type VersionAction = 'publish' | 'close' | 'reopen';

const actionWords: Record<VersionAction, { label: string; done: string }> = {
  publish: { label: 'Publish', done: 'published' },
  close: { label: 'Close collection', done: 'closed for collection' },
  reopen: { label: 'Reopen collection', done: 'reopened for collection' },
};

const confirmations: Record<VersionAction, (version: number) => { title: string; body: string }> = {
  publish: (version) => ({
    title: `Publish version ${version}?`,
    body: "Published versions can't be changed. Invitations will use this version; to change the questionnaire later, upload a new version and publish that.",
  }),
  close: (version) => ({
    title: `Close collection for version ${version}?`,
    body: 'Respondents with links to this version will no longer be able to answer until it is reopened. Saved answers are kept.',
  }),
  reopen: (version) => ({
    title: `Reopen collection for version ${version}?`,
    body: 'Respondents with links to this version will be able to answer again.',
  }),
};

function actionFor(version: VersionSummary): VersionAction | null {
  if (version.status === 'draft') return 'publish';
  if (version.status === 'published') return 'close';
  return 'reopen';
}

function versionPath(slug: string, version: number): string {
  return `/api/surveys/${encodeURIComponent(slug)}/versions/${version}`;
}

function versionActions(
  context: WorkspaceContext,
  survey: SurveySummary,
  version: VersionSummary,
  outcome: OutcomeRegion,
): HTMLElement {
  const download = (format: 'json' | 'csv', label: string) =>
    element(
      'a',
      {
        class: 'action-link',
        href: `${versionPath(survey.slug, version.version)}/download?format=${format}`,
        download: `${survey.slug}-v${version.version}.${format}`,
      },
      [label],
    );
  const action = context.can('surveys:write') ? actionFor(version) : null;
  const actionButton = action
    ? button(
        actionWords[action].label,
        async () => {
          const confirmed = await confirmDialog({
            ...confirmations[action](version.version),
            confirmLabel: actionWords[action].label,
            danger: action === 'close',
          });
          if (!confirmed) return;
          try {
            await api.post(`${versionPath(survey.slug, version.version)}/${action}`);
            context.flash(`Version ${version.version} was ${actionWords[action].done}.`);
            context.navigate(routeHash(['surveys', survey.slug]));
          } catch (error) {
            outcome.error(error, `Version ${version.version} was not ${actionWords[action].done}.`);
          }
        },
        action === 'publish' ? 'primary' : 'secondary',
        { 'aria-label': `${actionWords[action].label}: version ${version.version}` },
      )
    : null;
  return element('div', { class: 'row-actions' }, [
    element(
      'a',
      {
        class: 'action-link',
        href: routeHash(['surveys', survey.slug, 'versions', version.version, 'preview']),
      },
      ['Preview'],
    ),
    element(
      'a',
      {
        class: 'action-link',
        href: routeHash(['surveys', survey.slug, 'versions', version.version, 'print']),
      },
      ['Print view'],
    ),
    download('json', 'Download JSON'),
    download('csv', 'Download CSV (spreadsheet)'),
    actionButton,
  ]);
}

export const surveyView: ViewFactory = async (context, route) => {
  const slug = route.path[1] ?? '';
  const { surveys } = await api.get<{ surveys: SurveySummary[] }>('/api/surveys');
  const survey = surveys.find((candidate) => candidate.slug === slug);
  if (!survey) throw new ApiError(404, 'not_found', `There is no survey "${slug}".`);
  const highlight = Number(route.query.get('highlight') ?? Number.NaN);
  const flash = context.takeFlash();
  const outcome = new OutcomeRegion(uniqueId('version-outcome'));
  const versions = [...survey.versions].sort((a, b) => b.version - a.version);

  const table = dataTable(
    `Versions of ${survey.title}`,
    ['Version', 'Status', 'Languages', 'Uploaded', 'Published', 'Closed', 'Actions'],
    versions,
    (version) => [
      element('span', { class: 'version-number' }, [
        `Version ${version.version}`,
        version.version === highlight ? badge('New', 'new') : null,
      ]),
      badge(versionStatusLabels[version.status], version.status),
      translationSummary(version.translations),
      formatWhen(version.createdAt),
      formatWhen(version.publishedAt),
      formatWhen(version.closedAt),
      versionActions(context, survey, version, outcome),
    ],
    {
      captionHidden: true,
      rowAttributes: (version) => ({
        'data-version': String(version.version),
        class: version.version === highlight ? 'is-highlighted' : '',
      }),
    },
  );

  const changesPanel = versionChangesPanel(survey.slug, survey.versions, highlight);
  const root = element('div', { class: 'view' }, [
    element('p', { class: 'breadcrumb' }, [
      element('a', { href: '#/surveys' }, ['Surveys']),
      ' / ',
      survey.slug,
    ]),
    pageHeader(
      survey.title,
      element('p', { class: 'page-header__lead' }, [
        element('code', {}, [survey.slug]),
        ' · ',
        survey.currentVersion === null
          ? 'No version is published yet.'
          : `Invitations use version ${survey.currentVersion}.`,
      ]),
      element('p', { class: 'page-header__links' }, [
        context.can('invitations:read')
          ? element('a', { href: routeHash(['invitations'], { survey: survey.slug }) }, ['Invitations'])
          : null,
        context.can('invitations:read') ? ' · ' : null,
        element('a', { href: routeHash(['progress'], { survey: survey.slug }) }, ['Progress by country']),
      ]),
    ),
    flash ? element('p', { class: 'flash', role: 'status' }, [flash]) : null,
    section('Versions', outcome.root, table),
    changesPanel ? section('What changed', changesPanel) : null,
    section('Settings', surveySettingsPanel(context, survey)),
    context.can('surveys:write')
      ? section('Upload a new version', uploadForm(context, { slug: survey.slug, existingSlugs: [] }))
      : null,
  ]);
  return { root, title: survey.title };
};
