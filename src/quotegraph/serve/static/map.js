// The article's places on an equirectangular map (x = longitude, y = −latitude), drawn offline: a
// lon/lat grid, the countries' outlines (worldmap.js, from the world-atlas package), and over them the
// one-degree cells holding a town of 15,000+ people (GET /api/map/towns, from the GeoNames data
// quotegraph ships with), which show where people live.

import {api} from "./api.js";
import {svg} from "./dom.js";
import {worldPath} from "./worldmap.js";

let towns = null;

function townCells() {
  towns = towns || api("/api/map/towns").then((body) => body.cells, () => []);
  return towns;
}

/** The frame around the points: padded, not too small, about twice as wide as high, inside the world. */
function frame(points) {
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [west, east] = [Math.min(...lons) - 10, Math.max(...lons) + 10];
  const [south, north] = [Math.min(...lats) - 8, Math.max(...lats) + 8];
  const width = Math.min(360, Math.max(east - west, 2 * (north - south), 60));
  const height = Math.min(180, width / 2);
  return {
    west: Math.max(-180, Math.min((west + east) / 2 - width / 2, 180 - width)),
    south: Math.max(-90, Math.min((south + north) / 2 - height / 2, 90 - height)),
    width,
    height,
  };
}

/** Places at the same point (a country drawn at its capital, and the capital) share one marker. */
function points(places) {
  const byPoint = new Map();
  places.forEach((place, index) => {
    if (place.latitude === null || place.longitude === null) return;
    const key = `${place.longitude.toFixed(2)},${place.latitude.toFixed(2)}`;
    if (!byPoint.has(key)) {
      byPoint.set(key, {lon: place.longitude, lat: place.latitude, names: [], places: []});
    }
    const point = byPoint.get(key);
    point.names.push(place.name);
    point.places.push(index);
  });
  return [...byPoint.values()].map((point, i) => ({...point, number: i + 1}));
}

/**
 * The map of `places` (Analysis.places), and `numbers`: place index → the number on its marker (the
 * place list shows it too, since only the names that have room are written on the map).
 */
export function placesMap(places) {
  const located = points(places);
  const box = located.length ? frame(located) : {west: -180, south: -90, width: 360, height: 180};
  const map = svg("svg", {
    class: "map",
    viewBox: `${box.west} ${-(box.south + box.height)} ${box.width} ${box.height}`,
    role: "img",
    "aria-label": `Map of ${located.flatMap((p) => p.names).join(", ") || "no located places"}`,
  });
  const land = svg("path", {class: "towns"});
  const countries = svg("path", {class: "countries"});
  const top = -(box.south + box.height);
  map.append(svg("rect", {class: "sea", x: box.west, y: top, width: box.width, height: box.height}));
  map.append(countries, land, grid(box), ...markers(located, box));
  worldPath().then((d) => countries.setAttribute("d", d));
  townCells().then((cells) => land.setAttribute("d", townPath(cells, box)));
  const numbers = new Map(located.flatMap((point) => point.places.map((index) => [index, point.number])));
  return {map, numbers};
}

function townPath(cells, box) {
  const inside = ([lon, lat]) =>
    lon >= box.west - 1 &&
    lon <= box.west + box.width &&
    lat >= box.south - 1 &&
    lat <= box.south + box.height;
  // A dot slightly smaller than its cell, so the land reads as a dotted texture.
  return cells.filter(inside).map(([lon, lat]) => `M${lon + 0.15} ${-(lat + 0.85)}h0.7v0.7h-0.7z`).join("");
}

function grid(box) {
  const step = box.width > 90 ? 30 : box.width > 40 ? 10 : 5;
  const size = box.width / 40;
  const group = svg("g", {class: "grid"});
  const top = -(box.south + box.height);
  for (let lon = Math.ceil(box.west / step) * step; lon <= box.west + box.width; lon += step) {
    group.append(svg("line", {x1: lon, x2: lon, y1: top, y2: -box.south}));
    const label = degrees(lon, "E", "W");
    group.append(svg("text", {x: lon + size * 0.3, y: -box.south - size * 0.4, "font-size": size}, label));
  }
  for (let lat = Math.ceil(box.south / step) * step; lat <= box.south + box.height; lat += step) {
    group.append(svg("line", {x1: box.west, x2: box.west + box.width, y1: -lat, y2: -lat}));
    const label = degrees(lat, "N", "S");
    group.append(svg("text", {x: box.west + size * 0.3, y: -lat - size * 0.3, "font-size": size}, label));
  }
  return group;
}

function degrees(value, positive, negative) {
  return value === 0 ? "0°" : `${Math.abs(value)}°${value > 0 ? positive : negative}`;
}

/**
 * A numbered marker per point, and its names where they fit: right, left, above or below the marker,
 * inside the frame and clear of every marker and name already drawn.
 */
function markers(located, box) {
  const size = box.width / 30;
  const radius = size * 0.6;
  const frameRect = rect(box.west, -(box.south + box.height), box.width, box.height);
  const taken = located.map((p) => square(p.lon, -p.lat, radius));
  return located.map((point) => {
    const label = point.names.join(" · ");
    const [x, y] = [point.lon, -point.lat];
    const width = label.length * size * 0.58;
    const candidates = [
      {x: x + radius * 1.3, y: y + size * 0.35, anchor: "start"},
      {x: x - radius * 1.3, y: y + size * 0.35, anchor: "end"},
      {x, y: y - radius * 1.4, anchor: "middle"},
      {x, y: y + radius + size, anchor: "middle"},
    ];
    const fits = candidates.map((c) => ({...c, rect: labelRect(c, width, size)}))
      .find((c) => contains(frameRect, c.rect) && !taken.some((r) => overlaps(r, c.rect)));
    if (fits) taken.push(fits.rect);
    return svg(
      "g",
      {class: "place"},
      svg("title", {}, `${point.number}: ${label}`),
      svg("circle", {cx: x, cy: y, r: radius}),
      svg(
        "text",
        {x, y: y + size * 0.3, "font-size": size * 0.8, "text-anchor": "middle", class: "number"},
        String(point.number),
      ),
      fits ? nameLabel(fits, size, label) : null,
    );
  });
}

function nameLabel(spot, size, label) {
  const attributes = {x: spot.x, y: spot.y, "font-size": size, "text-anchor": spot.anchor, class: "name"};
  return svg("text", attributes, label);
}

function rect(left, top, width, height) {
  return {left, right: left + width, top, bottom: top + height};
}

function square(x, y, half) {
  return rect(x - half, y - half, 2 * half, 2 * half);
}

function labelRect(c, width, size) {
  const left = c.anchor === "start" ? c.x : c.anchor === "end" ? c.x - width : c.x - width / 2;
  return rect(left, c.y - size * 0.85, width, size * 1.1);
}

function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function contains(outer, inner) {
  const across = inner.left >= outer.left && inner.right <= outer.right;
  return across && inner.top >= outer.top && inner.bottom <= outer.bottom;
}
