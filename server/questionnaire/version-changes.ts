/**
 * What changed from one version of a questionnaire to the next, as a researcher needs it before publishing: the
 * questions and choices added, removed and reworded, and per locale the texts that have no translation and those
 * whose English changed while the translation stayed as it was (stale: it translates the old wording).
 */
import { Serializer } from 'survey-core';
import { isJsonRecord, type JsonRecord, walkDefinition } from './definition-walker.ts';
import { type LocalizedText, localizedTexts, translatedLocales } from './localized-texts.ts';

export interface ChoiceRef {
  question: string;
  value: string;
}

export interface TextRef {
  key: string;
  question?: string;
  /** The English text now. */
  source: string;
}

export interface LocaleChanges {
  locale: string;
  missing: TextRef[];
  stale: TextRef[];
}

export interface VersionChanges {
  questions: { added: string[]; removed: string[]; reworded: string[] };
  choices: { added: ChoiceRef[]; removed: ChoiceRef[]; reworded: ChoiceRef[] };
  /** Every locale the newer version carries, also those with nothing missing or stale. */
  translations: LocaleChanges[];
}

/** Compares `next` with `previous`; without a previous version only the missing translations are listed. */
export function versionChanges(previous: JsonRecord | undefined, next: JsonRecord): VersionChanges {
  const nextTexts = localizedTexts(next);
  const previousTexts = previous ? localizedTexts(previous) : new Map<string, LocalizedText>();
  const nextItems = itemsOf(next);
  const previousItems = previous ? itemsOf(previous) : { questions: new Map(), choices: new Map() };

  const rewordedTextKeys = new Set(
    [...nextTexts.values()]
      .filter((text) => {
        const before = previousTexts.get(text.key);
        return before !== undefined && before.source !== text.source;
      })
      .map((text) => text.key),
  );
  const reworded = (ownTextKeys: Set<string>) => [...ownTextKeys].some((key) => rewordedTextKeys.has(key));

  const questions = compare(previousItems.questions, nextItems.questions);
  const choices = compare(previousItems.choices, nextItems.choices);
  return {
    questions: {
      added: previous ? questions.added.map((item) => item.name) : [],
      removed: questions.removed.map((item) => item.name),
      reworded: questions.kept.filter((item) => reworded(item.textKeys)).map((item) => item.name),
    },
    choices: {
      added: previous ? choices.added.map(choiceRef) : [],
      removed: choices.removed.map(choiceRef),
      reworded: choices.kept.filter((item) => reworded(item.textKeys)).map(choiceRef),
    },
    translations: translatedLocales(next, nextTexts).map((locale) => ({
      locale,
      missing: [...nextTexts.values()].filter((text) => text.translations[locale] === undefined).map(textRef),
      stale: [...nextTexts.values()]
        .filter((text) => {
          const before = previousTexts.get(text.key);
          const translation = text.translations[locale];
          return (
            rewordedTextKeys.has(text.key) &&
            translation !== undefined &&
            translation === before?.translations[locale]
          );
        })
        .map(textRef),
    })),
  };
}

interface Item {
  name: string;
  /** The question a choice, row or column belongs to. */
  question?: string;
  /** Keys (as localizedTexts gives them) of the item's own texts. */
  textKeys: Set<string>;
}

/** Questions by name, and their choices, rows and columns by question and value (or name, for columns). */
function itemsOf(definition: JsonRecord): { questions: Map<string, Item>; choices: Map<string, Item> } {
  const questions = new Map<string, Item>();
  const choices = new Map<string, Item>();
  const texts = localizedTexts(definition);
  walkDefinition(definition, {
    object: (object) => {
      const parent = object.ancestors.at(-1);
      if (Serializer.isDescendantOf(object.className, 'question') && typeof object.json.name === 'string') {
        questions.set(object.json.name, { name: object.json.name, textKeys: new Set() });
      } else if (parent && isChoiceLike(object.className) && typeof parent.json.name === 'string') {
        const value = isJsonRecord(object.json) ? (object.json.value ?? object.json.name) : undefined;
        if (typeof value !== 'string' && typeof value !== 'number') return;
        const question = parent.json.name;
        choices.set(`${question}\u0000${value}`, { name: String(value), question, textKeys: new Set() });
      }
    },
  });
  // A text belongs to the innermost item its key starts with: "q/choiceitem=2.text" to the choice, "q.title" to q.
  for (const text of texts.values()) {
    if (!text.question) continue;
    const ownerPath = text.key.slice(0, text.key.lastIndexOf('.'));
    const last = ownerPath.slice(ownerPath.lastIndexOf('/') + 1);
    const choiceValue = last.includes('=') ? last.slice(last.indexOf('=') + 1) : last;
    const choice = choices.get(`${text.question}\u0000${choiceValue}`);
    if (choice && last !== text.question) choice.textKeys.add(text.key);
    else if (last === text.question) questions.get(text.question)?.textKeys.add(text.key);
  }
  return { questions, choices };
}

function isChoiceLike(className: string): boolean {
  return Serializer.isDescendantOf(className, 'itemvalue') || className === 'matrixdropdowncolumn';
}

function compare(previous: Map<string, Item>, next: Map<string, Item>) {
  return {
    added: [...next.entries()].filter(([key]) => !previous.has(key)).map(([, item]) => item),
    removed: [...previous.entries()].filter(([key]) => !next.has(key)).map(([, item]) => item),
    kept: [...next.entries()].filter(([key]) => previous.has(key)).map(([, item]) => item),
  };
}

function choiceRef(item: Item): ChoiceRef {
  return { question: item.question ?? '', value: item.name };
}

function textRef(text: LocalizedText): TextRef {
  return { key: text.key, source: text.source, ...(text.question ? { question: text.question } : {}) };
}
