// The world's country outlines, offline: Natural Earth's 1:110m countries as TopoJSON from the
// world-atlas package (vendor/world-atlas, ISC licence), decoded here into one SVG path in the
// equirectangular plane the maps use (x = longitude, y = −latitude).

import {api} from "./api.js";

let outline = null;

/** The path data of every country's outline (once per page; "" if the file cannot be read). */
export function worldPath() {
  outline = outline || api("/static/vendor/world-atlas/countries-110m.json").then(decode, () => "");
  return outline;
}

function decode(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  // Arcs are quantized and delta-encoded: each point is the offset from the one before.
  const arcs = topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
  const ring = (indexes) => {
    const points = [];
    for (const index of indexes) {
      const arc = index < 0 ? [...arcs[~index]].reverse() : arcs[index];
      points.push(...(points.length ? arc.slice(1) : arc));
    }
    // A ring cut at the antimeridian (Fiji, Chukotka) jumps across the map: lift the pen there.
    return points
      .map(([lon, lat], i) => {
        const jump = i === 0 || Math.abs(lon - points[i - 1][0]) > 180;
        return `${jump ? "M" : "L"}${lon.toFixed(2)} ${(-lat).toFixed(2)}`;
      })
      .join("");
  };
  let d = "";
  for (const shape of topology.objects.countries.geometries) {
    const polygons = shape.type === "Polygon" ? [shape.arcs] : shape.type === "MultiPolygon" ? shape.arcs : [];
    for (const polygon of polygons) d += polygon.map(ring).join("");
  }
  return d;
}
