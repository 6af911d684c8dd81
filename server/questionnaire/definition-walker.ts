/**
 * Walks raw SurveyJS JSON guided by survey-core's own Serializer, so that every property is known by the class
 * survey-core would build for it. Validation and translation coverage both read the definition through this one walk.
 */
import { type JsonObjectProperty, Serializer } from 'survey-core';
import './survey-extensions.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonRecord = { [key: string]: JsonValue };

export interface WalkedObject {
  json: JsonRecord;
  /** survey-core class name, e.g. 'survey', 'page', 'radiogroup', 'choiceitem', 'emailvalidator'. */
  className: string;
  /** JSON path, e.g. $.pages[0].elements[2]. */
  path: string;
  /** Enclosing objects, outermost first. */
  ancestors: WalkedObject[];
}

export interface WalkVisitor {
  object?(object: WalkedObject): void;
  /** A key that survey-core knows for this class. */
  property?(object: WalkedObject, key: string, value: JsonValue, property: JsonObjectProperty): void;
  unknownClass?(path: string, typeName: string, json: JsonRecord): void;
  unknownProperty?(object: WalkedObject, key: string): void;
}

export function isJsonRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function walkDefinition(definition: JsonRecord, visitor: WalkVisitor): void {
  walkObject({ json: definition, className: 'survey', path: '$', ancestors: [] }, visitor);
}

/** Matrix dropdown columns take the properties of their cell type as well as their own. */
function findPropertyFor(object: WalkedObject, key: string): JsonObjectProperty | null {
  const own = Serializer.findProperty(object.className, key);
  if (own || object.className !== 'matrixdropdowncolumn') return own;
  const cellType = typeof object.json.cellType === 'string' ? object.json.cellType : 'dropdown';
  return Serializer.findProperty(cellType, key);
}

function walkObject(object: WalkedObject, visitor: WalkVisitor): void {
  visitor.object?.(object);
  for (const [key, value] of Object.entries(object.json)) {
    if (key === 'type') continue;
    const property = findPropertyFor(object, key);
    if (!property) {
      visitor.unknownProperty?.(object, key);
      continue;
    }
    visitor.property?.(object, key, value, property);
    if (property.isLocalizable) continue;
    walkChildren(object, key, value, property, visitor);
  }
}

function walkChildren(
  parent: WalkedObject,
  key: string,
  value: JsonValue,
  property: JsonObjectProperty,
  visitor: WalkVisitor,
): void {
  const hasChildClass = property.className || property.baseClassName || property.classNamePart;
  if (!hasChildClass) return;
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, index) => {
    if (!isJsonRecord(item)) return;
    const path = Array.isArray(value) ? `${parent.path}.${key}[${index}]` : `${parent.path}.${key}`;
    const className = childClassName(item, property, parent);
    if (!className || !Serializer.findClass(className)) {
      visitor.unknownClass?.(
        `${path}.type`,
        typeof item.type === 'string' ? item.type : String(className),
        item,
      );
      return;
    }
    walkObject({ json: item, className, path, ancestors: [...parent.ancestors, parent] }, visitor);
  });
}

function childClassName(
  item: JsonRecord,
  property: JsonObjectProperty,
  parent: WalkedObject,
): string | undefined {
  if (typeof item.type === 'string') return item.type + (property.classNamePart ?? '');
  if (property.className === 'masksettings') return maskSettingsClassName(parent.json.maskType);
  return property.className ?? undefined;
}

/**
 * `maskSettings` is declared with the base class, but survey-core builds the class of the question's `maskType`
 * (`pattern` → patternmask, …: QuestionTextModel.createMaskSettings), whose properties (pattern, precision, prefix…)
 * the base class lacks. An unknown maskType falls back to the base class, as survey-core does.
 */
function maskSettingsClassName(maskType: JsonValue | undefined): string {
  const className = typeof maskType === 'string' ? `${maskType}mask` : '';
  return className && Serializer.findClass(className) ? className : 'masksettings';
}
