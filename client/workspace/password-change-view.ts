/**
 * Choosing a new password after an admin reset it, for the workspace and the dashboard: the server refuses every
 * other request of the user until this is done, so the page shows only this form, then goes on with the session
 * the server renews.
 */
import { element } from '../shared/dom.ts';
import { api, setCsrfToken } from './api.ts';
import type { Session } from './types.ts';
import { field, OutcomeRegion, uniqueId } from './ui.ts';

export function passwordChangeView(session: Session, onChanged: (session: Session) => void): HTMLElement {
  const outcome = new OutcomeRegion(uniqueId('password-outcome'), {
    currentPassword: 'One-time password',
    newPassword: 'New password',
  });
  const current = element('input', {
    type: 'password',
    name: 'currentPassword',
    autocomplete: 'current-password',
    required: true,
  });
  const next = element('input', {
    type: 'password',
    name: 'newPassword',
    autocomplete: 'new-password',
    required: true,
    minlength: '12',
  });
  const again = element('input', {
    type: 'password',
    name: 'newPasswordAgain',
    autocomplete: 'new-password',
    required: true,
  });
  const submit = element('button', { type: 'submit', class: 'button button--primary' }, [
    'Save the new password',
  ]);
  const form = element(
    'form',
    { class: 'login__form', novalidate: true, 'aria-describedby': outcome.root.id },
    [
      field('One-time password', current, 'The password the administrator gave you.'),
      field(
        'New password',
        next,
        'At least 12 characters and hard to guess: no common password, repetition, sequence or keyboard walk.',
      ),
      field('New password again', again),
      outcome.root,
      submit,
    ],
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    outcome.clear();
    if (!current.value || !next.value) {
      outcome.error(new Error('Enter the one-time password and your new password.'));
      return;
    }
    if (next.value !== again.value) {
      outcome.error(new Error('The two new passwords are not the same.'));
      again.focus();
      return;
    }
    submit.disabled = true;
    try {
      const renewed = await api.post<Session>('/api/auth/password', {
        currentPassword: current.value,
        newPassword: next.value,
      });
      setCsrfToken(renewed.csrfToken);
      onChanged(renewed);
    } catch (error) {
      outcome.error(error, 'The password was not changed.');
      submit.disabled = false;
    }
  });
  return element('div', { class: 'login' }, [
    element('h1', { class: 'login__title', id: 'view-title', tabindex: '-1' }, ['Choose a new password']),
    element('p', { class: 'login__intro' }, [
      `An administrator reset the password of ${session.user.email}. Choose your own password to go on.`,
    ]),
    form,
  ]);
}

/** Goes on with the session, or first shows the password change in `show` when an admin reset the password. */
export function continueWithOwnPassword(
  session: Session,
  show: (view: HTMLElement) => void,
  goOn: (session: Session) => void,
): void {
  if (!session.user.passwordChangeRequired) {
    goOn(session);
    return;
  }
  setCsrfToken(session.csrfToken);
  const view = passwordChangeView(session, goOn);
  show(view);
  view.querySelector<HTMLInputElement>('input[name="currentPassword"]')?.focus();
}
