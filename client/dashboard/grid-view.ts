/**
 * The country × item grid for batteries such as "which policy instruments exist": a table with one row per item
 * and one column per country, each cell giving the share choosing one answer (picked by the analyst) as text and
 * as a shade. Withheld cells are hatched and say so. The same grid can be drawn onto a canvas for a PNG.
 */
import { element } from '../shared/dom.ts';
import { aseanCode, countryName, formatPercent, textIn } from './labels.ts';
import { classOf, sequential, sequentialInk } from './palette.ts';
import { cellOf, scopeCodes } from './question-views.ts';
import type { ItemAggregate } from './types.ts';

export interface GridInput {
  items: ItemAggregate[];
  countries: readonly string[];
  code: string;
  codeLabel: string;
  lang: string;
  minCellSize: number;
}

interface GridCell {
  withheld: boolean;
  percent: number | null;
  count: number | null;
  n: number | null;
}

function gridCell(item: ItemAggregate, countryCode: string, code: string): GridCell {
  const cell = cellOf(item, countryCode);
  if (!cell || cell.suppressed) return { withheld: true, percent: null, count: null, n: null };
  const value = cell.values?.find((entry) => entry.code === code);
  return { withheld: false, percent: value?.percent ?? 0, count: value?.count ?? 0, n: cell.n };
}

export function gridTable(input: GridInput, caption: string): HTMLTableElement {
  const scopes = scopeCodes(input.countries);
  const head = element('tr', {}, [
    element('th', { scope: 'col' }, ['Item']),
    ...scopes.map((code) =>
      element('th', { scope: 'col', class: 'grid__country', title: countryName(code) }, [
        code === aseanCode ? 'ASEAN' : code,
      ]),
    ),
  ]);
  const rows = input.items.map((item) =>
    element('tr', {}, [
      element('th', { scope: 'row', class: 'grid__item' }, [
        textIn(item.label, input.lang) || item.item || '',
      ]),
      ...scopes.map((countryCode) => {
        const cell = gridCell(item, countryCode, input.code);
        if (cell.withheld)
          return element('td', { class: 'grid__cell grid__cell--withheld' }, [
            element('span', { class: 'visually-hidden' }, [`${countryName(countryCode)}: `]),
            'withheld',
          ]);
        const shade = classOf(cell.percent ?? 0, 0, 100);
        const td = element('td', { class: `grid__cell grid__cell--${shade}` }, [
          element('span', { class: 'visually-hidden' }, [`${countryName(countryCode)}: `]),
          element('span', { class: 'grid__value' }, [formatPercent(cell.percent ?? 0)]),
          element('span', { class: 'grid__count' }, [`${cell.count}/${cell.n}`]),
        ]);
        return td;
      }),
    ]),
  );
  return element('table', { class: 'grid' }, [
    element('caption', {}, [caption]),
    element('thead', {}, [head]),
    element('tbody', {}, rows),
  ]);
}

export function gridLegend(minCellSize: number): HTMLElement {
  const steps = sequential.map((_, index) =>
    element('li', { class: 'legend__step' }, [
      element('span', { class: `legend__swatch grid__cell--${index}`, 'aria-hidden': 'true' }),
      `${index * 20}–${index === 4 ? 100 : index * 20 + 19.9}%`,
    ]),
  );
  return element('ul', { class: 'legend', 'aria-label': 'Shading of the grid' }, [
    ...steps,
    element('li', { class: 'legend__step' }, [
      element('span', { class: 'legend__swatch grid__cell--withheld', 'aria-hidden': 'true' }),
      `withheld (fewer than ${minCellSize} responses)`,
    ]),
  ]);
}

/** The grid drawn onto a white canvas, with the title and notes, for the PNG download. */
export function gridImage(input: GridInput, title: string, subtitle: string[]): string {
  const scopes = scopeCodes(input.countries);
  const font =
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Thai", Arial, sans-serif';
  const scale = 2;
  const labelWidth = 320;
  const cellWidth = 64;
  const rowHeight = 34;
  const width = Math.max(640, labelWidth + scopes.length * cellWidth + 24);
  const measure = document.createElement('canvas').getContext('2d');
  const titleLines: string[] = [];
  if (measure) {
    measure.font = `bold 15px ${font}`;
    let line = '';
    for (const word of title.split(' ')) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure.measureText(candidate).width > width - 24) {
        titleLines.push(line);
        line = word;
      } else line = candidate;
    }
    if (line) titleLines.push(line);
  } else titleLines.push(title);
  const titleHeight = titleLines.length * 20;
  const top = 24 + titleHeight + subtitle.length * 18 + 34;
  const height = top + input.items.length * rowHeight + 60;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext('2d');
  if (!ctx) return '';
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#1b1f24';
  ctx.font = `bold 15px ${font}`;
  titleLines.forEach((line, index) => {
    ctx.fillText(line, 12, 24 + index * 20);
  });
  ctx.font = `12px ${font}`;
  subtitle.forEach((line, index) => {
    ctx.fillText(line, 12, 24 + titleHeight + index * 18);
  });
  ctx.font = `bold 12px ${font}`;
  ctx.textAlign = 'center';
  scopes.forEach((code, index) => {
    ctx.fillText(
      code === aseanCode ? 'ASEAN' : code,
      labelWidth + index * cellWidth + cellWidth / 2,
      top - 10,
    );
  });
  input.items.forEach((item, row) => {
    const y = top + row * rowHeight;
    ctx.textAlign = 'left';
    ctx.fillStyle = '#1b1f24';
    ctx.font = `12px ${font}`;
    const label = textIn(item.label, input.lang) || item.item || '';
    ctx.fillText(label.length > 48 ? `${label.slice(0, 47)}…` : label, 12, y + rowHeight / 2 + 4);
    scopes.forEach((countryCode, column) => {
      const x = labelWidth + column * cellWidth;
      const cell = gridCell(item, countryCode, input.code);
      ctx.textAlign = 'center';
      if (cell.withheld) {
        ctx.fillStyle = '#eceef1';
        ctx.fillRect(x + 1, y + 1, cellWidth - 2, rowHeight - 2);
        ctx.save();
        ctx.beginPath();
        ctx.rect(x + 1, y + 1, cellWidth - 2, rowHeight - 2);
        ctx.clip();
        ctx.strokeStyle = '#8a94a3';
        ctx.beginPath();
        for (let offset = -rowHeight; offset < cellWidth; offset += 8) {
          ctx.moveTo(x + offset, y + rowHeight);
          ctx.lineTo(x + offset + rowHeight, y);
        }
        ctx.stroke();
        ctx.restore();
        ctx.fillStyle = '#1b1f24';
        ctx.font = `11px ${font}`;
        ctx.fillText('withheld', x + cellWidth / 2, y + rowHeight / 2 + 4);
        return;
      }
      const shade = classOf(cell.percent ?? 0, 0, 100);
      ctx.fillStyle = sequential[shade] ?? '#ffffff';
      ctx.fillRect(x + 1, y + 1, cellWidth - 2, rowHeight - 2);
      ctx.fillStyle = sequentialInk[shade] ?? '#1b1f24';
      ctx.font = `bold 12px ${font}`;
      ctx.fillText(formatPercent(cell.percent ?? 0), x + cellWidth / 2, y + rowHeight / 2 + 4);
    });
  });
  ctx.textAlign = 'left';
  ctx.fillStyle = '#4a5361';
  ctx.font = `12px ${font}`;
  ctx.fillText(
    `Cells: share answering "${input.codeLabel}". Hatched: withheld (fewer than ${input.minCellSize} responses).`,
    12,
    top + input.items.length * rowHeight + 28,
  );
  return canvas.toDataURL('image/png');
}
