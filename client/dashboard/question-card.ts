/**
 * One question on the dashboard: its title in the display language, a comparative chart (or grid), the base per
 * country and the suppression notes, the data table (collapsible), and downloads of the chart (PNG) and of its
 * figures (CSV). Text questions show how many answered, and the texts on request.
 */
import type { Chart } from 'chart.js';
import { element } from '../shared/dom.ts';
import { chartImage, chartPlan, drawChart } from './charts.ts';
import { dataTable } from './data-table.ts';
import { csvText, fileName, saveFile, saveText } from './downloads.ts';
import { gridImage, gridLegend, gridTable } from './grid-view.ts';
import { aseanCode, countryName, textIn } from './labels.ts';
import {
  baseNotes,
  codesOf,
  csvColumns,
  csvRowsOf,
  type QuestionView,
  tableOf,
  viewsOf,
} from './question-views.ts';
import type { QuestionAggregate, TextAnswer } from './types.ts';

export interface CardContext {
  countries: readonly string[];
  minCellSize: number;
  lang: string;
  surveySlug: string;
  /** Lines under the title in a downloaded PNG: survey, filters, synthetic data. */
  subtitle: string[];
  loadTexts: (path: string) => Promise<TextAnswer[]>;
}

export interface QuestionCard {
  root: HTMLElement;
  destroy(): void;
}

const kindNames: Record<string, string> = {
  single_choice: 'single choice',
  multiple_choice: 'multiple choice',
  boolean: 'yes / no',
  rating: 'rating',
  ranking: 'ranking',
  number: 'number',
  text: 'text',
  matrix: 'matrix',
  matrix_dropdown: 'matrix',
  matrix_dynamic: 'table of entries',
  panel_dynamic: 'repeating entries',
  multiple_text: 'several texts',
};

let cardCounter = 0;

function labelledSelect(
  label: string,
  options: ReadonlyArray<{ value: string; label: string }>,
  selected: string,
  onChange: (value: string) => void,
): HTMLElement {
  cardCounter += 1;
  const id = `control-${cardCounter}`;
  const select = element(
    'select',
    { id, class: 'field__control' },
    options.map((option) => element('option', { value: option.value }, [option.label])),
  );
  select.value = selected;
  select.addEventListener('change', () => onChange(select.value));
  return element('div', { class: 'field field--inline' }, [
    element('label', { class: 'field__label', for: id }, [label]),
    select,
  ]);
}

function actionButton(label: string, onClick: () => void, attributes: Record<string, string> = {}) {
  const button = element('button', { type: 'button', class: 'button button--secondary', ...attributes }, [
    label,
  ]);
  button.addEventListener('click', onClick);
  return button;
}

export function questionCard(question: QuestionAggregate, context: CardContext): QuestionCard {
  const { countries, lang, minCellSize } = context;
  const title = textIn(question.title, lang);
  const views = viewsOf(question, lang);
  let view = views[0] as QuestionView;
  let scope = aseanCode;
  let gridCode = '';
  let chart: Chart<'bar'> | undefined;

  cardCounter += 1;
  const headingId = `q-${question.question}-title`;
  const figure = element('div', { class: 'question__figure' });
  const controls = element('div', { class: 'question__controls' });
  // Wide tables scroll sideways; the scrolling box takes the keyboard focus so it can be scrolled without a mouse.
  const tableSlot = element('div', {
    class: 'table-scroll',
    tabindex: '0',
    role: 'region',
    'aria-label': `Data table: ${title}`,
  });
  const details = element('details', { class: 'question__data' }, [
    element('summary', {}, ['Data table']),
    tableSlot,
  ]);
  const textsSlot = element('div', { class: 'question__texts', 'aria-live': 'polite' });
  const actions = element('div', { class: 'question__actions' });
  const notes = baseNotes(question, countries, minCellSize);
  const versions = question.versions ? ` · versions ${question.versions.join(', ')}` : '';

  const root = element(
    'article',
    {
      class: 'question panel',
      id: `q-${question.question}`,
      'data-question': question.question,
      'aria-labelledby': headingId,
    },
    [
      element('header', { class: 'question__header' }, [
        element('h3', { class: 'question__title', id: headingId }, [title]),
        element('p', { class: 'question__meta' }, [
          element('code', {}, [question.question]),
          ` · ${kindNames[question.kind] ?? question.kind}${versions}`,
        ]),
      ]),
      controls,
      figure,
      element('p', { class: 'question__base' }, [notes.base]),
      notes.withheld ? element('p', { class: 'question__note' }, [notes.withheld]) : null,
      notes.excluded ? element('p', { class: 'question__note' }, [notes.excluded]) : null,
      details,
      actions,
      textsSlot,
    ],
  );

  const viewCodes = () => (view.items[0] ? codesOf(view.items[0]) : []);
  const viewTitle = () => (view.label ? `${title} — ${view.label}` : title);
  const scopeNote = () =>
    view.kind === 'codes' || view.kind === 'ranks' || view.kind === 'items'
      ? [scope === aseanCode ? 'ASEAN total' : `${countryName(scope)} beside the ASEAN total`]
      : [];

  function downloadPng(): void {
    const subtitle = [...scopeNote(), ...context.subtitle];
    let image = '';
    if (chart)
      image = chartImage(
        { question, view, countries, lang, scope },
        figure.clientWidth || 1000,
        viewTitle(),
        subtitle,
      );
    else if (view.kind === 'grid') {
      const codeLabel = textIn(viewCodes().find((code) => code.code === gridCode)?.label, lang);
      image = gridImage(
        { items: view.items, countries, code: gridCode, codeLabel, lang, minCellSize },
        viewTitle(),
        subtitle,
      );
    }
    if (image) saveFile(`${fileName(context.surveySlug, question.question, view.key)}.png`, image);
  }

  function downloadCsv(): void {
    const text = csvText(csvRowsOf(question, countries, lang), csvColumns);
    saveText(`${fileName(context.surveySlug, question.question)}.csv`, text, 'text/csv;charset=utf-8');
  }

  async function showTexts(button: HTMLButtonElement, path: string): Promise<void> {
    button.disabled = true;
    textsSlot.replaceChildren(element('p', { class: 'loading' }, ['Loading the texts…']));
    try {
      const answers = await context.loadTexts(path);
      const rows = answers.map((answer) =>
        element('tr', {}, [
          element('td', {}, [countryName(answer.countryCode)]),
          element('td', {}, [answer.organisationName]),
          element('td', { class: 'question__text' }, [answer.text]),
        ]),
      );
      textsSlot.replaceChildren(
        element('div', { class: 'table-scroll question__texts-box' }, [
          element('table', { class: 'data-table' }, [
            element('caption', {}, [`Texts given (${answers.length}): ${viewTitle()}`]),
            element('thead', {}, [
              element('tr', {}, [
                element('th', { scope: 'col' }, ['Country']),
                element('th', { scope: 'col' }, ['Organisation']),
                element('th', { scope: 'col' }, ['Text']),
              ]),
            ]),
            element('tbody', {}, rows),
          ]),
        ]),
      );
    } catch (error) {
      textsSlot.replaceChildren(
        element('p', { class: 'outcome outcome--error' }, [
          `The texts could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        ]),
      );
    } finally {
      button.disabled = false;
    }
  }

  function drawControls(): void {
    const parts: HTMLElement[] = [];
    if (views.length > 1)
      parts.push(
        labelledSelect(
          question.entries ? 'Show' : 'Item',
          views.map((option) => ({ value: option.key, label: option.label })),
          view.key,
          (value) => {
            view = views.find((option) => option.key === value) ?? view;
            render();
          },
        ),
      );
    // Views of one scope: ASEAN alone, or one member state (beside ASEAN, or instead of it for matrix rows).
    const scopeSelect = (label: string, aseanLabel: string) =>
      labelledSelect(
        label,
        [
          { value: aseanCode, label: aseanLabel },
          ...countries
            .filter((code) => code !== aseanCode)
            .map((code) => ({ value: code, label: countryName(code) })),
        ],
        scope,
        (value) => {
          scope = value;
          render();
        },
      );
    if (view.kind === 'codes' || view.kind === 'ranks')
      parts.push(scopeSelect('Beside ASEAN', 'ASEAN total only'));
    if (view.kind === 'items') parts.push(scopeSelect('For', 'ASEAN total'));
    if (view.kind === 'grid') {
      const codes = viewCodes();
      if (!codes.some((code) => code.code === gridCode)) gridCode = codes[0]?.code ?? '';
      parts.push(
        labelledSelect(
          'Cells show the share answering',
          codes.map((code) => ({ value: code.code, label: textIn(code.label, lang) })),
          gridCode,
          (value) => {
            gridCode = value;
            render();
          },
        ),
      );
    }
    controls.replaceChildren(...parts);
    controls.hidden = parts.length === 0;
  }

  function drawFigure(): void {
    chart?.destroy();
    chart = undefined;
    if (view.kind === 'grid') {
      const codes = viewCodes();
      const codeLabel = textIn(codes.find((code) => code.code === gridCode)?.label, lang);
      figure.replaceChildren(
        element(
          'div',
          { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': `Grid: ${title}` },
          [
            gridTable(
              { items: view.items, countries, code: gridCode, codeLabel, lang, minCellSize },
              `Share answering "${codeLabel}", by item and country (count/base in small print)`,
            ),
          ],
        ),
        gridLegend(minCellSize),
      );
      return;
    }
    if (view.kind === 'answered') {
      const answered = (view.items[0]?.countries ?? []).find((cell) => cell.countryCode === aseanCode);
      figure.replaceChildren(
        element('p', { class: 'question__answered' }, [
          answered && !answered.suppressed
            ? `Answered by ${answered.n} respondents in the countries shown. The counts per country are in the data table; the texts themselves are behind "Show texts".`
            : `Too few answers to show (fewer than ${minCellSize}).`,
        ]),
      );
      return;
    }
    const plan = chartPlan({ question, view, countries, lang, scope });
    if (!plan) {
      figure.replaceChildren();
      return;
    }
    const canvas = element('canvas', {
      role: 'img',
      'aria-label': `Chart: ${viewTitle()}. The figures are in the data table below.`,
    });
    const box = element('div', { class: 'chart-box chart-box--question' }, [canvas]);
    box.style.height = `${plan.height}px`;
    figure.replaceChildren(box);
    chart = drawChart(canvas, plan);
  }

  function drawTable(): void {
    const model = tableOf(question, view, countries, minCellSize, lang);
    tableSlot.replaceChildren(dataTable(model, `Figures: ${viewTitle()}`));
    if (model.note) tableSlot.append(element('p', { class: 'field__hint' }, [model.note]));
  }

  function drawActions(): void {
    const buttons: HTMLElement[] = [];
    if (view.kind !== 'answered')
      buttons.push(
        actionButton('Download PNG', downloadPng, {
          'data-action': 'png',
          'aria-label': `Download PNG: ${viewTitle()}`,
        }),
      );
    buttons.push(
      actionButton('Download CSV', downloadCsv, {
        'data-action': 'csv',
        'aria-label': `Download CSV: ${title}`,
      }),
    );
    const item = view.items[0];
    if (view.kind === 'answered' && item && item.kind === 'text') {
      const path = item.item && question.entries ? `${question.question}.${item.item}` : question.question;
      if (!item.item || question.entries) {
        const button = actionButton('Show texts', () => void showTexts(button, path), {
          'data-action': 'texts',
        });
        buttons.push(button);
      }
    }
    actions.replaceChildren(...buttons);
  }

  function render(): void {
    textsSlot.replaceChildren();
    drawControls();
    drawFigure();
    drawTable();
    drawActions();
  }

  render();
  return {
    root,
    destroy: () => {
      chart?.destroy();
      chart = undefined;
    },
  };
}
