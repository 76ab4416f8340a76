export function TerritoryPage() {
  return (
    <div className="page">
      <h1>TODO</h1>
    </div>
  );
}
