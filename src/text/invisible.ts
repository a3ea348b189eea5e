/**
 * Characters that change how text is shown without being seen: Unicode format characters
 * (`\p{Cf}`: the bidi embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069, the
 * marks U+200E, U+200F and U+061C, zero-width spaces and joiners, the word joiner and invisible
 * operators, the byte order mark, the soft hyphen, interlinear annotations, tag characters) and
 * control characters other than tab, line feed and carriage return (C0, DEL, C1).
 * A right-to-left override in an offer title shows "Agent exe.pdf" as "Agent fdp.exe"; offer
 * text is taken from documents and a feed nobody here writes, so none of these is shown.
 * Letters of every script, accents, ligatures, emoji and spaces (no-break and narrow no-break
 * included) are not touched. Zero-width joiners inside emoji sequences are removed too: the
 * emoji then show as their parts.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const INVISIBLE = /[\p{Cf}\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

/** Whether the text holds a character {@link withoutInvisible} takes out. */
export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

/**
 * The text without its invisible format and control characters (see above); the same
 * string when it has none.
 *
 * @example
 * withoutInvisible('Agent \u202Eexe.pdf') // 'Agent exe.pdf'
 */
export function withoutInvisible(text: string): string {
  return INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
}

/**
 * A JSON-like value (strings, numbers, booleans, null, arrays and plain objects) with every
 * string cleaned by {@link withoutInvisible}; the same value, not a copy, when nothing changed.
 * For what leaves for a user (answers, API bodies, JSON-LD): a last defence after the catalog's.
 */
export function withoutInvisibleDeep<T>(value: T): T {
  if (typeof value === 'string') return withoutInvisible(value) as T;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => withoutInvisibleDeep(item));
    return (items.some((item, i) => item !== value[i]) ? items : value) as T;
  }
  if (value === null || typeof value !== 'object') return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const cleaned = withoutInvisibleDeep(item);
    changed ||= cleaned !== item;
    return [key, cleaned] as const;
  });
  return changed ? (Object.fromEntries(entries) as T) : value;
}
