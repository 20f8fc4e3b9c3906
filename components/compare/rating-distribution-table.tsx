/** The numbers behind the spread-of-ratings chart: how many 1s, 2s, 3s and 4s each candidate got. */
export function RatingDistributionTable({ counts, names }: { counts: number[][]; names: string[] }) {
  return (
    <table className="w-full text-sm" data-testid="distribution-table">
      <caption className="sr-only">How many ratings of each level each candidate received</caption>
      <thead className="text-left text-muted">
        <tr>
          <th scope="col" className="py-1 font-medium">
            Candidate
          </th>
          {[1, 2, 3, 4].map((level) => (
            <th key={level} scope="col" className="py-1 font-medium">
              {level}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {names.map((name, i) => (
          <tr key={name} className="border-t border-border">
            <th scope="row" className="py-1 text-left font-normal">
              {name}
            </th>
            {counts[i]!.map((count, level) => (
              <td key={level} className="py-1 tabular-nums">
                {count}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
