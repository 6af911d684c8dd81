/** The "which survey" select at the top of the invitation and progress views. */
import { element } from '../shared/dom.ts';
import type { SurveySummary } from './types.ts';
import { field, selectOf } from './ui.ts';

export function surveyPicker(
  surveys: readonly SurveySummary[],
  current: string | undefined,
  onChange: (slug: string) => void,
): HTMLElement {
  const select = selectOf(
    { name: 'survey' },
    surveys.map((survey) => ({
      value: survey.slug,
      label: `${survey.title} (${survey.slug}${survey.currentVersion === null ? ', not published' : ''})`,
    })),
    current,
  );
  select.addEventListener('change', () => onChange(select.value));
  return element('div', { class: 'toolbar' }, [field('Survey', select)]);
}
