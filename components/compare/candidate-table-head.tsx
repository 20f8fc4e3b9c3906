/** The header row of a table with one column per compared candidate. */
export function CandidateTableHead({ first, names }: { first: string; names: string[] }) {
  return (
    <thead className="bg-subtle text-left">
      <tr>
        <th scope="col" className="sticky left-0 z-[1] bg-subtle px-3 py-2 font-medium">
          {first}
        </th>
        {names.map((name) => (
          <th key={name} scope="col" className="px-3 py-2 font-medium">
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}
