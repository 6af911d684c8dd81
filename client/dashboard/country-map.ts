/**
 * A schematic tile map of the 11 member states, placed roughly where they lie, coloured by an indicator the
 * analyst picks: the response rate, the share giving one answer to a question, or the mean of a number. Drawn as
 * inline SVG (no map tiles, no remote fonts). Each tile prints its value, so colour is never the only carrier;
 * withheld countries are hatched and countries without data are grey, and the legend says so.
 */
import { element } from '../shared/dom.ts';
import { memberStates } from '../workspace/member-states.ts';
import type { CountryProgress } from '../workspace/types.ts';
import { formatNumber, formatPercent, textIn } from './labels.ts';
import { classOf, sequential, sequentialInk } from './palette.ts';
import { cellOf, codesOf } from './question-views.ts';
import type { AggregateReport, ItemAggregate } from './types.ts';

/** Column and row of each tile: the mainland in the north-west, the islands to the south and east. */
const tilePositions: Record<string, [number, number]> = {
  MM: [0, 0],
  LA: [1, 0],
  VN: [2, 0],
  TH: [1, 1],
  KH: [2, 1],
  PH: [4, 1],
  MY: [1, 2],
  BN: [3, 2],
  SG: [1, 3],
  ID: [2, 3],
  TL: [3, 3],
};

const shortNames: Record<string, string> = { BN: 'Brunei', LA: 'Lao PDR' };

interface MapValue {
  /** null: withheld; undefined: no data. */
  value: number | null | undefined;
  text: string;
}

interface Indicator {
  label: string;
  percent: boolean;
  valueOf: (countryCode: string) => MapValue;
}

const svgNs = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  children: Array<SVGElement | string> = [],
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

function itemOptions(report: AggregateReport, questionName: string, lang: string) {
  const question = report.questions.find((entry) => entry.question === questionName);
  if (!question) return [];
  const options: Array<{ value: string; label: string }> = [];
  question.items.forEach((item, index) => {
    const prefix = question.items.length > 1 ? `${textIn(item.label, lang) || item.item} — ` : '';
    if (item.measure === 'stats') {
      options.push({ value: `${index}:mean`, label: `${prefix}Mean` });
      options.push({ value: `${index}:median`, label: `${prefix}Median` });
    } else if (item.measure === 'distribution' || item.measure === 'share')
      for (const code of codesOf(item))
        options.push({ value: `${index}:${code.code}`, label: `${prefix}${textIn(code.label, lang)}` });
  });
  return options;
}

function mappable(item: ItemAggregate): boolean {
  return item.measure === 'distribution' || item.measure === 'share' || item.measure === 'stats';
}

export interface MapPanel {
  root: HTMLElement;
}

export function mapPanel(
  report: AggregateReport,
  progress: readonly CountryProgress[],
  lang: string,
  profileHref: (countryCode: string) => string,
): MapPanel {
  const questionSelect = element('select', { id: 'map-question', class: 'field__control' }, [
    element('option', { value: 'rate' }, ['Response rate (submitted of invited)']),
    ...report.questions
      .filter((question) => !question.entries && question.items.some(mappable))
      .map((question) =>
        element('option', { value: question.question }, [
          `${textIn(question.title, lang).slice(0, 90)} (${question.question})`,
        ]),
      ),
  ]);
  const answerSelect = element('select', { id: 'map-answer', class: 'field__control' });
  const answerField = element('div', { class: 'field' }, [
    element('label', { class: 'field__label', for: 'map-answer' }, ['Answer']),
    answerSelect,
  ]);
  const figure = element('div', { class: 'map__figure' });
  const legend = element('div', { class: 'map__legend' });
  const tableSlot = element('div', { class: 'table-scroll' });

  function indicator(): Indicator {
    if (questionSelect.value === 'rate') {
      const byCode = new Map(progress.map((row) => [row.countryCode, row]));
      return {
        label: 'Response rate (submitted of invited)',
        percent: true,
        valueOf: (code) => {
          const row = byCode.get(code);
          if (!row || row.responseRate === null) return { value: undefined, text: 'no data' };
          return { value: row.responseRate, text: formatPercent(row.responseRate) };
        },
      };
    }
    const question = report.questions.find((entry) => entry.question === questionSelect.value);
    const [indexText, code] = answerSelect.value.split(/:(.*)/s);
    const item = question?.items[Number(indexText)];
    if (!question || !item || code === undefined)
      return { label: '', percent: true, valueOf: () => ({ value: undefined, text: 'no data' }) };
    const answerLabel = answerSelect.selectedOptions[0]?.textContent ?? code;
    const stats = code === 'mean' || code === 'median';
    return {
      label: `${textIn(question.title, lang)} — ${stats ? answerLabel : `share answering "${answerLabel}"`}`,
      percent: !stats,
      valueOf: (countryCode) => {
        if (!report.countries.includes(countryCode)) return { value: undefined, text: 'no data' };
        const cell = cellOf(item, countryCode);
        if (!cell || cell.suppressed) return { value: null, text: 'withheld' };
        if (stats) {
          const value = cell.stats?.[code as 'mean' | 'median'];
          return value === undefined
            ? { value: undefined, text: 'no data' }
            : { value, text: formatNumber(value) };
        }
        const percent = cell.values?.find((entry) => entry.code === code)?.percent ?? 0;
        return { value: percent, text: formatPercent(percent) };
      },
    };
  }

  function draw(): void {
    const current = indicator();
    const values = memberStates.map((state) => ({ state, ...current.valueOf(state.code) }));
    const numbers = values
      .map((entry) => entry.value)
      .filter((value): value is number => typeof value === 'number');
    const min = current.percent ? 0 : Math.min(...numbers, 0);
    const max = current.percent ? 100 : Math.max(...numbers, 1);
    const tileWidth = 118;
    const tileHeight = 86;
    const gap = 10;
    const pattern = svg(
      'pattern',
      {
        id: 'map-hatch',
        width: 8,
        height: 8,
        patternUnits: 'userSpaceOnUse',
        patternTransform: 'rotate(45)',
      },
      [
        svg('rect', { width: 8, height: 8, fill: '#eceef1' }),
        svg('line', { x1: 0, y1: 0, x2: 0, y2: 8, stroke: '#8a94a3', 'stroke-width': 3 }),
      ],
    );
    const tiles = values.map(({ state, value, text }) => {
      const [column, row] = tilePositions[state.code] ?? [0, 4];
      const x = column * (tileWidth + gap);
      const y = row * (tileHeight + gap);
      const shade = typeof value === 'number' ? classOf(value, min, max) : -1;
      const fill =
        shade >= 0 ? (sequential[shade] ?? '#ffffff') : value === null ? 'url(#map-hatch)' : '#f3f5f8';
      const ink = shade >= 0 ? (sequentialInk[shade] ?? '#1b1f24') : '#1b1f24';
      // The tile's three lines, centred; on a withheld tile's white panel they are dark whatever the shade.
      const line = (offset: number, className: string, content: string) =>
        svg(
          'text',
          {
            x: x + tileWidth / 2,
            y: y + offset,
            'text-anchor': 'middle',
            class: className,
            fill: value === null ? '#1b1f24' : ink,
          },
          [content],
        );
      return svg('g', { class: 'map__tile', 'data-country': state.code }, [
        svg('rect', {
          x,
          y,
          width: tileWidth,
          height: tileHeight,
          rx: 6,
          fill,
          stroke: value === undefined ? '#6b7685' : '#ffffff',
          'stroke-width': value === undefined ? 1 : 2,
          ...(value === undefined ? { 'stroke-dasharray': '4 3' } : {}),
        }),
        ...(value === null
          ? [
              svg('rect', {
                x: x + 8,
                y: y + 8,
                width: tileWidth - 16,
                height: tileHeight - 16,
                rx: 4,
                fill: '#ffffff',
                opacity: 0.85,
              }),
            ]
          : []),
        line(26, 'map__code', state.code),
        line(46, 'map__name', shortNames[state.code] ?? state.name),
        line(70, 'map__value', text),
      ]);
    });
    const width = 5 * (tileWidth + gap) - gap;
    const height = 4 * (tileHeight + gap) - gap;
    const summary = values.map(({ state, text }) => `${state.name}: ${text}`).join('; ');
    figure.replaceChildren(
      svg(
        'svg',
        {
          viewBox: `0 0 ${width} ${height}`,
          class: 'map__svg',
          role: 'img',
          'aria-label': `Schematic map, ${current.label}. ${summary}.`,
        },
        [svg('defs', {}, [pattern]), ...tiles],
      ),
    );
    const step = (max - min) / sequential.length;
    const format = (value: number) =>
      current.percent ? `${Math.round(value)}%` : formatNumber(Math.round(value * 10) / 10);
    legend.replaceChildren(
      element('p', { class: 'map__legend-title' }, [current.label]),
      element('ul', { class: 'legend', 'aria-label': 'Map legend' }, [
        ...sequential.map((_, index) =>
          element('li', { class: 'legend__step' }, [
            element('span', { class: `legend__swatch grid__cell--${index}`, 'aria-hidden': 'true' }),
            `${format(min + index * step)} – ${format(min + (index + 1) * step)}`,
          ]),
        ),
        element('li', { class: 'legend__step' }, [
          element('span', { class: 'legend__swatch grid__cell--withheld', 'aria-hidden': 'true' }),
          `withheld (fewer than ${report.minCellSize} responses)`,
        ]),
        element('li', { class: 'legend__step' }, [
          element('span', { class: 'legend__swatch legend__swatch--none', 'aria-hidden': 'true' }),
          'no data (no responses, not invited, or outside your member states)',
        ]),
      ]),
    );
    tableSlot.replaceChildren(
      element('table', { class: 'data-table data-table--figures' }, [
        element('caption', {}, [`Values on the map: ${current.label}`]),
        element('thead', {}, [
          element('tr', {}, [
            element('th', { scope: 'col' }, ['Member state']),
            element('th', { scope: 'col' }, ['Value']),
          ]),
        ]),
        element(
          'tbody',
          {},
          values.map(({ state, text }) =>
            element('tr', { 'data-country': state.code }, [
              element('th', { scope: 'row' }, [
                report.countries.includes(state.code)
                  ? element('a', { href: profileHref(state.code), 'data-route': '' }, [state.name])
                  : state.name,
              ]),
              element('td', {}, [text]),
            ]),
          ),
        ),
      ]),
    );
  }

  function fillAnswers(): void {
    const options = questionSelect.value === 'rate' ? [] : itemOptions(report, questionSelect.value, lang);
    answerSelect.replaceChildren(
      ...options.map((option) => element('option', { value: option.value }, [option.label])),
    );
    answerField.hidden = options.length === 0;
  }

  questionSelect.addEventListener('change', () => {
    fillAnswers();
    draw();
  });
  answerSelect.addEventListener('change', draw);
  fillAnswers();
  draw();

  const root = element('div', { class: 'map' }, [
    element('div', { class: 'toolbar' }, [
      element('div', { class: 'field field--wide' }, [
        element('label', { class: 'field__label', for: 'map-question' }, ['Colour the map by']),
        questionSelect,
      ]),
      answerField,
    ]),
    element('div', { class: 'map__body' }, [figure, legend]),
    element('p', { class: 'field__hint' }, [
      'Schematic: each member state is a tile placed roughly where it lies; sizes and borders are not to scale. ',
      `The ASEAN total is not on the map.`,
    ]),
    element('details', { class: 'question__data' }, [element('summary', {}, ['Data table']), tableSlot]),
  ]);
  return { root };
}
