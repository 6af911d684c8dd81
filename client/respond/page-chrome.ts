/**
 * Everything around the questionnaire that the page's HTML provides: the document language, the skip link,
 * the language menu, and the notice and alert above the content. Notices are kept as page-string keys, so they
 * follow a language change. No draft-translation note: whether a translation is reviewed is for staff to know
 * (workspace, preview, `cli validate`); a respondent is only put off by it.
 */
import { requiredElement } from '../shared/dom.ts';
import type { PageStrings } from '../shared/i18n/page-strings.ts';
import { LanguageSwitcher } from './language-switcher.ts';

type StringKey = keyof PageStrings;

export class PageChrome {
  readonly content = requiredElement('content');
  private readonly skipLink = requiredElement<HTMLAnchorElement>('skip-link');
  private readonly languageSlot = requiredElement('language-slot');
  private readonly notice = requiredElement('page-notice');
  private readonly alert = requiredElement('page-alert');
  private switcher: LanguageSwitcher | undefined;
  private strings: PageStrings | undefined;
  private noticeKey: StringKey | null = null;
  private alertKey: StringKey | null = null;
  private alertDetails: readonly string[] = [];

  /** Applies a language to the page's own words. */
  setLocale(locale: string, strings: PageStrings): void {
    this.strings = strings;
    document.documentElement.lang = locale;
    this.skipLink.textContent = strings.skipToContent;
    this.switcher?.setLabel(strings.language);
    this.render();
  }

  showLanguageSwitcher(
    locales: readonly string[],
    current: string,
    onChange: (locale: string) => void,
  ): void {
    if (locales.length < 2) return;
    this.switcher = new LanguageSwitcher(locales, current, onChange);
    if (this.strings) this.switcher.setLabel(this.strings.language);
    this.languageSlot.replaceChildren(this.switcher.root);
  }

  /** A calm note for the respondent, such as "your saved answers have been restored". */
  showNotice(key: StringKey | null): void {
    this.noticeKey = key;
    this.render();
  }

  /** Something that needs attention, with optional messages from the server (already in its own words). */
  showAlert(key: StringKey | null, details: readonly string[] = []): void {
    this.alertKey = key;
    this.alertDetails = details;
    this.render();
    if (key) this.alert.scrollIntoView({ block: 'nearest' });
  }

  private render(): void {
    const strings = this.strings;
    if (!strings) return;
    this.notice.hidden = this.noticeKey === null;
    this.notice.textContent = this.noticeKey ? strings[this.noticeKey] : '';
    this.alert.hidden = this.alertKey === null;
    const alertLines = this.alertKey ? [strings[this.alertKey], ...this.alertDetails] : [];
    this.alert.replaceChildren(
      ...alertLines.map((line, index) => {
        const paragraph = document.createElement('p');
        if (index > 0) paragraph.className = 'alert__detail';
        paragraph.textContent = line;
        return paragraph;
      }),
    );
  }
}
