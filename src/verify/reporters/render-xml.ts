// A minimal XML element tree and its serializer, enough for JUnit reports.
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';

export interface XmlElement {
  name: string;
  /** In the order written; undefined values are left out. */
  attrs?: Array<[string, string | number | undefined]>;
  children?: XmlElement[];
  /** Text content (used when there are no children). */
  text?: string;
}

/** Serializes an element, children indented two spaces a level; text content is written verbatim. */
export function renderXml(element: XmlElement, depth = 0): string {
  const pad = '  '.repeat(depth);
  const attrs = (element.attrs ?? [])
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(String(value))}"`)
    .join('');
  const open = `${pad}<${element.name}${attrs}`;
  if (element.children && element.children.length > 0) {
    const inner = element.children.map((child) => renderXml(child, depth + 1)).join('\n');
    return `${open}>\n${inner}\n${pad}</${element.name}>`;
  }
  if (element.text !== undefined && element.text !== '') return `${open}>${escapeXmlText(element.text)}</${element.name}>`;
  return `${open}/>`;
}
