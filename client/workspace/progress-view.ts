/** Progress by member state for one survey: a table (invited, started, submitted, response rate) and a chart. */
import { element } from '../shared/dom.ts';
import { api, withQuery } from './api.ts';
import { demoDataPanel, demoDataParameter, demoDataSwitch, demoDataWanted } from './demo-data.ts';
import { drawProgressChart } from './progress-chart.ts';
import { progressTotals } from './progress-totals.ts';
import { surveyPicker } from './survey-picker.ts';
import { fetchSurveys, pickSurvey } from './survey-versions.ts';
import type { CountryProgress } from './types.ts';
import { dataTable, pageHeader, section } from './ui.ts';
import { routeHash, type ViewFactory } from './view.ts';

function rate(value: number | null): string {
  return value === null ? '—' : `${value.toLocaleString('en-GB', { maximumFractionDigits: 1 })}%`;
}

export const progressView: ViewFactory = async (context, route) => {
  const surveys = await fetchSurveys();
  const survey = pickSurvey(surveys, route.query.get('survey'));
  const header = pageHeader(
    'Progress by member state',
    element('p', { class: 'page-header__lead' }, [
      'Started counts invitations with saved answers, submitted ones included. The response rate is submitted out of invited; revoked invitations are not counted.',
    ]),
  );
  if (!survey) {
    return {
      root: element('div', { class: 'view' }, [header, element('p', {}, ['There are no surveys yet.'])]),
      title: 'Progress',
    };
  }
  const includeDemo = demoDataWanted(route.query);
  const address = (slug: string, demo: boolean) =>
    routeHash(['progress'], { survey: slug, demo: demo ? '1' : undefined });
  const { countries } = await api.get<{ countries: CountryProgress[] }>(
    withQuery(`/api/surveys/${encodeURIComponent(survey.slug)}/progress`, demoDataParameter(includeDemo)),
  );
  const demoData = await demoDataPanel(context, survey, () =>
    context.navigate(address(survey.slug, includeDemo)),
  );
  const table = dataTable(
    `Progress of ${survey.title} by member state`,
    ['Member state', 'Invited', 'Started', 'Submitted', 'Response rate'],
    [...countries, { countryCode: '', countryName: 'All member states', ...progressTotals(countries) }],
    (country) => [
      country.countryName,
      String(country.invited),
      String(country.started),
      String(country.submitted),
      rate(country.responseRate),
    ],
    {
      captionHidden: true,
      rowAttributes: (country): Record<string, string> => (country.countryCode ? {} : { class: 'total-row' }),
    },
  );
  const canvas = element('canvas', {
    role: 'img',
    'aria-label': `Bar chart of invited, started and submitted invitations per member state for ${survey.title}; the same figures are in the table.`,
  });
  const root = element('div', { class: 'view' }, [
    header,
    surveyPicker(surveys, survey.slug, (slug) => context.navigate(address(slug, includeDemo))),
    demoData,
    element('div', { class: 'toolbar' }, [
      demoDataSwitch(includeDemo, (included) => context.navigate(address(survey.slug, included))),
    ]),
    section('By member state', table),
    section('Chart', element('div', { class: 'chart-box' }, [canvas])),
  ]);
  context.replaceRoute(address(survey.slug, includeDemo));
  let chart: ReturnType<typeof drawProgressChart> | undefined;
  return {
    root,
    title: `Progress: ${survey.title}`,
    // chart.js sizes the chart to its box, so it is drawn once the box is on the page.
    mounted: () => {
      chart = drawProgressChart(canvas, countries);
    },
    dispose: () => chart?.destroy(),
  };
};
