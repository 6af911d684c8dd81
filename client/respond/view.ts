/** What the page can show in its content area: the questionnaire, a receipt, or a message. */
import type { PageStrings } from '../shared/i18n/page-strings.ts';

export interface View {
  /** The browser tab's title in the current language. */
  title(): string;
  setLocale(locale: string, strings: PageStrings): void;
  /** Draws the questionnaire again from its definition in another language (views that show questions). */
  replaceDefinition?(definition: object, locale: string): void;
  /** Stops timers and listeners before another view takes the content area. */
  dispose(): void;
}
