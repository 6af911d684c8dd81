/**
 * The staff sign-in form, for the workspace and the dashboard (one account and session for both). Problems are
 * shown inline, next to the form, and announced.
 */
import { element } from '../shared/dom.ts';
import { ApiError, api, setCsrfToken } from './api.ts';
import { continueWithOwnPassword } from './password-change-view.ts';
import type { Session } from './types.ts';
import { field } from './ui.ts';

export interface LoginTexts {
  title: string;
  /** Who the page is for, under the title; may hold links. */
  intro: Array<string | Node>;
}

export function loginView(onSignedIn: (session: Session) => void, texts: LoginTexts): HTMLElement {
  const email = element('input', {
    type: 'email',
    name: 'email',
    autocomplete: 'username',
    required: true,
    spellcheck: 'false',
  });
  const password = element('input', {
    type: 'password',
    name: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const problem = element('p', { class: 'form-error', id: 'login-error', role: 'alert' });
  const submit = element('button', { type: 'submit', class: 'button button--primary' }, ['Sign in']);
  const form = element(
    'form',
    { class: 'login__form', novalidate: true, 'aria-describedby': 'login-error' },
    [field('E-mail address', email), field('Password', password), problem, submit],
  );

  const showProblem = (message: string) => {
    problem.textContent = message;
    for (const input of [email, password]) input.setAttribute('aria-invalid', 'true');
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    problem.textContent = '';
    for (const input of [email, password]) input.removeAttribute('aria-invalid');
    if (!email.value.trim() || !password.value) {
      showProblem('Enter your e-mail address and your password.');
      (email.value.trim() ? password : email).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Signing in…';
    try {
      const session = await api.post<Session>('/api/auth/login', {
        email: email.value.trim(),
        password: password.value,
      });
      setCsrfToken(session.csrfToken);
      continueWithOwnPassword(session, (view) => root.replaceWith(view), onSignedIn);
    } catch (error) {
      const message =
        error instanceof ApiError && error.status === 400
          ? 'Enter a valid e-mail address and your password.'
          : error instanceof Error
            ? error.message
            : String(error);
      showProblem(message);
      password.value = '';
      password.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = 'Sign in';
    }
  });

  const root = element('div', { class: 'login' }, [
    element('h1', { class: 'login__title', id: 'view-title', tabindex: '-1' }, [texts.title]),
    element('p', { class: 'login__intro' }, texts.intro),
    form,
  ]);
  return root;
}
