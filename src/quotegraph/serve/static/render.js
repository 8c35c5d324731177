// One analysis on screen: the article text with every quote in its speaker's colour, and beside it
// speakers, copy-desk warnings, places on a map, figures, dates and events (who did what to whom);
// each list item jumps to its text.

import {badge, el, plural, toneChip} from "./dom.js";
import {eventsGraph, stance, who} from "./events.js";
import {placesMap} from "./map.js";

// Light enough to read black text on; more speakers than colours go round the hue circle.
const PALETTE = [
  "#ffd8a8", "#b2f2bb", "#a5d8ff", "#fcc2d7", "#ffec99", "#d0bfff",
  "#96f2d7", "#e9d8a6", "#c0eb75", "#ffa8a8", "#bac8ff", "#99e9f2",
];
const NO_SPEAKER = "#dee2e6";
const FLASH_MS = 2500;

function colour(index) {
  return index < PALETTE.length ? PALETTE[index] : `hsl(${(index * 137.5) % 360} 75% 82%)`;
}

/**
 * Render `analysis` (the JSON of POST /api/analyze) into `root`. `speakerIds` maps the analysis's
 * speaker ids to corpus speaker ids, for links to speaker pages (stored articles only).
 */
export function renderAnalysis(root, analysis, speakerIds = {}) {
  const speakers = new Map(analysis.speakers.map((s, i) => [s.id, {...s, colour: colour(i)}]));
  const text = el("div", {class: "article-text", lang: analysis.article.language || "en"});
  text.append(...paragraphs(analysis, speakers));
  const view = {text, speakers, speakerIds, analysis};
  attachTooltip(text, analysis, speakers);
  root.replaceChildren(
    el(
      "div",
      {class: "result"},
      el("div", {class: "reading"}, articleHeader(analysis), text),
      panel([
        speakersSection(view),
        warningsSection(view),
        placesSection(view),
        figuresSection(view),
        datesSection(view),
        eventsSection(view),
      ]),
    ),
  );
}

/** The side panel: a bar of jump buttons (with counts) over its sections, so none is out of reach. */
function panel(sections) {
  const body = el("div", {class: "panel-body"}, sections);
  const jumps = sections.map((section) => {
    const heading = section.querySelector("h2");
    const label = heading.firstChild.textContent;
    const count = heading.querySelector(".count").textContent.trim();
    return el(
      "button",
      {
        type: "button",
        class: "section-jump",
        "data-section": label,
        onclick: () => {
          body.scrollTop = section.offsetTop - body.offsetTop;
          heading.setAttribute("tabindex", "-1");
          heading.focus({preventScroll: true});
        },
      },
      `${label} `,
      el("span", {class: "count"}, count),
    );
  });
  return el(
    "aside",
    {class: "panel", "aria-label": "What was found"},
    el("nav", {class: "section-jumps", "aria-label": "Sections"}, jumps),
    body,
  );
}

function isSpeech(quote) {
  return (quote.type || "speech") === "speech";
}

function articleHeader(analysis) {
  const meta = analysis.article;
  const facts = [
    meta.dateline,
    meta.date,
    meta.authors.length ? `by ${meta.authors.join(", ")}` : null,
    meta.language && meta.language !== "en" ? `language: ${meta.language}` : null,
    analysis.tone ? articleTone(analysis.tone) : null,
  ].filter(Boolean);
  // A reporter's quote list: speech; thoughts and what documents show are counted apart (docs/quotes.md).
  const speech = analysis.quotes.filter(isSpeech);
  const quotes = plural(speech.length, "quote");
  const others = analysis.quotes.length - speech.length;
  const speakersOfSpeech = new Set(speech.map((q) => q.speaker).filter(Boolean));
  const counts =
    `${quotes} from ${plural(speakersOfSpeech.size, "speaker")}` +
    (others ? `; ${others} of other types (thought, document)` : "");
  return el(
    "header",
    {class: "article-meta"},
    el("p", {class: "facts"}, [...facts, counts].join(" · ")),
    analysis.notes.length ? el("ul", {class: "notes"}, analysis.notes.map((n) => el("li", {}, n))) : null,
  );
}

function articleTone(tone) {
  const share = (x) => `${(x * 100).toFixed(1)}%`;
  const score = `${tone.score > 0 ? "+" : ""}${tone.score.toFixed(2)}`;
  return `tone ${score} (words ${share(tone.positive)} positive, ${share(tone.negative)} negative)`;
}

// --- the text ---------------------------------------------------------------------------------

/** Every span worth marking or jumping to, as {start, end, type, ref}. */
function marks(analysis) {
  const found = [];
  const add = (span, type, ref) => {
    if (span && span[1] > span[0]) found.push({start: span[0], end: span[1], type, ref});
  };
  const meta = analysis.article;
  add(meta.headline_span, "headline");
  add(meta.dek_span, "dek");
  add(meta.dateline_span, "dateline");
  meta.headings.forEach((span) => add(span, "heading"));
  analysis.quotes.forEach((quote, i) => {
    quote.content.forEach((span) => add(span, "quote", i));
    quote.cue.forEach((span) => add(span, "cue", i));
    quote.source.forEach((span) => add(span, "source", i));
  });
  analysis.warnings.forEach((warning, i) => warning.spans.forEach((span) => add(span, "warning", i)));
  analysis.places.forEach((place, i) => place.mentions.forEach((span) => add(span, "place", i)));
  analysis.quantities.forEach((quantity, i) => add(quantity.span, "figure", i));
  analysis.dates.forEach((date, i) => add(date.span, "date", i));
  // Unstyled: the verb gets a piece of its own, so that jumping to an event flashes the verb alone.
  (analysis.events || []).forEach((event, i) => add(event.action_span, "event", i));
  return found;
}

/** The text cut at every mark boundary and line break: one <p> per line, one <span> per marked piece. */
function paragraphs(analysis, speakers) {
  const text = analysis.text;
  const found = marks(analysis);
  const cuts = new Set([0, text.length]);
  for (const mark of found) cuts.add(mark.start).add(mark.end);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) cuts.add(i).add(i + 1);
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const chips = toneChips(analysis);
  const lines = [];
  let line = el("p");
  for (let k = 0; k + 1 < points.length; k++) {
    const [start, end] = [points[k], points[k + 1]];
    const piece = text.slice(start, end);
    if (piece === "\n") {
      if (line.childNodes.length) lines.push(line);
      line = el("p");
      continue;
    }
    const active = found.filter((m) => m.start <= start && m.end >= end);
    line.append(active.length ? markedPiece(piece, start, end, active, analysis, speakers) : piece);
    if (chips.has(end)) line.append(...chips.get(end));
  }
  if (line.childNodes.length) lines.push(line);
  return lines;
}

/** Each quote's tone chip, keyed by the end of its last content span (where it is shown). */
function toneChips(analysis) {
  const chips = new Map();
  analysis.quotes.forEach((quote, i) => {
    if (typeof quote.tone !== "number" || !quote.content.length) return;
    const end = Math.max(...quote.content.map((span) => span[1]));
    const chip = toneChip(quote.tone);
    chip.dataset.toneOf = i;
    chips.set(end, [...(chips.get(end) || []), chip]);
  });
  return chips;
}

function markedPiece(piece, start, end, active, analysis, speakers) {
  const types = new Set(active.map((m) => m.type));
  const node = el("span", {"data-start": start, "data-end": end}, piece);
  const classes = [...types].map((type) => `m-${type}`);
  const quoteMark = active.find((m) => m.type === "quote");
  if (quoteMark) {
    const speaker = speakers.get(analysis.quotes[quoteMark.ref].speaker);
    node.dataset.quote = quoteMark.ref;
    node.dataset.speaker = speaker ? speaker.id : "";
    node.style.setProperty("--speaker", speaker ? speaker.colour : NO_SPEAKER);
    if (speaker && speaker.anonymous) classes.push("anonymous");
    if (!speaker) classes.push("no-speaker");
  }
  node.setAttribute("class", classes.join(" "));
  return node;
}

// --- the tooltip on quotes ------------------------------------------------------------------------

function attachTooltip(text, analysis, speakers) {
  const tooltip = document.getElementById("tooltip");
  const hide = () => {
    tooltip.hidden = true;
    text.querySelectorAll(".hovered").forEach((n) => n.classList.remove("hovered"));
  };
  text.addEventListener("mouseover", (event) => {
    const piece = event.target.closest("[data-quote]");
    if (!piece) return hide();
    hide();
    const index = piece.dataset.quote;
    text.querySelectorAll(`[data-quote="${index}"]`).forEach((n) => n.classList.add("hovered"));
    tooltip.replaceChildren(...quoteDescription(analysis, analysis.quotes[index], speakers));
    tooltip.hidden = false;
    place(tooltip, piece.getBoundingClientRect());
  });
  text.addEventListener("mouseleave", hide);
}

function quoteDescription(analysis, quote, speakers) {
  const speaker = speakers.get(quote.speaker);
  const said = (spans) => spans.map(([s, e]) => analysis.text.slice(s, e)).join(" … ");
  return [
    el(
      "div",
      {class: "who"},
      el("strong", {}, speaker ? speaker.name : "No speaker found"),
      speaker && speaker.anonymous ? badge("anonymous", "anon") : null,
    ),
    speaker && speaker.role ? el("div", {class: "role"}, speaker.role) : null,
    el(
      "div",
      {class: "how"},
      `${quote.kind} quote`,
      quote.cue.length ? ` · cue: “${said(quote.cue)}”` : "",
      quote.source.length ? ` · written as “${said(quote.source)}”` : "",
      typeof quote.tone === "number" ? [" · tone ", toneChip(quote.tone)] : null,
    ),
  ];
}

function place(tooltip, rect) {
  const width = tooltip.offsetWidth;
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  const below = rect.bottom + 8 + tooltip.offsetHeight < window.innerHeight;
  tooltip.style.left = `${left}px`;
  tooltip.style.top = `${below ? rect.bottom + 6 : rect.top - tooltip.offsetHeight - 6}px`;
}

// --- jumping from the panel to the text -----------------------------------------------------------

let unflash = null;

/** Scroll to the first of `spans` in the text and flash every piece of them. */
function jump(view, spans) {
  const overlaps = (node) => spans.some(([s, e]) => +node.dataset.start < e && +node.dataset.end > s);
  const targets = [...view.text.querySelectorAll("[data-start]")].filter(overlaps);
  if (!targets.length) return;
  const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  targets[0].scrollIntoView({block: "center", behavior: still ? "auto" : "smooth"});
  if (unflash) unflash();
  targets.forEach((node) => node.classList.add("flash"));
  const timer = setTimeout(() => unflash(), FLASH_MS);
  unflash = () => {
    clearTimeout(timer);
    targets.forEach((node) => node.classList.remove("flash"));
    unflash = null;
  };
}

function jumpButton(view, spans, ...children) {
  return el("button", {type: "button", class: "jump", onclick: () => jump(view, spans)}, ...children);
}

// --- the panel -------------------------------------------------------------------------------------

/** A titled list of `records`, one <li> each from `item` (or "None."), after `before` (a map). */
function section(title, records, className, item, {count = records.length, before = null} = {}) {
  const content = records.length
    ? el("ul", {class: className}, records.map(item))
    : el("p", {class: "none"}, "None.");
  const heading = el("h2", {}, title, el("span", {class: "count"}, ` ${count}`));
  return el("section", {}, heading, before, content);
}

/** A list entry that jumps to `spans`: a name and a detail line. */
function entry(view, spans, name, detail) {
  return jumpButton(view, spans, el("span", {class: "name"}, name), el("span", {class: "detail"}, detail));
}

function swatch(colour) {
  const node = el("span", {class: "swatch", "aria-hidden": "true"});
  node.style.setProperty("--speaker", colour);
  return node;
}

function speakersSection(view) {
  const {analysis, speakers, speakerIds} = view;
  const quotesOf = (id) => analysis.quotes.filter((q) => q.speaker === id && isSpeech(q));
  const rows = [...speakers.values()]
    .map((speaker) => ({speaker, quotes: quotesOf(speaker.id)}))
    .filter((row) => row.quotes.length)
    .sort((a, b) => b.quotes.length - a.quotes.length);
  const unattributed = quotesOf(null);
  if (unattributed.length) rows.push({speaker: null, quotes: unattributed});
  const item = ({speaker, quotes}) => {
    const profile = speaker && speakerIds[speaker.id];
    return el(
      "li",
      {"data-speaker": speaker ? speaker.id : ""},
      swatch(speaker ? speaker.colour : NO_SPEAKER),
      jumpButton(
        view,
        quotes.flatMap((q) => q.content),
        el("span", {class: "name"}, speaker ? speaker.name : "No speaker found"),
        speaker && speaker.anonymous ? badge("anonymous", "anon") : null,
        speaker && speaker.role ? el("span", {class: "role"}, speaker.role) : null,
      ),
      el(
        "span",
        {class: "count"},
        plural(quotes.length, "quote"),
        profile ? el("a", {href: `#/speakers/${profile}`, class: "more"}, "profile") : null,
      ),
    );
  };
  return section("Speakers", rows, "speakers", item, {count: speakers.size});
}

function warningsSection(view) {
  const item = (warning) =>
    el(
      "li",
      {"data-kind": warning.kind},
      jumpButton(
        view,
        warning.spans,
        el("span", {class: "kind"}, warning.kind),
        el("span", {class: "message"}, warning.message),
        warning.suggestion ? el("span", {class: "suggestion"}, warning.suggestion) : null,
      ),
    );
  return section("Copy-desk warnings", view.analysis.warnings, "warnings", item);
}

function placesSection(view) {
  const places = view.analysis.places;
  const {map, numbers} = placesMap(places);
  const item = (place, index) => {
    const where = [place.kind, place.admin1, place.country].filter(Boolean).join(", ");
    return el(
      "li",
      {},
      el("span", {class: "marker"}, numbers.has(index) ? String(numbers.get(index)) : "–"),
      entry(view, place.mentions, place.name, where),
      el("span", {class: "count"}, `×${place.mentions.length}`),
    );
  };
  return section("Places", places, "places", item, {before: places.length ? map : null});
}

function figuresSection(view) {
  const item = (quantity) => el("li", {}, entry(view, [quantity.span], quantity.text, figure(quantity)));
  return section("Figures", view.analysis.quantities, "figures", item);
}

/** The number as a reader says it: "5–10", "more than 400", "up to 10" (formats.py's figure_value). */
function figureValue(q) {
  const has = (x) => x !== null && x !== undefined;
  const written = (q.text || "").toLowerCase().split(/\s+/).join(" ");
  if (has(q.low) && has(q.high)) return `${q.low}–${q.high}`;
  if (has(q.low)) return `${written.startsWith("at least") ? "at least" : "more than"} ${q.low}`;
  if (has(q.high)) {
    const words = ["fewer than", "less than", "under"].find((w) => written.startsWith(w));
    return `${words || (written.startsWith("just under") ? "under" : "up to")} ${q.high}`;
  }
  return has(q.value) ? `${q.value}` : "";
}

function figure(q) {
  const value = figureValue(q);
  let shown = `${q.approximate ? "about " : ""}${value} ${q.unit || ""}`.trim();
  if (q.si_value !== null && q.si_unit && q.si_unit !== q.unit) shown += ` = ${q.si_value} ${q.si_unit}`;
  return shown;
}

function datesSection(view) {
  const item = (date) => el("li", {}, entry(view, [date.span], date.text, date.value || "unresolved"));
  return section("Dates", view.analysis.dates, "dates", item);
}

function eventsSection(view) {
  const events = view.analysis.events || []; // analyses stored before events were found have none
  const item = (event) => {
    const spans = [event.action_span, ...event.actor_spans, ...event.target_spans];
    const written = view.analysis.text.slice(...event.action_span);
    const detail = [written + (event.negated ? " (negated)" : ""), event.action_class, event.place_name, event.date]
      .filter(Boolean)
      .join(" · ");
    return el(
      "li",
      {"data-class": event.action_class, class: stance(event.action_class)},
      entry(view, spans, `${who(event, "actor")} → ${who(event, "target")}`, detail),
    );
  };
  return section("Events", events, "events", item, {before: events.length ? eventsGraph(events) : null});
}
