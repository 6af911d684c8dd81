/**
 * Every translatable text of a questionnaire under a key that survives edits elsewhere in it: objects are named by
 * their `name` (pages, panels, questions, columns) or `value` (choices, rows), so that inserting a question does not
 * move the keys of the ones after it. Comparing two versions' texts key by key is how changed English and
 * translations left behind are found.
 */
import { isJsonRecord, type JsonRecord, type WalkedObject, walkDefinition } from './definition-walker.ts';

export interface LocalizedText {
  key: string;
  /** The question the text belongs to (itself or one of its choices, rows, columns), when there is one. */
  question?: string;
  /** The English text (SurveyJS's `default`). */
  source: string;
  /** Texts per locale other than the default. */
  translations: Record<string, string>;
}

export function localizedTexts(definition: JsonRecord): Map<string, LocalizedText> {
  const texts = new Map<string, LocalizedText>();
  walkDefinition(definition, {
    property: (object, key, value, property) => {
      if (!property.isLocalizable) return;
      const source = typeof value === 'string' ? value : isJsonRecord(value) ? value.default : undefined;
      if (typeof source !== 'string' || source === '') return;
      const translations: Record<string, string> = {};
      if (isJsonRecord(value))
        for (const [locale, text] of Object.entries(value))
          if (locale !== 'default' && typeof text === 'string' && text !== '') translations[locale] = text;
      const textKey = `${objectKey(object)}.${key}`;
      const question = questionNameOf(object);
      texts.set(textKey, { key: textKey, source, translations, ...(question ? { question } : {}) });
    },
  });
  return texts;
}

/** The locales a questionnaire carries besides English, from its texts and its translationStatus. */
export function translatedLocales(definition: JsonRecord, texts: Map<string, LocalizedText>): string[] {
  const locales = new Set<string>();
  for (const text of texts.values()) for (const locale of Object.keys(text.translations)) locales.add(locale);
  if (isJsonRecord(definition.translationStatus))
    for (const locale of Object.keys(definition.translationStatus)) if (locale !== 'en') locales.add(locale);
  return [...locales].sort();
}

function objectKey(object: WalkedObject): string {
  if (object.className === 'survey') return 'survey';
  return [...object.ancestors, object]
    .filter((each) => each.className !== 'survey')
    .map(segmentOf)
    .join('/');
}

function segmentOf(object: WalkedObject): string {
  const { name, value } = object.json;
  if (typeof name === 'string' && name !== '') return name;
  if (typeof value === 'string' || typeof value === 'number') return `${object.className}=${value}`;
  // No name: its place in the parent (e.g. a validator), the last part of its JSON path.
  return object.path.slice(object.path.lastIndexOf('.') + 1);
}

const questionContainers = new Set(['survey', 'page', 'panel']);

function questionNameOf(object: WalkedObject): string | undefined {
  for (const candidate of [object, ...[...object.ancestors].reverse()]) {
    if (questionContainers.has(candidate.className)) return undefined;
    if (isQuestion(candidate))
      return typeof candidate.json.name === 'string' ? candidate.json.name : undefined;
  }
  return undefined;
}

/** Questions are the objects sitting in an `elements`/`templateElements` list that are not panels. */
function isQuestion(object: WalkedObject): boolean {
  return (
    !questionContainers.has(object.className) && /\.(elements|templateElements)\[\d+\]$/.test(object.path)
  );
}
