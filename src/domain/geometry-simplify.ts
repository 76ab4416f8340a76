import simplify from 'simplify-js';

export type Position = number[];
export type DisplayGeometry =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

/** Five decimals of a degree are about 1 m on the ground: more than a map of a city can show. */
const decimals = 1e5;

function round(value: number): number {
  return Math.round(value * decimals) / decimals;
}

function polygonsOf(geometry: DisplayGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function countPositions(geometry: DisplayGeometry): number {
  return polygonsOf(geometry).reduce(
    (total, polygon) => total + polygon.reduce((sum, ring) => sum + ring.length, 0),
    0,
  );
}

function extentOf(polygons: Position[][][]): number {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [x = 0, y = 0] of ring) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  return Number.isFinite(minX) ? Math.hypot(maxX - minX, maxY - minY) : 0;
}

/** A ring simplified (Douglas–Peucker) and rounded; null when too little of it is left to draw. */
function simplifyRing(ring: Position[], tolerance: number): Position[] | null {
  const points = ring.map(([x = 0, y = 0]) => ({ x, y }));
  const kept = tolerance > 0 ? simplify(points, tolerance, true) : points;
  const rounded: Position[] = [];
  for (const point of kept) {
    const position = [round(point.x), round(point.y)];
    const last = rounded.at(-1);
    if (!last || last[0] !== position[0] || last[1] !== position[1]) rounded.push(position);
  }
  // A ring needs three distinct corners and its closing position.
  const first = rounded[0];
  const last = rounded.at(-1);
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) rounded.push([...first]);
  return rounded.length >= 4 ? rounded : null;
}

function simplifyPolygons(polygons: Position[][][], tolerance: number): Position[][][] {
  const result: Position[][][] = [];
  for (const polygon of polygons) {
    const [outer, ...holes] = polygon;
    const simplifiedOuter = outer ? simplifyRing(outer, tolerance) : null;
    // An island smaller than the tolerance disappears; its holes with it.
    if (!simplifiedOuter) continue;
    const keptHoles = holes
      .map((hole) => simplifyRing(hole, tolerance))
      .filter((hole): hole is Position[] => hole !== null);
    result.push([simplifiedOuter, ...keptHoles]);
  }
  return result;
}

/**
 * A lighter copy of a boundary for drawing: coordinates rounded to about a metre, then simplified
 * with Douglas–Peucker at a tolerance that starts at 1/10,000 of the unit's extent and doubles until
 * the boundary has at most `maxPositions` positions. The stored geometry is never changed. When even
 * the coarsest pass leaves nothing (a unit smaller than the tolerance), the first polygon's outer
 * ring is kept as its bounding corners so that the unit stays on the map.
 */
export function simplifyForDisplay(geometry: DisplayGeometry, maxPositions: number): DisplayGeometry {
  const polygons = polygonsOf(geometry);
  const extent = extentOf(polygons);
  let tolerance = 0;
  let simplified = simplifyPolygons(polygons, tolerance);
  for (let pass = 0; pass < 24; pass += 1) {
    const total = simplified.reduce(
      (sum, polygon) => sum + polygon.reduce((n, ring) => n + ring.length, 0),
      0,
    );
    if (total <= maxPositions && simplified.length > 0) break;
    tolerance = tolerance === 0 ? extent / 10_000 : tolerance * 2;
    const next = simplifyPolygons(polygons, tolerance);
    if (next.length === 0) break;
    simplified = next;
  }
  if (simplified.length === 0) simplified = [[boundingRing(polygons)]];
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: simplified[0] ?? [boundingRing(polygons)] }
    : { type: 'MultiPolygon', coordinates: simplified };
}

function boundingRing(polygons: Position[][][]): Position[] {
  let [minX, minY, maxX, maxY] = [180, 90, -180, -90];
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [x = 0, y = 0] of ring) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  [minX, minY, maxX, maxY] = [round(minX), round(minY), round(maxX), round(maxY)];
  return [
    [minX, minY],
    [maxX, minY],
    [maxX, maxY],
    [minX, maxY],
    [minX, minY],
  ];
}
