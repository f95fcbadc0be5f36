// The posture page's only script (webview only, allowed by nonce): turns the table's column headings
// into buttons that sort the rows, and says which way with aria-sort. Without it the table is still
// complete, sorted by status. Kept as a string: it runs in the page, not in Node.
export const SORT_SCRIPT = `(function () {
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.querySelectorAll('thead th');
    heads.forEach(function (th, col) {
      var label = th.querySelector('.th-label');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = label ? label.textContent : th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        heads.forEach(function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        var numeric = th.getAttribute('data-type') === 'num';
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) {
          var cell = row.cells[col];
          var v = cell.getAttribute('data-sort');
          if (v === null) v = cell.textContent.trim().toLowerCase();
          return numeric ? Number(v) : v;
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = numeric ? x - y : String(x).localeCompare(String(y));
          return dir === 'ascending' ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
})();`;
