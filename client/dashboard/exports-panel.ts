/**
 * The four CSV exports of the server (wide, long, codebook, country comparison) as links that carry the current
 * filters, with labels instead of codes (in the display language) and a byte-order mark for Excel on request.
 */
import { element } from '../shared/dom.ts';
import { type Filters, filterQuery, withParams } from './filters.ts';

const formats = [
  { format: 'wide', label: 'Wide', hint: 'one row per response, one column per variable' },
  { format: 'long', label: 'Long', hint: 'one row per answer' },
  { format: 'codebook', label: 'Codebook', hint: 'variables, texts and codes' },
  {
    format: 'countries',
    label: 'Country comparison',
    hint: 'the figures behind the charts, withheld cells marked',
  },
] as const;

export function exportsPanel(surveySlug: string, filters: Filters, lang: string): HTMLElement {
  const labels = element('input', { type: 'checkbox', id: 'export-labels' });
  const bom = element('input', { type: 'checkbox', id: 'export-bom' });
  const links = formats.map(({ format, label }) =>
    element('a', { class: 'button button--secondary', 'data-export': format, download: '' }, [
      `${label} (CSV)`,
    ]),
  );
  const update = () => {
    const query: Record<string, string> = { ...filterQuery(filters) };
    if (labels.checked) {
      query.labels = 'true';
      if (lang !== 'en') query.locale = lang;
    }
    if (bom.checked) query.bom = 'true';
    links.forEach((link, index) => {
      const format = formats[index]?.format ?? 'wide';
      link.href = withParams(`/api/exports/${encodeURIComponent(surveySlug)}/${format}`, query);
    });
  };
  labels.addEventListener('change', update);
  bom.addEventListener('change', update);
  update();
  return element('div', { class: 'exports' }, [
    element('div', { class: 'exports__options' }, [
      element('label', { class: 'checkbox', for: 'export-labels' }, [
        labels,
        'Labels instead of codes (in the display language)',
      ]),
      element('label', { class: 'checkbox', for: 'export-bom' }, [bom, 'For Excel (UTF-8 byte-order mark)']),
    ]),
    element(
      'ul',
      { class: 'exports__list' },
      links.map((link, index) =>
        element('li', {}, [link, element('span', { class: 'field__hint' }, [formats[index]?.hint ?? ''])]),
      ),
    ),
    element('p', { class: 'field__hint' }, [
      'The files follow the filters above. Cells that a spreadsheet would read as a formula start with an apostrophe.',
    ]),
  ]);
}
