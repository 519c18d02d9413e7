// Escaping for JUnit XML. Captured output can hold anything, XML 1.0 cannot: ANSI sequences are
// dropped, other forbidden characters become visible pictures (`␀`) or U+FFFD.

const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;
const ILLEGAL = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function legal(text: string): string {
  return text.replace(ANSI, '').replace(ILLEGAL, (ch) => {
    const c = ch.charCodeAt(0);
    return c < 0x20 ? String.fromCharCode(0x2400 + c) : '\ufffd';
  });
}

/** Text content: `&`, `<`, `>` escaped; CR kept as a reference so parsers do not turn it into LF. */
export function escapeXmlText(text: string): string {
  return legal(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** A double-quoted attribute value: also quotes and whitespace that parsers would flatten to spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
