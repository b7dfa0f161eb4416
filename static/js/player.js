/*
 * Episode player enhancements. Without JavaScript, chapter and transcript links open the media file at
 * that time (#t= media fragments); with it, they seek the player on the page instead, and the chapter
 * and transcript line being played are marked with aria-current.
 */
(function () {
  "use strict";

  var player = document.querySelector(".js-player");
  if (!player) {
    return;
  }

  function seconds(link) {
    return parseFloat(link.getAttribute("data-seek"));
  }

  function seek(time) {
    player.currentTime = time;
    var playing = player.play();
    if (playing && typeof playing.catch === "function") {
      // Autoplay rules may refuse; the position is still set and the visitor can press play.
      playing.catch(function () {});
    }
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-seek]") : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) {
      return;
    }
    var time = seconds(link);
    if (!isFinite(time)) {
      return;
    }
    event.preventDefault();
    seek(time);
  });

  var groups = [
    Array.prototype.slice.call(document.querySelectorAll(".chapters [data-seek]")),
    Array.prototype.slice.call(document.querySelectorAll(".transcript [data-seek]")),
  ];

  function markCurrent() {
    var now = player.currentTime + 0.05;
    groups.forEach(function (links) {
      var current = null;
      links.forEach(function (link) {
        if (seconds(link) <= now) {
          current = link;
        }
      });
      links.forEach(function (link) {
        if (link === current) {
          link.setAttribute("aria-current", "time");
        } else {
          link.removeAttribute("aria-current");
        }
      });
    });
  }

  player.addEventListener("timeupdate", markCurrent);
  player.addEventListener("seeked", markCurrent);

  // A shared link such as …/episode/#t=95 starts the player there.
  var start = /(?:^#|&)t=(\d+(?:\.\d+)?)/.exec(window.location.hash);
  if (start) {
    var at = parseFloat(start[1]);
    if (player.readyState >= 1) {
      player.currentTime = at;
    } else {
      player.addEventListener("loadedmetadata", function () {
        player.currentTime = at;
      }, { once: true });
    }
  }
})();
