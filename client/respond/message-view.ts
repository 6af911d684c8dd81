/** A page that is only a message: link not valid, questionnaire closed or not yet open, too many attempts. */
import { element } from '../shared/dom.ts';
import { formatPageString } from '../shared/i18n/page-locales.ts';
import type { PageStrings } from '../shared/i18n/page-strings.ts';
import type { View } from './view.ts';

export type MessageKey = {
  [K in keyof PageStrings]: K extends `${string}Title` | `${string}Body` ? K : never;
}[keyof PageStrings];

export class MessageView implements View {
  private readonly heading = element('h1', { class: 'message__title', tabindex: '-1' });
  private readonly body = element('p', { class: 'message__body' });
  private strings: PageStrings | undefined;

  constructor(
    container: HTMLElement,
    readonly kind: string,
    private readonly titleKey: MessageKey,
    private readonly bodyKey: MessageKey | null,
    /** Values for the body's `{placeholders}`, worked out for the current locale. */
    private readonly values: (locale: string) => Record<string, string> = () => ({}),
  ) {
    container.replaceChildren(
      element('section', { class: 'message', 'data-view': kind }, [this.heading, this.body]),
    );
  }

  title(): string {
    return this.strings ? this.strings[this.titleKey] : '';
  }

  setLocale(locale: string, strings: PageStrings): void {
    this.strings = strings;
    this.heading.textContent = strings[this.titleKey];
    this.body.textContent = this.bodyKey ? formatPageString(strings[this.bodyKey], this.values(locale)) : '';
    this.body.hidden = this.bodyKey === null;
  }

  dispose(): void {}
}
