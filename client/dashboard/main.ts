/**
 * Entry of the results dashboard (`/dashboard`, `/dashboard/country/<ISO2>`): checks the staff session (or shows
 * the sign-in form), then shows the overview or a country profile for the state in the address. Links marked
 * `data-route` change the address without reloading the page.
 */
import '../workspace/workspace.css';
import './dashboard.css';
import { element, requiredElement } from '../shared/dom.ts';
import { ApiError, api, onSignedOut, setCsrfToken } from '../workspace/api.ts';
import { loginView } from '../workspace/login-view.ts';
import { continueWithOwnPassword } from '../workspace/password-change-view.ts';
import { roleNames } from '../workspace/permissions.ts';
import type { Session, StaffUser, SurveySummary } from '../workspace/types.ts';
import type { DashboardContext, DashboardView } from './context.ts';
import { countryProfileView } from './country-profile.ts';
import { type DashboardState, readState, stateUrl } from './filters.ts';
import { overviewView } from './overview-view.ts';
import { loadSurveys } from './results-api.ts';

const container = requiredElement('view');
const userSlot = requiredElement('user-slot');

class Dashboard implements DashboardContext {
  private view: DashboardView | undefined;
  private state: DashboardState;

  constructor(
    readonly user: StaffUser,
    readonly surveys: readonly SurveySummary[],
  ) {
    this.state = this.completed(readState(window.location));
  }

  /** A state with a survey that exists (the first, when the address names none). */
  private completed(state: DashboardState): DashboardState {
    const known = this.surveys.some((survey) => survey.slug === state.survey);
    return known ? state : { ...state, survey: this.surveys[0]?.slug ?? '' };
  }

  href(state: DashboardState): string {
    return stateUrl(state);
  }

  navigate(state: DashboardState, how: 'push' | 'replace'): void {
    const next = this.completed(state);
    const url = stateUrl(next);
    if (how === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    this.show(next, how === 'push');
  }

  start(): void {
    this.drawUser();
    window.history.replaceState(null, '', stateUrl(this.state));
    window.addEventListener('popstate', () => this.show(this.completed(readState(window.location)), true));
    document.addEventListener('click', (event) => {
      const link = (event.target as Element | null)?.closest?.('a[data-route]');
      if (!(link instanceof HTMLAnchorElement) || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      window.history.pushState(null, '', link.href);
      this.show(this.completed(readState(window.location)), true);
    });
    this.show(this.state, true);
  }

  private show(state: DashboardState, moveFocus: boolean): void {
    const previous = this.state;
    this.state = state;
    if (this.view && previous.country === state.country && this.view.update?.(state)) return;
    this.view?.destroy();
    if (this.surveys.length === 0) {
      this.view = undefined;
      container.replaceChildren(
        element('p', { class: 'notice' }, ['There are no surveys yet. Upload one in the workspace.']),
      );
      return;
    }
    this.view = state.country ? countryProfileView(this, state) : overviewView(this, state);
    container.replaceChildren(this.view.root);
    document.title = state.country ? 'Tinjau · Country profile' : 'Tinjau · Results dashboard';
    if (moveFocus) {
      window.scrollTo(0, 0);
      document.getElementById('view-title')?.focus({ preventScroll: true });
    }
  }

  private drawUser(): void {
    const signOut = element('button', { type: 'button', class: 'button button--header' }, ['Sign out']);
    signOut.addEventListener('click', async () => {
      try {
        await api.post('/api/auth/logout');
      } finally {
        window.location.assign('/dashboard');
      }
    });
    userSlot.replaceChildren(
      element('a', { href: '/workspace', class: 'dash-header-link' }, ['Workspace']),
      element('p', { class: 'ws-user__who' }, [
        element('span', {}, [this.user.email]),
        element('span', { class: 'ws-user__role' }, [
          roleNames[this.user.role] +
            (this.user.role === 'coordinator' ? ` · ${this.user.countryCodes.join(', ')}` : ''),
        ]),
      ]),
      signOut,
    );
  }
}

async function begin(session: Session): Promise<void> {
  setCsrfToken(session.csrfToken);
  try {
    const surveys = await loadSurveys();
    new Dashboard(session.user, surveys).start();
  } catch (error) {
    container.replaceChildren(
      element('p', { class: 'outcome outcome--error', role: 'alert' }, [
        `The surveys could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      ]),
    );
  }
}

function showSignIn(): void {
  userSlot.replaceChildren();
  container.replaceChildren(
    loginView((session) => void begin(session), {
      title: 'Sign in to the results dashboard',
      intro: [
        'For staff of the ITU/ASEAN study. Use your workspace account, or ',
        element('a', { href: '/workspace' }, ['sign in at the workspace']),
        ' and come back.',
      ],
    }),
  );
  container.querySelector<HTMLInputElement>('input[name="email"]')?.focus();
}

onSignedOut(showSignIn);

async function start(): Promise<void> {
  try {
    const session = await api.get<Session>('/api/auth/session');
    continueWithOwnPassword(
      session,
      (view) => container.replaceChildren(view),
      (renewed) => void begin(renewed),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) showSignIn();
    else
      container.replaceChildren(
        element('p', { class: 'outcome outcome--error', role: 'alert' }, [
          `The dashboard could not start: ${error instanceof Error ? error.message : String(error)}`,
        ]),
      );
  }
}

void start();
