// The corpus: search quotes, a speaker's page (the person it is merged into: roles, quotes over time),
// an article's page.

import {api, query} from "./api.js";
import {choice, field, filterForm, PAGE, pager, status} from "./browse.js";
import {badge, clear, el, externalLink, plural, svg, toneChip} from "./dom.js";
import {renderAnalysis} from "./render.js";

// --- search ------------------------------------------------------------------------------------------

const FACETS = [
  ["attribution", "Attribution type", (v) => v],
  ["kind", "Kind of quote", (v) => v],
  ["type", "Speaker type", (v) => (v === null ? "no speaker found" : v)],
  ["anonymous", "Sources", (v) => (v === null ? "no speaker found" : v ? "anonymous" : "named")],
  ["person", "Persons", null],
  ["role", "Roles", (v) => v],
  ["place", "Places mentioned", (v) => v],
];
// The query parameter each facet sets.
const FACET_PARAM = {person: "person_id"};

/** The search form, the total, a page of quotes, the facets and downloads for `params` (#/corpus?…). */
export async function renderCorpus(root, params) {
  const results = el("ol", {class: "quotes"});
  const note = el("p", {class: "status", role: "status", "aria-live": "polite"}, "Searching…");
  const side = el("aside", {class: "panel corpus-side facets", "aria-label": "Facets"});
  const top = el("div", {class: "result-bar"});
  clear(
    root,
    el("h1", {}, "Search quotes"),
    searchForm(params),
    note,
    top,
    el("div", {class: "columns"}, el("section", {class: "results", "aria-label": "Quotes"}, results), side),
  );
  const wanted = Object.fromEntries(params);
  let page;
  try {
    page = await api(`/api/search?${query({...wanted, limit: PAGE})}`);
  } catch (error) {
    return status(note, error);
  }
  status(note, null);
  results.append(...page.items.map(quoteItem));
  const filters = {...wanted};
  delete filters.offset;
  const download = (format) =>
    el(
      "a",
      {href: `/api/search/download?${query({...filters, format})}`, download: `quotes.${format}`, class: `download ${format}`},
      format.toUpperCase(),
    );
  top.append(pager("#/corpus", params, page, "quote"), el("p", {class: "downloads"}, "Download the results: ", download("csv"), " ", download("json")));
  // A facet with nothing to list is left out: append(null) would print "null".
  const facets = FACETS.map(([key, title, label]) => facet(params, page.facets[key], key, title, label));
  side.append(activeFilters(params), ...facets.filter(Boolean));
}

/** The filters in force, each with a link that drops it. */
function activeFilters(params) {
  const shown = [...params].filter(([k, v]) => v && k !== "offset");
  if (!shown.length) return el("p", {class: "facts"}, "All quotes. Pick a value below to narrow them.");
  return el(
    "ul",
    {class: "active-filters", "aria-label": "Filters in force"},
    shown.map(([key, value]) => {
      const rest = new URLSearchParams(params);
      rest.delete(key);
      rest.delete("offset");
      return el("li", {}, `${key}: ${value} `, el("a", {href: `#/corpus?${rest}`, "aria-label": `drop ${key}`}, "✕"));
    }),
  );
}

function facet(params, values, key, title, label) {
  const param = FACET_PARAM[key] || key;
  const items = (values || []).filter((v) => !(v.value === null && (key === "kind" || key === "role" || key === "place")));
  if (!items.length) return null;
  return el(
    "section",
    {class: "facet", "data-facet": key},
    el("h2", {}, title),
    el(
      "ul",
      {},
      items.map((v) => {
        const text = label ? label(v.value) : v.label;
        const on = params.get(param) === String(v.value);
        const wanted = new URLSearchParams(params);
        wanted.delete("offset");
        if (on) wanted.delete(param);
        else if (v.value === null) return el("li", {}, el("span", {class: "name"}, text), " ", el("span", {class: "n"}, String(v.count)));
        else wanted.set(param, String(v.value));
        return el(
          "li",
          {},
          el("a", {href: `#/corpus?${wanted}`, class: on ? "on" : null, "aria-pressed": String(on)}, text),
          " ",
          el("span", {class: "n"}, String(v.count)),
        );
      }),
    ),
  );
}

function searchForm(params) {
  return filterForm("#/corpus", [
    field(params, "Words in the quote", "q", "search", {id: "search-q", placeholder: 'drone* OR "long-range" -tank'}),
    field(params, "Speaker", "speaker", "text", {placeholder: "part of a name"}),
    field(params, "Role", "role", "text", {placeholder: "e.g. minister"}),
    field(params, "Organization", "organization", "text", {placeholder: "e.g. Microsoft"}),
    field(params, "Place", "place", "text", {placeholder: "exact, e.g. London"}),
    choice(params, "Attribution", "attribution", [
      ["", "speech (quotes)"],
      ["thought", "thought"],
      ["document", "document"],
      ["all", "all types"],
    ]),
    choice(params, "Kind", "kind", [
      ["", "any"],
      ["direct", "direct"],
      ["indirect", "indirect"],
      ["mixed", "mixed"],
    ]),
    choice(params, "Speaker type", "type", [
      ["", "any"],
      ["person", "person"],
      ["organization", "organization"],
      ["group", "group"],
    ]),
    choice(params, "Sources", "anonymous", [
      ["", "all sources"],
      ["false", "named"],
      ["true", "anonymous"],
    ]),
    field(params, "From", "since", "date"),
    field(params, "To", "until", "date"),
    params.get("person_id") ? el("input", {type: "hidden", name: "person_id", value: params.get("person_id")}) : null,
  ], "Search");
}

/** Quotes of /api/quotes for `wanted`, a page at a time, with a button for the next page. */
async function quotePages(list, note, wanted, emptyText, offset = 0) {
  note.textContent = "Searching…";
  let page;
  try {
    page = await api(`/api/quotes?${query({...wanted, limit: PAGE, offset})}`);
  } catch (error) {
    return status(note, error);
  }
  status(note, null);
  list.append(...page.items.map(quoteItem));
  const more = page.next_offset === null ? "" : " so far";
  note.textContent = list.children.length ? `${plural(list.children.length, "quote")}${more}` : emptyText;
  if (page.next_offset !== null) {
    const button = el("button", {type: "button", class: "more-button"}, "More quotes");
    button.addEventListener("click", () => {
      button.remove();
      quotePages(list, note, wanted, emptyText, page.next_offset);
    });
    list.after(button);
  }
}

function speakerLink(id, name) {
  return el("a", {href: `#/speakers/${id}`}, name);
}

function personLink(id, name) {
  return el("a", {href: `#/persons/${id}`}, name);
}

function quoteItem(row) {
  // The person of the quote's speaker in its article: a bare "Blair" may be one person here, another there.
  const speaker = row.person_id
    ? personLink(row.person_id, row.speaker)
    : row.speaker_id
      ? speakerLink(row.speaker_id, row.speaker)
      : el("span", {class: "unattributed"}, "no speaker found");
  return el(
    "li",
    {class: "quote-item", "data-quote-id": row.id},
    el("blockquote", {}, `“${row.quote}”`, typeof row.tone === "number" ? [" ", toneChip(row.tone)] : null),
    el(
      "p",
      {class: "by"},
      speaker,
      row.role ? `, ${row.role}` : "",
      row.anonymous ? badge("anonymous", "anon") : "",
      row.cue ? `, ${row.cue}` : "",
      " · ",
      el("a", {href: `#/articles/${row.article_id}`}, row.headline || row.article),
      row.date ? " · " : "",
      row.date ? el("span", {class: "date"}, row.date) : "",
    ),
  );
}

// --- a speaker -----------------------------------------------------------------------------------------

/** A speaker's page: the person it is merged into (the one of most of its articles), else the speaker. */
export async function renderSpeaker(root, id) {
  const note = el("p", {class: "status", role: "status"}, "Loading…");
  clear(root, note);
  try {
    const speaker = await api(`/api/speakers/${id}`);
    if (!speaker.persons.length) return profile(root, speaker, {speaker_id: id});
    const person = await api(`/api/browse/persons/${speaker.persons[0].id}`);
    profile(root, person, {person_id: person.id}, otherPersons(speaker));
  } catch (error) {
    status(note, error);
  }
}

/** A person's page: every speaker merged into it, with the rule and confidence of each merge. */
export async function renderPerson(root, id) {
  const note = el("p", {class: "status", role: "status"}, "Loading…");
  clear(root, note);
  try {
    const person = await api(`/api/browse/persons/${id}`);
    profile(root, person, {person_id: id});
  } catch (error) {
    status(note, error);
  }
}

function profile(root, who, quoteFilter, extra = null) {
  const quotes = el("ol", {class: "quotes"});
  const quotesNote = el("p", {class: "status", role: "status"});
  clear(
    root,
    el("p", {}, el("a", {href: "#/corpus"}, "← Corpus")),
    el("h1", {}, who.name, badge(who.type), who.anonymous ? badge("anonymous", "anon") : null),
    el("p", {class: "facts"}, `${plural(who.quotes, "quote")} in ${plural(who.articles, "article")}`),
    who.aliases.length > 1 ? el("p", {class: "facts"}, `Also written as: ${who.aliases.join(", ")}`) : null,
    who.names ? namesTable(who.names) : null,
    extra,
    el("h2", {}, "Roles"),
    rolesTable(who.roles),
    el("h2", {}, "Quotes over time"),
    timelineChart(who.timeline),
    who.co_quoted ? coQuoted(who.co_quoted) : null,
    who.appearances ? appearances(who) : null,
    el("h2", {}, "Quotes"),
    quotesNote,
    quotes,
  );
  quotePages(quotes, quotesNote, quoteFilter, "No quotes.");
}

const NAME_HEADINGS = ["Name", "Rule", "Confidence", "Articles"];

/** The persons quoted in the same articles, most shared articles first. */
function coQuoted(others) {
  return [
    el("h2", {}, "Quoted with"),
    others.length
      ? el(
          "ul",
          {class: "co-quoted"},
          others.map((p) => el("li", {}, personLink(p.id, p.name), ` ${plural(p.articles, "article")}`)),
        )
      : el("p", {class: "none"}, "Nobody else quoted in their articles."),
  ];
}

/** The articles a person appears in (the latest), with the role held in each. */
function appearances(who) {
  const shown = who.appearances;
  const more = shown.length < who.articles ? ` (the latest ${shown.length} of ${who.articles})` : "";
  return [
    el("h2", {}, `Articles${more}`),
    el(
      "ul",
      {class: "appearances"},
      shown.map((a) =>
        el(
          "li",
          {},
          el("span", {class: "date"}, a.date || "undated"),
          " ",
          el("a", {href: `#/articles/${a.id}`}, a.headline || a.article || `article ${a.id}`),
          a.role ? `, as ${a.role}` : "",
        ),
      ),
    ),
    el("p", {}, el("a", {href: `#/articles?${query({person_id: who.id})}`}, "All their articles →")),
  ];
}

/** The names merged into a person, when there is more than its own: how, and how sure. */
function namesTable(names) {
  if (names.length < 2) return null;
  const row = (n) =>
    el(
      "tr",
      {},
      [
        n.name,
        n.rule || "same name",
        typeof n.confidence === "number" ? n.confidence.toFixed(2) : "—",
        String(n.articles ?? 0),
      ].map((v) => el("td", {}, v)),
    );
  return el(
    "table",
    {class: "names"},
    el("caption", {}, "Merged from"),
    el("thead", {}, el("tr", {}, NAME_HEADINGS.map((h) => el("th", {scope: "col"}, h)))),
    el("tbody", {}, names.map(row)),
  );
}

/** The other persons a speaker's name was taken for in other articles ("Blair": Tony or Cherie). */
function otherPersons(speaker) {
  const others = speaker.persons.slice(1);
  if (!others.length) return null;
  const links = others.flatMap((p, i) => [i ? ", " : "", personLink(p.id, p.name)]);
  return el("p", {class: "facts"}, `“${speaker.name}” in other articles: `, ...links);
}

function rolesTable(roles) {
  if (!roles.length) return el("p", {class: "none"}, "No role given in any article.");
  return el(
    "table",
    {class: "roles"},
    el("thead", {}, el("tr", {}, HEADINGS.map((h) => el("th", {scope: "col"}, h)))),
    el("tbody", {}, roles.map(roleRow)),
  );
}

function nextMonth(month) {
  const [year, number] = month.split("-").map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, "0")}`;
}

const HEADINGS = ["Role", "First", "Last", "Articles"];

function roleRow(held) {
  const cells = [held.role, held.first || "undated", held.last || "undated", String(held.articles)];
  return el("tr", {}, cells.map((value) => el("td", {}, value)));
}

/** Every month from the first to the last quote (months without quotes too), as bars. */
function months(timeline) {
  const dated = timeline.filter((t) => t.month);
  if (!dated.length) return [];
  const counts = new Map(dated.map((t) => [t.month, t.quotes]));
  const all = [];
  for (let month = dated[0].month; month <= dated[dated.length - 1].month; month = nextMonth(month)) {
    all.push({month, quotes: counts.get(month) || 0});
  }
  return all;
}

function timelineChart(timeline) {
  const bars = months(timeline);
  const undated = timeline.filter((t) => !t.month).reduce((sum, t) => sum + t.quotes, 0);
  const note = undated ? el("p", {class: "facts"}, `${plural(undated, "quote")} in undated articles`) : null;
  if (!bars.length) return note || el("p", {class: "none"}, "No dated quotes.");
  const top = Math.max(...bars.map((b) => b.quotes));
  const [barWidth, height, axis] = [24, 90, 18];
  const width = Math.max(bars.length * barWidth, 160);
  const chart = svg("svg", {
    class: "timeline",
    viewBox: `0 0 ${width} ${height + axis}`,
    width: width * 1.5,
    height: (height + axis) * 1.5,
    role: "img",
    "aria-label": `Quotes per month, ${bars[0].month} to ${bars[bars.length - 1].month}, at most ${top}`,
  });
  bars.forEach((bar, i) => {
    const h = (bar.quotes / top) * (height - 14);
    chart.append(
      svg(
        "rect",
        {x: i * barWidth + 3, y: height - h, width: barWidth - 6, height: h, class: "bar"},
        svg("title", {}, `${bar.month}: ${plural(bar.quotes, "quote")}`),
      ),
    );
    if (bar.quotes) {
      const x = i * barWidth + barWidth / 2;
      const y = height - h - 3;
      chart.append(svg("text", {x, y, class: "value", "text-anchor": "middle"}, String(bar.quotes)));
    }
  });
  chart.append(svg("line", {x1: 0, x2: width, y1: height, y2: height, class: "axis"}));
  const tick = height + axis - 4;
  chart.append(svg("text", {x: 2, y: tick, class: "tick", "text-anchor": "start"}, bars[0].month));
  if (bars.length > 1) {
    const last = bars[bars.length - 1].month;
    chart.append(svg("text", {x: width - 2, y: tick, class: "tick", "text-anchor": "end"}, last));
  }
  return el("div", {class: "chart"}, chart, note);
}

// --- an article ----------------------------------------------------------------------------------------

export async function renderArticle(root, id) {
  const note = el("p", {class: "status", role: "status"}, "Loading…");
  clear(root, note);
  let article;
  try {
    article = await api(`/api/articles/${id}`);
  } catch (error) {
    return status(note, error);
  }
  const body = el("div");
  clear(
    root,
    el("p", {}, el("a", {href: "#/corpus"}, "← Corpus")),
    el(
      "p",
      {class: "facts"},
      "From ",
      externalLink(article.url || article.source),
      ` · stored ${article.ingested_at}`,
    ),
    body,
  );
  renderAnalysis(body, article.analysis, article.speaker_ids);
}
