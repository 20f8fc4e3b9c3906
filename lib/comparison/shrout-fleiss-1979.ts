// Test data shared by the agreement tests: Shrout, P. E., & Fleiss, J. L. (1979). Intraclass
// correlations: uses in assessing rater reliability. Psychological Bulletin, 86(2), 420–428.
// Four judges rate six targets (1–10). The paper reports ICC(1,1) = .17, ICC(2,1) = .29 and
// ICC(2,4) = .62 for these data; icc.test.ts works the ANOVA by hand.
export const SHROUT_FLEISS_TABLE_2 = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];
