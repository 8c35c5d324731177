// Building the page. Everything that comes from an article or the store becomes a text node
// (append, textContent): nothing here parses HTML, so article text can never run as code.

const SVG_NS = "http://www.w3.org/2000/svg";

function fill(node, props, children) {
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.setAttribute("class", value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  node.append(...children.flat().filter((c) => c !== undefined && c !== null && c !== false));
  return node;
}

/** An HTML element: el("a", {href: "#/"}, "text", childNode, ...). Strings become text nodes. */
export function el(tag, props = {}, ...children) {
  return fill(document.createElement(tag), props, children);
}

/** An SVG element, the same way. */
export function svg(tag, props = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), props, children);
}

/** A link only for http(s) addresses: a stored URL could be "javascript:…". */
export function externalLink(url) {
  return /^https?:\/\//i.test(url || "") ? el("a", {href: url, rel: "noopener noreferrer"}, url) : url;
}

export function badge(text, kind = "") {
  return el("span", {class: `badge ${kind}`.trim()}, text);
}

export function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Replace the node's children; as el(), null, undefined and false are left out and arrays spread
 * (replaceChildren itself would write "null" on the page). */
export function clear(node, ...children) {
  node.replaceChildren(...children.flat(2).filter((c) => c !== undefined && c !== null && c !== false));
  return node;
}

// VADER's cut-offs (analyze/tone.py): at or beyond ±0.05 a tone is positive or negative, else neutral.
const TONE_CUT = 0.05;

/** A quote's tone (-1 … 1) as a small signed chip, green when positive and red when negative. */
export function toneChip(tone) {
  const kind = tone >= TONE_CUT ? "positive" : tone <= -TONE_CUT ? "negative" : "neutral";
  // Signed, as formats.tone_text writes it: no sign on what rounds to zero.
  const shown = Math.abs(tone) < 0.005 ? "0.00" : `${tone > 0 ? "+" : ""}${tone.toFixed(2)}`;
  const title = `tone ${shown}: ${kind} (-1 … 1)`;
  return el("span", {class: `tone ${kind}`, title, "aria-label": title, "data-tone": tone}, shown);
}
