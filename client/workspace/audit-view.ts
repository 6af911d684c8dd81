/**
 * The audit log (admins): who did what and when, with what changed shown as a compact before → after diff; filtered
 * by person, action and day, a page at a time, and downloadable as CSV with the same filters.
 */
import { element } from '../shared/dom.ts';
import { api, withQuery } from './api.ts';
import type { AuditEvent } from './types.ts';
import {
  button,
  dataTable,
  field,
  formatWhen,
  OutcomeRegion,
  pageHeader,
  section,
  selectOf,
  uniqueId,
} from './ui.ts';
import type { ViewFactory } from './view.ts';

const pageSize = 100;

/** Actions in words; an action added later shows its code until it is named here. */
const actionLabels: Record<string, string> = {
  'invitation.created': 'Invitation created',
  'invitation.revoked': 'Invitation revoked',
  'invitation.token_reissued': 'New link issued',
  'invitation.contact_erased': 'Contact erased',
  'staff_user.created': 'User added',
  'staff_user.disabled': 'User disabled',
  'staff_user.enabled': 'User enabled',
  'survey.created': 'Questionnaire added',
  'survey.settings_changed': 'Questionnaire settings changed',
  'survey_version.created': 'Version added',
};

const entityLabels: Record<string, string> = {
  invitation: 'Invitation',
  staff_user: 'User',
  survey: 'Questionnaire',
  survey_version: 'Version',
};

function describedEntity(event: AuditEvent): string {
  const kind = entityLabels[event.entityType] ?? event.entityType;
  return event.entityName ? `${kind}: ${event.entityName}` : `${kind} ${event.entityId}`;
}

function compact(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** Changed keys of two objects as `key: before → after`; anything else as whole values. */
export function auditDiff(before: unknown, after: unknown): HTMLElement {
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (before === null && after === null) return element('span', { class: 'muted' }, ['—']);
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
    );
    if (keys.length === 0) return element('span', { class: 'muted' }, ['no change']);
    return element(
      'ul',
      { class: 'diff' },
      keys.map((key) =>
        element('li', {}, [
          element('span', { class: 'diff__key' }, [`${key}: `]),
          element('del', { class: 'diff__before' }, [compact(before[key])]),
          ' → ',
          element('ins', { class: 'diff__after' }, [compact(after[key])]),
        ]),
      ),
    );
  }
  const single = before === null ? after : after === null ? before : undefined;
  if (isRecord(single)) {
    const sign = before === null ? '+' : '−';
    return element(
      'ul',
      { class: 'diff' },
      Object.entries(single).map(([key, value]) =>
        element('li', {}, [
          element('span', { class: 'diff__key' }, [`${sign} ${key}: `]),
          element(
            before === null ? 'ins' : 'del',
            { class: before === null ? 'diff__after' : 'diff__before' },
            [compact(value)],
          ),
        ]),
      ),
    );
  }
  return element('p', { class: 'diff' }, [
    before === null ? '' : element('del', { class: 'diff__before' }, [compact(before)]),
    before === null ? 'created: ' : ' → ',
    after === null ? 'removed' : element('ins', { class: 'diff__after' }, [compact(after)]),
  ]);
}

export const auditView: ViewFactory = async () => {
  const filterOptions = await api.get<{ actors: string[]; actions: string[] }>('/api/audit/filters');
  const actor = selectOf({ name: 'auditActor' }, [
    { value: '', label: 'Everyone' },
    ...filterOptions.actors.map((label) => ({ value: label, label })),
  ]);
  const action = selectOf({ name: 'auditAction' }, [
    { value: '', label: 'All actions' },
    ...filterOptions.actions.map((code) => ({ value: code, label: actionLabels[code] ?? code })),
  ]);
  const from = element('input', { type: 'date', name: 'auditFrom' });
  const to = element('input', { type: 'date', name: 'auditTo' });
  const outcome = new OutcomeRegion(uniqueId('audit-outcome'));
  const rowsSlot = element('div', { 'aria-live': 'polite', 'aria-busy': 'false' });
  const summary = element('p', { class: 'muted' });
  const download = element('a', { class: 'action-link', download: 'tinjau-audit-log.csv' }, [
    'Download as CSV',
  ]);
  let shown: AuditEvent[] = [];
  let nextBefore: number | null = null;

  const filters = () => ({ actor: actor.value, action: action.value, from: from.value, to: to.value });
  const more = button('Show older events', () => void load(true));

  async function load(older: boolean): Promise<void> {
    if (from.value && to.value && to.value < from.value) {
      outcome.error(new Error('The last day must be on or after the first day.'));
      return;
    }
    outcome.clear();
    rowsSlot.setAttribute('aria-busy', 'true');
    try {
      const page = await api.get<{ events: AuditEvent[]; nextBefore: number | null }>(
        withQuery('/api/audit', {
          ...filters(),
          limit: pageSize,
          before: older && nextBefore !== null ? nextBefore : undefined,
        }),
      );
      shown = older ? [...shown, ...page.events] : page.events;
      nextBefore = page.nextBefore;
      draw();
    } catch (error) {
      outcome.error(error, 'The audit log could not be loaded.');
    } finally {
      rowsSlot.setAttribute('aria-busy', 'false');
    }
  }

  function draw(): void {
    download.setAttribute('href', withQuery('/api/audit/export', filters()));
    summary.textContent =
      nextBefore === null
        ? `${shown.length} ${shown.length === 1 ? 'event' : 'events'}, newest first.`
        : `The newest ${shown.length} events, newest first.`;
    more.hidden = nextBefore === null;
    rowsSlot.replaceChildren(
      dataTable(
        'Audit events',
        ['When', 'Who', 'Action', 'What', 'Before → after'],
        shown,
        (event) => [
          formatWhen(event.occurredAt),
          event.actorLabel,
          actionLabels[event.action] ?? event.action,
          describedEntity(event),
          auditDiff(event.before, event.after),
        ],
        { captionHidden: true, empty: 'No events match these filters.' },
      ),
    );
  }

  for (const control of [actor, action, from, to]) control.addEventListener('change', () => void load(false));
  await load(false);
  const root = element('div', { class: 'view' }, [
    pageHeader(
      'Audit log',
      element('p', { class: 'page-header__lead' }, [
        'Every change by staff and by the system. The log cannot be changed.',
      ]),
    ),
    section(
      'Events',
      element('div', { class: 'toolbar' }, [
        field('Person', actor),
        field('Action', action),
        field('From (first day)', from),
        field('To (last day)', to),
      ]),
      outcome.root,
      element('div', { class: 'toolbar' }, [summary, download]),
      rowsSlot,
      more,
    ),
  ]);
  return { root, title: 'Audit log' };
};
