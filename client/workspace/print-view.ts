/**
 * A questionnaire on paper, for circulating inside a ministry: every page and question in order, numbered, with
 * what kind of answer is expected, empty boxes for the choices, blank lines for text and a grid for each matrix,
 * in one language. Built from the version's codebook, so it shows exactly the variables the data will have.
 */
import { element } from '../shared/dom.ts';
import { languageSelect } from './language-select.ts';
import { type PrintStrings, printStringsFor } from './print-strings.ts';
import { codebookLocales, fetchCodebook, fetchVersion, textIn } from './survey-versions.ts';
import type { CodebookCode, CodebookVariable, LocalizedText } from './types.ts';
import { button, pageHeader } from './ui.ts';
import { routeHash, type ViewFactory } from './view.ts';

type Box = 'circle' | 'square';

function choiceList(codes: readonly CodebookCode[], box: Box, locale: string): HTMLElement {
  return element(
    'ul',
    { class: `print-choices print-choices--${box}` },
    codes.map((code) =>
      element(
        'li',
        { class: code.special === 'other' ? 'print-choice print-choice--other' : 'print-choice' },
        [
          element('span', { class: `print-box print-box--${box}`, 'aria-hidden': 'true' }),
          element('span', {}, [textIn(code.label, locale)]),
          code.special === 'other' ? element('span', { class: 'print-line print-line--inline' }) : null,
        ],
      ),
    ),
  );
}

function blankLines(count: number): HTMLElement {
  return element(
    'div',
    { class: 'print-lines' },
    Array.from({ length: count }, () => element('span', { class: 'print-line' })),
  );
}

function gridTable(
  columns: readonly string[],
  rows: readonly string[],
  cell: () => Node | null,
  caption: string,
  extraClass = '',
): HTMLElement {
  return element('table', { class: `print-grid ${extraClass}`.trim() }, [
    element('caption', { class: 'visually-hidden' }, [caption]),
    element('thead', {}, [
      element('tr', {}, [
        element('td', { class: 'print-cell' }),
        ...columns.map((column) => element('th', { scope: 'col', class: 'print-cell' }, [column])),
      ]),
    ]),
    element(
      'tbody',
      {},
      rows.map((row) =>
        element('tr', {}, [
          element('th', { scope: 'row', class: 'print-cell print-cell--row' }, [row]),
          ...columns.map(() => element('td', { class: 'print-cell' }, [cell()])),
        ]),
      ),
    ),
  ]);
}

function answerArea(variable: CodebookVariable, locale: string, words: PrintStrings): Array<Node | null> {
  const title = (text: LocalizedText) => textIn(text, locale);
  const labels = (codes: readonly CodebookCode[]) => codes.map((code) => title(code.label));
  const circle = () => element('span', { class: 'print-box print-box--circle', 'aria-hidden': 'true' });
  switch (variable.kind) {
    case 'single_choice':
    case 'boolean':
    case 'rating':
      return [hint(words.chooseOne), choiceList(variable.choices, 'circle', locale)];
    case 'multiple_choice':
      return [hint(words.chooseAll), choiceList(variable.choices, 'square', locale)];
    case 'ranking':
      return [hint(words.rankOrder), choiceList(variable.choices, 'square', locale)];
    case 'number':
      return [hint(words.writeNumber), element('span', { class: 'print-line print-line--short' })];
    case 'text':
      return [hint(words.writeAnswer), blankLines(variable.questionType === 'comment' ? 4 : 1)];
    case 'matrix':
      return [
        hint(words.onePerRow),
        gridTable(labels(variable.choices), labels(variable.rows), circle, title(variable.title)),
      ];
    case 'matrix_dropdown':
      return [
        gridTable(
          variable.columns.map((column) => title(column.title)),
          labels(variable.rows),
          () => null,
          title(variable.title),
        ),
      ];
    case 'multiple_text':
      return [
        element(
          'dl',
          { class: 'print-fields' },
          variable.columns.flatMap((column) => [
            element('dt', {}, [title(column.title)]),
            element('dd', {}, [element('span', { class: 'print-line' })]),
          ]),
        ),
      ];
    case 'matrix_dynamic':
    case 'panel_dynamic': {
      const columns =
        variable.kind === 'panel_dynamic'
          ? variable.fields.map((fieldVariable) => title(fieldVariable.title))
          : variable.columns.map((column) => title(column.title));
      return [hint(words.repeat), gridTable(columns, ['1', '2', '3'], () => null, title(variable.title))];
    }
    default:
      return [hint(words.writeAnswer), blankLines(2)];
  }
}

function hint(text: string): HTMLElement {
  return element('p', { class: 'print-question__hint' }, [text]);
}

function questionBlock(
  variable: CodebookVariable,
  number: number,
  locale: string,
  words: PrintStrings,
): HTMLElement {
  return element('li', { class: 'print-question', value: String(number), 'data-question': variable.name }, [
    element('p', { class: 'print-question__title' }, [
      element('span', { class: 'print-question__number' }, [`${number}.`]),
      ' ',
      textIn(variable.title, locale),
      variable.isRequired ? element('span', { class: 'print-question__required' }, [' *']) : null,
      element('span', { class: 'print-question__code' }, [variable.name]),
    ]),
    variable.invitationField
      ? element('p', { class: 'print-question__hint print-question__from-invitation' }, [
          variable.invitationField.editable ? words.fromInvitationEditable : words.fromInvitationFixed,
        ])
      : null,
    ...answerArea(variable, locale, words),
  ]);
}

interface PageInfo {
  title?: LocalizedText | string;
  description?: LocalizedText | string;
  name?: string;
}

export const printView: ViewFactory = async (context, route) => {
  const slug = route.path[1] ?? '';
  const versionNumber = route.path[3] ?? '';
  const [detail, variables] = await Promise.all([
    fetchVersion(slug, versionNumber),
    fetchCodebook(slug, versionNumber),
  ]);
  const locales = codebookLocales(variables);
  const wanted = route.query.get('locale');
  const locale = wanted && locales.includes(wanted) ? wanted : 'en';
  const words = printStringsFor(locale);
  const definition = detail.definition as {
    title?: LocalizedText | string;
    description?: LocalizedText | string;
    pages?: PageInfo[];
  };
  const pages = definition.pages ?? [];

  let number = 0;
  const pageSections = pages.map((page, pageIndex) => {
    const questions = variables.filter((variable) => variable.pageIndex === pageIndex);
    const title = textIn(page.title, locale) || page.name || `${pageIndex + 1}`;
    const description = textIn(page.description, locale);
    return element('section', { class: 'print-page' }, [
      element('h2', { class: 'print-page__title' }, [title]),
      description ? element('p', { class: 'print-page__description' }, [description]) : null,
      element(
        'ol',
        { class: 'print-questions' },
        questions.map((variable) => {
          number += 1;
          return questionBlock(variable, number, locale, words);
        }),
      ),
    ]);
  });

  const sheet = element('article', { class: 'print-sheet', lang: locale }, [
    element('header', { class: 'print-sheet__header' }, [
      element('p', { class: 'print-sheet__title' }, [textIn(definition.title, locale) || detail.title]),
      textIn(definition.description, locale)
        ? element('p', { class: 'print-sheet__description' }, [textIn(definition.description, locale)])
        : null,
      element('p', { class: 'print-sheet__meta' }, [
        `${slug} · version ${detail.version} · ${words.required}`,
      ]),
      element(
        'dl',
        { class: 'print-fields print-fields--respondent' },
        [words.organisation, words.respondent, words.date].flatMap((label) => [
          element('dt', {}, [label]),
          element('dd', {}, [element('span', { class: 'print-line' })]),
        ]),
      ),
    ]),
    ...pageSections,
  ]);

  const root = element('div', { class: 'view print-view' }, [
    element('div', { class: 'screen-only' }, [
      element('p', { class: 'breadcrumb' }, [
        element('a', { href: '#/surveys' }, ['Surveys']),
        ' / ',
        element('a', { href: routeHash(['surveys', slug]) }, [slug]),
        ` / version ${detail.version}`,
      ]),
      pageHeader(
        `Print view: ${detail.title}`,
        element('p', { class: 'page-header__lead' }, [
          'The questionnaire on paper, in one language. The instructions next to each question are draft translations in languages other than English.',
        ]),
      ),
      element('div', { class: 'toolbar' }, [
        languageSelect(locales, locale, (next) =>
          context.navigate(
            routeHash(['surveys', slug, 'versions', versionNumber, 'print'], { locale: next }),
          ),
        ),
        button('Print', () => window.print(), 'primary'),
      ]),
    ]),
    sheet,
  ]);
  return { root, title: `Print view: ${detail.title}` };
};
