// Small SVG charts, written here (no library to ship): bars over months and lines per series. Every
// bar and point can be reached with Tab and reads its value aloud (aria-label), and the value of the
// one focused or hovered is written under the chart, so nothing depends on a mouse or on colour alone.

import {el, svg} from "./dom.js";

// Colours with at least 3:1 contrast on white, told apart by shape too (each line has its own dash).
export const SERIES_COLOURS = ["#0b5cad", "#b3261e", "#1a7f37", "#8250df", "#bc4c00", "#1b7c83", "#6e7781"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3", "4 4", "1 2", "10 4"];

function readout() {
  return el("p", {class: "chart-readout", "aria-live": "polite"}, "\u00a0");
}

function focusable(node, text, out) {
  node.setAttribute("tabindex", "0");
  node.setAttribute("aria-label", text);
  node.append(svg("title", {}, text));
  const show = () => (out.textContent = text);
  node.addEventListener("focus", show);
  node.addEventListener("mouseenter", show);
  return node;
}

/** Bars: `items` [{label, value, href?}], `describe(item)` its text; a bar with `href` is a link. */
export function barChart(items, {title, describe, height = 140}) {
  const out = readout();
  if (!items.length) return el("p", {class: "none"}, "Nothing to chart.");
  const top = Math.max(1, ...items.map((i) => i.value));
  const barWidth = Math.max(6, Math.min(36, 900 / items.length));
  const axis = 20;
  const width = Math.max(items.length * barWidth, 200);
  const chart = svg("svg", {
    class: "chart-svg bars",
    viewBox: `0 0 ${width} ${height + axis}`,
    width,
    height: height + axis,
    role: "group",
    "aria-label": title,
  });
  items.forEach((item, i) => {
    const h = (item.value / top) * (height - 12);
    const bar = svg("rect", {
      x: i * barWidth + 1,
      y: height - h,
      width: barWidth - 2,
      height: Math.max(h, 0.5),
      class: "bar",
    });
    focusable(bar, describe(item), out);
    chart.append(bar);
  });
  chart.append(svg("line", {x1: 0, x2: width, y1: height, y2: height, class: "axis"}));
  chart.append(svg("text", {x: 2, y: height + axis - 5, class: "tick"}, items[0].label));
  if (items.length > 1) {
    const last = items[items.length - 1].label;
    chart.append(svg("text", {x: width - 2, y: height + axis - 5, class: "tick", "text-anchor": "end"}, last));
  }
  chart.append(svg("text", {x: 2, y: 10, class: "tick"}, `max ${top}`));
  return el("figure", {class: "qg-chart"}, el("figcaption", {}, title), el("div", {class: "chart-scroll"}, chart), out);
}

/**
 * Lines over `labels` (months): `series` [{name, values}] with null for no value (the line breaks).
 * `range` [low, high] of the y axis; `format(value)` writes a value.
 */
export function lineChart(labels, series, {title, range, format, unit}) {
  const out = readout();
  if (!labels.length || !series.length) return el("p", {class: "none"}, "Nothing to chart.");
  const [low, high] = range;
  const [width, height, left, axis] = [Math.max(600, labels.length * 28), 200, 44, 20];
  const step = labels.length > 1 ? (width - left - 10) / (labels.length - 1) : 0;
  const x = (i) => left + i * step;
  const y = (v) => 8 + (1 - (v - low) / (high - low || 1)) * (height - 16);
  const chart = svg("svg", {
    class: "chart-svg lines",
    viewBox: `0 0 ${width} ${height + axis}`,
    width,
    height: height + axis,
    role: "group",
    "aria-label": title,
  });
  for (const tick of [low, (low + high) / 2, high]) {
    chart.append(svg("line", {x1: left, x2: width, y1: y(tick), y2: y(tick), class: "grid-line"}));
    chart.append(svg("text", {x: left - 4, y: y(tick) + 4, class: "tick", "text-anchor": "end"}, format(tick)));
  }
  chart.append(svg("text", {x: left, y: height + axis - 4, class: "tick"}, labels[0]));
  chart.append(
    svg("text", {x: width - 2, y: height + axis - 4, class: "tick", "text-anchor": "end"}, labels[labels.length - 1]),
  );
  series.forEach((line, s) => {
    const colour = SERIES_COLOURS[s % SERIES_COLOURS.length];
    let d = "";
    let pen = false;
    line.values.forEach((v, i) => {
      if (v === null || v === undefined) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)}`;
      pen = true;
    });
    const group = svg("g", {class: "series", "aria-label": line.name, role: "group"});
    group.append(svg("path", {d, stroke: colour, "stroke-dasharray": DASHES[s % DASHES.length], class: "line"}));
    line.values.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const point = svg("circle", {cx: x(i), cy: y(v), r: 3.5, fill: colour, class: "point"});
      focusable(point, `${line.name}, ${labels[i]}: ${format(v)}${unit ? ` ${unit}` : ""}`, out);
      group.append(point);
    });
    chart.append(group);
  });
  const legend = el(
    "ul",
    {class: "legend"},
    series.map((line, s) =>
      el(
        "li",
        {},
        svg(
          "svg",
          {width: 28, height: 10, "aria-hidden": "true"},
          svg("line", {
            x1: 0,
            x2: 28,
            y1: 5,
            y2: 5,
            stroke: SERIES_COLOURS[s % SERIES_COLOURS.length],
            "stroke-width": 3,
            "stroke-dasharray": DASHES[s % DASHES.length],
          }),
        ),
        " ",
        line.href ? el("a", {href: line.href}, line.name) : line.name,
      ),
    ),
  );
  return el("figure", {class: "qg-chart"}, el("figcaption", {}, title), el("div", {class: "chart-scroll"}, chart), legend, out);
}

/** Every month from `first` to `last` (YYYY-MM), for bars with the empty months in between. */
export function monthRange(first, last) {
  const all = [];
  let [year, month] = first.split("-").map(Number);
  for (let label = first; label <= last; ) {
    all.push(label);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    label = `${year}-${String(month).padStart(2, "0")}`;
  }
  return all;
}
