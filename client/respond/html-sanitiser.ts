/**
 * Cleans the HTML a questionnaire hands SurveyJS (html elements, completed-page texts) before it reaches the page.
 * DOMPurify is a tenth of the respondent page's own script and most questionnaires carry no HTML at all, so it is
 * downloaded only for a definition that has some; anything that still arrives without it is shown as text, never
 * as markup, so nothing unsanitised is ever put into the page.
 */
import type { Config, DOMPurify } from 'dompurify';

// Text formatting only: no images, frames, forms or styles, which a questionnaire does not need and an attacker would.
const sanitiserSettings: Config = {
  ALLOWED_TAGS: [
    'p',
    'br',
    'b',
    'strong',
    'i',
    'em',
    'u',
    'small',
    'sub',
    'sup',
    'ul',
    'ol',
    'li',
    'a',
    'h2',
    'h3',
    'h4',
  ],
  ALLOWED_ATTR: ['href', 'title', 'lang', 'dir'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
};

/**
 * The SurveyJS properties whose text survey-core passes through onProcessHtml: an html element's `html`, and the
 * survey's completedHtml, completedHtmlOnCondition, completedBeforeHtml and loadingHtml.
 */
const htmlProperty = /"(?:html|completedHtml|completedHtmlOnCondition|completedBeforeHtml|loadingHtml)"\s*:/;

let purifier: DOMPurify | undefined;

/** Downloads the sanitiser if `definition` holds HTML; await it before building a Model from the definition. */
export async function loadSanitiserFor(definition: object): Promise<void> {
  if (purifier || !htmlProperty.test(JSON.stringify(definition))) return;
  purifier = (await import('dompurify')).default;
}

function asText(html: string): string {
  return html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The HTML cleaned to text formatting, or, if the sanitiser was not needed when loaded, shown as plain text. */
export function sanitiseHtml(html: string): string {
  return purifier ? purifier.sanitize(html, sanitiserSettings) : asText(html);
}
