/**
 * A country profile (`/dashboard/country/<ISO2>`): the country's answers beside the ASEAN total for every
 * question, grouped by questionnaire page and laid out to print (one page of the questionnaire per sheet, no
 * navigation). The ASEAN total here covers every member state within the other filters and the user's access.
 */
import { element } from '../shared/dom.ts';
import type { DashboardContext, DashboardView } from './context.ts';
import { type DashboardState, describeFilters } from './filters.ts';
import { aseanCode, countryName, formatNumber, formatPercent, textIn, withheldText } from './labels.ts';
import { cellOf, codesOf, viewsOf } from './question-views.ts';
import { firstRecordIsSynthetic, loadAggregates, loadProgress } from './results-api.ts';
import { syntheticNotice } from './synthetic-notice.ts';
import type { AggregateReport, CountryCell, ItemAggregate, QuestionAggregate } from './types.ts';

interface ComparisonRow {
  label: string;
  country: string;
  asean: string;
  /** Percentages get bars; other figures do not. */
  countryPercent?: number;
  aseanPercent?: number;
}

function figures(item: ItemAggregate, cell: CountryCell | undefined) {
  if (!cell || cell.suppressed) return null;
  const rows = new Map<string, { text: string; percent?: number }>();
  for (const value of cell.values ?? [])
    rows.set(value.code, {
      text: `${formatPercent(value.percent)} (${value.count})`,
      percent: value.percent,
    });
  for (const rank of cell.ranks ?? [])
    rows.set(rank.code, { text: rank.n > 0 ? formatNumber(rank.meanRank) : '—' });
  if (cell.stats) {
    rows.set('__mean', { text: formatNumber(cell.stats.mean) });
    rows.set('__median', { text: formatNumber(cell.stats.median) });
  }
  if (item.measure === 'answered') rows.set('__answered', { text: formatNumber(cell.n ?? 0) });
  return rows;
}

function comparisonRows(
  item: ItemAggregate,
  countryCode: string,
  lang: string,
  minCellSize: number,
): ComparisonRow[] {
  const mine = figures(item, cellOf(item, countryCode));
  const all = figures(item, cellOf(item, aseanCode));
  const labels: Array<[string, string]> = codesOf(item).map((code) => [code.code, textIn(code.label, lang)]);
  if (item.measure === 'stats' || item.countries.some((cell) => cell.stats))
    labels.push(['__mean', 'Mean'], ['__median', 'Median']);
  if (item.measure === 'answered') labels.push(['__answered', 'Answered (n)']);
  const withheld = withheldText(minCellSize);
  return labels.map(([code, label]) => {
    const own = mine?.get(code);
    const total = all?.get(code);
    return {
      label,
      country: mine ? (own?.text ?? '—') : withheld,
      asean: all ? (total?.text ?? '—') : withheld,
      ...(own?.percent !== undefined ? { countryPercent: own.percent } : {}),
      ...(total?.percent !== undefined ? { aseanPercent: total.percent } : {}),
    };
  });
}

function bar(percent: number | undefined, tone: 'country' | 'asean'): HTMLElement | null {
  if (percent === undefined) return null;
  const fill = element('span', { class: `compare-bar__fill compare-bar__fill--${tone}` });
  fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return element('span', { class: 'compare-bar', 'aria-hidden': 'true' }, [fill]);
}

function comparisonTable(rows: ComparisonRow[], countryCode: string, caption: string): HTMLElement {
  const bars = rows.some((row) => row.countryPercent !== undefined || row.aseanPercent !== undefined);
  return element('table', { class: 'data-table compare-table' }, [
    element('caption', { class: 'visually-hidden' }, [caption]),
    element('thead', {}, [
      element('tr', {}, [
        element('th', { scope: 'col' }, ['Answer']),
        element('th', { scope: 'col' }, [countryName(countryCode)]),
        element('th', { scope: 'col' }, ['ASEAN total']),
        bars
          ? element('th', { scope: 'col' }, [element('span', { class: 'visually-hidden' }, ['Bars'])])
          : null,
      ]),
    ]),
    element(
      'tbody',
      {},
      rows.map((row) =>
        element('tr', {}, [
          element('th', { scope: 'row' }, [row.label]),
          element('td', { class: 'data-table__figure' }, [row.country]),
          element('td', { class: 'data-table__figure' }, [row.asean]),
          bars
            ? element('td', { class: 'compare-table__bars' }, [
                bar(row.countryPercent, 'country'),
                bar(row.aseanPercent, 'asean'),
              ])
            : null,
        ]),
      ),
    ),
  ]);
}

/** Matrices: one row per item, the country's and the ASEAN share for each answer side by side. */
function matrixTable(
  question: QuestionAggregate,
  countryCode: string,
  lang: string,
  minCellSize: number,
): HTMLElement {
  const codes = codesOf(question.items[0] as ItemAggregate);
  const short = countryCode;
  return element('div', { class: 'table-scroll' }, [
    element('table', { class: 'data-table compare-table compare-table--matrix' }, [
      element('caption', { class: 'visually-hidden' }, [
        `${textIn(question.title, lang)}: ${countryName(countryCode)} and ASEAN`,
      ]),
      element('thead', {}, [
        element('tr', {}, [
          element('th', { scope: 'col', rowspan: '2' }, ['Item']),
          ...codes.map((code) =>
            element('th', { scope: 'colgroup', colspan: '2' }, [textIn(code.label, lang)]),
          ),
        ]),
        element(
          'tr',
          {},
          codes.flatMap(() => [
            element('th', { scope: 'col' }, [short]),
            element('th', { scope: 'col' }, ['ASEAN']),
          ]),
        ),
      ]),
      element(
        'tbody',
        {},
        question.items.map((item) => {
          const mine = cellOf(item, countryCode);
          const all = cellOf(item, aseanCode);
          const share = (cell: CountryCell | undefined, code: string) =>
            !cell || cell.suppressed
              ? 'withheld'
              : formatPercent(cell.values?.find((value) => value.code === code)?.percent ?? 0);
          return element('tr', {}, [
            element('th', { scope: 'row' }, [textIn(item.label, lang) || item.item || '']),
            ...codes.flatMap((code) => [
              element('td', { class: 'data-table__figure' }, [share(mine, code.code)]),
              element('td', { class: 'data-table__figure compare-table__asean' }, [share(all, code.code)]),
            ]),
          ]);
        }),
      ),
    ]),
    element('p', { class: 'field__hint' }, [`"withheld": fewer than ${minCellSize} answers.`]),
  ]);
}

function questionBlock(
  question: QuestionAggregate,
  report: AggregateReport,
  countryCode: string,
  lang: string,
): HTMLElement {
  const title = textIn(question.title, lang);
  const base = question.base[countryCode];
  const views = viewsOf(question, lang);
  const grid = views[0]?.kind === 'grid' || views[0]?.kind === 'items';
  const body: Array<HTMLElement | null> = [];
  if (question.entries) {
    body.push(
      comparisonTable(
        [
          {
            label: 'Entries',
            country:
              question.entries[countryCode] === null || question.entries[countryCode] === undefined
                ? withheldText(report.minCellSize)
                : formatNumber(question.entries[countryCode] ?? 0),
            asean:
              question.entries[aseanCode] === null
                ? withheldText(report.minCellSize)
                : formatNumber(question.entries[aseanCode] ?? 0),
          },
        ],
        countryCode,
        `${title}: entries`,
      ),
    );
  }
  const only = question.items[0];
  if (question.items.length === 1 && only?.measure === 'answered') {
    const mine = cellOf(only, countryCode);
    const all = cellOf(only, aseanCode);
    const count = (cell: CountryCell | undefined) =>
      !cell || cell.suppressed ? withheldText(report.minCellSize) : formatNumber(cell.n ?? 0);
    body.push(
      element('p', { class: 'profile__answered' }, [
        `Text answers given: ${countryName(countryCode)} ${count(mine)} · ASEAN ${count(all)}.`,
      ]),
    );
  } else if (grid) body.push(matrixTable(question, countryCode, lang, report.minCellSize));
  else
    for (const item of question.items) {
      const label = question.items.length > 1 ? textIn(item.label, lang) || item.item : null;
      body.push(
        element('div', { class: 'profile__item' }, [
          label ? element('h4', { class: 'profile__item-title' }, [label]) : null,
          comparisonTable(
            comparisonRows(item, countryCode, lang, report.minCellSize),
            countryCode,
            `${title}${label ? ` — ${label}` : ''}`,
          ),
        ]),
      );
    }
  return element('div', { class: 'profile__question', 'data-question': question.question }, [
    element('h3', { class: 'profile__question-title' }, [title]),
    only?.measure === 'answered' && question.items.length === 1
      ? null
      : element('p', { class: 'question__base' }, [
          `Base: ${countryName(countryCode)} ${base === null || base === undefined ? withheldText(report.minCellSize) : base} · ASEAN ${question.base[aseanCode] ?? 'withheld'}`,
        ]),
    ...body,
  ]);
}

export function countryProfileView(context: DashboardContext, state: DashboardState): DashboardView {
  const countryCode = state.country ?? '';
  const name = countryName(countryCode);
  const survey = context.surveys.find((entry) => entry.slug === state.survey);
  const status = element('p', { class: 'dash-status', role: 'status', 'aria-live': 'polite' }, [
    'Loading the profile…',
  ]);
  const content = element('div', { class: 'profile__content', 'aria-busy': 'true' });
  const printButton = element('button', { type: 'button', class: 'button button--primary' }, ['Print']);
  printButton.addEventListener('click', () => window.print());
  const overview = context.href({ ...state, country: null });
  const root = element('article', { class: 'profile' }, [
    element('nav', { class: 'breadcrumb screen-only', 'aria-label': 'Breadcrumb' }, [
      element('a', { href: overview, 'data-route': '' }, ['Results dashboard']),
      ` › ${name}`,
    ]),
    element('header', { class: 'page-header profile__header' }, [
      element('h1', { class: 'page-header__title', id: 'view-title', tabindex: '-1' }, [
        `${name}: country profile`,
      ]),
      element('p', { class: 'page-header__lead' }, [survey?.title ?? state.survey]),
      element('p', { class: 'page-header__lead' }, [
        `${name} beside the ASEAN total (all member states within the filters${context.user.role === 'coordinator' ? ' and your access' : ''}). ${describeFilters({ ...state.filters, countries: [] })}.`,
      ]),
      element('div', { class: 'toolbar screen-only' }, [
        printButton,
        element('a', { href: overview, 'data-route': '', class: 'button button--secondary' }, [
          'Back to the dashboard',
        ]),
      ]),
    ]),
    status,
    content,
  ]);

  async function load(): Promise<void> {
    try {
      const [report, progress, synthetic] = await Promise.all([
        loadAggregates(state.survey, state.filters, { countries: false }),
        loadProgress(state.survey, state.filters),
        firstRecordIsSynthetic(state.survey, { ...state.filters, countries: [countryCode] }),
      ]);
      const lang = state.lang;
      const notice = syntheticNotice(synthetic, state.filters.synthetic);
      const rate = progress.find((row) => row.countryCode === countryCode);
      if (!report.countries.includes(countryCode)) {
        content.replaceChildren(
          element('p', { class: 'notice' }, [
            `There are no responses from ${name} within these filters${context.user.role === 'coordinator' ? ' and your member states' : ''}.`,
          ]),
        );
        status.textContent = '';
        content.setAttribute('aria-busy', 'false');
        return;
      }
      const pages = new Map<string, QuestionAggregate[]>();
      for (const question of report.questions) {
        const list = pages.get(question.page) ?? [];
        list.push(question);
        pages.set(question.page, list);
      }
      content.replaceChildren(
        ...(notice ? [notice] : []),
        element('p', { class: 'profile__key' }, [
          'Bars: ',
          element('span', { class: 'profile__swatch compare-bar__fill--country', 'aria-hidden': 'true' }),
          ` ${name}, `,
          element('span', { class: 'profile__swatch compare-bar__fill--asean', 'aria-hidden': 'true' }),
          ' ASEAN total (the figures are in the tables).',
        ]),
        element('dl', { class: 'profile__facts' }, [
          element('dt', {}, ['Invited']),
          element('dd', {}, [rate ? String(rate.invited) : '—']),
          element('dt', {}, ['Submitted']),
          element('dd', {}, [rate ? String(rate.submitted) : '—']),
          element('dt', {}, ['Response rate']),
          element('dd', {}, [
            rate?.responseRate !== null && rate?.responseRate !== undefined
              ? formatPercent(rate.responseRate)
              : '—',
          ]),
          element('dt', {}, ['Small cells']),
          element('dd', {}, [`withheld below ${report.minCellSize} responses`]),
        ]),
        ...[...pages].map(([page, questions], index) =>
          element('section', { class: 'profile__section', 'aria-labelledby': `page-${index}` }, [
            element('h2', { class: 'profile__section-title', id: `page-${index}` }, [
              `Part ${index + 1}: ${page.replaceAll('_', ' ')}`,
            ]),
            ...questions.map((question) => questionBlock(question, report, countryCode, lang)),
          ]),
        ),
      );
      status.textContent = `Profile of ${name} loaded.`;
      content.setAttribute('aria-busy', 'false');
      content.dataset.ready = 'true';
    } catch (error) {
      status.textContent = '';
      content.replaceChildren(
        element('p', { class: 'outcome outcome--error', role: 'alert' }, [
          `The profile could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        ]),
      );
    }
  }

  void load();
  return { root, destroy: () => {} };
}
