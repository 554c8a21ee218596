import { XMLBuilder } from 'fast-xml-parser';

/**
 * GeoReport v2's answers as one model, written out by one serializer per format: the XML and the JSON of an
 * answer cannot drift apart because both are walks over the same objects. Field names are GeoReport's own.
 */
export type GeoValue = string | number | boolean | null | GeoObject | GeoValue[];
export interface GeoObject {
  [field: string]: GeoValue;
}

/** One answer: its XML root element, and its value (a list, or one object). */
export interface GeoDocument {
  root: GeoRoot;
  value: GeoObject | GeoObject[];
}

export type GeoFormat = 'xml' | 'json';

/** In XML a list is an element holding one element per item; these name the items (GeoReport v2 examples). */
const ITEM_ELEMENT = {
  discovery: 'discovery',
  services: 'service',
  service_definition: 'service_definition',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
} as const;
export type GeoRoot = 'discovery' | 'services' | 'service_definition' | 'service_requests' | 'errors';

export const CONTENT_TYPES: Record<GeoFormat, string> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const builder = new XMLBuilder({ format: false, suppressEmptyNode: true });

// Characters XML 1.0 cannot carry at all, even escaped (C0 controls other than tab, LF, CR; lone surrogates;
// U+FFFE/U+FFFF). The builder escapes & < > " '; these it would pass through and break the document.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching the control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlText(value: GeoValue): unknown {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.replace(NOT_XML, '');
  if (Array.isArray(value)) throw new Error('a list must be a named field');
  return xmlObject(value);
}

function xmlObject(object: GeoObject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(object)) {
    if (Array.isArray(value)) {
      const item = ITEM_ELEMENT[field as keyof typeof ITEM_ELEMENT];
      if (!item) throw new Error(`no XML item element for the list ${field}`);
      out[field] = { [item]: value.map(xmlText) };
    } else out[field] = xmlText(value);
  }
  return out;
}

export function toXml(document: GeoDocument): string {
  const { root, value } = document;
  const body = Array.isArray(value) ? { [ITEM_ELEMENT[root]]: value.map(xmlObject) } : xmlObject(value);
  return `${XML_DECLARATION}\n${builder.build({ [root]: body }) as string}`;
}

export function toJson(document: GeoDocument): string {
  return JSON.stringify(document.value);
}

export function serialize(document: GeoDocument, format: GeoFormat): string {
  return format === 'xml' ? toXml(document) : toJson(document);
}

/** GeoReport's error array: the HTTP status as the code, and what is wrong in words. */
export function errorDocument(status: number, descriptions: readonly string[]): GeoDocument {
  return { root: 'errors', value: descriptions.map((description) => ({ code: status, description })) };
}
