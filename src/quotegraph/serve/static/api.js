// Calls to the JSON API; an error answer becomes an ApiError with the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function describe(body, response) {
  const detail = body && body.detail;
  if (Array.isArray(detail)) {
    // FastAPI's 422: [{loc: ["query", "since"], msg: "..."}, ...]
    return detail.map((d) => `${(d.loc || []).slice(1).join(".") || "request"}: ${d.msg}`).join("; ");
  }
  return detail || `${response.status} ${response.statusText}`;
}

export async function api(path, options = {}) {
  let response;
  try {
    response = await fetch(path, options);
  } catch {
    throw new ApiError(0, "the quotegraph server cannot be reached");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, describe(body, response));
  return body;
}

export function query(params) {
  const kept = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== "");
  return new URLSearchParams(kept).toString();
}
