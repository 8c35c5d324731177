// The page: the analyze view, and the corpus views chosen by the address (#/corpus?…, #/articles?…,
// #/persons/N, #/events?…, …), so the back button, bookmarks and shared links work. The bare address
// opens on the corpus when the database holds articles, else on the analyze view.

import {api} from "./api.js";
import {
  renderArticles,
  renderCharts,
  renderEmpty,
  renderEvents,
  renderOverview,
  renderPersons,
  renderPlaces,
} from "./browse.js";
import {renderArticle, renderCorpus, renderPerson, renderSpeaker} from "./corpus.js";
import {el} from "./dom.js";
import {renderAnalysis} from "./render.js";

const $ = (id) => document.getElementById(id);
let info = {allow_fetch: false, max_body_bytes: 2 * 1024 * 1024};
// GET /api/overview, once: whether there is a corpus to open on (null: no database).
let overview;

const params = (m) => new URLSearchParams(m[1] || "");
const ROUTES = [
  [/^#\/corpus(?:\?(.*))?$/, "corpus", (root, m) => renderCorpus(root, params(m))],
  [/^#\/articles(?:\?(.*))?$/, "articles", (root, m) => renderArticles(root, params(m))],
  [/^#\/persons(?:\?(.*))?$/, "persons", (root, m) => renderPersons(root, params(m))],
  [/^#\/events(?:\?(.*))?$/, "events", (root, m) => renderEvents(root, params(m))],
  [/^#\/places(?:\?(.*))?$/, "places", (root, m) => renderPlaces(root, params(m))],
  [/^#\/charts(?:\?(.*))?$/, "charts", (root, m) => renderCharts(root, params(m))],
  [/^#\/speakers\/(\d+)$/, "persons", (root, m) => renderSpeaker(root, Number(m[1]))],
  [/^#\/persons\/(\d+)$/, "persons", (root, m) => renderPerson(root, Number(m[1]))],
  [/^#\/articles\/(\d+)$/, "articles", (root, m) => renderArticle(root, Number(m[1]))],
];

async function corpusOverview() {
  if (overview === undefined) {
    overview = api("/api/overview").catch(() => null);
  }
  return overview;
}

function show(view) {
  $("analyze-view").hidden = view !== "analyze";
  $("corpus-view").hidden = view === "analyze";
  $("tooltip").hidden = true;
  for (const link of document.querySelectorAll("[data-nav]")) {
    if (link.dataset.nav === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

async function route() {
  const hash = location.hash;
  for (const [pattern, view, render] of ROUTES) {
    const m = hash.match(pattern);
    if (m) {
      show(view);
      window.scrollTo(0, 0);
      return render($("corpus-view"), m);
    }
  }
  if (hash === "#/analyze") return show("analyze");
  // The bare address: the corpus if there is one.
  const found = await corpusOverview();
  if (location.hash !== hash) return; // the address changed meanwhile
  if (found && found.articles > 0) {
    show("overview");
    renderOverview($("corpus-view"), found);
  } else if (found) {
    show("overview");
    renderEmpty($("corpus-view"));
  } else {
    show("analyze");
  }
}

/** The request for what the form holds: a file if one is chosen, else a URL if given, else the text. */
function analyzeRequest() {
  const date = $("article-date").value;
  const file = $("article-file").files[0];
  if (file) {
    if (file.size > info.max_body_bytes) {
      throw new Error(`the file is over the ${info.max_body_bytes / 1024} KB limit`);
    }
    const form = new FormData();
    form.append("file", file);
    if (date) form.append("date", date);
    return {method: "POST", body: form};
  }
  const url = info.allow_fetch ? $("article-url").value.trim() : "";
  const body = url ? {url} : {text: $("article-text").value};
  if (date) body.date = date;
  return {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)};
}

async function analyze(event) {
  event.preventDefault();
  const note = $("analyze-status");
  const button = $("analyze-button");
  note.classList.remove("error");
  button.disabled = true;
  $("add-button").hidden = true;
  note.textContent = "Analyzing…";
  try {
    const analysis = await api("/api/analyze", analyzeRequest());
    renderAnalysis($("analysis"), analysis);
    note.textContent = "";
    // A database is open: the article can join the corpus.
    $("add-button").hidden = !(await corpusOverview());
  } catch (error) {
    note.classList.add("error");
    note.textContent = error.message;
  } finally {
    button.disabled = false;
  }
}

async function addToCorpus() {
  const note = $("analyze-status");
  const button = $("add-button");
  note.classList.remove("error");
  button.disabled = true;
  note.textContent = "Adding to the corpus…";
  try {
    const added = await api("/api/articles", analyzeRequest());
    const what = added.outcome === "duplicate" ? "Already in the corpus: " : "Added to the corpus: ";
    note.replaceChildren(what, el("a", {href: `#/articles/${added.id}`}, `article ${added.id}`));
    overview = undefined; // the totals changed
  } catch (error) {
    note.classList.add("error");
    note.textContent = error.message;
  } finally {
    button.disabled = false;
  }
}

async function start() {
  $("analyze-form").addEventListener("submit", analyze);
  $("add-button").addEventListener("click", addToCorpus);
  window.addEventListener("hashchange", route);
  route();
  try {
    info = await api("/api/info");
  } catch {
    return; // the defaults hold; the first request will say what is wrong
  }
  $("url-field").hidden = !info.allow_fetch;
}

start();
