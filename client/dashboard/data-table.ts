/** A view's figures as an accessible table: a caption, column headers, a row header per country. */
import { element } from '../shared/dom.ts';
import type { TableModel } from './question-views.ts';

export function dataTable(model: TableModel, caption: string): HTMLTableElement {
  const span = model.columns.length;
  const head = element('thead', {}, [
    element('tr', {}, [
      element('th', { scope: 'col' }, ['Country']),
      ...model.columns.map((column) =>
        element('th', { scope: 'col', class: 'data-table__heading' }, [column]),
      ),
    ]),
  ]);
  const bodies = model.groups.map((group) =>
    element('tbody', {}, [
      group.label
        ? element('tr', { class: 'data-table__group' }, [
            element('th', { scope: 'rowgroup', colspan: String(span + 1) }, [group.label]),
          ])
        : null,
      ...group.rows.map((row) =>
        element(
          'tr',
          { 'data-country': row.countryCode, class: row.countryCode === 'ASEAN' ? 'total-row' : undefined },
          [
            element('th', { scope: 'row' }, [row.header]),
            ...(row.withheld
              ? [
                  element('td', { colspan: String(span), class: 'data-table__withheld' }, [
                    row.cells[0] ?? '',
                  ]),
                ]
              : row.cells.map((cell) => element('td', { class: 'data-table__figure' }, [cell]))),
          ],
        ),
      ),
    ]),
  );
  return element('table', { class: 'data-table data-table--figures' }, [
    element('caption', {}, [caption]),
    head,
    ...bodies,
  ]);
}
