"use strict";
// Fills the document table from the report's gzip chunks, sorts and filters it, and draws
// a document's chain, notices, rights and findings when its row is opened. Page data is
// only ever put into the page as text nodes and attribute values, never parsed as markup.
(() => {
  const PAGE = 200; // rows drawn at a time: a 100,000-row table would stall the browser
  const OPEN_ALL = 10; // a report of this few documents opens them all
  const SEVERITIES = ["error", "warning", "info"];
  const DEFAULTS = { show: "findings", severity: "", rule: "", publisher: "", rights: "", licence: "", q: "", sort: "", dir: "asc" };
  const rules = JSON.parse(document.getElementById("prv-rules").textContent);
  const form = document.getElementById("filters");
  const tbody = document.querySelector("#table tbody");
  const count = document.getElementById("count");
  const more = document.getElementById("more");
  const rows = [];
  const opened = new Set();
  let state = { ...DEFAULTS };
  let matching = [];
  let drawn = 0;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") node.className = value;
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat(Infinity)) {
      if (child !== null && child !== undefined && child !== false) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  // Only web addresses become links: a crawled page's URL may say "javascript:".
  const webLink = (url, text) => (/^https?:\/\//i.test(url || "") ? el("a", { href: url, rel: "noopener noreferrer" }, text || url) : text || url);

  function statementLabel(rights) {
    if (!rights) return "none";
    const statement = rights.statement || "";
    if (statement.includes("rightsstatements.org")) return statement.replace(/\/+$/, "").split("/").slice(-2)[0];
    if (rights.license) return rights.license;
    if (rights.basis === "public domain") return "public domain";
    return statement || "none";
  }

  function prepare(d, index) {
    const findings = d.findings || [];
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity] += 1;
    const chain = d.chain || [];
    const publishers = [d.publisher, ...chain.map((link) => link.publisher)].filter(Boolean);
    return {
      d, index, counts,
      rules: new Set(findings.map((f) => f.rule)),
      publishers: publishers.map((p) => p.toLowerCase()),
      title: d.title || d.source.key,
      publisher: d.publisher || "",
      original: chain.length > 1 ? chain[0].publisher || "" : "",
      date: (d.published && d.published.date) || "",
      rights: d.status === "failed" ? "" : statementLabel(d.rights),
      licence: (d.rights && d.rights.license) || (d.status === "failed" ? "" : "no licence"),
      failed: d.status === "failed",
      findings: counts.error * 1e8 + counts.warning * 1e4 + counts.info,
      text: [d.title, d.source.key, d.source.url].filter(Boolean).join(" ").toLowerCase(),
    };
  }

  function matches(r) {
    const s = state;
    if (s.show === "findings" && !r.d.findings) return false;
    if (s.show === "clean" && (r.d.findings || r.failed)) return false;
    if (s.show === "failed" && !r.failed) return false;
    if (s.severity && !r.counts[s.severity]) return false;
    if (s.rule && !r.rules.has(s.rule)) return false;
    if (s.rights && r.rights !== s.rights) return false;
    if (s.licence && r.licence !== s.licence) return false;
    if (s.publisher) {
      const wanted = s.publisher.toLowerCase();
      if (!r.publishers.some((p) => p.includes(wanted))) return false;
    }
    if (s.q && !r.text.includes(s.q.toLowerCase())) return false;
    return true;
  }

  function apply() {
    matching = rows.filter(matches);
    if (state.sort) {
      const key = state.sort;
      const sign = state.dir === "desc" ? -1 : 1;
      // Empty values go last whichever way the column is sorted.
      matching.sort((a, b) => {
        const x = a[key], y = b[key];
        if (x === y) return a.index - b.index;
        if (x === "") return 1;
        if (y === "") return -1;
        return (x < y ? -1 : 1) * sign;
      });
    }
    for (const th of document.querySelectorAll("th[data-sort]")) {
      if (th.dataset.sort === state.sort) th.setAttribute("aria-sort", state.dir === "desc" ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
    tbody.replaceChildren();
    drawn = 0;
    drawMore();
  }

  function drawMore() {
    const upto = Math.min(drawn + PAGE, matching.length);
    const fragment = document.createDocumentFragment();
    for (const r of matching.slice(drawn, upto)) {
      fragment.append(row(r));
      if (opened.has(r.index)) fragment.append(details(r));
    }
    tbody.append(fragment);
    drawn = upto;
    more.hidden = drawn >= matching.length;
    more.textContent = `Show ${Math.min(PAGE, matching.length - drawn).toLocaleString()} more`;
    count.textContent = `${matching.length.toLocaleString()} of ${rows.length.toLocaleString()} documents match; showing ${drawn.toLocaleString()}.`;
    count.dataset.matching = String(matching.length);
  }

  function badges(r) {
    if (r.failed) return [el("span", { class: "badge failed" }, "failed")];
    const shown = SEVERITIES.filter((level) => r.counts[level]).map((level) => el("span", { class: `badge ${level}` }, `${r.counts[level]} ${level}`));
    return shown.length ? shown : ["none"];
  }

  function row(r) {
    const id = `doc-${r.index}`;
    const open = opened.has(r.index);
    const toggle = el("button", { type: "button", class: "toggle", "aria-expanded": String(open), "aria-controls": id }, open ? "−" : "+", el("span", { class: "sr-only" }, ` details of ${r.title}`));
    toggle.addEventListener("click", () => {
      if (opened.has(r.index)) opened.delete(r.index);
      else opened.add(r.index);
      const fresh = row(r);
      toggle.closest("tr").replaceWith(fresh);
      const next = fresh.nextElementSibling;
      if (next && next.classList.contains("details") && next.dataset.index === String(r.index)) next.remove();
      if (opened.has(r.index)) fresh.after(details(r));
      fresh.querySelector(".toggle").focus();
    });
    return el("tr", { "data-index": r.index, class: r.failed ? "failed" : null },
      el("td", null, toggle),
      el("td", null, el("span", { class: "title" }, r.title), el("br"), el("small", null, r.d.source.key)),
      el("td", null, r.publisher),
      el("td", null, r.original),
      el("td", { class: "nowrap" }, r.date),
      el("td", null, r.rights),
      el("td", { class: "nowrap" }, r.failed ? "" : r.licence),
      el("td", null, badges(r)));
  }

  function where(line, place) {
    if (place && place !== "text") return line ? `${place}, line ${line}` : place;
    return line ? `line ${line}` : "";
  }

  function chainDiagram(d) {
    const chain = d.chain || [];
    const dated = (d.findings || []).filter((f) => f.category === "date" && f.severity !== "info" && f.line);
    const items = chain.map((link, i) => {
      const last = i === chain.length - 1;
      const role = last ? "this page" : link.role;
      const disputes = link.line ? dated.filter((f) => f.line === link.line) : [];
      const node = el("div", { class: `node ${link.role}${disputes.length ? " disputed" : ""}` },
        el("span", { class: "role" }, role),
        el("span", { class: "who" }, link.publisher || "unknown publisher"),
        link.author ? el("span", { class: "author" }, link.author) : null,
        link.date || link.date_text ? el("span", { class: "date" }, [link.date || "", link.date_text && link.date_text !== link.date ? ` (${link.date_text})` : ""].join("")) : null,
        link.line ? el("small", null, ` line ${link.line}`) : null,
        disputes.map((f) => el("span", { class: "dispute" }, `date disputed: ${f.rule} ${f.name}${f.suggestion ? `; likely ${f.suggestion}` : ""}`)));
      return el("li", null, node);
    });
    return el("ol", { class: "chain", "aria-label": "Republication chain, oldest first" }, items);
  }

  function sourceBlock(d) {
    const s = d.source;
    const file = d.href ? el("a", { href: d.href }, s.path) : s.path;
    const place = s.offset !== undefined ? `, record at byte ${s.offset}` : s.line !== undefined ? `, line ${s.line}` : "";
    const items = [["file", [file, place]]];
    if (s.url) items.push(["URL", webLink(s.url)]);
    if (s.record_date) items.push(["captured", s.record_date]);
    if (s.archived) items.push(["archived", [`${s.archived.archive}${s.archived.date ? `, ${s.archived.date}` : ""}: `, webLink(s.archived.url)]]);
    if (d.published) items.push(["published", `${d.published.date || "?"} (${d.published.text}${where(d.published.line, d.published.where) ? `, ${where(d.published.line, d.published.where)}` : ""})`]);
    if (d.section) items.push(["section", d.section]);
    return el("dl", null, items.map(([term, value]) => [el("dt", null, term), el("dd", null, value)]));
  }

  function rightsBlock(rights) {
    if (!rights) return el("p", null, "no rights assessment");
    const holder = rights.holder
      ? [rights.holder, rights.holder_evidence ? ` (${where(rights.holder_evidence.line, rights.holder_evidence.where) || "stated"}: “${rights.holder_evidence.text}”)` : ""]
      : rights.presumed_holder ? `not stated (presumed: ${rights.presumed_holder.name}; ${rights.presumed_holder.why})` : "not stated";
    const items = [["holder", holder], ["basis", rights.basis], ["statement", rights.statement ? webLink(rights.statement, statementLabel(rights)) : "none"]];
    if (rights.license) items.push(["licence", rights.license]);
    items.push(["openly licensed", rights.openly_licensed ? "yes" : "no"]);
    return el("dl", null, items.map(([term, value]) => [el("dt", null, term), el("dd", null, value)]));
  }

  function noticesBlock(notices) {
    if (!notices || !notices.length) return el("p", null, "none");
    return el("table", { class: "notices" },
      el("thead", null, el("tr", null, ["kind", "scope", "where", "text"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", null, notices.map((n) => el("tr", null,
        el("td", null, n.kind + (n.license ? ` ${n.license}` : "")),
        el("td", null, n.scope || ""),
        el("td", null, where(n.line, n.where)),
        el("td", null, n.text)))));
  }

  function findingsBlock(d) {
    if (!d.findings) return el("p", null, "none");
    return el("ul", { class: "findings" }, d.findings.map((f) => {
      const rule = rules[f.rule];
      return el("li", { class: f.severity },
        el("span", { class: `badge ${f.severity}` }, f.severity), " ",
        el("strong", { title: rule ? rule.summary : null }, `${f.rule} ${f.name}`), f.line ? ` line ${f.line}` : "",
        el("div", null, f.message),
        el("div", { class: "evidence" }, `evidence${f.line ? ` (line ${f.line})` : ""}: ${f.evidence}`),
        f.suggestion ? el("div", null, el("em", null, "suggestion: "), f.suggestion) : null);
    }));
  }

  function details(r) {
    const d = r.d;
    const body = d.status === "failed"
      ? [el("p", null, el("span", { class: "badge failed" }, "failed"), ` ${d.error || ""}`), sourceBlock(d)]
      : [sourceBlock(d), el("h4", null, "Chain"), chainDiagram(d), el("h4", null, "Notices"), noticesBlock(d.notices),
        el("h4", null, "Rights"), rightsBlock(d.rights), el("h4", null, "Findings"), findingsBlock(d)];
    const article = el("article", { class: "doc", "aria-label": r.title }, el("h3", null, r.title), body);
    return el("tr", { class: "details", id: `doc-${r.index}`, "data-index": r.index }, el("td", { colspan: 8 }, article));
  }

  function fillChoices() {
    const ruleIds = new Set(), rights = new Set(), licences = new Set(), publishers = new Set();
    for (const r of rows) {
      r.rules.forEach((id) => ruleIds.add(id));
      if (r.rights) rights.add(r.rights);
      if (r.licence) licences.add(r.licence);
      if (r.publisher) publishers.add(r.publisher);
      if (r.original) publishers.add(r.original);
    }
    const fill = (select, values, label) => {
      select.replaceChildren(el("option", { value: "" }, "any"), [...values].sort().map((v) => el("option", { value: v }, label ? label(v) : v)));
    };
    fill(form.elements.rule, ruleIds, (id) => (rules[id] ? `${id} ${rules[id].name}` : id));
    fill(form.elements.rights, rights);
    fill(form.elements.licence, licences);
    document.getElementById("prv-publishers").replaceChildren(...[...publishers].sort().slice(0, 2000).map((p) => el("option", { value: p })));
    showState();
  }

  function showState() {
    for (const name of ["show", "severity", "rule", "publisher", "rights", "licence", "q"]) {
      const control = form.elements[name];
      if (control.tagName === "SELECT" && state[name] && ![...control.options].some((o) => o.value === state[name])) {
        control.append(el("option", { value: state[name] }, state[name])); // a linked filter for a value not (yet) seen
      }
      control.value = state[name];
    }
  }

  function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    state = { ...DEFAULTS };
    for (const key of Object.keys(DEFAULTS)) if (params.has(key)) state[key] = params.get(key);
  }

  function writeHash() {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(state)) if (value !== DEFAULTS[key]) params.set(key, value);
    const hash = params.toString();
    history.replaceState(null, "", hash ? `#${hash}` : location.pathname + location.search);
  }

  function onFilter() {
    for (const name of ["show", "severity", "rule", "publisher", "rights", "licence", "q"]) state[name] = form.elements[name].value;
    writeHash();
    apply();
  }

  async function decode(script) {
    const bytes = Uint8Array.from(atob(script.textContent.trim()), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return JSON.parse(await new Response(stream).text());
  }

  async function load() {
    readHash();
    const chunks = [...document.querySelectorAll("script.prv-chunk")];
    const total = chunks.reduce((sum, chunk) => sum + Number(chunk.dataset.documents), 0);
    for (const [i, chunk] of chunks.entries()) {
      for (const entry of await decode(chunk)) rows.push(prepare(entry, rows.length));
      chunk.remove(); // the rows hold it now
      if (i === 0) {
        if (total <= OPEN_ALL) rows.forEach((r) => opened.add(r.index));
        fillChoices();
        apply(); // the first rows show while the rest are read
      }
    }
    fillChoices();
    apply();
    if (!chunks.length) count.textContent = "No documents.";
    document.body.dataset.ready = "true";
  }

  // The summary is written after the documents; put it first for readers and print too.
  const summary = document.getElementById("summary");
  if (summary) document.getElementById("main").prepend(summary);
  form.addEventListener("change", onFilter);
  let typing = 0;
  form.addEventListener("input", (event) => {
    if (event.target.tagName !== "INPUT") return;
    clearTimeout(typing);
    typing = setTimeout(onFilter, 200);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  document.getElementById("clear").addEventListener("click", () => {
    state = { ...DEFAULTS, sort: state.sort, dir: state.dir };
    showState();
    writeHash();
    apply();
  });
  more.addEventListener("click", drawMore);
  for (const th of document.querySelectorAll("th[data-sort]")) {
    th.querySelector("button").addEventListener("click", () => {
      const key = th.dataset.sort;
      state.dir = state.sort === key && state.dir === "asc" ? "desc" : "asc";
      state.sort = key;
      writeHash();
      apply();
    });
  }
  window.addEventListener("hashchange", () => {
    readHash();
    showState();
    apply();
  });
  load().catch((error) => {
    count.textContent = `The documents could not be read: ${error}`;
  });
})();
