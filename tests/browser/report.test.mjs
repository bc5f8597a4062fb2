// Drives Debian's Chromium (headless, through playwright-core) over the HTML reports
// that tests/html_report.rs generated, and checks what a reviewer relies on.
//
//   node tests/browser/report.test.mjs MANIFEST.json
//
// The manifest names the reports, the screenshot folder and the chromium binary. Exits
// non-zero with a message on the first failed check; prints one line per check and a
// JSON line of timings ("metrics: {...}") for the 2,000-paragraph report.

import { chromium } from "playwright-core";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

const manifest = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const shots = manifest.screenshots;
fs.mkdirSync(shots, { recursive: true });

const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "transcheck-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: manifest.chromium,
  headless: true, // adds --headless
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
  viewport: { width: 1400, height: 900 },
  colorScheme: "light",
});

// The report must not load anything: every request that is not the report file itself
// is recorded and refused.
const requests = [];
await context.route("**/*", (route) => {
  const url = route.request().url();
  if (url.startsWith("file:") && Object.values(manifest.reports).some((p) => url === pathToFileURL(p).href)) {
    return route.continue();
  }
  requests.push(url);
  return route.abort();
});

let failures = 0;
async function check(name, fn) {
  try {
    await fn();
    console.log("ok   " + name);
  } catch (e) {
    failures++;
    console.log("FAIL " + name + "\n" + (e && e.stack ? e.stack : e));
  }
}

// Opens a report in a fresh page, with alert/confirm/prompt and errors recorded.
async function open(file, { hash = "", bypassCSP = false, viewport, colorScheme } = {}) {
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") errors.push(m.type() + ": " + m.text());
  });
  page.on("pageerror", (e) => errors.push("pageerror: " + e.message));
  page.on("dialog", (d) => {
    errors.push("dialog: " + d.message());
    d.dismiss().catch(() => {});
  });
  await page.addInitScript(() => {
    window.__calls = [];
    for (const k of ["alert", "confirm", "prompt", "open"]) {
      window[k] = (...a) => { window.__calls.push([k, String(a[0])]); };
    }
  });
  if (viewport) await page.setViewportSize(viewport);
  if (colorScheme) await page.emulateMedia({ colorScheme });
  if (bypassCSP) {
    // A CDP session lets this page ignore the report's Content-Security-Policy, so that
    // the escaping is tested on its own, not hidden behind the CSP.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Page.setBypassCSP", { enabled: true });
  }
  await page.goto(pathToFileURL(file).href + hash);
  await page.waitForSelector("html[data-ready]", { timeout: 30000 });
  return { page, errors };
}

const shown = (page) => page.$eval("#shown", (o) => Number(o.getAttribute("data-shown")));
// Cards a reader can actually see (not hidden, nor inside a hidden row).
const visibleCards = (page) =>
  page.$$eval(".card", (cs) => cs.filter((c) => !c.hidden && !c.closest(".row").hidden).length);
const data = (page) => page.$eval("#tc-data", (s) => JSON.parse(s.textContent));
async function toggle(page, name, value) {
  await page.click(`input[name="${name}"][value="${value}"]`);
}

// ---------------------------------------------------------------------------------
// The main fixture: moscow-budget, machine translation.
await check("main report: no console errors, filters, keyboard, map, anchors", async () => {
  const { page, errors } = await open(manifest.reports.main);
  const d = await data(page);
  const F = d.findings;
  const n = F.length;
  assert.ok(n >= 5, "the fixture has findings");
  assert.equal(await shown(page), n);
  assert.equal(await visibleCards(page), n);

  // Severity.
  const warnings = F.filter((f) => f[1] === "warning").length;
  assert.ok(warnings > 0);
  await toggle(page, "sev", "warning");
  assert.equal(await shown(page), n - warnings);
  assert.equal(await visibleCards(page), n - warnings);
  await toggle(page, "sev", "warning");
  assert.equal(await shown(page), n);

  // Category.
  const accuracy = F.filter((f) => f[2] === "accuracy").length;
  await toggle(page, "cat", "accuracy");
  assert.equal(await shown(page), n - accuracy);
  assert.equal(await visibleCards(page), n - accuracy);
  // Highlights of hidden findings are switched off.
  const lit = await page.$$eval("mark.m:not(.off)", (ms) => ms.length);
  const litExpected = await page.$$eval("mark.m", (ms, F) => ms.filter((m) => m.dataset.f.split(" ").some((id) => F.find((f) => f[0] === id && f[2] !== "accuracy"))).length, F);
  assert.equal(lit, litExpected);
  await toggle(page, "cat", "accuracy");

  // Rule.
  const additions = F.filter((f) => f[3] === "TC103").length;
  assert.equal(additions, 2, "two boilerplate paragraphs");
  await toggle(page, "rule", "TC103");
  assert.equal(await shown(page), n - additions);
  assert.equal(await visibleCards(page), n - additions);
  await toggle(page, "rule", "TC103");

  // Text search (in either language): only the row with «реновации».
  await page.fill("#q", "реновации");
  await page.waitForFunction(() => Number(document.querySelector("#shown").dataset.shown) === 1);
  assert.equal(await visibleCards(page), 1);
  const rowsShown = await page.$$eval("main .row", (rs) => rs.filter((r) => !r.hidden).length);
  assert.equal(rowsShown, 1);
  assert.ok(await page.$eval("#none", (p) => p.hidden));
  await page.fill("#q", "no such words anywhere");
  await page.waitForFunction(() => Number(document.querySelector("#shown").dataset.shown) === 0);
  assert.ok(await page.$eval("#none", (p) => !p.hidden), "says that nothing matches");
  await page.fill("#q", "");
  await page.waitForFunction((n) => Number(document.querySelector("#shown").dataset.shown) === n, n);

  // Hide rows without findings: as many rows as rows with findings.
  const rowsWithFindings = new Set(F.map((f) => f[5])).size;
  await page.check("#only");
  assert.equal(await page.$$eval("main .row", (rs) => rs.filter((r) => !r.hidden).length), rowsWithFindings);
  assert.equal(await shown(page), n);
  await page.uncheck("#only");

  // Keyboard: j / n next, k / p previous; focus and the address follow.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.keyboard.press("j");
  assert.equal(await page.evaluate(() => document.activeElement.id), F[0][0]);
  assert.equal(await page.evaluate(() => location.hash), "#" + F[0][0]);
  await page.keyboard.press("n");
  assert.equal(await page.evaluate(() => document.activeElement.id), F[1][0]);
  await page.keyboard.press("k");
  assert.equal(await page.evaluate(() => document.activeElement.id), F[0][0]);
  await page.keyboard.press("p");
  assert.equal(await page.evaluate(() => document.activeElement.id), F[n - 1][0], "wraps around");
  // Navigation skips filtered-out findings.
  await toggle(page, "sev", "warning");
  await page.evaluate(() => { window.scrollTo(0, 0); document.activeElement.blur(); });
  const firstError = F.find((f) => f[1] !== "warning")[0];
  await page.keyboard.press("j");
  assert.equal(await page.evaluate(() => document.activeElement.id), firstError);
  // Typing in the search box does not navigate.
  await page.focus("#q");
  await page.keyboard.type("jk");
  assert.equal(await page.inputValue("#q"), "jk");
  await page.fill("#q", "");
  await page.click('button[type="reset"]');
  await page.waitForFunction((n) => Number(document.querySelector("#shown").dataset.shown) === n, n);

  // Alignment map: the omission mark links to its row, which comes into view.
  const om = await page.$(".map a:has(path.om)");
  assert.ok(om, "an omission mark");
  const href = await om.getAttribute("href");
  await om.click();
  await page.waitForFunction((h) => location.hash === h, href);
  const inView = await page.$eval(href, (r) => {
    const b = r.getBoundingClientRect();
    return b.top >= 0 && b.top < innerHeight && r.classList.contains("k-omission");
  });
  assert.ok(inView, "the omitted row is on screen");
  // The addition marks too.
  const adds = await page.$$(".map a:has(path.add)");
  assert.equal(adds.length, 2);
  await adds[1].click();
  const addHref = await adds[1].getAttribute("href");
  await page.waitForFunction((h) => location.hash === h, addHref);
  assert.ok(await page.$eval(addHref, (r) => r.classList.contains("k-addition")));

  // Rule documentation is in the report.
  const ruleLink = await page.$(".card .rule");
  const ruleHref = await ruleLink.getAttribute("href");
  assert.ok(await page.$(ruleHref + " h4"), "the rule page is embedded");

  assert.deepEqual(errors, []);
  await page.close();
});

await check("main report: a pasted finding link opens that finding, even when filtered out", async () => {
  const first = await open(manifest.reports.main);
  const F = (await data(first.page)).findings;
  const target = F.find((f) => f[3] === "TC201")[0];
  await first.page.close();
  const { page, errors } = await open(manifest.reports.main, { hash: "#" + target });
  assert.equal(await page.evaluate(() => document.activeElement.id), target);
  // Hide it, then follow a link to it: the filters are reset.
  await toggle(page, "sev", "error");
  assert.ok(await page.$eval("#" + target, (c) => c.hidden));
  await page.evaluate(() => { location.hash = "#r0"; });
  await page.evaluate((t) => { location.hash = "#" + t; }, target);
  await page.waitForFunction((t) => document.activeElement && document.activeElement.id === t, target);
  assert.equal(await page.$eval("#" + target, (c) => c.hidden), false);
  assert.deepEqual(errors, []);
  await page.close();
});

await check("main report: screenshots (light, dark, narrow)", async () => {
  for (const [name, opts] of [
    ["main-light", {}],
    ["main-light-omission", { hash: "#" + manifest.omission_row }],
    ["main-dark", { colorScheme: "dark" }],
    ["main-dark-omission", { colorScheme: "dark", hash: "#" + manifest.omission_row }],
    ["main-narrow", { viewport: { width: 390, height: 844 } }],
    ["main-narrow-findings", { viewport: { width: 390, height: 844 }, hash: "#" + manifest.omission_row }],
  ]) {
    const { page, errors } = await open(manifest.reports.main, opts);
    await page.screenshot({ path: path.join(shots, name + ".png") });
    if (name === "main-narrow") {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, "no horizontal scrolling on a narrow screen (" + overflow + "px)");
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
});

await check("compare report: word diff, fixed findings, status filter", async () => {
  const { page, errors } = await open(manifest.reports.compare);
  const F = (await data(page)).findings;
  assert.ok(F.length > 0 && F.every((f) => f[4] === "fixed"), "every MT finding is fixed by the faithful version");
  assert.ok((await page.$$("main del")).length > 0 && (await page.$$("main ins")).length > 0);
  const delText = await page.$$eval("main del", (ds) => ds.map((d) => d.textContent).join("|"));
  const insText = await page.$$eval("main ins", (ds) => ds.map((d) => d.textContent).join("|"));
  assert.ok(delText.includes("million") && insText.includes("billion"), "the magnitude fix is in the diff");
  await toggle(page, "status", "fixed");
  assert.equal(await shown(page), 0);
  assert.equal(await visibleCards(page), 0);
  await toggle(page, "status", "fixed");
  await page.check("#edited");
  const edited = await page.$$eval("main .row", (rs) => rs.filter((r) => !r.hidden).every((r) => r.querySelector(".wdiff")));
  assert.ok(edited);
  await page.uncheck("#edited");
  await page.screenshot({ path: path.join(shots, "compare-light.png") });
  const fixedRow = await page.$eval(".card.st-fixed", (c) => c.closest(".row").id);
  await page.evaluate((id) => { location.hash = "#" + id; }, fixedRow);
  await page.waitForTimeout(100);
  await page.screenshot({ path: path.join(shots, "compare-fixed.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

// Accessibility: axe-core's WCAG 2.1 A/AA and best-practice rules (landmarks, labels,
// contrast, ...) in both colour schemes. axe is injected, so the CSP is bypassed here.
const axePath = path.join(path.dirname(new URL(import.meta.url).pathname), "node_modules/axe-core/axe.min.js");
for (const which of ["main", "compare"]) {
  for (const colorScheme of ["light", "dark"]) {
    await check(`${which} report (${colorScheme}): no accessibility violations (axe-core)`, async () => {
      const { page, errors } = await open(manifest.reports[which], { bypassCSP: true, colorScheme });
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(async () => {
        const r = await window.axe.run(document, {
          runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
        });
        return {
          passes: r.passes.length,
          violations: r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`),
        };
      });
      assert.deepEqual(result.violations, []);
      assert.ok(result.passes > 20, "axe ran its rules");
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}

await check("batch index: accessible, links to the pair's report", async () => {
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(m.text()); });
  await page.goto(pathToFileURL(manifest.reports.index).href);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Page.setBypassCSP", { enabled: true });
  await page.reload();
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () =>
    (await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] })).violations.map((v) => v.id));
  assert.deepEqual(violations, []);
  await page.screenshot({ path: path.join(shots, "index.png") });
  await page.click("main a");
  await page.waitForSelector("html[data-ready]");
  assert.equal(page.url(), pathToFileURL(manifest.reports.linked).href);
  assert.deepEqual(errors, []);
  await page.close();
});

// ---------------------------------------------------------------------------------
// Hostile input: rendered as text, nothing runs, nothing loads.
for (const which of ["hostile", "hostile_diff"]) {
  for (const bypassCSP of [true, false]) {
    await check(`${which} report (CSP ${bypassCSP ? "bypassed" : "on"}): text only, nothing executes`, async () => {
      const { page, errors } = await open(manifest.reports[which], { bypassCSP });
      await page.waitForTimeout(200);
      assert.deepEqual(await page.evaluate(() => window.__calls), [], "alert & co. never called");
      const dom = await page.evaluate(() => ({
        scripts: document.querySelectorAll("script").length,
        styles: document.querySelectorAll("style").length,
        injected: document.querySelectorAll("main img, main iframe, main a[href^='javascript'], main textarea, main svg, main [onerror], main [onload], body [onload]").length,
        handlers: Array.from(document.querySelectorAll("*")).filter((e) => Array.from(e.attributes).some((a) => a.name.startsWith("on"))).length,
        bodyShown: getComputedStyle(document.body).display !== "none",
        text: document.querySelector("main").textContent,
        title: document.title,
        hrefs: Array.from(document.querySelectorAll("[href]")).map((a) => a.getAttribute("href")),
      }));
      assert.equal(dom.scripts, 2, "only the report's own data and script");
      assert.equal(dom.styles, 1, "only the report's own style sheet");
      assert.equal(dom.injected, 0);
      assert.equal(dom.handlers, 0, "no element has an event handler attribute");
      assert.ok(dom.bodyShown, "an injected style did not hide the page");
      for (const s of ['<script>alert("en")</script>', '"><img src=x onerror=alert(1)>', "</style><style>body{display:none}</style>", "javascript:alert(document.cookie)", "{{ 7*7 }}"]) {
        assert.ok(dom.text.includes(s), "shown as text: " + s);
      }
      assert.ok(!/[\u202a-\u202e\u2066-\u2069]/.test(dom.text), "no live bidi control characters");
      assert.ok(dom.text.includes("U+202E"), "the override is shown as a badge");
      assert.ok(dom.hrefs.every((h) => h.startsWith("#")), "every link stays in the page: " + dom.hrefs.filter((h) => !h.startsWith("#")));
      if (!bypassCSP) await page.screenshot({ path: path.join(shots, which + ".png") });
      // Interacting does not run anything either.
      await page.keyboard.press("j");
      await page.fill("#q", "<img src=x onerror=alert(8)>");
      await page.waitForTimeout(200);
      await page.$$eval("main mark", (ms) => ms.forEach((m) => m.click()));
      assert.deepEqual(await page.evaluate(() => window.__calls), []);
      assert.ok(await page.$eval("#none", (p) => !p.hidden), "the empty state is shown");
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}

// ---------------------------------------------------------------------------------
// The 2,000-paragraph pair: load and filter times.
const metrics = {};
await check("2,000-paragraph report: opens and filters without noticeable lag", async () => {
  const t0 = Date.now();
  const { page, errors } = await open(manifest.reports.big);
  metrics.open_ms = Date.now() - t0;
  const nav = await page.evaluate(() => {
    const n = performance.getEntriesByType("navigation")[0];
    const r = performance.getEntriesByName("tc-ready")[0];
    return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd, ready: r ? r.startTime : -1 };
  });
  metrics.dom_content_loaded_ms = Math.round(nav.dcl);
  metrics.script_ready_ms = Math.round(nav.ready);
  const d = await data(page);
  metrics.findings = d.findings.length;
  metrics.rows = await page.$$eval("main .row", (rs) => rs.length);
  // Each filter: click, then force style and layout, timed inside the page.
  const time = (fn) => page.evaluate(fn);
  metrics.filter_severity_ms = await time(() => {
    const t = performance.now();
    document.querySelector('input[name="sev"][value="error"]').click();
    void document.body.offsetHeight;
    return performance.now() - t;
  });
  const afterSev = await shown(page);
  assert.equal(afterSev, d.findings.filter((f) => f[1] !== "error").length);
  metrics.filter_hide_rows_ms = await time(() => {
    const t = performance.now();
    document.querySelector("#only").click();
    void document.body.offsetHeight;
    return performance.now() - t;
  });
  metrics.filter_search_ms = await time(() => {
    const t = performance.now();
    const q = document.querySelector("#q");
    q.value = "rubles";
    q.form.dispatchEvent(new Event("change"));
    void document.body.offsetHeight;
    return performance.now() - t;
  });
  metrics.filter_reset_ms = await time(() => {
    const t = performance.now();
    const f = document.querySelector("#filters");
    f.reset();
    f.dispatchEvent(new Event("change"));
    void document.body.offsetHeight;
    return performance.now() - t;
  });
  assert.equal(await shown(page), d.findings.length);
  metrics.next_finding_ms = await time(() => {
    const t = performance.now();
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true }));
    void document.body.offsetHeight;
    return performance.now() - t;
  });
  // Jump to the last row through the map.
  const last = await page.$$eval(".map a", (as) => as[as.length - 1].getAttribute("href"));
  await page.click(`.map a[href="${last}"]`);
  await page.waitForFunction((h) => location.hash === h, last);
  for (const [k, v] of Object.entries(metrics)) if (k.endsWith("_ms")) metrics[k] = Math.round(v * 10) / 10;
  console.log("metrics: " + JSON.stringify(metrics));
  assert.ok(metrics.script_ready_ms < 5000, "ready in under 5 s");
  for (const k of ["filter_severity_ms", "filter_hide_rows_ms", "filter_search_ms", "filter_reset_ms", "next_finding_ms"]) {
    assert.ok(metrics[k] < 500, `${k} under 500 ms`);
  }
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(shots, "big.png") });
  await page.close();
});

await check("nothing was requested from the network", async () => {
  assert.deepEqual(requests, []);
});

await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
fs.writeFileSync(path.join(shots, "metrics.json"), JSON.stringify(metrics, null, 2) + "\n");
if (failures) {
  console.log(failures + " browser check(s) failed");
  process.exit(1);
}
console.log("all browser checks passed; screenshots in " + shots);
