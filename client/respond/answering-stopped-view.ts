/**
 * Answering stopped under the respondent (link revoked or reissued, survey closed, collection window ended or
 * moved): says so in the page's language, says that what was typed is still on this device (local-draft.ts keeps
 * it, as when offline), and names the study's contact when the research team has given one.
 */
import { element } from '../shared/dom.ts';
import { formatPageString } from '../shared/i18n/page-locales.ts';
import type { PageStrings } from '../shared/i18n/page-strings.ts';
import type { StopReason } from './answering-stopped.ts';
import type { MessageKey } from './message-view.ts';
import type { View } from './view.ts';

interface StopWording {
  title: MessageKey;
  body: MessageKey | null;
  kept: 'keptOnDeviceReopen' | 'keptOnDeviceNewLink';
}

function wordingFor(reason: StopReason): StopWording {
  switch (reason) {
    case 'link_ended':
      return { title: 'linkEndedTitle', body: 'linkEndedBody', kept: 'keptOnDeviceNewLink' };
    case 'closed':
      return { title: 'closedTitle', body: 'closedBody', kept: 'keptOnDeviceReopen' };
    // The opening date may have moved since the page loaded, so the message names none.
    case 'not_open':
      return { title: 'notOpenTitle', body: null, kept: 'keptOnDeviceReopen' };
    default:
      return reason satisfies never;
  }
}

export class AnsweringStoppedView implements View {
  private readonly heading = element('h1', { class: 'message__title', tabindex: '-1' });
  private readonly body = element('p', { class: 'message__body' });
  private readonly kept = element('p', { class: 'message__body message__kept' });
  private readonly contact = element('p', { class: 'message__body message__contact' });
  private readonly wording: StopWording;
  private strings: PageStrings | undefined;

  constructor(
    container: HTMLElement,
    readonly reason: StopReason,
    private readonly studyContact: string | null,
  ) {
    this.wording = wordingFor(reason);
    container.replaceChildren(
      element('section', { class: 'message', 'data-view': `stopped-${reason}` }, [
        this.heading,
        this.body,
        this.kept,
        this.contact,
      ]),
    );
  }

  title(): string {
    return this.strings ? this.strings[this.wording.title] : '';
  }

  /** Moves focus to the message, so a screen reader announces at once that answering has stopped. */
  focus(): void {
    this.heading.focus();
  }

  setLocale(_locale: string, strings: PageStrings): void {
    this.strings = strings;
    const { title, body, kept } = this.wording;
    this.heading.textContent = strings[title];
    this.body.textContent = body ? strings[body] : '';
    this.body.hidden = body === null;
    this.kept.textContent = strings[kept];
    this.contact.textContent = this.studyContact
      ? formatPageString(strings.studyContact, { contact: this.studyContact })
      : '';
    this.contact.hidden = !this.studyContact;
  }

  dispose(): void {}
}
