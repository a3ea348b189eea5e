/**
 * `text` without its trailing run of characters that `char` (a one-character class such as
 * `/[\s:;,]/`) accepts, in linear time: `/[\s:;,]+$/` is tried from every character of a run
 * that does not end the text, and rescans the rest of the run each time (quadratic).
 *
 * @example
 * trimEndMatching('Province Sud : ;', /[\s:;,]/) // 'Province Sud'
 */
export function trimEndMatching(text: string, char: RegExp): string {
  let end = text.length;
  while (end > 0 && char.test(text.charAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}
