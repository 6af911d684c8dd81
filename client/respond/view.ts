/** What the page can show in its content area: the questionnaire, a receipt, or a message. */
import type { PageStrings } from '../shared/i18n/page-strings.ts';

export interface View {
  /** The browser tab's title in the current language. */
  title(): string;
  setLocale(locale: string, strings: PageStrings): void;
  /** Stops timers and listeners before another view takes the content area. */
  dispose(): void;
}
