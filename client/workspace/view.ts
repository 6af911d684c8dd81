/** What every workspace view is, and what it may ask of the workspace around it. */
import type { Permission } from './permissions.ts';
import type { StaffUser } from './types.ts';

export interface View {
  readonly root: HTMLElement;
  /** For the browser tab and the screen-reader announcement of the new page. */
  readonly title: string;
  /** Called once the view is on the page (for what needs its size, such as a chart). */
  mounted?(): void;
  dispose?(): void;
}

export interface Route {
  /** The hash path split on `/`, e.g. ['surveys', 'pilot', 'versions', '2', 'preview']. */
  readonly path: readonly string[];
  readonly query: URLSearchParams;
}

export interface WorkspaceContext {
  readonly user: StaffUser;
  can(permission: Permission): boolean;
  /** Goes to a hash route (`#/surveys/pilot`), showing it again even when it is the current one. */
  navigate(hash: string): void;
  /** Records the current view's state (filters, chosen survey) in the address without showing it again. */
  replaceRoute(hash: string): void;
  /** A message for the next view to show, e.g. after an upload that moves to the survey's page. */
  flash(message: string): void;
  takeFlash(): string | null;
}

export type ViewFactory = (context: WorkspaceContext, route: Route) => Promise<View>;

/** `#/surveys/<slug>` with every part encoded. */
export function routeHash(
  path: ReadonlyArray<string | number>,
  query: Record<string, string | undefined> = {},
): string {
  const encoded = path.map((part) => encodeURIComponent(String(part))).join('/');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return `#/${encoded}${search ? `?${search}` : ''}`;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [pathPart = '', queryPart = ''] = raw.split('?', 2);
  const path = pathPart
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
  return { path, query: new URLSearchParams(queryPart) };
}
