/**
 * The dashboard's main page: survey and language, the filters, response rates by member state, the schematic map,
 * the CSV exports and a card per question. Filter and language changes redraw the figures in place (the filters
 * keep their focus); a new survey rebuilds the page.
 */
import { element } from '../shared/dom.ts';
import { nativeLanguageName } from '../shared/i18n/language-names.ts';
import { memberStatesFor } from '../workspace/member-states.ts';
import type { CountryProgress } from '../workspace/types.ts';
import type { DashboardContext, DashboardView } from './context.ts';
import { mapPanel } from './country-map.ts';
import { exportsPanel } from './exports-panel.ts';
import { type DashboardState, describeFilters, emptyFilters } from './filters.ts';
import { filtersForm } from './filters-view.ts';
import { aseanCode, codebookLanguages, countryName, textIn } from './labels.ts';
import { type QuestionCard, questionCard } from './question-card.ts';
import { responseRatesPanel } from './response-rates.ts';
import { loadAggregates, loadProgress, loadTexts } from './results-api.ts';
import { syntheticNotice, syntheticSubtitle } from './synthetic-notice.ts';
import type { AggregateReport } from './types.ts';

function section(id: string, title: string, lead: string | null, body: HTMLElement[]): HTMLElement {
  return element('section', { class: 'panel dash-section', id, 'aria-labelledby': `${id}-title` }, [
    element('h2', { class: 'panel__title', id: `${id}-title` }, [title]),
    lead ? element('p', { class: 'panel__lead' }, [lead]) : null,
    ...body,
  ]);
}

function responsesInWords(responses: number): string {
  return `${responses.toLocaleString('en-GB')} response${responses === 1 ? '' : 's'}`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function overviewView(context: DashboardContext, initial: DashboardState): DashboardView {
  let state = initial;
  let sequence = 0;
  let cleanups: Array<() => void> = [];
  const survey = context.surveys.find((entry) => entry.slug === state.survey);

  const surveySelect = element(
    'select',
    { id: 'survey-select', class: 'field__control' },
    context.surveys.map((entry) => element('option', { value: entry.slug }, [entry.title])),
  );
  surveySelect.value = state.survey;
  surveySelect.addEventListener('change', () =>
    context.navigate({ ...state, survey: surveySelect.value, filters: emptyFilters() }, 'push'),
  );
  const languageSelect = element('select', { id: 'language-select', class: 'field__control' }, [
    element('option', { value: 'en' }, ['English']),
  ]);
  languageSelect.addEventListener('change', () =>
    context.navigate({ ...state, lang: languageSelect.value }, 'replace'),
  );

  const status = element('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const noticeSlot = element('div', { class: 'dash-notices' });
  const content = element('div', { class: 'dash-content', 'aria-busy': 'true' }, [
    element('p', { class: 'loading' }, ['Loading the figures…']),
  ]);
  const filters = filtersForm(state.filters, survey?.versions ?? [], memberStatesFor(context.user), (next) =>
    context.navigate({ ...state, filters: next }, 'replace'),
  );
  const scopeNote =
    context.user.role === 'coordinator'
      ? element('p', { class: 'notice' }, [
          `You see the responses of your member states only (${context.user.countryCodes.map(countryName).join(', ')}). The "ASEAN total" covers those alone.`,
        ])
      : null;

  const root = element('div', { class: 'dashboard' }, [
    element('div', { class: 'page-header' }, [
      element('h1', { class: 'page-header__title', id: 'view-title', tabindex: '-1' }, ['Results dashboard']),
      element('p', { class: 'page-header__lead' }, [
        'Comparisons across the ASEAN member states. Small cells are withheld by the server; figures are shares of those who answered each question.',
      ]),
    ]),
    element('div', { class: 'toolbar dash-toolbar' }, [
      element('div', { class: 'field field--wide' }, [
        element('label', { class: 'field__label', for: 'survey-select' }, ['Survey']),
        surveySelect,
      ]),
      element('div', { class: 'field' }, [
        element('label', { class: 'field__label', for: 'language-select' }, ['Language of questions']),
        languageSelect,
      ]),
    ]),
    scopeNote,
    element('section', { class: 'panel dash-filters', 'aria-labelledby': 'filters-title' }, [
      element('h2', { class: 'panel__title', id: 'filters-title' }, ['Filters']),
      filters,
    ]),
    noticeSlot,
    status,
    content,
  ]);

  function fillLanguages(report: AggregateReport): void {
    const languages = codebookLanguages(report);
    languageSelect.replaceChildren(
      ...languages.map((lang) =>
        element('option', { value: lang }, [lang === 'en' ? 'English' : nativeLanguageName(lang)]),
      ),
    );
    languageSelect.value = languages.includes(state.lang) ? state.lang : 'en';
  }

  function destroyContent(): void {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  }

  function drawContent(report: AggregateReport, progress: CountryProgress[]): void {
    destroyContent();
    // The report counts its demo responses exactly: no guessing from a sample.
    const synthetic = report.syntheticResponses > 0;
    const lang = languageSelect.value;
    const notice = syntheticNotice(synthetic, state.filters.synthetic);
    noticeSlot.replaceChildren(...(notice ? [notice] : []));
    const countries = report.countries.filter((code) => code !== aseanCode);
    const profileHref = (countryCode: string) => context.href({ ...state, country: countryCode });
    const shownProgress = progress.filter(
      (row) => state.filters.countries.length === 0 || state.filters.countries.includes(row.countryCode),
    );
    const subtitle = [
      `${report.title} · ${describeFilters(state.filters)}`,
      ...(state.filters.synthetic && synthetic ? [syntheticSubtitle] : []),
    ];
    if (countries.length === 0) {
      content.replaceChildren(
        element('p', { class: 'notice', 'data-empty': 'true' }, [
          `There are no submitted responses to "${report.title}" within these filters${
            context.user.role === 'coordinator' ? ' and your member states' : ''
          }. Widen the filters to see figures.${
            state.filters.synthetic
              ? ''
              : ' Synthetic demo data is left out unless "Include demo data" is ticked.'
          }`,
        ]),
      );
      content.setAttribute('aria-busy', 'false');
      content.dataset.ready = String(sequence);
      return;
    }
    const rates = responseRatesPanel(shownProgress, profileHref);
    cleanups.push(rates.destroy);
    const cards: QuestionCard[] = report.questions.map((question) =>
      questionCard(question, {
        countries,
        minCellSize: report.minCellSize,
        lang,
        surveySlug: report.survey,
        subtitle,
        loadTexts: (path) => loadTexts(report.survey, path, state.filters),
      }),
    );
    for (const card of cards) cleanups.push(card.destroy);
    // The number of responses behind the report, not the largest shown base: with few responses every base is
    // withheld, and the headline read "about 0 responses from 1 member state".
    const summary = element('p', { class: 'dash-summary', 'data-responses': String(report.responses) }, [
      `${report.title}: `,
      element('strong', {}, [responsesInWords(report.responses)]),
      report.syntheticResponses > 0
        ? ` (${report.syntheticResponses === report.responses ? 'all' : report.syntheticResponses} of them synthetic demo data)`
        : '',
      ` from ${countries.length} member state${countries.length === 1 ? '' : 's'} (${countries.join(', ')}). ${describeFilters(state.filters)}. Cells resting on fewer than ${report.minCellSize} responses are withheld.`,
    ]);
    const contents = element('details', { class: 'dash-contents' }, [
      element('summary', {}, [`Questions (${report.questions.length})`]),
      element(
        'ol',
        {},
        report.questions.map((question) =>
          element('li', {}, [
            element('a', { href: `#q-${question.question}` }, [textIn(question.title, lang)]),
          ]),
        ),
      ),
    ]);
    content.replaceChildren(
      summary,
      section(
        'rates',
        'Response rates by member state',
        'From the invitations; only the member-state filter and "Include demo data" apply.',
        [rates.root],
      ),
      section('map', 'Map of the member states', null, [
        mapPanel(report, shownProgress, lang, profileHref).root,
      ]),
      section('exports', 'Exports', 'Whole data sets as CSV, for R, Stata or Excel.', [
        exportsPanel(report.survey, state.filters, lang),
      ]),
      element('section', { class: 'dash-questions', 'aria-labelledby': 'questions-title' }, [
        element('h2', { class: 'dash-questions__title', id: 'questions-title' }, ['Questions']),
        contents,
        ...cards.map((card) => card.root),
      ]),
    );
    content.setAttribute('aria-busy', 'false');
    content.dataset.ready = String(sequence);
  }

  async function load(): Promise<void> {
    sequence += 1;
    const mine = sequence;
    content.setAttribute('aria-busy', 'true');
    status.textContent = 'Loading the figures…';
    try {
      const [report, progress] = await Promise.all([
        loadAggregates(state.survey, state.filters),
        loadProgress(state.survey, state.filters),
      ]);
      if (mine !== sequence) return;
      fillLanguages(report);
      drawContent(report, progress);
      status.textContent = `Figures loaded: ${report.questions.length} questions.`;
    } catch (error) {
      if (mine !== sequence) return;
      status.textContent = '';
      content.replaceChildren(
        element('p', { class: 'outcome outcome--error', role: 'alert' }, [
          `The figures could not be loaded: ${errorMessage(error)}`,
        ]),
      );
    }
  }

  void load();
  return {
    root,
    update(next) {
      if (next.survey !== state.survey || next.country !== null) return false;
      state = next;
      void load();
      return true;
    },
    destroy: destroyContent,
  };
}
