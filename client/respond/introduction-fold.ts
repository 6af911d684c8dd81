/**
 * The questionnaire's introduction (the survey description) in full on the first page only. On later pages it is
 * folded to one "Show introduction" button under the title, so on a phone each page's first question starts
 * within the first screen. survey-core has no setting for this: it shows the description on every page.
 */
import { element } from '../shared/dom.ts';
import type { PageStrings } from '../shared/i18n/page-strings.ts';
import type { Model } from './survey-library.ts';

export class IntroductionFold {
  private readonly toggle = element('button', {
    type: 'button',
    class: 'intro-toggle',
    'aria-expanded': 'false',
  });
  private expanded = false;
  private strings: PageStrings | undefined;

  constructor(
    private readonly model: Model,
    private readonly host: HTMLElement,
  ) {
    this.toggle.addEventListener('click', () => {
      this.expanded = !this.expanded;
      this.render();
    });
    // The header is drawn by SurveyJS; the button goes after its contents, which SurveyJS never reorders. It may
    // be drawn already (rendering is synchronous) or drawn again later.
    const existingHeader = host.querySelector<HTMLElement>('.sd-container-modern__title');
    if (existingHeader) this.attachTo(existingHeader);
    model.onAfterRenderHeader.add((_sender, options) => this.attachTo(options.htmlElement as HTMLElement));
    model.onCurrentPageChanged.add(() => {
      this.expanded = false;
      this.render();
    });
  }

  /** Under the title, where the introduction was: SurveyJS inserts its own children before foreign ones. */
  private attachTo(header: HTMLElement): void {
    const titleBlock = header.querySelector('.sd-header__text') ?? header;
    if (!titleBlock.contains(this.toggle)) titleBlock.append(this.toggle);
    this.render();
  }

  setStrings(strings: PageStrings): void {
    this.strings = strings;
    this.render();
  }

  private render(): void {
    const folded = this.model.currentPageNo > 0 && this.model.locDescription.renderedHtml !== '';
    this.host.classList.toggle('survey-host--intro-folded', folded && !this.expanded);
    this.toggle.hidden = !folded;
    this.toggle.setAttribute('aria-expanded', String(this.expanded));
    if (this.strings) {
      this.toggle.textContent = this.expanded ? this.strings.hideIntroduction : this.strings.showIntroduction;
    }
  }
}
