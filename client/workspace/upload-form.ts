/**
 * Uploading a questionnaire version: for an existing survey or a new slug, from a file (.json or .csv, read in
 * the browser) or pasted text. The server checks it; each problem it finds is listed with the JSON path or the
 * spreadsheet line and column at fault, in a live region the form points to.
 */
import { element } from '../shared/dom.ts';
import { api } from './api.ts';
import type { UploadResult } from './types.ts';
import { field, OutcomeRegion, readFileText, uniqueId } from './ui.ts';
import { routeHash, type WorkspaceContext } from './view.ts';

const slugPattern = '^[a-z0-9][a-z0-9\\-]{0,62}$';

type Format = 'json' | 'csv';

function guessFormat(fileName: string, content: string): Format {
  if (/\.csv$/i.test(fileName)) return 'csv';
  if (/\.json$/i.test(fileName)) return 'json';
  return /^\s*[{[]/.test(content) ? 'json' : 'csv';
}

export function uploadForm(
  context: WorkspaceContext,
  options: { slug?: string; existingSlugs: readonly string[] },
): HTMLElement {
  const formId = uniqueId('upload');
  const outcome = new OutcomeRegion(`${formId}-outcome`);
  const listId = `${formId}-slugs`;

  const slug = element('input', {
    type: 'text',
    name: 'slug',
    required: true,
    pattern: slugPattern,
    autocomplete: 'off',
    spellcheck: 'false',
    list: listId,
    value: options.slug,
    class: 'field__control--narrow',
  });
  const slugField = options.slug
    ? null
    : element('div', {}, [
        field(
          'Survey slug',
          slug,
          'Lower-case letters, digits and hyphens, e.g. agency-practice. An existing slug gets a new draft version; a new slug creates a new survey.',
        ),
        element(
          'datalist',
          { id: listId },
          options.existingSlugs.map((existing) => element('option', { value: existing })),
        ),
      ]);

  const file = element('input', {
    type: 'file',
    name: 'file',
    accept: '.json,.csv,application/json,text/csv',
  });
  const content = element('textarea', {
    name: 'content',
    rows: '10',
    spellcheck: 'false',
    class: 'code-input',
  });
  const jsonRadio = element('input', {
    type: 'radio',
    name: `${formId}-format`,
    value: 'json',
    checked: true,
  });
  const csvRadio = element('input', { type: 'radio', name: `${formId}-format`, value: 'csv' });
  jsonRadio.id = uniqueId('format');
  csvRadio.id = uniqueId('format');
  const format = (): Format => (csvRadio.checked ? 'csv' : 'json');
  const setFormat = (value: Format) => {
    jsonRadio.checked = value === 'json';
    csvRadio.checked = value === 'csv';
  };

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      const text = await readFileText(chosen);
      content.value = text;
      setFormat(guessFormat(chosen.name, text));
      outcome.clear();
    } catch (error) {
      outcome.error(error, 'The file could not be read:');
    }
  });
  content.addEventListener('input', () => {
    if (!file.files?.length) setFormat(guessFormat('', content.value));
  });

  const submit = element('button', { type: 'submit', class: 'button button--primary' }, [
    'Upload as a draft',
  ]);
  const form = element(
    'form',
    { class: 'upload-form', id: formId, novalidate: true, 'aria-describedby': outcome.root.id },
    [
      slugField,
      options.slug
        ? element('p', { class: 'muted' }, ['The upload becomes a new draft version of this survey.'])
        : null,
      field(
        'Questionnaire file (.json or .csv)',
        file,
        'Its text appears below, where you can also paste or edit it.',
      ),
      field('Questionnaire text', content),
      element('fieldset', { class: 'radio-group' }, [
        element('legend', {}, ['Format']),
        element('div', { class: 'radio' }, [
          jsonRadio,
          element('label', { for: jsonRadio.id }, ['SurveyJS JSON']),
        ]),
        element('div', { class: 'radio' }, [
          csvRadio,
          element('label', { for: csvRadio.id }, ['Questionnaire spreadsheet (CSV)']),
        ]),
      ]),
      element('div', { class: 'form-actions' }, [submit]),
      outcome.root,
    ],
  );

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const slugValue = slug.value.trim();
    if (!new RegExp(slugPattern).test(slugValue)) {
      outcome.error(
        new Error(
          'Enter a slug of lower-case letters, digits and hyphens (at most 63), starting with a letter or digit.',
        ),
      );
      slug.setAttribute('aria-invalid', 'true');
      slug.focus();
      return;
    }
    slug.removeAttribute('aria-invalid');
    if (!content.value.trim()) {
      outcome.error(new Error('Choose a file or paste the questionnaire text.'));
      file.focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Uploading…';
    outcome.clear();
    try {
      const result = await api.post<UploadResult>(`/api/surveys/${encodeURIComponent(slugValue)}/versions`, {
        format: format(),
        content: content.value,
      });
      context.flash(
        result.created
          ? `Version ${result.version} of ${result.slug} was uploaded as a draft.`
          : `This content is already version ${result.version} of ${result.slug} (${result.status}); nothing new was stored.`,
      );
      context.navigate(routeHash(['surveys', result.slug], { highlight: String(result.version) }));
    } catch (error) {
      outcome.error(error, 'The questionnaire was not uploaded.');
      content.setAttribute('aria-invalid', 'true');
      outcome.root.focus();
    } finally {
      submit.disabled = false;
      submit.textContent = 'Upload as a draft';
    }
  });
  return form;
}
