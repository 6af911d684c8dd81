/** Signing in from the dashboard itself (the same staff account and session as the workspace). */
import { element } from '../shared/dom.ts';
import { ApiError, api, setCsrfToken } from '../workspace/api.ts';
import type { Session } from '../workspace/types.ts';

export function signInView(onSignedIn: (session: Session) => void): HTMLElement {
  const email = element('input', {
    type: 'email',
    id: 'sign-in-email',
    class: 'field__control',
    autocomplete: 'username',
    required: true,
    spellcheck: 'false',
  });
  const password = element('input', {
    type: 'password',
    id: 'sign-in-password',
    class: 'field__control',
    autocomplete: 'current-password',
    required: true,
  });
  const problem = element('p', { class: 'form-error', id: 'sign-in-error', role: 'alert' });
  const submit = element('button', { type: 'submit', class: 'button button--primary' }, ['Sign in']);
  const form = element('form', { novalidate: true, 'aria-describedby': 'sign-in-error' }, [
    element('div', { class: 'field' }, [
      element('label', { class: 'field__label', for: 'sign-in-email' }, ['E-mail address']),
      email,
    ]),
    element('div', { class: 'field' }, [
      element('label', { class: 'field__label', for: 'sign-in-password' }, ['Password']),
      password,
    ]),
    problem,
    submit,
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    problem.textContent = '';
    if (!email.value.trim() || !password.value) {
      problem.textContent = 'Enter your e-mail address and your password.';
      return;
    }
    submit.disabled = true;
    try {
      const session = await api.post<Session>('/api/auth/login', {
        email: email.value.trim(),
        password: password.value,
      });
      setCsrfToken(session.csrfToken);
      onSignedIn(session);
    } catch (error) {
      problem.textContent =
        error instanceof ApiError && error.status === 400
          ? 'Enter a valid e-mail address and your password.'
          : error instanceof Error
            ? error.message
            : String(error);
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return element('div', { class: 'login' }, [
    element('h1', { class: 'login__title', id: 'view-title', tabindex: '-1' }, [
      'Sign in to the results dashboard',
    ]),
    element('p', { class: 'login__intro' }, [
      'For staff of the ITU/ASEAN study. Use your workspace account, or ',
      element('a', { href: '/workspace' }, ['sign in at the workspace']),
      ' and come back.',
    ]),
    form,
  ]);
}
