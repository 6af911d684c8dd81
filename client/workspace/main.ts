/**
 * Entry of the researcher workspace (`/workspace`): checks the session (or shows the sign-in form), draws the
 * header and navigation for the user's role, and shows the view the address's hash names (`#/surveys/<slug>`).
 */
import './workspace.css';
import { element, requiredElement } from '../shared/dom.ts';
import { ApiError, api, onSignedOut, setCsrfToken } from './api.ts';
import { auditView } from './audit-view.ts';
import { invitationsView } from './invitations-view.ts';
import { loginView } from './login-view.ts';
import { continueWithOwnPassword } from './password-change-view.ts';
import { type Permission, roleNames } from './permissions.ts';
import { printView } from './print-view.ts';
import { surveyView } from './survey-view.ts';
import { surveysView } from './surveys-view.ts';
import type { Session, StaffUser } from './types.ts';
import { usersView } from './users-view.ts';
import { parseRoute, type Route, type View, type ViewFactory, type WorkspaceContext } from './view.ts';

// SurveyJS and chart.js are large: they load only when a preview or the progress chart is opened.
const previewView: ViewFactory = async (context, route) =>
  (await import('./preview-view.ts')).previewView(context, route);
const progressView: ViewFactory = async (context, route) =>
  (await import('./progress-view.ts')).progressView(context, route);

interface Section {
  hash: string;
  label: string;
  /** The first part of the route path the section covers. */
  match: string;
  permission: Permission;
}

const sections: readonly Section[] = [
  { hash: '#/surveys', label: 'Surveys', match: 'surveys', permission: 'surveys:read' },
  { hash: '#/invitations', label: 'Invitations', match: 'invitations', permission: 'invitations:read' },
  { hash: '#/progress', label: 'Progress', match: 'progress', permission: 'results:read' },
  { hash: '#/audit', label: 'Audit', match: 'audit', permission: 'audit:read' },
  { hash: '#/users', label: 'Users', match: 'users', permission: 'users:manage' },
];

function viewFor(route: Route): { factory: ViewFactory; permission: Permission } | null {
  const [area = 'surveys', slug, versionsWord, version, mode, extra] = route.path;
  if (area === 'surveys') {
    if (!slug) return { factory: surveysView, permission: 'surveys:read' };
    if (!versionsWord) return { factory: surveyView, permission: 'surveys:read' };
    if (versionsWord === 'versions' && version && !extra) {
      if (mode === 'preview') return { factory: previewView, permission: 'surveys:read' };
      if (mode === 'print') return { factory: printView, permission: 'surveys:read' };
    }
    return null;
  }
  if (route.path.length > 1) return null;
  const byArea: Record<string, { factory: ViewFactory; permission: Permission }> = {
    invitations: { factory: invitationsView, permission: 'invitations:read' },
    progress: { factory: progressView, permission: 'results:read' },
    audit: { factory: auditView, permission: 'audit:read' },
    users: { factory: usersView, permission: 'users:manage' },
  };
  return byArea[area] ?? null;
}

class Workspace implements WorkspaceContext {
  private view: View | undefined;
  private renderCount = 0;
  private pendingFlash: string | null = null;
  private readonly container = requiredElement('view');
  private readonly nav = requiredElement('nav');
  private readonly userSlot = requiredElement('user-slot');
  private readonly routeStatus = requiredElement('route-status');
  private readonly onHashChange = () => void this.render(true);

  constructor(
    readonly user: StaffUser,
    private readonly permissions: ReadonlySet<string>,
  ) {}

  can(permission: Permission): boolean {
    return this.permissions.has(permission);
  }

  start(): void {
    this.drawChrome();
    window.addEventListener('hashchange', this.onHashChange);
    if (!location.hash.startsWith('#/')) history.replaceState(null, '', '#/surveys');
    void this.render(false);
  }

  stop(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.view?.dispose?.();
    this.view = undefined;
    this.nav.hidden = true;
    this.nav.replaceChildren();
    this.userSlot.replaceChildren();
  }

  navigate(hash: string): void {
    if (location.hash === hash) void this.render(true);
    else location.hash = hash;
  }

  replaceRoute(hash: string): void {
    history.replaceState(null, '', hash);
  }

  flash(message: string): void {
    this.pendingFlash = message;
  }

  takeFlash(): string | null {
    const message = this.pendingFlash;
    this.pendingFlash = null;
    return message;
  }

  private drawChrome(): void {
    const signOut = element('button', { type: 'button', class: 'button button--header' }, ['Sign out']);
    signOut.addEventListener('click', async () => {
      signOut.disabled = true;
      try {
        await api.post('/api/auth/logout');
      } catch {
        // Signed out either way: the session is gone or will expire; the page forgets the token now.
      }
      signOutLocally();
    });
    const countries =
      this.user.role === 'coordinator' && this.user.countryCodes.length > 0
        ? ` · ${this.user.countryCodes.join(', ')}`
        : '';
    this.userSlot.replaceChildren(
      element('p', { class: 'ws-user__who' }, [
        element('span', { class: 'ws-user__email' }, [this.user.email]),
        element('span', { class: 'ws-user__role' }, [`${roleNames[this.user.role]}${countries}`]),
      ]),
      signOut,
    );
    this.nav.replaceChildren(
      element(
        'ul',
        { class: 'ws-nav__list' },
        sections
          .filter((section) => this.can(section.permission))
          .map((section) =>
            element('li', {}, [
              element('a', { href: section.hash, class: 'ws-nav__link', 'data-section': section.match }, [
                section.label,
              ]),
            ]),
          ),
      ),
    );
    this.nav.hidden = false;
  }

  private markSection(area: string): void {
    for (const link of this.nav.querySelectorAll<HTMLAnchorElement>('a[data-section]')) {
      if (link.dataset.section === area) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  }

  private async render(moveFocus: boolean): Promise<void> {
    if (!location.hash.startsWith('#/')) return;
    const route = parseRoute(location.hash);
    const renderNumber = ++this.renderCount;
    this.markSection(route.path[0] ?? 'surveys');
    const target = viewFor(route);
    let next: View;
    if (!target) {
      next = messageView(
        'Page not found',
        'There is no such page in the workspace. Use the navigation above.',
      );
    } else if (!this.can(target.permission)) {
      next = messageView('Not available', 'Your role does not give access to this page.');
    } else {
      this.container.setAttribute('aria-busy', 'true');
      try {
        next = await target.factory(this, route);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return;
        next = messageView(
          'Could not load this page',
          error instanceof Error ? error.message : String(error),
        );
      }
    }
    // A later navigation has already started: its view wins.
    if (renderNumber !== this.renderCount) {
      next.dispose?.();
      return;
    }
    this.container.removeAttribute('aria-busy');
    this.view?.dispose?.();
    this.view = next;
    this.container.replaceChildren(next.root);
    next.mounted?.();
    document.title = `${next.title} · Tinjau Workspace`;
    this.routeStatus.textContent = next.title;
    if (moveFocus) {
      const heading = this.container.querySelector<HTMLElement>('#view-title');
      heading?.focus({ preventScroll: false });
    }
  }
}

function messageView(title: string, body: string): View {
  return {
    title,
    root: element('div', { class: 'message' }, [
      element('h1', { class: 'page-header__title', id: 'view-title', tabindex: '-1' }, [title]),
      element('p', {}, [body]),
    ]),
  };
}

let workspace: Workspace | undefined;

function showWorkspace(session: Session): void {
  setCsrfToken(session.csrfToken);
  workspace?.stop();
  workspace = new Workspace(session.user, new Set(session.permissions));
  workspace.start();
}

function showSignIn(): void {
  workspace?.stop();
  workspace = undefined;
  setCsrfToken('');
  document.title = 'Sign in · Tinjau Workspace';
  const view = requiredElement('view');
  view.removeAttribute('aria-busy');
  view.replaceChildren(
    loginView(showWorkspace, {
      title: 'Sign in to the workspace',
      intro: [
        'For the research team of the ITU/ASEAN study of social media policy. Respondents answer through the link in their invitation and do not need an account.',
      ],
    }),
  );
  view.querySelector<HTMLInputElement>('input[name="email"]')?.focus();
}

function signOutLocally(): void {
  showSignIn();
}

async function startWorkspacePage(): Promise<void> {
  // The skip link targets #main; letting it change the hash would look like a route to the router.
  requiredElement('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    requiredElement('main').focus();
  });
  onSignedOut(() => {
    if (workspace) showSignIn();
  });
  try {
    const session = await api.get<Session>('/api/auth/session');
    continueWithOwnPassword(session, (view) => requiredElement('view').replaceChildren(view), showWorkspace);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) showSignIn();
    else
      requiredElement('view').replaceChildren(
        messageView('The workspace could not start', error instanceof Error ? error.message : String(error))
          .root,
      );
  }
}

void startWorkspacePage();
