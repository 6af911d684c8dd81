/**
 * "What changed" on a survey's page: pick a version and an older one, and see the questions and choices added,
 * removed and reworded, and per language the texts with no translation or a stale one. After an upload the new
 * version is compared with the one before it straight away, so missing translations are seen before publishing.
 */
import type { Static } from 'typebox';
import type { VersionChanges } from '../../server/schemas/version-changes.ts';
import { element } from '../shared/dom.ts';
import { nativeLanguageName } from '../shared/i18n/language-names.ts';
import { api } from './api.ts';
import { versionApiPath } from './survey-versions.ts';
import type { VersionSummary } from './types.ts';
import { field, OutcomeRegion, selectOf, uniqueId } from './ui.ts';

type Changes = Static<typeof VersionChanges>;
type TextRef = Changes['translations'][number]['missing'][number];

/** Texts listed per language and kind; the counts say how many there are. */
const listedTexts = 50;

export function versionChangesPanel(
  slug: string,
  versions: readonly VersionSummary[],
  highlight: number,
): HTMLElement | null {
  const numbers = versions.map((version) => version.version).sort((a, b) => b - a);
  const newest = numbers[0];
  if (newest === undefined || numbers.length < 2) return null;
  const chosen = numbers.includes(highlight) && highlight > 1 ? highlight : newest;
  const options = numbers.map((number) => ({ value: String(number), label: `Version ${number}` }));
  const version = selectOf({ name: 'version', class: 'field__control--narrow' }, options, String(chosen));
  const against = selectOf({ name: 'against', class: 'field__control--narrow' }, options, String(chosen - 1));
  const outcome = new OutcomeRegion(uniqueId('changes-outcome'));
  const result = element('div', { class: 'version-changes', 'aria-live': 'polite' });

  async function show(): Promise<void> {
    outcome.clear();
    result.replaceChildren();
    try {
      const changes = await api.get<Changes>(
        `${versionApiPath(slug, version.value)}/changes?against=${encodeURIComponent(against.value)}`,
      );
      result.replaceChildren(...changesContent(changes));
    } catch (error) {
      outcome.error(error, 'The versions could not be compared.');
    }
  }

  const form = element('form', { class: 'inline-form', novalidate: true }, [
    field('Version', version),
    field('Compared with', against),
    element('div', { class: 'form-actions' }, [
      element('button', { type: 'submit', class: 'button button--secondary' }, ['Compare']),
    ]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void show();
  });
  void show();
  return element('div', {}, [form, outcome.root, result]);
}

function changesContent(changes: Changes): Node[] {
  const { questions, choices } = changes;
  const choiceName = (choice: { question: string; value: string }) => `${choice.question}: ${choice.value}`;
  const kinds: Array<[string, string[]]> = [
    ['Questions added', questions.added],
    ['Questions removed', questions.removed],
    ['Questions reworded', questions.reworded],
    ['Choices added', choices.added.map(choiceName)],
    ['Choices removed', choices.removed.map(choiceName)],
    ['Choices reworded', choices.reworded.map(choiceName)],
  ];
  const changed = kinds.filter(([, names]) => names.length > 0);
  const heading = `Version ${changes.version} compared with version ${changes.against}`;
  return [
    element('h3', { class: 'version-changes__title' }, [heading]),
    changed.length === 0
      ? element('p', {}, ['No question or choice was added, removed or reworded.'])
      : element(
          'dl',
          { class: 'version-changes__list' },
          changed.flatMap(([label, names]) => [
            element('dt', {}, [`${label} (${names.length})`]),
            element('dd', {}, [names.join(', ')]),
          ]),
        ),
    element('h4', { class: 'version-changes__subtitle' }, ['Translations']),
    changes.translations.length === 0
      ? element('p', {}, ['This questionnaire has no translations.'])
      : element(
          'ul',
          { class: 'version-changes__locales' },
          changes.translations.map((locale) =>
            element('li', { class: 'version-changes__locale', 'data-locale': locale.locale }, [
              element('p', {}, [
                element('strong', {}, [`${nativeLanguageName(locale.locale)} (${locale.locale})`]),
                locale.status ? ` · ${locale.status}` : null,
                locale.missing.length === 0 && locale.stale.length === 0
                  ? ' · complete and up to date'
                  : null,
              ]),
              textList(locale.missing, 'missing', 'no translation'),
              textList(locale.stale, 'stale', 'English reworded, translation unchanged'),
            ]),
          ),
        ),
  ];
}

function textList(texts: readonly TextRef[], kind: string, meaning: string): Node | null {
  if (texts.length === 0) return null;
  const items = texts
    .slice(0, listedTexts)
    .map((text) => element('li', {}, [element('code', {}, [text.question ?? text.key]), ' ', text.source]));
  if (texts.length > listedTexts) items.push(element('li', {}, [`… and ${texts.length - listedTexts} more`]));
  return element('details', { class: `version-changes__texts version-changes__texts--${kind}` }, [
    element('summary', {}, [`${texts.length} ${kind} (${meaning})`]),
    element('ul', {}, items),
  ]);
}
