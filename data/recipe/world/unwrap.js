// world-atlas merges land across the antimeridian, so the rings of Chukotka, Wrangel Island and Fiji hop from
// -180 to 180 in one edge (mapshaper would read them as rings round the world). Such a polygon is made
// continuous (360 added to longitudes west of 90 W), cut at 180 (Sutherland-Hodgman against the half-planes; each
// ring crosses the line twice) and its eastern piece shifted back by -360. Antarctica's ring is left as it is.
const fs = require('fs');
const fc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const hops = r => r.some((p, i) => i > 0 && Math.abs(p[0] - r[i - 1][0]) > 180);

function cut(ring, keepWest) {
  const inside = p => (keepWest ? p[0] <= 180 : p[0] >= 180);
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) {
      const t = (180 - a[0]) / (b[0] - a[0]);
      out.push([180, a[1] + t * (b[1] - a[1])]);
    }
  }
  if (out.length < 3) return null;
  out.push(out[0]);
  return out.map(p => [keepWest ? p[0] : p[0] - 360, p[1]]);
}

let n = 0;
for (const f of fc.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const kept = [];
  for (const poly of polys) {
    if (poly[0].some(p => p[1] < -60) || !poly.some(hops)) {
      kept.push(poly);
      continue;
    }
    const rings = poly.map(r => r.map(p => [p[0] < -90 ? p[0] + 360 : p[0], p[1]]));
    for (const west of [true, false]) {
      const pieces = rings.map(r => cut(r, west)).filter(r => r);
      if (pieces.length) kept.push(pieces);
    }
    n++;
  }
  f.geometry = { type: 'MultiPolygon', coordinates: kept };
}
process.stderr.write(`${n} polygons cut at the antimeridian\n`);
process.stdout.write(JSON.stringify(fc));
