/**
 * The filter form: versions, member states, organisation types, submission dates and synthetic demo data. Every
 * change is reported at once (the page writes it into the address and reloads the figures). Nothing ticked in a
 * group means all of it.
 */
import { element } from '../shared/dom.ts';
import type { MemberState } from '../workspace/member-states.ts';
import type { VersionSummary } from '../workspace/types.ts';
import { type Filters, organisationTypes } from './filters.ts';

function checkboxGroup(
  legend: string,
  name: string,
  options: ReadonlyArray<{ value: string; label: string }>,
  selected: readonly string[],
  hint: string,
): { root: HTMLElement; values: () => string[] } {
  const boxes = options.map((option) =>
    element('input', {
      type: 'checkbox',
      name,
      value: option.value,
      id: `filter-${name}-${option.value}`,
      checked: selected.includes(option.value),
    }),
  );
  const root = element('fieldset', { class: 'filter-group' }, [
    element('legend', {}, [legend]),
    element('p', { class: 'field__hint' }, [hint]),
    element(
      'div',
      { class: 'filter-group__options' },
      boxes.map((box, index) =>
        element('label', { class: 'checkbox', for: box.id }, [box, options[index]?.label ?? '']),
      ),
    ),
  ]);
  return { root, values: () => boxes.filter((box) => box.checked).map((box) => box.value) };
}

export function filtersForm(
  filters: Filters,
  versions: readonly VersionSummary[],
  states: readonly MemberState[],
  onChange: (filters: Filters) => void,
): HTMLElement {
  const versionGroup = checkboxGroup(
    'Versions',
    'versions',
    versions
      .filter((version) => version.status !== 'draft')
      .map((version) => ({ value: String(version.version), label: `Version ${version.version}` })),
    filters.versions.map(String),
    'None ticked: all versions.',
  );
  const countryGroup = checkboxGroup(
    'Member states',
    'countries',
    states.map((state) => ({ value: state.code, label: state.name })),
    filters.countries,
    states.length < 11
      ? 'Only your member states are listed. None ticked: all of them.'
      : 'None ticked: all.',
  );
  const typeGroup = checkboxGroup(
    'Organisation types',
    'types',
    organisationTypes.map((type) => ({ value: type.code, label: type.label })),
    filters.types,
    'None ticked: all types.',
  );
  const from = element('input', {
    type: 'date',
    id: 'filter-from',
    class: 'field__control',
    value: filters.from,
  });
  const to = element('input', { type: 'date', id: 'filter-to', class: 'field__control', value: filters.to });
  const synthetic = element('input', {
    type: 'checkbox',
    id: 'filter-synthetic',
    checked: filters.synthetic,
  });
  const problem = element('p', { class: 'form-error', role: 'alert' });

  const read = (): Filters => ({
    versions: versionGroup.values().map(Number),
    countries: countryGroup.values(),
    types: typeGroup.values(),
    from: from.value,
    to: to.value,
    synthetic: synthetic.checked,
  });

  const form = element('form', { class: 'filters', 'aria-label': 'Filters', novalidate: true }, [
    element('div', { class: 'filters__groups' }, [
      countryGroup.root,
      element('div', { class: 'filters__column' }, [typeGroup.root, versionGroup.root]),
      element('fieldset', { class: 'filter-group' }, [
        element('legend', {}, ['Submitted']),
        element('div', { class: 'field' }, [
          element('label', { class: 'field__label', for: 'filter-from' }, ['From']),
          from,
        ]),
        element('div', { class: 'field' }, [
          element('label', { class: 'field__label', for: 'filter-to' }, ['To']),
          to,
        ]),
        element('label', { class: 'checkbox filters__synthetic', for: 'filter-synthetic' }, [
          synthetic,
          'Include demo data',
        ]),
      ]),
    ]),
    problem,
  ]);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    const next = read();
    problem.textContent = '';
    if (next.from && next.to && next.to < next.from) {
      problem.textContent = 'The "To" date is before the "From" date.';
      return;
    }
    onChange(next);
  });
  return form;
}
