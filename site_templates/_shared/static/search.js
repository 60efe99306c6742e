(function () {
  var f = document.querySelector("[data-search]");
  if (!f || !window.fetch) return;
  var q = f.querySelector("input[name=q]"), out = document.getElementById("search-results"),
    st = document.getElementById("search-status"), idx = null, root = f.dataset.root || "";
  function norm(s) { return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function show() {
    var words = norm(q.value.trim()).split(/\s+/).filter(Boolean), n = 0;
    out.textContent = "";
    if (!words.length) { st.textContent = ""; return; }
    idx.forEach(function (p) {
      var hay = norm(p.n + " " + p.c + " " + p.t);
      if (n < 60 && words.every(function (w) { return hay.indexOf(w) >= 0; })) {
        n++;
        var li = document.createElement("li"), a = document.createElement("a"), s = document.createElement("span");
        a.href = root + p.u; a.textContent = p.n; s.textContent = " " + p.p;
        li.appendChild(a); li.appendChild(s); out.appendChild(li);
      }
    });
    st.textContent = n ? f.dataset.found.replace("{n}", n) : f.dataset.none;
  }
  function run(e) {
    if (e) e.preventDefault();
    if (idx) return show();
    fetch(f.dataset.index).then(function (r) { return r.json(); }).then(function (d) { idx = d; show(); });
  }
  /* A search is a real GET of this page with ?q=: the host's access log then shows it (the visitor
     statistics count searches from the log; nothing is sent anywhere else). */
  f.addEventListener("submit", function (e) {
    if (q.value.trim() && location.search.indexOf("q=") >= 0 && norm(q.value) === norm(current())) run(e);
  });
  q.addEventListener("input", function () { if (idx) show(); });
  function current() {
    var m = location.search.match(/[?&]q=([^&]*)/);
    try { return m ? decodeURIComponent(m[1].replace(/\+/g, " ")) : ""; } catch (err) { return ""; }
  }
  if (current()) { q.value = current(); run(); }
})();
