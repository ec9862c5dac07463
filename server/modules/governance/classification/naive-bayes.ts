// Multinomial naive Bayes over tokens with Laplace (add-one) smoothing: small, fast to train and to apply, and
// good at short complaint texts whose category shows in a few telling words. Written here rather than taken from
// npm: it is a few dozen lines, and the parameters must be plain JSON for classifier_models.parameters.

export interface LabelledDocument {
  tokens: readonly string[];
  label: string;
}

/** What is stored in classifier_models.parameters. */
export interface NaiveBayesParameters {
  categories: string[];
  /** log P(category), per category. */
  logPriors: number[];
  vocabulary: string[];
  /** log P(token | category): one row per category, one column per vocabulary token. */
  logLikelihoods: number[][];
  /** Tokens seen fewer times than this in all training texts were left out of the vocabulary. */
  minCount: number;
}

export interface Prediction {
  label: string;
  /** The posterior of the top category (softmax of the log scores), 0–1. */
  confidence: number;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

export function trainNaiveBayes(docs: readonly LabelledDocument[], minCount = 2): NaiveBayesParameters {
  const seen = new Map<string, number>();
  for (const d of docs) for (const t of d.tokens) seen.set(t, (seen.get(t) ?? 0) + 1);
  // Sorted, so the same documents always give the same parameters.
  const vocabulary = [...seen].filter(([, n]) => n >= minCount).map(([t]) => t).sort();
  const column = new Map(vocabulary.map((t, i) => [t, i]));
  const categories = [...new Set(docs.map((d) => d.label))].sort();
  const row = new Map(categories.map((c, i) => [c, i]));
  const counts = categories.map(() => new Array<number>(vocabulary.length).fill(0));
  const docsPer = categories.map(() => 0);
  for (const d of docs) {
    const r = row.get(d.label)!;
    docsPer[r]! += 1;
    for (const t of d.tokens) {
      const c = column.get(t);
      if (c !== undefined) counts[r]![c]! += 1;
    }
  }
  const logLikelihoods = counts.map((tokenCounts) => {
    const total = tokenCounts.reduce((a, b) => a + b, 0);
    const denominator = Math.log(total + vocabulary.length);
    return tokenCounts.map((n) => round(Math.log(n + 1) - denominator));
  });
  const logPriors = docsPer.map((n) => round(Math.log(n / docs.length)));
  return { categories, logPriors, vocabulary, logLikelihoods, minCount };
}

/** A trained model ready to apply: token → per-category log-likelihoods, looked up once per token. */
export class NaiveBayesModel {
  private readonly byToken = new Map<string, Float64Array>();

  constructor(private readonly p: NaiveBayesParameters) {
    p.vocabulary.forEach((token, i) => this.byToken.set(token, Float64Array.from(p.logLikelihoods.map((r) => r[i]!))));
  }

  get categories(): readonly string[] {
    return this.p.categories;
  }

  predict(tokens: readonly string[]): Prediction | null {
    if (this.p.categories.length === 0) return null;
    const scores = Float64Array.from(this.p.logPriors);
    for (const t of tokens) {
      const ll = this.byToken.get(t);
      // Tokens the model never learned say nothing either way.
      if (ll) for (let c = 0; c < scores.length; c++) scores[c]! += ll[c]!;
    }
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c]! > scores[best]!) best = c;
    let sum = 0;
    for (const s of scores) sum += Math.exp(s - scores[best]!);
    return { label: this.p.categories[best]!, confidence: 1 / sum };
  }
}
