/** A normalised word without its plural mark ("controleurs" → "controleur", "techniques" → "technique"). */
export function singular(word: string): string {
  return word.length > 3 && (word.endsWith('s') || word.endsWith('x')) ? word.slice(0, -1) : word;
}

/** True when two normalised words are the same but for a plural mark. */
export function sameWord(a: string, b: string): boolean {
  return a === b || singular(a) === singular(b);
}

/** Every word some earlier extractor read, as positions in the message's words. */
export function takenPositions(words: readonly string[], said: readonly string[]): Set<number> {
  const taken = new Set<number>();
  for (const phrase of said) {
    if (phrase === '') continue;
    const wanted = phrase.split(' ');
    for (let start = 0; start + wanted.length <= words.length; start += 1)
      if (wanted.every((w, i) => words[start + i] === w))
        for (let i = 0; i < wanted.length; i += 1) taken.add(start + i);
  }
  return taken;
}
