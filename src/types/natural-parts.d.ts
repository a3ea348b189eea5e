// Typings for the few parts of `natural` we load directly: importing the whole
// package costs ~1 s at start-up and reads `.env` (see DESIGN.md).
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' {
  const PorterStemmerFr: { stem(token: string): string };
  export default PorterStemmerFr;
}

declare module 'natural/lib/natural/classifiers/bayes_classifier.js' {
  interface Stemmer {
    tokenizeAndStem(text: string, keepStops?: boolean): string[];
  }
  export default class BayesClassifier {
    constructor(stemmer?: Stemmer, smoothing?: number);
    addDocument(text: string | string[], label: string): void;
    train(): void;
    classify(observation: string | string[]): string;
    getClassifications(observation: string | string[]): Array<{ label: string; value: number }>;
  }
}

declare module 'natural/lib/natural/distance/levenshtein_distance.js' {
  export function DamerauLevenshteinDistance(
    source: string,
    target: string,
    options?: { restricted?: boolean },
  ): number;
}

declare module 'natural/lib/natural/util/stopwords_fr.js' {
  export const words: string[];
}
