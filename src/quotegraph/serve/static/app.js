// The page: the analyze view, and the corpus views chosen by the address (#/corpus?…, #/speakers/N,
// #/persons/N, #/articles/N), so the back button and bookmarks work.

import {api} from "./api.js";
import {renderArticle, renderCorpus, renderPerson, renderSpeaker} from "./corpus.js";
import {renderAnalysis} from "./render.js";

const $ = (id) => document.getElementById(id);
let info = {allow_fetch: false, max_body_bytes: 2 * 1024 * 1024};

const ROUTES = [
  [/^#\/corpus(?:\?(.*))?$/, (m) => renderCorpus($("corpus-view"), new URLSearchParams(m[1] || ""))],
  [/^#\/speakers\/(\d+)$/, (m) => renderSpeaker($("corpus-view"), Number(m[1]))],
  [/^#\/persons\/(\d+)$/, (m) => renderPerson($("corpus-view"), Number(m[1]))],
  [/^#\/articles\/(\d+)$/, (m) => renderArticle($("corpus-view"), Number(m[1]))],
];

function route() {
  const found = ROUTES.map(([pattern, show]) => [location.hash.match(pattern), show]).find(([m]) => m);
  $("analyze-view").hidden = Boolean(found);
  $("corpus-view").hidden = !found;
  $("tooltip").hidden = true;
  for (const link of document.querySelectorAll("[data-nav]")) {
    const current = link.dataset.nav === (found ? "corpus" : "analyze");
    if (current) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  if (found) {
    found[1](found[0]);
    window.scrollTo(0, 0);
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
  note.textContent = "Analyzing…";
  try {
    const analysis = await api("/api/analyze", analyzeRequest());
    renderAnalysis($("analysis"), analysis);
    note.textContent = "";
  } catch (error) {
    note.classList.add("error");
    note.textContent = error.message;
  } finally {
    button.disabled = false;
  }
}

async function start() {
  $("analyze-form").addEventListener("submit", analyze);
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
