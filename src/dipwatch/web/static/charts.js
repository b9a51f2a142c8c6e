// Draws each chart of the page from its Vega-Lite spec (the report's one spec, served by
// /api/charts/...) with the Vega runtime the app serves (/static/vega.js). Without JavaScript,
// or if anything fails, the server-drawn SVG picture stays in place.
// Expressions are interpreted (ast: true), so the page needs no 'unsafe-eval'.
"use strict";
(function () {
  function draw(figure) {
    var url = figure.getAttribute("data-spec");
    if (!url || typeof window.vegaEmbed !== "function") { return; }
    fetch(url, { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (spec) {
        var holder = document.createElement("div");
        holder.className = "vega";
        return window.vegaEmbed(holder, spec, {
          actions: false, renderer: "svg", ast: true, defaultStyle: false, tooltip: false
        }).then(function () {
          var img = figure.querySelector("img");
          if (img) { figure.replaceChild(holder, img); } else { figure.appendChild(holder); }
          figure.setAttribute("data-drawn", "vega");
        });
      })
      .catch(function (err) { figure.setAttribute("data-drawn", "picture"); figure.setAttribute("data-error", String(err)); });
  }
  function start() {
    var figures = document.querySelectorAll("figure.chart[data-spec]");
    for (var i = 0; i < figures.length; i++) { draw(figures[i]); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
