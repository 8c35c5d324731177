// The corpus browsers: the overview the page opens on, articles, persons, events, places on a world map
// and the charts. Each view is drawn from its address (#/articles?sort=quotes…), so it can be shared.

import {api, query} from "./api.js";
import {barChart, lineChart, monthRange} from "./charts.js";
import {badge, clear, el, plural, svg} from "./dom.js";
import {worldPath} from "./worldmap.js";

export const PAGE = 20;
const number = (n) => (typeof n === "number" ? n.toLocaleString("en") : "0");

export function status(node, error) {
  node.classList.toggle("error", Boolean(error));
  node.textContent = error ? error.message : "";
}

function loading(root, title) {
  const note = el("p", {class: "status", role: "status"}, "Loading…");
  clear(root, el("h1", {}, title), note);
  return note;
}

/** "1–20 of 1,234" and links to the previous and next pages of the view at `base` with `params`. */
export function pager(base, params, page, noun) {
  const offset = page.offset;
  const shown = page.items.length;
  const text = page.total
    ? `${number(offset + 1)}–${number(offset + shown)} of ${number(page.total)} ${noun}${page.total === 1 ? "" : "s"}`
    : `No ${noun}s match.`;
  const link = (label, to, rel) => {
    const wanted = new URLSearchParams(params);
    if (to) wanted.set("offset", String(to));
    else wanted.delete("offset");
    return el("a", {href: `${base}?${wanted}`, class: "page-link", rel}, label);
  };
  return el(
    "p",
    {class: "pager"},
    el("span", {class: "total", "data-total": String(page.total)}, text),
    offset > 0 ? link("← Previous", Math.max(0, offset - page.limit), "prev") : null,
    page.next_offset !== null ? link("Next →", page.next_offset, "next") : null,
  );
}

/** A form whose submit sets the address to `base` with its fields (empty ones left out). */
export function filterForm(base, fields, label = "Filter") {
  return el(
    "form",
    {
      class: "search",
      role: "search",
      onsubmit: (event) => {
        event.preventDefault();
        location.hash = `${base}?${query(Object.fromEntries(new FormData(event.target)))}`;
      },
    },
    fields,
    el("button", {type: "submit"}, label),
  );
}

export function field(params, label, name, type = "text", extra = {}) {
  return el("label", {}, label, el("input", {name, type, value: params.get(name) || "", ...extra}));
}

export function choice(params, label, name, options) {
  return el(
    "label",
    {},
    label,
    el(
      "select",
      {name},
      options.map(([value, text]) => el("option", {value, selected: (params.get(name) || "") === value}, text)),
    ),
  );
}

function table(headings, rows, className) {
  return el(
    "table",
    {class: `list ${className}`},
    el("thead", {}, el("tr", {}, headings)),
    el("tbody", {}, rows),
  );
}

function dateText(date) {
  return date || "undated";
}

// --- the overview ----------------------------------------------------------------------------------

/** What the corpus holds; `found` is GET /api/overview. */
export function renderOverview(root, found) {
  const share = found.anonymous_share === null ? "none attributed" : `${(found.anonymous_share * 100).toFixed(1)}%`;
  const figure = (value, label, href) =>
    el("a", {class: "figure", href}, el("span", {class: "value"}, value), el("span", {class: "label"}, label));
  const range =
    found.first_date && found.last_date ? `${found.first_date} to ${found.last_date}` : "no dated articles";
  const months = found.months.length
    ? monthRange(found.months[0].month, found.months[found.months.length - 1].month)
    : [];
  const counts = new Map(found.months.map((m) => [m.month, m.quotes]));
  const bars = months.map((month) => ({label: month, value: counts.get(month) || 0}));
  const ranking = (rows, empty) =>
    rows.length
      ? el(
          "ol",
          {class: "ranking"},
          rows.map((p) =>
            el("li", {}, el("a", {href: `#/persons/${p.id}`}, p.name), " ", el("span", {class: "n"}, number(p.quotes))),
          ),
        )
      : el("p", {class: "none"}, empty);
  clear(
    root,
    el("h1", {}, "The corpus"),
    el(
      "div",
      {class: "figures-row", id: "totals"},
      figure(number(found.articles), "articles", "#/articles"),
      figure(number(found.quotes), "quotes", "#/corpus"),
      figure(number(found.speakers), "named speakers", "#/persons"),
      figure(number(found.persons), "persons", "#/persons?type=person"),
      figure(number(found.events), "events", "#/events"),
      figure(share, "anonymous sources", "#/corpus?anonymous=true"),
    ),
    el("p", {class: "facts"}, `Articles dated ${range}.`),
    el(
      "div",
      {class: "overview-grid"},
      el(
        "section",
        {class: "card wide"},
        el("h2", {}, "Quotes over time"),
        barChart(bars, {
          title: "Quotes per month",
          describe: (b) => `${b.label}: ${plural(b.value, "quote")}`,
        }),
      ),
      el("section", {class: "card"}, el("h2", {}, "Most quoted persons"), ranking(found.top_persons, "None yet.")),
      el(
        "section",
        {class: "card"},
        el("h2", {}, "Most quoted organizations"),
        ranking(found.top_organizations, "None yet."),
      ),
      el(
        "section",
        {class: "card"},
        el("h2", {}, "Named and anonymous"),
        anonymousBar(found),
        el("p", {}, el("a", {href: "#/charts"}, "Charts: quotes per person, tone per outlet →")),
      ),
    ),
  );
}

function anonymousBar(found) {
  if (found.anonymous_share === null) return el("p", {class: "none"}, "No attributed quote yet.");
  const anonymous = Math.round(found.anonymous_share * found.attributed);
  const named = found.attributed - anonymous;
  const width = 300;
  const cut = found.anonymous_share * width;
  const label = `${number(named)} quotes from named sources, ${number(anonymous)} from anonymous ones`;
  return el(
    "div",
    {},
    svg(
      "svg",
      {class: "share", viewBox: `0 0 ${width} 18`, width, height: 18, role: "img", "aria-label": label},
      svg("rect", {x: 0, y: 0, width: width - cut, height: 18, class: "named"}),
      svg("rect", {x: width - cut, y: 0, width: cut, height: 18, class: "anonymous"}),
    ),
    el("p", {class: "facts"}, label),
  );
}

export function renderEmpty(root) {
  clear(
    root,
    el("h1", {}, "No corpus yet"),
    el(
      "p",
      {},
      "The database holds no article. Analyze one (",
      el("a", {href: "#/analyze"}, "Analyze"),
      ") and add it, or run quotegraph ingest.",
    ),
  );
}

// --- articles ---------------------------------------------------------------------------------------

const ARTICLE_COLUMNS = [
  ["date", "Date"],
  ["headline", "Headline"],
  ["quotes", "Quotes"],
  ["speakers", "Speakers"],
];

export async function renderArticles(root, params) {
  const note = loading(root, "Articles");
  let page;
  try {
    page = await api(`/api/browse/articles?${query({...Object.fromEntries(params), limit: PAGE})}`);
  } catch (error) {
    return status(note, error);
  }
  const sort = params.get("sort") || "date";
  const order = params.get("order") || "desc";
  const heading = ([key, label]) => {
    const wanted = new URLSearchParams(params);
    wanted.delete("offset");
    wanted.set("sort", key);
    wanted.set("order", key === sort && order === "desc" ? "asc" : "desc");
    const current = key === sort;
    return el(
      "th",
      {scope: "col", "aria-sort": current ? (order === "desc" ? "descending" : "ascending") : null},
      el("a", {href: `#/articles?${wanted}`}, label, current ? (order === "desc" ? " ▼" : " ▲") : ""),
    );
  };
  const row = (a) =>
    el(
      "tr",
      {},
      el("td", {class: "date"}, dateText(a.date)),
      el("td", {}, el("a", {href: `#/articles/${a.id}`}, a.headline || a.article || `article ${a.id}`)),
      el("td", {class: "n"}, number(a.quotes)),
      el("td", {class: "n"}, number(a.speakers)),
    );
  clear(
    root,
    el("h1", {}, "Articles"),
    filterForm("#/articles", [
      field(params, "Words", "search", "search", {placeholder: "words in headline or text"}),
      field(params, "Place mentioned", "place", "text", {placeholder: "exact name, e.g. London"}),
      field(params, "From", "since", "date"),
      field(params, "To", "until", "date"),
      el("input", {type: "hidden", name: "sort", value: sort}),
      el("input", {type: "hidden", name: "order", value: order}),
    ]),
    pager("#/articles", params, page, "article"),
    table(ARTICLE_COLUMNS.map(heading), page.items.map(row), "articles"),
  );
}

// --- persons ----------------------------------------------------------------------------------------

export async function renderPersons(root, params) {
  const note = loading(root, "Persons and organizations");
  let page;
  try {
    page = await api(`/api/browse/persons?${query({...Object.fromEntries(params), limit: PAGE})}`);
  } catch (error) {
    return status(note, error);
  }
  const roles = (p) =>
    p.roles
      .slice(0, 2)
      .map((r) => r.role)
      .join("; ");
  const row = (p) =>
    el(
      "tr",
      {},
      el("td", {}, el("a", {href: `#/persons/${p.id}`}, p.name)),
      el("td", {}, p.type),
      el("td", {class: "n"}, number(p.quotes)),
      el("td", {class: "n"}, number(p.articles)),
      el("td", {}, roles(p)),
      el("td", {class: "aliases"}, p.aliases.filter((a) => a !== p.name).slice(0, 4).join(", ")),
    );
  clear(
    root,
    el("h1", {}, "Persons and organizations"),
    filterForm("#/persons", [
      field(params, "Name", "name", "search", {placeholder: "part of a name"}),
      choice(params, "Type", "type", [
        ["", "all"],
        ["person", "persons"],
        ["organization", "organizations"],
        ["group", "groups"],
      ]),
      choice(params, "Sort by", "sort", [
        ["quotes", "quotes"],
        ["articles", "articles"],
        ["name", "name"],
      ]),
    ]),
    pager("#/persons", params, page, "person"),
    table(
      ["Name", "Type", "Quotes", "Articles", "Roles", "Also written as"].map((h) => el("th", {scope: "col"}, h)),
      page.items.map(row),
      "persons",
    ),
  );
}

// --- events -----------------------------------------------------------------------------------------

export async function renderEvents(root, params) {
  const note = loading(root, "Events");
  let page;
  try {
    page = await api(`/api/browse/events?${query({...Object.fromEntries(params), limit: PAGE})}`);
  } catch (error) {
    return status(note, error);
  }
  const current = params.get("action_class") || "";
  const classLink = (c) => {
    const wanted = new URLSearchParams(params);
    wanted.delete("offset");
    if (c.value === current) wanted.delete("action_class");
    else wanted.set("action_class", c.value);
    return el(
      "a",
      {href: `#/events?${wanted}`, class: `chip${c.value === current ? " on" : ""}`, "aria-pressed": String(c.value === current)},
      `${c.value} `,
      el("span", {class: "count"}, number(c.count)),
    );
  };
  const who = (name) => name || el("span", {class: "none"}, "unnamed");
  const row = (e) =>
    el(
      "tr",
      {class: e.negated ? "negated" : null},
      el("td", {class: "date"}, dateText(e.date || e.article_date)),
      el("td", {}, who(e.actor_name)),
      el("td", {}, e.negated ? "not " : "", e.action, " ", badge(e.action_class)),
      el("td", {}, who(e.target_name)),
      el("td", {}, e.place_name || ""),
      el("td", {}, el("a", {href: `#/articles/${e.article_id}`}, e.headline || `article ${e.article_id}`)),
    );
  clear(
    root,
    el("h1", {}, "Events"),
    el("p", {class: "facts"}, "Who did what to whom, as the articles tell it (classes after CAMEO)."),
    filterForm("#/events", [
      field(params, "Actor or target", "name", "search", {placeholder: "part of a name"}),
      field(params, "Place", "place", "text", {placeholder: "part of a place name"}),
      field(params, "From", "since", "date"),
      field(params, "To", "until", "date"),
      current ? el("input", {type: "hidden", name: "action_class", value: current}) : null,
    ]),
    el("nav", {class: "chips", "aria-label": "Action classes"}, page.classes.map(classLink)),
    pager("#/events", params, page, "event"),
    table(
      ["Date", "Actor", "Action", "Target", "Place", "Article"].map((h) => el("th", {scope: "col"}, h)),
      page.items.map(row),
      "events",
    ),
  );
}

// --- places -----------------------------------------------------------------------------------------

export async function renderPlaces(root, params) {
  const note = loading(root, "Places");
  let found;
  try {
    found = await api(`/api/browse/places?${query({name: params.get("name"), limit: 500})}`);
  } catch (error) {
    return status(note, error);
  }
  const places = found.items;
  const top = Math.max(1, ...places.map((p) => p.articles));
  const map = svg("svg", {class: "world", viewBox: "-180 -90 360 180", role: "group", "aria-label": "Places mentioned, on a world map"});
  const countries = svg("path", {class: "countries"});
  map.append(svg("rect", {class: "sea", x: -180, y: -90, width: 360, height: 180}), countries);
  worldPath().then((d) => countries.setAttribute("d", d));
  // Largest first, so smaller circles are drawn on top and stay reachable.
  for (const p of [...places].sort((a, b) => b.articles - a.articles)) {
    const text = `${p.name}${p.country ? ` (${p.country})` : ""}: ${plural(p.articles, "article")}`;
    map.append(
      svg(
        "a",
        {href: `#/articles?${query({place: p.name})}`, class: "place-dot", "aria-label": text},
        svg("title", {}, text),
        svg("circle", {cx: p.longitude, cy: -p.latitude, r: 0.8 + 5 * Math.sqrt(p.articles / top)}),
      ),
    );
  }
  const row = (p) =>
    el(
      "tr",
      {},
      el("td", {}, el("a", {href: `#/articles?${query({place: p.name})}`}, p.name)),
      el("td", {}, p.country || ""),
      el("td", {}, p.kind || ""),
      el("td", {class: "n"}, number(p.articles)),
      el("td", {}, el("a", {href: `#/corpus?${query({place: p.name})}`}, "quotes")),
    );
  clear(
    root,
    el("h1", {}, "Places"),
    filterForm("#/places", [field(params, "Name", "name", "search", {placeholder: "part of a place name"})]),
    el(
      "p",
      {class: "facts"},
      `${plural(found.total, "place")} with coordinates` +
        (found.total > places.length ? `, the ${places.length} mentioned in most articles shown` : "") +
        ". A circle's area grows with the articles that mention the place.",
    ),
    el("div", {class: "world-frame"}, map),
    table(
      ["Place", "Country", "Kind", "Articles", ""].map((h) => el("th", {scope: "col"}, h)),
      places.slice(0, 100).map(row),
      "places",
    ),
  );
}

// --- charts -----------------------------------------------------------------------------------------

export async function renderCharts(root, params) {
  const note = loading(root, "Charts");
  let people;
  let tone;
  try {
    const ids = params.getAll("person_id");
    const wanted = ids.map((id) => `person_id=${encodeURIComponent(id)}`).join("&");
    [people, tone] = await Promise.all([api(`/api/charts/person-months?${wanted}`), api("/api/charts/tone")]);
  } catch (error) {
    return status(note, error);
  }
  const top = Math.max(1, ...people.series.flatMap((s) => s.counts));
  const toneRange = Math.max(0.1, ...tone.series.flatMap((s) => s.tone.filter((v) => v !== null).map(Math.abs)));
  const outlets = tone.series.slice(0, 7);
  clear(
    root,
    el("h1", {}, "Charts"),
    el(
      "section",
      {class: "card"},
      el("h2", {}, "Quotes per person per month"),
      lineChart(
        people.months,
        people.series.map((s) => ({name: s.name, values: s.counts, href: `#/persons/${s.id}`})),
        {title: "Quotes per month of the most quoted persons", range: [0, top], format: (v) => String(Math.round(v)), unit: "quotes"},
      ),
    ),
    el(
      "section",
      {class: "card"},
      el("h2", {}, "Tone per outlet over time"),
      el("p", {class: "facts"}, "Mean article tone, −1 (negative) to +1 (positive); the outlet is the site, or the corpus section."),
      lineChart(
        tone.months,
        outlets.map((s) => ({name: s.name, values: s.tone})),
        {
          title: "Mean article tone per outlet per month",
          range: [-toneRange, toneRange],
          format: (v) => `${v > 0 ? "+" : ""}${v.toFixed(2)}`,
        },
      ),
    ),
  );
}
