/**
 * Staff users (admins): the list, adding a user (coordinators with their member states), changing a user's role and
 * member states, resetting their password (a one-time password, shown once), disabling one.
 */
import { element } from '../shared/dom.ts';
import { api } from './api.ts';
import { memberStates } from './member-states.ts';
import { roleNames } from './permissions.ts';
import type { StaffRole, StaffUser } from './types.ts';
import {
  badge,
  button,
  confirmDialog,
  dataTable,
  field,
  formatWhen,
  OutcomeRegion,
  oneTimeValue,
  pageHeader,
  section,
  selectOf,
  uniqueId,
} from './ui.ts';
import type { ViewFactory, WorkspaceContext } from './view.ts';

/** The role and, for a coordinator, the member states: a select and the boxes shown only when they apply. */
function roleFields(initialRole: StaffRole, initialCountries: readonly string[]) {
  const role = selectOf(
    { name: 'role' },
    (Object.keys(roleNames) as StaffRole[]).map((value) => ({ value, label: roleNames[value] })),
    initialRole,
  );
  const boxes = memberStates.map((state) => {
    const box = element('input', {
      type: 'checkbox',
      name: 'countryCodes',
      value: state.code,
      id: uniqueId('country'),
    });
    box.checked = initialCountries.includes(state.code);
    return {
      box,
      node: element('div', { class: 'checkbox' }, [box, element('label', { for: box.id }, [state.name])]),
    };
  });
  const countries = element('fieldset', { class: 'checkbox-grid', hidden: initialRole !== 'coordinator' }, [
    element('legend', {}, ['Member states the coordinator works in']),
    ...boxes.map((entry) => entry.node),
  ]);
  role.addEventListener('change', () => {
    countries.hidden = role.value !== 'coordinator';
  });
  const chosenCountries = () => boxes.filter((entry) => entry.box.checked).map((entry) => entry.box.value);
  return { role, countries, chosenCountries };
}

/** "Change role" under a user's row: the role and member states as they are, saved together, audited by the server. */
function changeRoleForm(user: StaffUser, onChanged: () => void): HTMLElement {
  const outcome = new OutcomeRegion(uniqueId('role-outcome'), {
    role: 'Role',
    countryCodes: 'Member states',
  });
  const { role, countries, chosenCountries } = roleFields(user.role, user.countryCodes);
  const submit = element('button', { type: 'submit', class: 'button button--primary' }, ['Save the role']);
  const form = element(
    'form',
    { class: 'role-form', novalidate: true, 'aria-describedby': outcome.root.id },
    [field('Role', role), countries, element('div', { class: 'form-actions' }, [submit]), outcome.root],
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const countryCodes = role.value === 'coordinator' ? chosenCountries() : [];
    if (role.value === 'coordinator' && countryCodes.length === 0) {
      outcome.error(new Error('Choose at least one member state for a coordinator.'));
      return;
    }
    submit.disabled = true;
    try {
      await api.patch(`/api/users/${user.id}`, { role: role.value, countryCodes });
      onChanged();
    } catch (error) {
      outcome.error(error, 'The role was not changed.');
      submit.disabled = false;
    }
  });
  return element('details', { class: 'role-change' }, [
    element('summary', { 'aria-label': `Change role of ${user.email}` }, ['Change role']),
    form,
  ]);
}

function addUserForm(onAdded: () => void): HTMLElement {
  const outcome = new OutcomeRegion(uniqueId('user-outcome'), {
    email: 'E-mail address',
    role: 'Role',
    password: 'First password',
    countryCodes: 'Member states',
  });
  const email = element('input', { type: 'email', name: 'email', required: true, autocomplete: 'off' });
  const { role, countries, chosenCountries } = roleFields('researcher', []);
  const password = element('input', {
    type: 'password',
    name: 'password',
    required: true,
    minlength: '12',
    autocomplete: 'new-password',
  });
  const submit = element('button', { type: 'submit', class: 'button button--primary' }, ['Add the user']);
  const form = element(
    'form',
    { class: 'user-form', novalidate: true, 'aria-describedby': outcome.root.id },
    [
      element('div', { class: 'form-grid' }, [
        field('E-mail address', email),
        field('Role', role),
        field(
          'First password',
          password,
          'At least 12 characters and hard to guess: no common password, repetition, sequence or keyboard walk. Give it to the person by a separate channel.',
        ),
      ]),
      countries,
      element('div', { class: 'form-actions' }, [submit]),
      outcome.root,
    ],
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const countryCodes = chosenCountries();
    if (role.value === 'coordinator' && countryCodes.length === 0) {
      outcome.error(new Error('Choose at least one member state for a coordinator.'));
      return;
    }
    submit.disabled = true;
    try {
      const user = await api.post<StaffUser>('/api/users', {
        email: email.value.trim(),
        role: role.value,
        password: password.value,
        ...(role.value === 'coordinator' ? { countryCodes } : {}),
      });
      outcome.success(
        element('p', {}, [`${user.email} was added as ${roleNames[user.role].toLowerCase()}.`]),
      );
      email.value = '';
      password.value = '';
      onAdded();
    } catch (error) {
      outcome.error(error, 'The user was not added.');
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

function userActions(context: WorkspaceContext, user: StaffUser, outcome: OutcomeRegion, reload: () => void) {
  if (user.id === context.user.id) return element('span', { class: 'muted' }, ['You']);
  const disabling = user.disabledAt === null;
  const toggle = button(
    disabling ? 'Disable' : 'Enable',
    async () => {
      if (disabling) {
        const confirmed = await confirmDialog({
          title: `Disable ${user.email}?`,
          body: 'They are signed out and can no longer sign in. Their actions stay in the audit log. You can enable the account again.',
          confirmLabel: 'Disable',
          danger: true,
        });
        if (!confirmed) return;
      }
      try {
        await api.patch(`/api/users/${user.id}`, { disabled: disabling });
        reload();
      } catch (error) {
        outcome.error(error, 'The account was not changed.');
      }
    },
    disabling ? 'danger' : 'secondary',
    { 'aria-label': `${disabling ? 'Disable' : 'Enable'} ${user.email}` },
  );
  const reset = button(
    'Reset password',
    async () => {
      const confirmed = await confirmDialog({
        title: `Reset the password of ${user.email}?`,
        body: 'They are signed out at once. You get a one-time password to give them by a separate channel (not the e-mail it would unlock); at their next sign-in they must choose their own.',
        confirmLabel: 'Reset password',
        danger: true,
      });
      if (!confirmed) return;
      try {
        const result = await api.post<{ user: StaffUser; oneTimePassword: string }>(
          `/api/users/${user.id}/password-reset`,
        );
        reload();
        outcome.success(
          oneTimeValue(result.oneTimePassword, {
            heading: `${result.user.email} is signed out and must choose a new password at the next sign-in.`,
            warning:
              'This one-time password is shown only once: copy it now. Tinjau keeps only a fingerprint of it.',
            label: 'One-time password',
            copyLabel: 'Copy password',
            testId: 'one-time-password',
          }),
        );
        outcome.root.focus();
      } catch (error) {
        outcome.error(error, 'The password was not reset.');
      }
    },
    'secondary',
    { 'aria-label': `Reset password of ${user.email}` },
  );
  return element('div', { class: 'user-actions' }, [toggle, reset, changeRoleForm(user, reload)]);
}

export const usersView: ViewFactory = async (context) => {
  const outcome = new OutcomeRegion(uniqueId('users-outcome'));
  const listSlot = element('div', {});
  const reload = async () => {
    const { users } = await api.get<{ users: StaffUser[] }>('/api/users');
    listSlot.replaceChildren(
      dataTable(
        'Staff users',
        ['E-mail', 'Role', 'Member states', 'Added', 'Status', 'Actions'],
        users,
        (user) => [
          user.email,
          roleNames[user.role],
          user.role === 'coordinator' ? user.countryCodes.join(', ') || 'none' : 'All',
          formatWhen(user.createdAt),
          user.disabledAt
            ? badge('Disabled', 'closed')
            : user.passwordChangeRequired
              ? badge('New password due', 'draft')
              : badge('Active', 'published'),
          userActions(context, user, outcome, () => void reload()),
        ],
        { captionHidden: true, stackOnPhone: true },
      ),
    );
  };
  await reload();
  const root = element('div', { class: 'view' }, [
    pageHeader('Users', element('p', { class: 'page-header__lead' }, ['Staff accounts of the workspace.'])),
    section('All users', outcome.root, listSlot),
    section(
      'Add a user',
      addUserForm(() => void reload()),
    ),
  ]);
  return { root, title: 'Users' };
};
