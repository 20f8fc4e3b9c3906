// jstat ships no types (and there is no @types/jstat); we declare the one function we call.
// The package is CommonJS (module.exports = jStat), so it is imported as the default export.
declare module "jstat" {
  const jStat: {
    centralF: {
      /** The p-quantile of the central F distribution with (df1, df2) degrees of freedom. */
      inv(p: number, df1: number, df2: number): number;
    };
  };
  export default jStat;
}
