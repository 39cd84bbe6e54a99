// Sitrep dashboard. Every value from the API is hostile text (articles may contain markup): it is only ever
// placed with textContent or as an attribute of a created element, never parsed as HTML.
"use strict";

const PAGE = 50;
const state = { offset: 0, filters: {} };

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? "?" + text : "";
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({ error: response.statusText }));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function showError(message) {
  const box = document.getElementById("error");
  box.textContent = message || "";
  box.hidden = !message;
}

function actorName(actor) {
  return actor ? (actor.name || actor.text || "") : "";
}

function place(e) {
  return [e.location, e.admin1, e.country].filter(Boolean).join(", ");
}

function fatalities(e) {
  if (e.fatalities === null || e.fatalities === undefined) return "";
  const low = e.fatalities_low, high = e.fatalities_high;
  if (low !== null && low !== undefined && high !== null && high !== undefined && (low !== e.fatalities || high !== e.fatalities)) {
    return `${e.fatalities} (${low}–${high})`;
  }
  return String(e.fatalities);
}

function claimant(c) {
  const names = (c.claimants || []).map(k => k.name || k.text).filter(Boolean);
  if (names.length) return names.join("; ");
  return c.claimant ? (c.claimant.name || c.claimant.text || "") : "";
}

function selectable(row, open) {
  row.tabIndex = 0;
  row.addEventListener("click", () => open(row));
  row.addEventListener("keydown", ev => { if (ev.key === "Enter") open(row); });
}

function markSelected(row) {
  for (const r of document.querySelectorAll("tbody tr.selected")) r.classList.remove("selected");
  row.classList.add("selected");
}

function renderEvents(page) {
  const body = document.querySelector("#events tbody");
  body.replaceChildren();
  for (const e of page.events) {
    const row = el("tr");
    row.dataset.id = e.id;
    row.append(
      el("td", e.event_date || ""),
      el("td", [e.event_type || e.plover_event, e.sub_event_type].filter(Boolean).join(" / ")),
      el("td", [actorName(e.actor1), actorName(e.actor2)].filter(Boolean).join(" vs ")),
      el("td", place(e)),
      el("td", fatalities(e), "num"),
      el("td", e.source_count, "num"));
    selectable(row, r => { markSelected(r); openDetail("events", e.id); });
    body.append(row);
  }
  const first = page.count ? page.offset + 1 : 0;
  document.getElementById("events-count").textContent = page.count ? `${first}–${page.offset + page.count}` : "none";
  document.getElementById("events-prev").disabled = page.offset === 0;
  document.getElementById("events-next").disabled = page.count < page.limit;
}

function renderClaims(page) {
  const body = document.querySelector("#claims tbody");
  body.replaceChildren();
  for (const c of page.claims) {
    const row = el("tr");
    row.dataset.id = c.id;
    const status = el("td");
    status.append(el("span", c.status, "status status-" + String(c.status).replace(/[^a-z_]/g, "")));
    row.append(el("td", claimant(c)), status, el("td", c.content ? c.content.text : ""));
    selectable(row, r => { markSelected(r); openDetail("claims", c.id); });
    body.append(row);
  }
  document.getElementById("claims-count").textContent = page.count ? String(page.count) : "none";
}

function field(list, name, value) {
  if (value === undefined || value === null || value === "") return;
  list.append(el("dt", name), el("dd", value));
}

async function openDetail(kind, id) {
  showError("");
  let record;
  try {
    record = await getJson(`/api/${kind}/${encodeURIComponent(id)}`);
  } catch (error) {
    showError(error.message);
    return;
  }
  const fields = document.getElementById("detail-fields");
  fields.replaceChildren();
  if (kind === "events") {
    document.getElementById("detail-title").textContent =
      [record.event_type || record.plover_event, record.event_date].filter(Boolean).join(", ");
    field(fields, "Sub-type", record.sub_event_type);
    field(fields, "PLOVER", record.plover_event);
    field(fields, "Actor 1", actorName(record.actor1));
    field(fields, "Actor 2", actorName(record.actor2));
    field(fields, "Place", place(record));
    field(fields, "Fatalities", fatalities(record));
    field(fields, "Injuries", record.injuries);
    field(fields, "Modality", record.modality);
    for (const figure of record.reported_figures || []) {
      field(fields, `Reported ${figure.field}`, `${figure.value} (${figure.article_id})`);
    }
  } else {
    document.getElementById("detail-title").textContent = record.content ? record.content.text : record.id;
    field(fields, "Claimants", claimant(record));
    field(fields, "Status", record.status);
    field(fields, "Kind", record.kind);
    field(fields, "Certainty", record.certainty ? record.certainty.phrase : "");
    for (const stance of record.stances || []) {
      field(fields, `Stance: ${stance.stance}`, `${stance.by ? (stance.by.name || stance.by.text) : "?"}: ${stance.evidence ? stance.evidence.text || "" : ""}`);
    }
  }
  field(fields, "First reported", record.first_reported);
  field(fields, "Last reported", record.last_reported);
  field(fields, "Id", record.id);

  const sources = document.getElementById("detail-sources");
  sources.replaceChildren();
  for (const source of record.sources || []) {
    const item = el("li");
    item.append(el("strong", source.source || source.article_id), el("span", source.published ? ` (${source.published})` : ""));
    if (source.url) {
      item.append(el("br"));
      // Only web addresses become links: a javascript: or data: address stays inert text.
      if (/^https?:\/\//i.test(source.url)) {
        const link = el("a", source.url);
        link.href = source.url;
        link.rel = "noopener noreferrer nofollow";
        link.target = "_blank";
        item.append(link);
      } else {
        item.append(el("span", source.url, "url"));
      }
    }
    for (const evidence of source.evidence || []) {
      if (evidence.text) item.append(el("blockquote", evidence.text));
    }
    sources.append(item);
  }
  document.getElementById("detail").hidden = false;
}

function readFilters() {
  const form = document.getElementById("filters");
  const data = new FormData(form);
  const value = name => String(data.get(name) || "").trim();
  return { from: value("from"), to: value("to"), country: value("country"), type: value("type"), actor: value("actor"), status: value("status") };
}

async function refresh() {
  showError("");
  const f = state.filters;
  const reportLink = document.getElementById("report-link");
  reportLink.href = "/api/report" + query({ from: f.from, to: f.to, format: "html" });
  try {
    const [events, claims] = await Promise.all([
      getJson("/api/events" + query({ from: f.from, to: f.to, country: f.country, type: f.type, actor: f.actor, limit: PAGE, offset: state.offset })),
      getJson("/api/claims" + query({ from: f.from, to: f.to, country: f.country, status: f.status, limit: PAGE })),
    ]);
    renderEvents(events);
    renderClaims(claims);
  } catch (error) {
    showError(error.message);
  }
  document.body.dataset.loaded = String(Number(document.body.dataset.loaded || "0") + 1);
}

async function loadStats() {
  try {
    const s = await getJson("/api/stats");
    document.getElementById("stats").textContent =
      `${s.articles} articles · ${s.fused_events} events · ${s.fused_claims} claims`;
  } catch (error) {
    showError(error.message);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("filters").addEventListener("submit", ev => {
    ev.preventDefault();
    state.filters = readFilters();
    state.offset = 0;
    refresh();
  });
  document.getElementById("events-prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh(); });
  document.getElementById("events-next").addEventListener("click", () => { state.offset += PAGE; refresh(); });
  document.getElementById("detail-close").addEventListener("click", () => { document.getElementById("detail").hidden = true; });
  loadStats();
  refresh();
});
