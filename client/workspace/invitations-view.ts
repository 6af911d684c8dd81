/**
 * Invitations for one survey: invite one organisation or many from a CSV file (each link is shown once), and
 * the tracking table of every invitation's state and progress, searched, filtered (member state, state, type of
 * organisation) and paged by the server, with revoke and reissue.
 */
import {
  organisationTypes as organisationTypeCodes,
  organisationTypeLabels,
  organisationTypeList,
} from '../../server/reference/organisation-types.ts';
import { element } from '../shared/dom.ts';
import { nativeLanguageName } from '../shared/i18n/language-names.ts';
import { api, withQuery } from './api.ts';
import { demoBadge, demoDataPanel, demoDataParameter, demoDataSwitch, demoDataWanted } from './demo-data.ts';
import { memberStateName, memberStatesFor } from './member-states.ts';
import { surveyPicker } from './survey-picker.ts';
import { codebookLocales, fetchCodebook, fetchSurveys, pickSurvey } from './survey-versions.ts';
import type {
  CreatedLink,
  CreatedLinks,
  ImportDuplicate,
  InvitationState,
  SurveySummary,
  TrackingRow,
} from './types.ts';
import {
  badge,
  button,
  confirmDialog,
  dataTable,
  downloadText,
  field,
  formatWhen,
  OutcomeRegion,
  oneTimeLink,
  pageHeader,
  readFileText,
  section,
  selectOf,
  uniqueId,
} from './ui.ts';
import { routeHash, type ViewFactory, type WorkspaceContext } from './view.ts';

export const stateLabels: Record<InvitationState, string> = {
  not_opened: 'Not opened',
  opened: 'Opened',
  in_progress: 'In progress',
  submitted: 'Submitted',
  revoked: 'Revoked',
};

/** The server's one list, worded as the questionnaires word their choices. */
const organisationTypes = organisationTypeCodes.map((value) => ({
  value,
  label: organisationTypeLabels[value],
}));

function languageLabel(code: string): string {
  return code === 'en' ? 'English (en)' : `${nativeLanguageName(code)} (${code})`;
}

const csvColumns = 'survey,country,organisation,organisation_type,contact_name,contact_email,locale';

/** The invitation form's labels, by the API's field names and the names its checks give (org, org-type, email). */
const invitationFieldLabels = {
  country: 'Member state',
  organisation: 'Organisation',
  org: 'Organisation',
  organisationType: 'Type of organisation',
  'org-type': 'Type of organisation',
  contactName: 'Contact name',
  name: 'Contact name',
  contactEmail: 'Contact e-mail',
  email: 'Contact e-mail',
  locale: 'Language of the questionnaire',
} as const;

function inviteOneForm(
  context: WorkspaceContext,
  survey: SurveySummary,
  locales: readonly string[],
  onCreated: () => void,
): HTMLElement {
  const outcome = new OutcomeRegion(uniqueId('invite-outcome'), invitationFieldLabels);
  const countries = memberStatesFor(context.user);
  const country = selectOf(
    { name: 'country', required: true },
    countries.map((state) => ({ value: state.code, label: `${state.name} (${state.code})` })),
  );
  const organisation = element('input', {
    type: 'text',
    name: 'organisation',
    required: true,
    maxlength: '200',
  });
  const type = selectOf({ name: 'organisationType' }, organisationTypes);
  const contactName = element('input', {
    type: 'text',
    name: 'contactName',
    maxlength: '200',
    autocomplete: 'off',
  });
  const contactEmail = element('input', {
    type: 'email',
    name: 'contactEmail',
    maxlength: '254',
    autocomplete: 'off',
  });
  const locale = selectOf({ name: 'locale' }, [
    { value: '', label: "Respondent's browser" },
    ...locales.map((code) => ({ value: code, label: languageLabel(code) })),
  ]);
  const submit = element('button', { type: 'submit', class: 'button button--primary' }, [
    'Create the invitation',
  ]);
  const form = element(
    'form',
    { class: 'invite-form', novalidate: true, 'aria-describedby': outcome.root.id },
    [
      element('div', { class: 'form-grid' }, [
        field('Member state', country),
        field('Organisation', organisation),
        field('Type of organisation', type),
        field('Language of the questionnaire', locale),
        field('Contact name (optional)', contactName),
        field('Contact e-mail (optional)', contactEmail),
      ]),
      element('div', { class: 'form-actions' }, [submit]),
      outcome.root,
    ],
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!organisation.value.trim()) {
      outcome.error(new Error('Enter the name of the organisation.'));
      organisation.setAttribute('aria-invalid', 'true');
      organisation.focus();
      return;
    }
    organisation.removeAttribute('aria-invalid');
    submit.disabled = true;
    try {
      const created = await api.post<CreatedLink>('/api/invitations', {
        survey: survey.slug,
        country: country.value,
        organisation: organisation.value.trim(),
        organisationType: type.value,
        ...(contactName.value.trim() ? { contactName: contactName.value.trim() } : {}),
        ...(contactEmail.value.trim() ? { contactEmail: contactEmail.value.trim() } : {}),
        ...(locale.value ? { locale: locale.value } : {}),
      });
      outcome.success(
        oneTimeLink(
          created.link,
          `Invitation ${created.invitationId} created for ${organisation.value.trim()}.`,
        ),
      );
      organisation.value = '';
      contactName.value = '';
      contactEmail.value = '';
      onCreated();
    } catch (error) {
      outcome.error(error, 'The invitation was not created.');
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function importForm(survey: SurveySummary, onCreated: () => void): HTMLElement {
  const outcome = new OutcomeRegion(uniqueId('import-outcome'));
  const file = element('input', { type: 'file', name: 'csvFile', accept: '.csv,text/csv' });
  const text = element('textarea', { name: 'csv', rows: '6', spellcheck: 'false', class: 'code-input' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      text.value = await readFileText(chosen);
      outcome.clear();
    } catch (error) {
      outcome.error(error, 'The file could not be read:');
    }
  });
  const allowDuplicates = element('input', {
    type: 'checkbox',
    name: 'allowDuplicates',
    id: uniqueId('allow-duplicates'),
  });
  const submit = element('button', { type: 'submit', class: 'button button--primary' }, [
    'Create invitations from the CSV',
  ]);
  const help = element('div', { class: 'column-help' }, [
    element('p', {}, ['The first line names the columns:']),
    // Focusable, so that the example can be scrolled from the keyboard on a phone, where it is wider than the page.
    element('pre', { class: 'code-sample', tabindex: '0' }, [
      `${csvColumns}\n${survey.slug},TH,Ministry of Digital Economy and Society,ministry,Somchai P.,somchai@example.go.th,th`,
    ]),
    element('p', { class: 'muted' }, [
      `country is the two-letter code of a member state (BN, KH, ID, LA, MY, MM, PH, SG, TH, TL, VN); organisation_type is ${organisationTypeList()}; contact_name, contact_email and locale may be empty. The survey column may be left empty: rows then use the survey chosen above. If any row has an error, none is created. A row that invites the same organisation (case and spacing aside) of the same member state at the same e-mail again, already invited or earlier in the file, is skipped and listed.`,
    ]),
  ]);
  const form = element(
    'form',
    { class: 'import-form', novalidate: true, 'aria-describedby': outcome.root.id },
    [
      help,
      field('CSV file', file, 'Its text appears below, where you can also paste or edit it.'),
      field('CSV text', text),
      element('div', { class: 'checkbox' }, [
        allowDuplicates,
        element('label', { for: allowDuplicates.id }, [
          'Create duplicates too (for a second contact at the same organisation, use a different e-mail instead)',
        ]),
      ]),
      element('div', { class: 'form-actions' }, [submit]),
      outcome.root,
    ],
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      outcome.error(new Error('Choose a CSV file or paste its text.'));
      file.focus();
      return;
    }
    submit.disabled = true;
    try {
      const result = await api.post<CreatedLinks>('/api/invitations/import', {
        survey: survey.slug,
        csv: text.value,
        duplicates: allowDuplicates.checked ? 'create' : 'skip',
      });
      const download =
        result.created > 0
          ? button('Download links (CSV)', () => downloadText('links.csv', result.linksCsv), 'primary')
          : null;
      const parts: Array<Node | null> = [
        element('p', { class: 'outcome__title' }, [result.message]),
        duplicateList(result.duplicates),
        download
          ? element('p', { class: 'one-time-link__warning' }, [
              'The links are shown only once: download them now for the mail merge. Tinjau cannot show them again (you can reissue a new link for any invitation).',
            ])
          : null,
        download,
      ];
      outcome.success(...parts.filter((part): part is Node => part !== null));
      text.value = '';
      file.value = '';
      allowDuplicates.checked = false;
      if (download) download.focus();
      else outcome.root.focus();
      if (result.created > 0) onCreated();
    } catch (error) {
      outcome.error(error, '');
      outcome.root.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** The duplicate rows of an import, each with its line and what it repeats. */
function duplicateList(duplicates: readonly ImportDuplicate[]): HTMLElement | null {
  if (duplicates.length === 0) return null;
  return element(
    'ul',
    { class: 'duplicate-list' },
    duplicates.map((duplicate) => {
      const who = `${duplicate.organisationName} (${memberStateName(duplicate.countryCode)}${duplicate.contactEmail ? `, ${duplicate.contactEmail}` : ''})`;
      const what = duplicate.existingInvitation
        ? `already invited on ${formatWhen(duplicate.existingInvitation.createdAt)} (invitation ${duplicate.existingInvitation.invitationId})`
        : `the same as line ${duplicate.sameAsLine}`;
      return element('li', { 'data-line': String(duplicate.line) }, [
        element('strong', {}, [`Line ${duplicate.line}`]),
        `: ${who} is ${what}. ${duplicate.skipped ? 'Skipped.' : 'Created anyway.'}`,
      ]);
    }),
  );
}

function progressCell(row: TrackingRow): HTMLElement {
  const bar = element('span', { class: 'progress-bar__fill' });
  bar.style.width = `${row.progressPercent}%`;
  return element('span', { class: 'progress-cell' }, [
    element('span', { class: 'progress-bar', 'aria-hidden': 'true' }, [bar]),
    element('span', { class: 'progress-cell__text' }, [`${row.progressPercent}%`]),
  ]);
}

/** Rows per page of the tracking table: a screenful on a desktop, still quick to scroll on a phone. */
const trackingPageSize = 50;

interface TrackingFilters {
  country: string;
  state: string;
  organisationType: string;
  search: string;
  /** 1-based. */
  page: number;
  includeDemo: boolean;
}

interface TrackingPage {
  invitations: TrackingRow[];
  total: number;
  offset: number;
  limit: number;
}

class TrackingTable {
  readonly root: HTMLElement;
  private readonly tableSlot = element('div', {
    class: 'tracking__table',
    'aria-live': 'polite',
    'aria-busy': 'false',
  });
  private readonly outcome = new OutcomeRegion(uniqueId('tracking-outcome'));
  private readonly country: HTMLSelectElement;
  private readonly state: HTMLSelectElement;
  private readonly organisationType: HTMLSelectElement;
  private readonly search: HTMLInputElement;
  private readonly pager = element('nav', { class: 'pager', 'aria-label': 'Pages of invitations' });
  private page: number;
  /** Demo invitations (cli demo) are shown only when this is ticked. */
  private includeDemo: boolean;

  constructor(
    private readonly context: WorkspaceContext,
    private readonly survey: SurveySummary,
    initial: TrackingFilters,
  ) {
    this.includeDemo = initial.includeDemo;
    this.page = initial.page;
    this.search = element('input', {
      type: 'search',
      name: 'search',
      value: initial.search,
      maxlength: '200',
      autocomplete: 'off',
    });
    this.organisationType = selectOf(
      { name: 'filterOrganisationType' },
      [{ value: '', label: 'All types' }, ...organisationTypes],
      initial.organisationType,
    );
    this.country = selectOf(
      { name: 'filterCountry' },
      [
        { value: '', label: 'All member states' },
        ...memberStatesFor(context.user).map((state) => ({ value: state.code, label: state.name })),
      ],
      initial.country,
    );
    this.state = selectOf(
      { name: 'filterState' },
      [
        { value: '', label: 'All states' },
        ...Object.entries(stateLabels).map(([value, label]) => ({ value, label })),
      ],
      initial.state,
    );
    // A changed filter starts again from the first page: page 7 of the old list means nothing in the new one.
    const fromFirstPage = () => {
      this.page = 1;
      void this.load();
    };
    for (const select of [this.country, this.state, this.organisationType])
      select.addEventListener('change', fromFirstPage);
    const searchForm = element('form', { class: 'tracking__search', role: 'search' }, [
      field(
        'Search',
        this.search,
        this.context.can('contacts:read')
          ? 'Organisation, contact or receipt reference'
          : 'Organisation or receipt reference',
      ),
      element('button', { type: 'submit', class: 'button button--secondary' }, ['Search']),
    ]);
    searchForm.addEventListener('submit', (event) => {
      event.preventDefault();
      fromFirstPage();
    });
    const refresh = button('Refresh', () => void this.load());
    this.root = element('div', { class: 'tracking' }, [
      searchForm,
      element('div', { class: 'toolbar' }, [
        field('Member state', this.country),
        field('State', this.state),
        field('Type of organisation', this.organisationType),
        demoDataSwitch(this.includeDemo, (included) => {
          this.includeDemo = included;
          fromFirstPage();
        }),
        refresh,
      ]),
      this.outcome.root,
      this.tableSlot,
      this.pager,
    ]);
  }

  async load(): Promise<void> {
    const country = this.country.value;
    const state = this.state.value;
    const organisationType = this.organisationType.value;
    const search = this.search.value.trim();
    this.context.replaceRoute(
      routeHash(['invitations'], {
        survey: this.survey.slug,
        country: country || undefined,
        state: state || undefined,
        type: organisationType || undefined,
        q: search || undefined,
        page: this.page > 1 ? String(this.page) : undefined,
        demo: this.includeDemo ? '1' : undefined,
      }),
    );
    this.tableSlot.setAttribute('aria-busy', 'true');
    try {
      const page = await api.get<TrackingPage>(
        withQuery('/api/invitations', {
          survey: this.survey.slug,
          country,
          state,
          organisationType,
          search,
          offset: (this.page - 1) * trackingPageSize,
          limit: trackingPageSize,
          ...demoDataParameter(this.includeDemo),
        }),
      );
      const lastPage = Math.max(1, Math.ceil(page.total / trackingPageSize));
      if (this.page > lastPage) {
        // The list shrank under an old address (rows revoked, a filter narrowed): show its last page instead.
        this.page = lastPage;
        await this.load();
        return;
      }
      this.draw(page);
    } catch (error) {
      this.outcome.error(error, 'The invitations could not be loaded.');
    } finally {
      this.tableSlot.setAttribute('aria-busy', 'false');
    }
  }

  private drawPager(page: TrackingPage): void {
    const lastPage = Math.max(1, Math.ceil(page.total / trackingPageSize));
    if (lastPage === 1) {
      this.pager.replaceChildren();
      return;
    }
    const goTo = (target: number) => {
      this.page = target;
      void this.load().then(() => this.tableSlot.querySelector<HTMLElement>('.tracking__summary')?.focus());
    };
    const previous = button('Previous page', () => goTo(this.page - 1));
    const next = button('Next page', () => goTo(this.page + 1));
    previous.disabled = this.page <= 1;
    next.disabled = this.page >= lastPage;
    this.pager.replaceChildren(
      previous,
      element('span', { class: 'pager__position' }, [`Page ${this.page} of ${lastPage}`]),
      next,
    );
  }

  private draw(page: TrackingPage): void {
    const rows = page.invitations;
    this.drawPager(page);
    const writable = this.context.can('invitations:write');
    const showContacts = this.context.can('contacts:read');
    const headers = [
      'Organisation',
      'Member state',
      ...(showContacts ? ['Contact'] : []),
      'Language',
      'Version',
      'State',
      'Progress',
      'Last activity',
      ...(writable ? ['Actions'] : []),
    ];
    const counted = `${page.total.toLocaleString('en-GB')} invitation${page.total === 1 ? '' : 's'}`;
    const summary = element('p', { class: 'muted tracking__summary', tabindex: '-1' }, [
      rows.length < page.total
        ? `${counted}, showing ${(page.offset + 1).toLocaleString('en-GB')}–${(page.offset + rows.length).toLocaleString('en-GB')}`
        : counted,
    ]);
    this.tableSlot.replaceChildren(
      summary,
      dataTable(
        `Invitations to ${this.survey.title}`,
        headers,
        rows,
        (row) => [
          element('span', {}, [
            element('span', { class: 'cell-main' }, [
              row.organisationName,
              row.synthetic ? ' ' : null,
              row.synthetic ? demoBadge() : null,
            ]),
            element('span', { class: 'cell-sub' }, [
              organisationTypes.find((type) => type.value === row.organisationType)?.label ??
                row.organisationType,
            ]),
          ]),
          memberStateName(row.countryCode),
          ...(showContacts
            ? [
                element('span', {}, [
                  element('span', { class: 'cell-main' }, [row.contactName ?? '—']),
                  row.contactEmail ? element('span', { class: 'cell-sub' }, [row.contactEmail]) : null,
                ]),
              ]
            : []),
          row.preferredLocale ? languageLabel(row.preferredLocale) : "Respondent's browser",
          String(row.version),
          badge(stateLabels[row.state], `state-${row.state}`),
          progressCell(row),
          formatWhen(row.submittedAt ?? row.lastActivityAt),
          ...(writable ? [this.actions(row)] : []),
        ],
        {
          captionHidden: true,
          empty: 'No invitations match.',
          rowAttributes: (row) => ({
            'data-invitation': String(row.invitationId),
            'data-state': row.state,
            ...(row.synthetic ? { 'data-demo': 'true' } : {}),
          }),
        },
      ),
    );
  }

  private actions(row: TrackingRow): HTMLElement {
    const who = `${row.organisationName} (${row.countryCode})`;
    const revoke =
      row.state === 'revoked' || row.state === 'submitted'
        ? null
        : button(
            'Revoke',
            async () => {
              const confirmed = await confirmDialog({
                title: `Revoke the invitation of ${who}?`,
                body: 'Its link stops working at once. Answers saved so far are kept. You can issue a new link later with Reissue.',
                confirmLabel: 'Revoke',
                danger: true,
              });
              if (!confirmed) return;
              try {
                await api.post(`/api/invitations/${row.invitationId}/revoke`);
                this.outcome.success(element('p', {}, [`The invitation of ${who} was revoked.`]));
                await this.load();
              } catch (error) {
                this.outcome.error(error, 'The invitation was not revoked.');
              }
            },
            'secondary',
            { 'aria-label': `Revoke: ${who}` },
          );
    // A revoked invitation stays revoked (the server refuses to reissue it): a new invitation is the way back.
    const reissue =
      row.state === 'submitted' || row.state === 'revoked'
        ? null
        : button(
            'Reissue',
            async () => {
              const confirmed = await confirmDialog({
                title: `Issue a new link for ${who}?`,
                body: 'The old link stops working. Answers saved so far are kept and the new link continues from them.',
                confirmLabel: 'Issue a new link',
              });
              if (!confirmed) return;
              try {
                const created = await api.post<CreatedLink>(`/api/invitations/${row.invitationId}/reissue`);
                this.outcome.success(oneTimeLink(created.link, `New link for ${who}.`));
                this.outcome.root.focus();
                await this.load();
              } catch (error) {
                this.outcome.error(error, 'No new link was issued.');
              }
            },
            'secondary',
            { 'aria-label': `Reissue: ${who}` },
          );
    return element('div', { class: 'row-actions' }, [reissue, revoke]);
  }
}

export const invitationsView: ViewFactory = async (context, route) => {
  const surveys = await fetchSurveys();
  const survey = pickSurvey(surveys, route.query.get('survey'));
  const header = pageHeader(
    'Invitations',
    element('p', { class: 'page-header__lead' }, [
      'Each organisation gets its own link. Invitations use the published version of the survey.',
    ]),
  );
  if (!survey) {
    return {
      root: element('div', { class: 'view' }, [header, element('p', {}, ['There are no surveys yet.'])]),
      title: 'Invitations',
    };
  }
  const locales =
    survey.currentVersion === null
      ? ['en']
      : codebookLocales(await fetchCodebook(survey.slug, survey.currentVersion));
  const tracking = new TrackingTable(context, survey, {
    country: route.query.get('country') ?? '',
    state: route.query.get('state') ?? '',
    organisationType: route.query.get('type') ?? '',
    search: route.query.get('q') ?? '',
    page: Math.max(1, Math.floor(Number(route.query.get('page') ?? '1')) || 1),
    includeDemo: demoDataWanted(route.query),
  });
  const reload = () => void tracking.load();
  const demoData = await demoDataPanel(context, survey, reload);
  const writable = context.can('invitations:write');
  const unpublished =
    survey.currentVersion === null
      ? element('p', { class: 'notice' }, [
          'This survey has no published version yet: publish one on the survey page before inviting.',
        ])
      : null;
  const root = element('div', { class: 'view' }, [
    header,
    surveyPicker(surveys, survey.slug, (slug) =>
      context.navigate(routeHash(['invitations'], { survey: slug })),
    ),
    unpublished,
    writable && !unpublished
      ? section('Invite one organisation', inviteOneForm(context, survey, locales, reload))
      : null,
    writable && !unpublished ? section('Invite from a CSV file', importForm(survey, reload)) : null,
    section('Tracking', demoData, tracking.root),
  ]);
  await tracking.load();
  return { root, title: `Invitations: ${survey.title}` };
};
