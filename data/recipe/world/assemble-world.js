// Joins the land polygons and the border lines into one FeatureCollection with ids and sources, and fails on any
// edge that jumps across the antimeridian (it would draw a band across the whole Mercator map);
// Antarctica's edge along the 80 S cut is the one allowed.
const fs = require('fs');
const [landFile, bordersFile] = process.argv.slice(2);
const SOURCE = 'Natural Earth 1:50m v4.1.0 (world-atlas 2.0.2)';
const out = [];

function checkRing(ring, id) {
  for (let i = 1; i < ring.length; i++) {
    const alongCut = ring[i][1] <= -79.99 && ring[i - 1][1] <= -79.99;
    if (Math.abs(ring[i][0] - ring[i - 1][0]) > 30 && !alongCut) {
      throw new Error(`${id}: edge spans more than 30 degrees of longitude at ${ring[i - 1]} -> ${ring[i]}`);
    }
  }
}

function rings(g) {
  switch (g.type) {
    case 'Polygon': return g.coordinates;
    case 'MultiPolygon': return g.coordinates.flat();
    case 'LineString': return [g.coordinates];
    case 'MultiLineString': return g.coordinates;
    default: throw new Error('unexpected ' + g.type);
  }
}

function inRing(p, ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > p[1]) !== (yj > p[1]) && p[0] < (xj - xi) * (p[1] - yi) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

let allParts = [];
// How many lakes the point lies in: islands in lakes in islands in lakes (Victoria Island) nest twice.
const holesAround = (p, parts) => parts.flatMap(poly => poly.slice(1)).filter(hole => inRing(p, hole)).length;

// Parts are grouped by the 30-degree cell of their first vertex: few features keep the file small, and they
// still cull by view.
function add(file, kind, prefix, multi) {
  const fc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const cells = new Map();
  allParts = fc.features.filter(f => f.geometry).flatMap(f =>
    f.geometry.type.startsWith('Multi') ? f.geometry.coordinates : [f.geometry.coordinates]);
  for (const f of fc.features) {
    if (!f.geometry) continue;
    rings(f.geometry).forEach(r => checkRing(r, `${prefix} ${kind}`));
    const parts = f.geometry.type.startsWith('Multi') ? f.geometry.coordinates : [f.geometry.coordinates];
    for (const part of parts) {
      const first = kind === 'land' ? part[0][0] : part[0];
      // An island in a lake would be a shell nested in another part: such parts go to features of their own.
      const depth = kind === 'land' ? holesAround(first, allParts) : 0;
      const cell = `${Math.floor(first[0] / 30)}/${Math.floor(first[1] / 30)}${depth ? '/' + depth : ''}`;
      if (!cells.has(cell)) cells.set(cell, []);
      cells.get(cell).push(part);
    }
  }
  let n = 0;
  for (const parts of cells.values()) {
    const id = `${prefix}-${String(++n).padStart(4, '0')}`;
    out.push({ type: 'Feature', id, properties: { kind, source: SOURCE },
      geometry: { type: multi, coordinates: parts } });
  }
  return n;
}

const land = add(landFile, 'land', 'world-land', 'MultiPolygon');
const borders = add(bordersFile, 'border', 'world-border', 'MultiLineString');
process.stderr.write(`${land} land and ${borders} border features\n`);
process.stdout.write('{"type":"FeatureCollection","features":[\n'
  + out.map(f => JSON.stringify(f)).join(',\n') + '\n]}\n');
