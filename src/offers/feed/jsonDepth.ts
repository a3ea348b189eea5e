/** A bound on JSON nesting, checked before anything recursive walks the parsed value. */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/**
 * Where a JSON text first nests deeper than `maxDepth` (arrays and objects open at once), or
 * null when it never does. One pass, no recursion, no allocation: brackets inside strings
 * (escaped quotes included) do not count. The text need not be valid JSON: `JSON.parse`
 * judges that afterwards.
 *
 * Chosen over a bounded `JSON.parse` reviver: a reviver runs after the whole value is built,
 * bottom up, so it cannot tell depth without a pass of its own, and costs a call per value.
 *
 * @example
 * jsonDepthOver('[[1]]', 1) // 1 (the second `[`)
 * jsonDepthOver('["[[["]', 1) // null
 */
export function jsonDepthOver(text: string, maxDepth: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
      depth += 1;
      if (depth > maxDepth) return i;
    } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) depth -= 1;
  }
  return null;
}
