import { describe, expect, it } from 'vitest';
import { countPositions, type DisplayGeometry, simplifyForDisplay } from './geometry-simplify';

/** A circle of `count` positions around Medellín, closed: a boundary far more detailed than a map needs. */
function circle(count: number, radius = 0.05, centre: [number, number] = [-75.57, 6.25]): number[][] {
  const ring = Array.from({ length: count }, (_, index) => {
    const angle = (2 * Math.PI * index) / count;
    return [centre[0] + radius * Math.cos(angle), centre[1] + radius * Math.sin(angle)];
  });
  return [...ring, [...(ring[0] as number[])]];
}

describe('simplifyForDisplay', () => {
  it('brings a 100,000-position boundary under the budget and keeps its shape and extent', () => {
    const geometry: DisplayGeometry = { type: 'Polygon', coordinates: [circle(100_000)] };
    const simplified = simplifyForDisplay(geometry, 500);
    expect(countPositions(simplified)).toBeLessThanOrEqual(500);
    expect(countPositions(simplified)).toBeGreaterThan(16);
    const xs = simplified.coordinates[0]?.map((position) => position[0] as number) ?? [];
    expect(Math.min(...xs)).toBeCloseTo(-75.62, 2);
    expect(Math.max(...xs)).toBeCloseTo(-75.52, 2);
    const ring = simplified.coordinates[0] as number[][];
    expect(ring[0]).toEqual(ring.at(-1));
  });

  it('rounds coordinates to five decimals and leaves a simple boundary as it is', () => {
    const square: DisplayGeometry = {
      type: 'Polygon',
      coordinates: [
        [
          [-75.123456789, 6.1],
          [-75.0, 6.1],
          [-75.0, 6.2],
          [-75.123456789, 6.2],
          [-75.123456789, 6.1],
        ],
      ],
    };
    expect(simplifyForDisplay(square, 1000)).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [-75.12346, 6.1],
          [-75, 6.1],
          [-75, 6.2],
          [-75.12346, 6.2],
          [-75.12346, 6.1],
        ],
      ],
    });
  });

  it('drops islands and holes smaller than the tolerance but never the whole unit', () => {
    const geometry: DisplayGeometry = {
      type: 'MultiPolygon',
      coordinates: [[circle(20_000, 0.1), circle(50, 0.00002)], [circle(50, 0.00001, [-75.3, 6.4])]],
    };
    const simplified = simplifyForDisplay(geometry, 300);
    expect(simplified.type).toBe('MultiPolygon');
    expect(countPositions(simplified)).toBeLessThanOrEqual(300);
    expect(simplified.coordinates.length).toBeGreaterThanOrEqual(1);
    // A unit smaller than a metre still shows, as its bounding box.
    const tiny = simplifyForDisplay({ type: 'Polygon', coordinates: [circle(10, 0.000001)] }, 100);
    expect(countPositions(tiny)).toBeGreaterThanOrEqual(4);
  });
});
