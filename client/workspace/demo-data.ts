/**
 * Demo data in the workspace: the "Include demo data" switch of tracking and progress (off by default, as the API
 * is), the badge on a demo invitation's row, and the panel that says how much demo data a survey has and lets an
 * admin remove it after a confirmation naming the numbers.
 */
import type { Static } from 'typebox';
import type { DemoDataCounts } from '../../server/schemas/workspace.ts';
import { element } from '../shared/dom.ts';
import { api } from './api.ts';
import { badge, button, confirmDialog, OutcomeRegion, uniqueId } from './ui.ts';
import type { WorkspaceContext } from './view.ts';

type Counts = Static<typeof DemoDataCounts>;

/** The address keeps the switch as `demo=1`, so a reload or a shared link shows the same rows. */
export const demoQueryKey = 'demo';

export function demoDataWanted(query: URLSearchParams): boolean {
  return query.get(demoQueryKey) === '1';
}

/** The API's own flag: only sent when demo data is wanted, since leaving it out is the default. */
export function demoDataParameter(included: boolean): { synthetic?: string } {
  return included ? { synthetic: 'true' } : {};
}

export function demoDataSwitch(included: boolean, onChange: (included: boolean) => void): HTMLElement {
  const input = element('input', { type: 'checkbox', id: uniqueId('include-demo'), checked: included });
  input.addEventListener('change', () => onChange(input.checked));
  return element('label', { class: 'checkbox demo-switch', for: input.id }, [input, 'Include demo data']);
}

export function demoBadge(): HTMLElement {
  const node = badge('Demo', 'demo');
  node.title = 'Synthetic demo data made by cli demo, not a real invitation';
  return node;
}

const plural = (count: number, word: string) => `${count} demo ${word}${count === 1 ? '' : 's'}`;

/**
 * What demo data the survey has, and for admins the way to remove it. Nothing when it has none. `onRemoved` runs
 * after a removal, to draw the tracking or progress again.
 */
export async function demoDataPanel(
  context: WorkspaceContext,
  survey: { slug: string; title: string },
  onRemoved: () => void,
): Promise<HTMLElement | null> {
  const path = `/api/surveys/${encodeURIComponent(survey.slug)}/demo-data`;
  const counts = await api.get<Counts>(path);
  if (counts.invitations === 0 && counts.responses === 0) return null;
  const outcome = new OutcomeRegion(uniqueId('demo-outcome'));
  const removable = context.can('demo-data:remove');
  const summary = element('p', {}, [
    `This survey has ${plural(counts.invitations, 'invitation')} and ${plural(counts.responses, 'response')}, made for trying Tinjau out. They are left out of tracking, progress and response rates unless "Include demo data" is ticked, and marked Demo when shown.`,
  ]);
  const remove = removable
    ? button(
        'Remove demo data',
        async () => {
          const confirmed = await confirmDialog({
            title: `Remove the demo data of ${survey.title}?`,
            body: `This removes ${plural(counts.invitations, 'invitation')} and ${plural(counts.responses, 'response')}, made by cli demo. Real invitations and responses are not touched. It cannot be undone.`,
            confirmLabel: `Remove ${plural(counts.invitations, 'invitation')}`,
            danger: true,
          });
          if (!confirmed) return;
          remove?.setAttribute('disabled', '');
          try {
            const { removed } = await api.post<{ removed: Counts }>(`${path}/removal`, {
              invitations: counts.invitations,
            });
            summary.textContent = 'This survey has no demo data.';
            remove?.remove();
            outcome.success(
              element('p', {}, [
                `Removed ${plural(removed.invitations, 'invitation')} and ${plural(removed.responses, 'response')}.`,
              ]),
            );
            onRemoved();
          } catch (error) {
            remove?.removeAttribute('disabled');
            outcome.error(error, 'The demo data was not removed.');
          }
        },
        'danger',
      )
    : null;
  return element('div', { class: 'notice demo-data', 'data-demo-data': 'true' }, [
    summary,
    remove ? element('div', { class: 'form-actions' }, [remove]) : null,
    outcome.root,
  ]);
}
