/** The header's language menu: a labelled <select> of the questionnaire's languages, named in themselves. */
import { element } from '../shared/dom.ts';
import { nativeLanguageName } from '../shared/i18n/language-names.ts';

export class LanguageSwitcher {
  private readonly label: HTMLLabelElement;
  private readonly select: HTMLSelectElement;
  readonly root: HTMLElement;

  constructor(locales: readonly string[], current: string, onChange: (locale: string) => void) {
    this.select = element(
      'select',
      { id: 'language-select', name: 'language' },
      locales.map((code) => element('option', { value: code, lang: code }, [nativeLanguageName(code)])),
    );
    this.select.value = current;
    this.select.addEventListener('change', () => onChange(this.select.value));
    this.label = element('label', { for: 'language-select' });
    this.root = element('div', { class: 'language-switcher' }, [this.label, this.select]);
  }

  setLabel(text: string): void {
    this.label.textContent = text;
  }
}
