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

/*
 * Every regular expression over feed text is linear in the text's length: no two quantifiers
 * can match the same characters, and a tag is `<` then characters that are neither `<` nor `>`
 * (with `[^>]*`, each `<` of `<a<a<a…` scanned to the end of the cell: quadratic, 10 s for
 * 80 KB). So `<a title="x<y">` is not read as a tag: such attributes do not occur in the portal.
 */
const TAG = /<\/?[a-z][^<>]*>/i;
const LINE_BREAK_TAG = /<\s*(?:br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi;
const ITEM_TAG = /<\s*li(?:\s[^<>]*)?>/gi;
const ANY_TAG = /<[^<>]+>/g;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const SPACES = /[\s\u00a0]+/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
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
 * entities are decoded, spaces squeezed, empty lines dropped. Linear in the cell's length.
 */
export function plainText(raw: string): string {
  const text = TAG.test(raw)
    ? raw.replace(LINE_BREAK_TAG, '\n').replace(ITEM_TAG, '\n- ').replace(ANY_TAG, '')
    : raw;
  return decodeEntities(text)
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trim())
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
/** A bullet inside a line (plainText leaves single spaces only). */
const INLINE_BULLET = / [•●▪◦] /;

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
    .flatMap((l) => l.split(INLINE_BULLET))) {
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
