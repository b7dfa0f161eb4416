/*
 * Search suggestions for the header search box: the ARIA 1.2 combobox pattern with a listbox popup
 * (list autocomplete, manual selection; https://www.w3.org/WAI/ARIA/apg/patterns/combobox/).
 * Without JavaScript the box is a plain GET form to the search page, and it still is with it:
 * Enter submits the typed words unless a suggestion has been chosen with the arrow keys.
 */
(function () {
  "use strict";

  var DELAY_MS = 200;
  var MIN_CHARACTERS = 2;

  function setUp(form) {
    var input = form.querySelector('input[type="search"]');
    var endpoint = form.getAttribute("data-autocomplete");
    if (!input || !endpoint || !window.fetch || !window.AbortController) {
      return;
    }
    var label = form.querySelector('label[for="' + input.id + '"]');
    var listId = input.id + "-listbox";
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var results = [];
    var active = -1;
    var timer = null;
    var request = null;
    var shownFor = null;

    if (label && !label.id) {
      label.id = input.id + "-label";
    }
    list.id = listId;
    list.className = "search-box__listbox";
    list.setAttribute("role", "listbox");
    if (label) {
      list.setAttribute("aria-labelledby", label.id);
    }
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    form.classList.add("search-box--autocomplete");
    form.appendChild(list);
    form.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    function isOpen() {
      return !list.hidden;
    }

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      setActive(-1);
    }

    function open() {
      if (results.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function setActive(index) {
      var options = list.children;
      active = index;
      for (var i = 0; i < options.length; i += 1) {
        options[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function announce(count) {
      var text;
      if (count === 0) {
        text = input.getAttribute("data-no-results") || "";
      } else if (count === 1) {
        text = input.getAttribute("data-results-one") || "";
      } else {
        text = (input.getAttribute("data-results-many") || "").replace("%(count)s", String(count));
      }
      status.textContent = text;
    }

    function go(result) {
      close();
      window.location.assign(result.url);
    }

    function render(found) {
      results = found;
      list.textContent = "";
      found.forEach(function (result, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.className = "search-box__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = result.title;
        // Keep the focus in the input while the pointer picks an option.
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
        });
        option.addEventListener("click", function () {
          go(result);
        });
        list.appendChild(option);
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      announce(found.length);
      if (found.length) {
        open();
      } else {
        close();
      }
    }

    function suggest() {
      var value = input.value.trim();
      if (value.length < MIN_CHARACTERS) {
        shownFor = null;
        results = [];
        list.textContent = "";
        status.textContent = "";
        close();
        return;
      }
      if (value === shownFor) {
        open();
        return;
      }
      if (request) {
        request.abort();
      }
      request = new AbortController();
      var separator = endpoint.indexOf("?") === -1 ? "?" : "&";
      fetch(endpoint + separator + "q=" + encodeURIComponent(value), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: request.signal,
      })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          // An answer to an older query must not replace the list for what is typed now.
          if (input.value.trim() === value) {
            shownFor = value;
            render(Array.isArray(data.results) ? data.results : []);
          }
        })
        .catch(function () {
          // Aborted or offline: the form still submits to the search page.
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(suggest, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      if (event.altKey && event.key === "ArrowDown") {
        open();
        event.preventDefault();
        return;
      }
      switch (event.key) {
        case "ArrowDown":
          if (!isOpen()) {
            open();
          } else if (results.length) {
            setActive(active + 1 >= results.length ? 0 : active + 1);
          }
          event.preventDefault();
          break;
        case "ArrowUp":
          if (isOpen() && results.length) {
            setActive(active <= 0 ? results.length - 1 : active - 1);
            event.preventDefault();
          }
          break;
        case "Enter":
          if (isOpen() && active >= 0) {
            event.preventDefault();
            go(results[active]);
          }
          break;
        case "Escape":
          if (isOpen()) {
            event.preventDefault();
            close();
          }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    input.addEventListener("blur", function () {
      close();
    });

    input.addEventListener("focus", function () {
      if (input.value.trim() === shownFor) {
        open();
      }
    });
  }

  var forms = document.querySelectorAll("form[data-autocomplete]");
  for (var i = 0; i < forms.length; i += 1) {
    setUp(forms[i]);
  }
})();
