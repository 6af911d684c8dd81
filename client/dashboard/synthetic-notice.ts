/** The notice that the figures include synthetic demo data, which must never be mistaken for the study's results. */
import { element } from '../shared/dom.ts';

export function syntheticNotice(detected: boolean | null, includeSynthetic: boolean): HTMLElement | null {
  if (!includeSynthetic) return null;
  if (detected)
    return element('div', { class: 'notice notice--synthetic', role: 'note', 'data-synthetic': 'true' }, [
      element('strong', {}, ['Includes synthetic demo data. ']),
      'These figures are partly or wholly made up for demonstration and testing; they are not results of the study. Untick "Include demo data" to leave them out.',
    ]);
  if (detected === null)
    return element('p', { class: 'field__hint notice--maybe', 'data-synthetic': 'unknown' }, [
      'Synthetic demo responses, if the survey has any, are included. Untick "Include demo data" to be sure the figures are real responses only.',
    ]);
  return null;
}

export const syntheticSubtitle = 'Includes synthetic demo data — not study results';
