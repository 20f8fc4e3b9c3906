// Realistic synthetic text for benchmarks: a large vocabulary whose word frequencies follow a Zipf
// law, led (as in real English) by stop words, then tens of thousands of invented content words.
// Deterministic for a given seed, so runs are comparable.

const STOP_WORDS =
  "the of and to a in is that for it as with was on be by this are or at from an which not have but can when if will its more all their has also there one than been they other would into so such these what how do".split(
    " ",
  );
const SYLLABLES = "ka lo ri ne ta mu si de po va zu chi fen gor bel tran quo lix mar dov sen pra cul thi om ex ar ul ry".split(" ");

/** Small, fast, seedable PRNG (mulberry32). */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof createRandom>;

function inventWords(count: number, random: Random) {
  const words = new Set<string>();
  while (words.size < count) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = "";
    for (let i = 0; i < syllables; i += 1) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

/** Samples ranks 0..n-1 with probability ∝ 1/(rank+1)^exponent, by binary search on the CDF. */
export function zipfSampler(n: number, exponent: number, random: Random) {
  const cdf = new Float64Array(n);
  let total = 0;
  for (let rank = 0; rank < n; rank += 1) {
    total += 1 / (rank + 1) ** exponent;
    cdf[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (cdf[mid]! < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

export function createVocabulary(seed: number, contentWords = 40_000) {
  const random = createRandom(seed);
  const words = [...STOP_WORDS, ...inventWords(contentWords, random)];
  const sampleRank = zipfSampler(words.length, 1.07, random);
  const sampleContentRank = zipfSampler(contentWords, 1.07, random);
  return {
    random,
    /** A word as it occurs in running text (stop words included). */
    word: () => words[sampleRank()]!,
    /** A content word, as people type into a search box. */
    contentWord: () => words[STOP_WORDS.length + sampleContentRank()]!,
    sentence(minWords: number, maxWords: number) {
      const length = minWords + Math.floor(random() * (maxWords - minWords + 1));
      const text = Array.from({ length }, () => this.word()).join(" ");
      return text.charAt(0).toUpperCase() + text.slice(1);
    },
    paragraph(minWords: number, maxWords: number) {
      const target = minWords + Math.floor(random() * (maxWords - minWords + 1));
      const sentences: string[] = [];
      let count = 0;
      while (count < target) {
        const sentence = this.sentence(6, 18);
        count += sentence.split(" ").length;
        sentences.push(`${sentence}.`);
      }
      return sentences.join(" ");
    },
  };
}

export type Vocabulary = ReturnType<typeof createVocabulary>;
