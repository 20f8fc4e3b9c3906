// Statistics for comparing candidates and measuring how far a panel's interviewers agree (issue #4).
// Pure and dependency-free: no database, no React. Each topic lives in its own file beside its tests.
export { describe, type Spread } from "./describe";
export { agreementBand, type AgreementBand } from "./agreement-band";
export { icc2, twoWayAnova, type IccResult, type TwoWayAnova } from "./icc";
export { quadraticWeightedKappa, DEFAULT_CATEGORIES, type KappaResult } from "./kappa";
export { panelAgreement, MIN_TARGETS_FOR_AGREEMENT, KAPPA_LABEL, ICC_LABEL, type PanelAgreement } from "./panel-agreement";
export { zScore, toScale, MIN_HISTORY_FOR_NORMALISATION, RATING_SCALE_MIN, RATING_SCALE_MAX } from "./normalise";
