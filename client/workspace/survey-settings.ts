/**
 * A survey's settings on its page: the collection window, k of small-cell suppression and the study's contact, as
 * saved (read back from the server, so a reload shows them), for everyone who sees the survey; researchers and admins
 * also get the form that changes them. Coordinators see the settings but not the form.
 */
import { element } from '../shared/dom.ts';
import { api } from './api.ts';
import type { StudyContact, SurveySummary } from './types.ts';
import { field, formatWhen, OutcomeRegion, uniqueId } from './ui.ts';
import type { WorkspaceContext } from './view.ts';

export interface SurveySettings {
  opensAt: string | null;
  closesAt: string | null;
  minimumCellSize: number;
  contact: StudyContact;
}

/** The form's labels, by the API's field names, for problems the server reports. */
const settingsFieldLabels = {
  opensAt: 'Collection opens',
  closesAt: 'Collection closes',
  minimumCellSize: 'Smallest group shown (k)',
  contactName: "The study contact's name",
  contactEmail: "The study contact's e-mail",
} as const;

/** `datetime-local` works in the user's local time; the server wants ISO 8601 (UTC). */
function toIso(localValue: string): string | null {
  if (!localValue) return null;
  const time = new Date(localValue);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

/** The ISO time as a `datetime-local` value in the user's time zone ("2026-12-01T09:00"). */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const time = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}T${pad(time.getHours())}:${pad(time.getMinutes())}`;
}

function contactInWords(contact: StudyContact): string {
  if (!contact) return 'Not set: respondents are told to contact the research team.';
  return [contact.name, contact.email].filter(Boolean).join(', ');
}

/** What is saved, as a definition list that the form's save redraws. */
function settingsSummary(settings: SurveySettings): HTMLElement {
  const row = (term: string, value: string, name: string) => [
    element('dt', {}, [term]),
    element('dd', { 'data-setting': name }, [value]),
  ];
  return element('dl', { class: 'settings-summary' }, [
    ...row(
      'Collection opens',
      settings.opensAt ? formatWhen(settings.opensAt) : 'No opening date',
      'opensAt',
    ),
    ...row(
      'Collection closes',
      settings.closesAt ? formatWhen(settings.closesAt) : 'No closing date',
      'closesAt',
    ),
    ...row(
      'Smallest group shown (k)',
      `${settings.minimumCellSize} responses: results resting on fewer are withheld`,
      'minimumCellSize',
    ),
    ...row('Study contact', contactInWords(settings.contact), 'contact'),
  ]);
}

function settingsForm(
  slug: string,
  saved: SurveySettings,
  onSaved: (settings: SurveySettings) => void,
): HTMLElement {
  const outcome = new OutcomeRegion(uniqueId('settings-outcome'), settingsFieldLabels);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const opensAt = element('input', { type: 'datetime-local', name: 'opensAt' });
  const closesAt = element('input', { type: 'datetime-local', name: 'closesAt' });
  const minimumCellSize = element('input', {
    type: 'number',
    name: 'minimumCellSize',
    min: '1',
    max: '50',
    step: '1',
    inputmode: 'numeric',
  });
  const contactName = element('input', { type: 'text', name: 'contactName', maxlength: '200' });
  const contactEmail = element('input', { type: 'email', name: 'contactEmail', maxlength: '254' });
  const fill = (settings: SurveySettings) => {
    opensAt.value = toLocalInput(settings.opensAt);
    closesAt.value = toLocalInput(settings.closesAt);
    minimumCellSize.value = String(settings.minimumCellSize);
    contactName.value = settings.contact?.name ?? '';
    contactEmail.value = settings.contact?.email ?? '';
  };
  fill(saved);
  const submit = element('button', { type: 'submit', class: 'button button--primary' }, [
    'Save the settings',
  ]);
  const form = element(
    'form',
    { class: 'settings-form', novalidate: true, 'aria-describedby': outcome.root.id },
    [
      element('div', { class: 'form-grid' }, [
        field('Collection opens', opensAt, `Your local time (${timeZone}). Leave empty for no opening date.`),
        field('Collection closes', closesAt, 'Leave empty for no closing date.'),
        field(
          'Smallest group shown (k)',
          minimumCellSize,
          'Charts and tables withhold any figure resting on fewer responses than this (1 to 50).',
        ),
        field(
          'Study contact: name',
          contactName,
          'Shown to respondents, e.g. when their link no longer works.',
        ),
        field('Study contact: e-mail', contactEmail),
      ]),
      element('div', { class: 'form-actions' }, [submit]),
      outcome.root,
    ],
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const k = Number(minimumCellSize.value);
    if (!Number.isInteger(k) || k < 1 || k > 50) {
      outcome.error(new Error('The smallest group shown (k) must be a whole number from 1 to 50.'));
      minimumCellSize.focus();
      return;
    }
    submit.disabled = true;
    try {
      const settings = await api.patch<SurveySettings>(`/api/surveys/${encodeURIComponent(slug)}`, {
        opensAt: toIso(opensAt.value),
        closesAt: toIso(closesAt.value),
        minimumCellSize: k,
        contactName: contactName.value.trim() || null,
        contactEmail: contactEmail.value.trim() || null,
      });
      fill(settings);
      onSaved(settings);
      outcome.success(element('p', {}, ['The settings were saved.']));
    } catch (error) {
      outcome.error(error, 'The settings were not saved.');
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

export function surveySettingsPanel(context: WorkspaceContext, survey: SurveySummary): HTMLElement {
  const saved: SurveySettings = {
    opensAt: survey.opensAt,
    closesAt: survey.closesAt,
    minimumCellSize: survey.minimumCellSize,
    contact: survey.contact,
  };
  let summary = settingsSummary(saved);
  const root = element('div', { class: 'survey-settings' }, [summary]);
  if (context.can('surveys:write'))
    root.append(
      settingsForm(survey.slug, saved, (settings) => {
        const next = settingsSummary(settings);
        summary.replaceWith(next);
        summary = next;
      }),
    );
  else root.append(element('p', { class: 'muted' }, ['Researchers and admins change these settings.']));
  return root;
}
