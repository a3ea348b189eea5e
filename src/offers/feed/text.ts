/** Text cleaning of feed cells: rich-text markup, placeholders, bullet lists. */

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  agrave: 'à',
  acirc: 'â',
  ccedil: 'ç',
  ocirc: 'ô',
  ucirc: 'û',
  icirc: 'î',
  oelig: 'œ',
};

/** What exports write for "nothing" (pandas `nan`, JSON `null` turned to text...). */
const PLACEHOLDERS = new Set(['', 'nan', 'null', 'none', 'undefined', 'n/a']);

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * A cell as plain multi-line text: HTML markup (rich-text fields) becomes line breaks,
 * entities are decoded, spaces squeezed, empty lines dropped.
 */
export function plainText(raw: string): string {
  const text = /<\/?[a-z][^>]*>/i.test(raw)
    ? raw
        .replace(/<\s*(br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, '\n')
        .replace(/<\s*li[^>]*>/gi, '\n- ')
        .replace(/<[^>]+>/g, '')
    : raw;
  return decodeEntities(text)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** A cell as one line of text, or null when it is empty or a placeholder (`nan`, `null`...). */
export function cellText(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const text = plainText(raw).replace(/\n/g, ' ');
  return PLACEHOLDERS.has(text.toLowerCase()) ? null : text;
}

const BULLET = /^(?:[-–—•●▪◦*·]|\d+[.)])\s*/;

/**
 * A list cell as items: one per line or per bullet (`- `, `• `, `1. `...), markers removed.
 * A line that continues the previous item (starts lower case, previous item without final
 * punctuation) is joined to it.
 */
export function splitList(raw: string | undefined): string[] {
  if (raw === undefined || cellText(raw) === null) return [];
  const items: string[] = [];
  for (const line of plainText(raw)
    .split('\n')
    .flatMap((l) => l.split(/\s+[•●▪◦]\s+/))) {
    const bullet = BULLET.test(line);
    const text = line.replace(BULLET, '').trim();
    if (text === '') continue;
    const previous = items.at(-1);
    if (!bullet && previous !== undefined && /^\p{Ll}/u.test(text) && !/[.;:!?]$/.test(previous)) {
      items[items.length - 1] = `${previous} ${text}`;
    } else items.push(text);
  }
  return items;
}
