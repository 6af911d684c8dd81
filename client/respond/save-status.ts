/** Shows the save state in the page's live region, in the page's current language. */
import type { PageStrings } from '../shared/i18n/page-strings.ts';
import type { SaveState } from './autosave.ts';

/** `submitting` is shown by the submit step, not reached by autosave. */
type ShownState = SaveState | 'submitting';

const wording: Record<ShownState, (strings: PageStrings) => string> = {
  idle: () => '',
  saving: (strings) => strings.saveSaving,
  saved: (strings) => strings.saveSaved,
  offline: (strings) => strings.saveOffline,
  error: (strings) => strings.saveError,
  submitting: (strings) => strings.submitting,
};

export class SaveStatus {
  private state: ShownState = 'idle';

  constructor(
    private readonly region: HTMLElement,
    private strings: PageStrings,
  ) {}

  show(state: ShownState): void {
    this.state = state;
    this.render();
  }

  setStrings(strings: PageStrings): void {
    this.strings = strings;
    this.render();
  }

  private render(): void {
    this.region.textContent = wording[this.state](this.strings);
    this.region.dataset.state = this.state;
  }
}
