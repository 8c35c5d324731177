// Who did what to whom: the article's events (Analysis.events) as a small diagram, actors on the
// left, targets on the right, one arrow per event labelled with its action, coloured by its kind.

import {svg} from "./dom.js";

// The action classes by how they bear on the target (analyze/events.py CLASSES).
const HOSTILE = new Set([
  "demand", "criticize", "reject", "threaten", "protest", "mobilize", "reduce", "coerce", "assault", "fight",
]);
const FRIENDLY = new Set(["appeal", "intend", "consult", "cooperate", "aid", "yield", "authorize"]);
const MAX_ARROWS = 14;
const ROW = 26;
const WIDTH = 360;
const BOX = 118;
const MAX_NAME = 18;

/** Whether an action is hostile, friendly or neither: the colour of its arrow and entry. */
export function stance(actionClass) {
  if (HOSTILE.has(actionClass)) return "hostile";
  return FRIENDLY.has(actionClass) ? "friendly" : "neutral";
}

/** The name an event shows for its actor or target: the entity's, or the words as written. */
export function who(event, part) {
  return event[`${part}_name`] || "—";
}

function short(name) {
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
}

/** One row per distinct participant (by id, else by name) in a column, in order of first event. */
function column(events, part) {
  const rows = new Map();
  for (const event of events) {
    const key = event[part] || `name:${who(event, part)}`;
    if (!rows.has(key)) rows.set(key, {key, name: who(event, part), row: rows.size});
  }
  return rows;
}

function node(x, y, name, side) {
  return svg(
    "g",
    {class: `event-node ${side}`},
    svg("title", {}, name),
    svg("rect", {x, y: y - 10, width: BOX, height: 20, rx: 4}),
    svg("text", {x: x + BOX / 2, y: y + 4, "text-anchor": "middle"}, short(name)),
  );
}

/** The diagram of `events` (the first MAX_ARROWS with both an actor and a target), an <svg>. */
export function eventsGraph(events) {
  const shown = events.filter((e) => e.actor_name && e.target_name).slice(0, MAX_ARROWS);
  const actors = column(shown, "actor");
  const targets = column(shown, "target");
  const rows = Math.max(actors.size, targets.size, 1);
  const height = rows * ROW + 8;
  const y = (row) => 14 + row * ROW;
  const diagram = svg("svg", {
    class: "events-graph",
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: "img",
    "aria-label": `${shown.length} events between ${actors.size} actors and ${targets.size} targets`,
  });
  const defs = svg("defs", {});
  for (const kind of ["hostile", "friendly", "neutral"]) {
    defs.append(
      svg(
        "marker",
        {id: `arrow-${kind}`, viewBox: "0 0 8 8", refX: 8, refY: 4, markerWidth: 7, markerHeight: 7,
          orient: "auto-start-reverse"},
        svg("path", {d: "M0,0 L8,4 L0,8 z", class: `arrowhead ${kind}`}),
      ),
    );
  }
  diagram.append(defs);
  shown.forEach((event) => {
    const from = y(actors.get(event.actor || `name:${who(event, "actor")}`).row);
    const to = y(targets.get(event.target || `name:${who(event, "target")}`).row);
    const kind = stance(event.action_class);
    const [x1, x2] = [BOX + 2, WIDTH - BOX - 4];
    diagram.append(
      svg(
        "g",
        {class: `event-arrow ${kind}`, "data-class": event.action_class},
        svg("title", {}, `${who(event, "actor")} ${event.action} (${event.action_class}) ${who(event, "target")}`),
        svg("line", {x1, y1: from, x2, y2: to, "marker-end": `url(#arrow-${kind})`}),
        svg("text", {x: WIDTH / 2, y: (from + to) / 2 - 3, "text-anchor": "middle"}, event.action),
      ),
    );
  });
  for (const {name, row} of actors.values()) diagram.append(node(0, y(row), name, "actor"));
  for (const {name, row} of targets.values()) diagram.append(node(WIDTH - BOX, y(row), name, "target"));
  return diagram;
}
