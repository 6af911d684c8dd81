/**
 * What the `type` cell of a row means (a question, a structure row, a choice-like item, a setting) and which
 * list of its owner an item row fills. Both directions use these tables, so export and import agree.
 */
import { ElementFactory, Serializer } from 'survey-core';
import type { JsonRecord } from '../definition-walker.ts';
import '../survey-extensions.ts';

export type Container = 'page' | 'panel' | 'paneldynamic';
export type ItemRowType = 'choice' | 'row' | 'column' | 'item';
export const itemRowTypes: readonly ItemRowType[] = ['choice', 'row', 'column', 'item'];

/** The key of a container's JSON that holds the elements between its begin and end rows. */
export const childKeyOf: Record<Container, 'elements' | 'templateElements'> = {
  page: 'elements',
  panel: 'elements',
  paneldynamic: 'templateElements',
};

export type RowKind =
  | { kind: 'setting' }
  | { kind: 'property' }
  | { kind: 'begin'; container: Container }
  | { kind: 'end'; container: Container }
  | { kind: 'item'; rowType: ItemRowType }
  | {
      kind: 'question';
      questionType: string;
      /** Properties an XLSForm alias stands for, e.g. `integer` → inputType number. */
      implied: JsonRecord;
      /** The JSON key the label fills: an XLSForm `note` shows its label as the HTML text. */
      labelKey: 'title' | 'html';
      /** `select_one <list>`: reuse the choices of the question named <list>. */
      choicesFrom?: string;
    };

const containerNames: Record<string, Container> = {
  page: 'page',
  panel: 'panel',
  paneldynamic: 'paneldynamic',
  group: 'panel',
  repeat: 'paneldynamic',
};

const questionAliases: Record<string, { questionType: string; implied?: JsonRecord; labelKey?: 'html' }> = {
  select_one: { questionType: 'radiogroup' },
  select_multiple: { questionType: 'checkbox' },
  integer: { questionType: 'text', implied: { inputType: 'number' } },
  decimal: { questionType: 'text', implied: { inputType: 'number' } },
  date: { questionType: 'text', implied: { inputType: 'date' } },
  note: { questionType: 'html', labelKey: 'html' },
};

/** Reads a `type` cell; a string result is the problem to report. */
export function resolveRowType(typeCell: string): RowKind | string {
  // XLSForm writes both "begin group" and "begin_group".
  const [first = '', ...rest] = typeCell
    .trim()
    .replace(/^(begin|end)_/i, '$1 ')
    .split(/\s+/);
  const keyword = first.toLowerCase();
  if (keyword === '') return 'Every row needs a type.';
  if (keyword === 'begin' || keyword === 'end') {
    const container = containerNames[rest.join(' ').toLowerCase()];
    if (!container) {
      return `Unknown type "${typeCell}". Use begin/end page, begin/end panel or begin/end paneldynamic.`;
    }
    return { kind: keyword, container };
  }
  const isSimpleKind = keyword === 'setting' || keyword === 'property' || isItemRowType(keyword);
  if (isSimpleKind || rest.length > 1) {
    if (rest.length > 0) return `Unknown type "${typeCell}".`;
    if (isItemRowType(keyword)) return { kind: 'item', rowType: keyword };
    return { kind: keyword as 'setting' | 'property' };
  }
  const alias = questionAliases[keyword];
  const questionType = alias?.questionType ?? first;
  if (questionType === 'panel' || questionType === 'paneldynamic') {
    return `A ${questionType} is written as a "begin ${questionType}" row, its elements, and an "end ${questionType}" row.`;
  }
  if (!ElementFactory.Instance.getAllTypes().includes(questionType)) {
    return `Unknown type "${typeCell}": survey-core has no such question type.`;
  }
  const kind: RowKind = {
    kind: 'question',
    questionType,
    implied: alias?.implied ?? {},
    labelKey: alias?.labelKey ?? 'title',
  };
  if (rest[0] !== undefined) kind.choicesFrom = rest[0];
  return kind;
}

function isItemRowType(keyword: string): keyword is ItemRowType {
  return (itemRowTypes as readonly string[]).includes(keyword);
}

export interface ChildList {
  /** The owner's JSON key, e.g. 'choices', 'rateValues', 'rows', 'columns', 'items'. */
  key: string;
  /** survey-core class of the items. */
  itemClass: string;
}

const listKeyOf: Record<ItemRowType, string> = {
  choice: 'choices',
  row: 'rows',
  column: 'columns',
  item: 'items',
};

/**
 * The list an item row fills on its owner (a question or a matrix dropdown column), if the owner has one.
 * A rating's choices are its rateValues; a matrix dropdown column's choices are those of its cell question.
 */
export function childListFor(ownerClass: string, rowType: ItemRowType): ChildList | undefined {
  if (rowType === 'choice' && ownerClass === 'rating') return { key: 'rateValues', itemClass: 'ratingitem' };
  if (rowType === 'choice' && ownerClass === 'matrixdropdowncolumn')
    return { key: 'choices', itemClass: 'itemvalue' };
  const key = listKeyOf[rowType];
  const itemClass = Serializer.findProperty(ownerClass, key)?.className;
  return itemClass ? { key, itemClass } : undefined;
}

/** Items of these classes are choice-like ({ value, text }); the others are elements ({ name, title }). */
export function isItemValueClass(className: string): boolean {
  return Serializer.isDescendantOf(className, 'itemvalue');
}

/** Whether SurveyJS treats this property of this class as translatable text. */
export function isLocalizableProperty(className: string, json: JsonRecord, key: string): boolean {
  const own = Serializer.findProperty(className, key);
  if (own || className !== 'matrixdropdowncolumn') return own?.isLocalizable === true;
  // Matrix dropdown columns take the properties of their cell question too (see definition-walker.ts).
  const cellType = typeof json.cellType === 'string' ? json.cellType : 'dropdown';
  return Serializer.findProperty(cellType, key)?.isLocalizable === true;
}
