/** Small pieces every workspace view uses: labelled fields, badges, problem lists, dates, copying and downloads. */
import { element } from '../shared/dom.ts';
import { formatDateTime } from '../shared/format-date.ts';
import { ApiError, type ProblemDetail } from './api.ts';
import { type FieldLabels, messageRepeatsDetails, plainProblem } from './problem-words.ts';

/** Staff read dates in one fixed, unambiguous style (12 March 2026 at 14:05). */
const staffLocale = 'en-GB';

export function formatWhen(isoDate: string | null | undefined): string {
  return isoDate ? formatDateTime(isoDate, staffLocale) : '—';
}

let idCounter = 0;
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** A label, an optional hint (announced with the control) and the control. */
export function field(label: string, control: Control, hint?: string | Node): HTMLElement {
  if (!control.id) control.id = uniqueId('field');
  control.classList.add('field__control');
  const hintNode = hint ? element('p', { class: 'field__hint', id: `${control.id}-hint` }, [hint]) : null;
  if (hintNode) control.setAttribute('aria-describedby', hintNode.id);
  return element('div', { class: 'field' }, [
    element('label', { class: 'field__label', for: control.id }, [label]),
    hintNode,
    control,
  ]);
}

export function selectOf(
  attributes: Record<string, string | boolean | undefined>,
  options: ReadonlyArray<{ value: string; label: string }>,
  selected?: string,
): HTMLSelectElement {
  const select = element(
    'select',
    attributes,
    options.map((option) => element('option', { value: option.value }, [option.label])),
  );
  if (selected !== undefined) select.value = selected;
  return select;
}

export function button(
  label: string,
  onClick: (event: MouseEvent) => void,
  variant: 'primary' | 'secondary' | 'danger' | 'link' = 'secondary',
  attributes: Record<string, string | boolean | undefined> = {},
): HTMLButtonElement {
  const node = element('button', { type: 'button', class: `button button--${variant}`, ...attributes }, [
    label,
  ]);
  node.addEventListener('click', onClick);
  return node;
}

export const versionStatusLabels = { draft: 'Draft', published: 'Published', closed: 'Closed' } as const;

export function badge(text: string, tone: string): HTMLElement {
  return element('span', { class: `badge badge--${tone}` }, [text]);
}

/** One line per problem, in plain words: the form's label for a field, "where — what" for a line or a path. */
export function problemText(detail: ProblemDetail, labels?: FieldLabels): string {
  return plainProblem(detail, labels);
}

/**
 * A region that reports the outcome of a form: an error with its problems listed, or a confirmation. It is
 * live, so screen readers hear the result, and the form names it in aria-describedby.
 */
export class OutcomeRegion {
  readonly root: HTMLElement;

  /** `labels`: the form's labels by API field key, so that problems name fields as the form does. */
  constructor(
    id: string,
    private readonly labels: FieldLabels = {},
  ) {
    this.root = element('div', { class: 'outcome', id, 'aria-live': 'polite', tabindex: '-1' });
  }

  clear(): void {
    this.root.replaceChildren();
    this.root.className = 'outcome';
  }

  error(error: unknown, lead?: string): void {
    const apiError = error instanceof ApiError ? error : null;
    const message = apiError?.message ?? (error instanceof Error ? error.message : String(error));
    const details = apiError?.details ?? [];
    this.root.className = 'outcome outcome--error';
    const title = messageRepeatsDetails(message, details)
      ? lead || 'Please correct the following:'
      : lead
        ? `${lead} ${message}`
        : message;
    this.root.replaceChildren(element('p', { class: 'outcome__title' }, [title]));
    if (details.length > 0)
      this.root.append(
        element(
          'ul',
          { class: 'problem-list' },
          details.map((detail) => element('li', {}, [problemText(detail, this.labels)])),
        ),
      );
  }

  success(...content: Array<Node | string>): void {
    this.root.className = 'outcome outcome--success';
    this.root.replaceChildren(...content);
  }
}

/** Copies text to the clipboard; says so in the button, which also announces it. */
export function copyButton(text: string, label = 'Copy'): HTMLButtonElement {
  const node = button(label, async () => {
    try {
      await navigator.clipboard.writeText(text);
      node.textContent = 'Copied';
    } catch {
      node.textContent = 'Select and copy the text by hand';
    }
    setTimeout(() => {
      node.textContent = label;
    }, 3000);
  });
  node.setAttribute('aria-live', 'polite');
  return node;
}

/** A secret shown once (an invitation link, a one-time password): read-only to select, a Copy button, a warning. */
export function oneTimeValue(
  value: string,
  texts: { heading: string; warning: string; label: string; copyLabel: string; testId: string },
): HTMLElement {
  const input = element('input', {
    type: 'text',
    class: 'one-time-link__value',
    readonly: true,
    value,
    spellcheck: 'false',
    'data-testid': texts.testId,
  });
  input.addEventListener('focus', () => input.select());
  return element('div', { class: 'one-time-link' }, [
    element('p', { class: 'one-time-link__title' }, [texts.heading]),
    element('p', { class: 'one-time-link__warning' }, [texts.warning]),
    element('div', { class: 'one-time-link__row' }, [
      field(texts.label, input),
      copyButton(value, texts.copyLabel),
    ]),
  ]);
}

/** An invitation link shown once. */
export function oneTimeLink(link: string, heading: string): HTMLElement {
  return oneTimeValue(link, {
    heading,
    warning:
      'This link is shown only once: copy it now. Tinjau keeps only a fingerprint of it, so it cannot show it again (you can reissue a new one).',
    label: 'Invitation link',
    copyLabel: 'Copy link',
    testId: 'one-time-link',
  });
}

/** Saves text as a file the browser downloads. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = element('a', { href: url, download: fileName, class: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen file as text (UTF-8). */
export function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => resolve(String(reader.result ?? '')));
    reader.addEventListener('error', () => reject(reader.error ?? new Error('The file could not be read.')));
    reader.readAsText(file, 'utf-8');
  });
}

/** A modal question with two answers; resolves true when confirmed. */
export function confirmDialog(options: {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
}): Promise<boolean> {
  return new Promise((resolve) => {
    const titleId = uniqueId('dialog-title');
    const bodyId = uniqueId('dialog-body');
    const dialog = element('dialog', {
      class: 'dialog',
      'aria-labelledby': titleId,
      'aria-describedby': bodyId,
    });
    const finish = (confirmed: boolean) => {
      dialog.close();
      dialog.remove();
      resolve(confirmed);
    };
    const cancel = button('Cancel', () => finish(false));
    dialog.append(
      element('h2', { class: 'dialog__title', id: titleId }, [options.title]),
      element('p', { class: 'dialog__body', id: bodyId }, [options.body]),
      element('div', { class: 'dialog__actions' }, [
        cancel,
        button(options.confirmLabel, () => finish(true), options.danger ? 'danger' : 'primary'),
      ]),
    );
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}

/** A table with a caption and a header row; `cells` builds each body row. */
export function dataTable<T>(
  caption: string,
  headers: readonly string[],
  rows: readonly T[],
  cells: (row: T) => ReadonlyArray<Node | string>,
  options: {
    captionHidden?: boolean;
    empty?: string;
    rowAttributes?: (row: T) => Record<string, string>;
    /** On a phone, each row becomes a card of "header: value" lines instead of a table that scrolls sideways. */
    stackOnPhone?: boolean;
  } = {},
): HTMLElement {
  const table = element(
    'table',
    { class: options.stackOnPhone ? 'data-table data-table--stacked' : 'data-table' },
    [
      element('caption', { class: options.captionHidden ? 'visually-hidden' : 'data-table__caption' }, [
        caption,
      ]),
      element('thead', {}, [
        element(
          'tr',
          {},
          headers.map((header) => element('th', { scope: 'col' }, [header])),
        ),
      ]),
      element(
        'tbody',
        {},
        rows.length === 0
          ? [
              element('tr', {}, [
                element('td', { colspan: String(headers.length), class: 'data-table__empty' }, [
                  options.empty ?? 'Nothing yet.',
                ]),
              ]),
            ]
          : rows.map((row) =>
              element(
                'tr',
                options.rowAttributes?.(row) ?? {},
                cells(row).map((cell, index) =>
                  element('td', { 'data-label': headers[index] ?? '' }, [cell]),
                ),
              ),
            ),
      ),
    ],
  );
  // A wide table scrolls sideways on a phone: the scrolling box takes keyboard focus so it can be scrolled without
  // a pointer, and is named after the table for screen readers.
  return element('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption }, [
    table,
  ]);
}

export function pageHeader(title: string, ...extra: Array<Node | string | null>): HTMLElement {
  return element('div', { class: 'page-header' }, [
    element('h1', { class: 'page-header__title', id: 'view-title', tabindex: '-1' }, [title]),
    ...extra,
  ]);
}

export function section(title: string, ...content: Array<Node | string | null | false>): HTMLElement {
  const id = uniqueId('section');
  return element('section', { class: 'panel', 'aria-labelledby': id }, [
    element('h2', { class: 'panel__title', id }, [title]),
    ...content,
  ]);
}
