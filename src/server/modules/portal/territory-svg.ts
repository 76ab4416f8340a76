/**
 * Draws territorial units (GeoJSON Polygon / MultiPolygon) as SVG paths fitted to a box: an
 * equirectangular projection corrected by the cosine of the middle latitude, which is faithful at
 * the scale of a city. Coordinates are rounded to tenths of a pixel so that a detailed boundary
 * stays a small page.
 */
export type MapShape = { id: string; name: string; path: string };

type Ring = number[][];

function polygonsOf(geometry: unknown): Ring[][] {
  if (!geometry || typeof geometry !== 'object') return [];
  const { type, coordinates } = geometry as { type?: string; coordinates?: unknown };
  if (type === 'Polygon' && Array.isArray(coordinates)) return [coordinates as Ring[]];
  if (type === 'MultiPolygon' && Array.isArray(coordinates)) return coordinates as Ring[][];
  return [];
}

export function projectUnits(
  units: { id: string; name: string; geometry: unknown }[],
  width: number,
  height: number,
  margin = 10,
): MapShape[] {
  const withShapes = units
    .map((unit) => ({ ...unit, polygons: polygonsOf(unit.geometry) }))
    .filter((unit) => unit.polygons.length > 0);
  const positions = withShapes.flatMap((unit) => unit.polygons.flat(2)).filter((point) => point.length >= 2);
  if (positions.length === 0) return [];
  const xs = positions.map((point) => point[0] as number);
  const ys = positions.map((point) => point[1] as number);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const cos = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * cos, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = Math.min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const round = (value: number) => Math.round(value * 10) / 10;
  const point = ([x, y]: number[]) =>
    `${round(offsetX + ((x as number) - minX) * cos * scale)},${round(offsetY + (maxY - (y as number)) * scale)}`;
  return withShapes.map((unit) => ({
    id: unit.id,
    name: unit.name,
    path: unit.polygons
      .flatMap((polygon) => polygon.map((ring) => `M${ring.map(point).join('L')}Z`))
      .join(''),
  }));
}
