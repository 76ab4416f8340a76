export function SearchPage() {
  return (
    <div className="page">
      <h1>TODO</h1>
    </div>
  );
}
