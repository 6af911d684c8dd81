/** The audit log (admins): who did what and when, with what changed shown as a compact before → after diff. */
import { element } from '../shared/dom.ts';
import { api } from './api.ts';
import type { AuditEvent } from './types.ts';
import { dataTable, formatWhen, pageHeader, section } from './ui.ts';
import type { ViewFactory } from './view.ts';

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
  const { events } = await api.get<{ events: AuditEvent[] }>('/api/audit?limit=200');
  const root = element('div', { class: 'view' }, [
    pageHeader(
      'Audit log',
      element('p', { class: 'page-header__lead' }, [
        'The 200 newest events, newest first. The log cannot be changed.',
      ]),
    ),
    section(
      'Events',
      dataTable(
        'Audit events',
        ['When', 'Who', 'Action', 'What', 'Before → after'],
        events,
        (event) => [
          formatWhen(event.occurredAt),
          event.actorLabel,
          element('code', {}, [event.action]),
          `${event.entityType} ${event.entityId}`,
          auditDiff(event.before, event.after),
        ],
        { captionHidden: true, empty: 'No events yet.' },
      ),
    ),
  ]);
  return { root, title: 'Audit log' };
};
