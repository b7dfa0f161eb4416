/*
 * Player enhancements. Without JavaScript, chapter and transcript links open the media file at that time
 * (#t= media fragments); with it, they seek their player on the page instead (data-player names it; the
 * first player otherwise), and the chapter and transcript line being played are marked with aria-current.
 * A page may hold several players (an article with audio and video blocks); this file may be included
 * once per player and sets itself up once.
 */
(function () {
  "use strict";

  if (window.hubPlayers) {
    return;
  }
  window.hubPlayers = true;

  function start() {
    var players = Array.prototype.slice.call(document.querySelectorAll(".js-player"));
    if (!players.length) {
      return;
    }

    function seconds(link) {
      return parseFloat(link.getAttribute("data-seek"));
    }

    function playerFor(link) {
      var id = link.getAttribute("data-player");
      var named = id ? document.getElementById(id) : null;
      return named && named.classList.contains("js-player") ? named : players[0];
    }

    function seek(player, time) {
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
      seek(playerFor(link), time);
    });

    players.forEach(function (player) {
      function linksIn(selector) {
        return Array.prototype.slice.call(document.querySelectorAll(selector)).filter(function (link) {
          return playerFor(link) === player;
        });
      }
      var groups = [linksIn(".chapters [data-seek]"), linksIn(".transcript [data-seek]")];

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
    });

    // A shared link such as …/episode/#t=95 starts the page's first player there.
    var at = /(?:^#|&)t=(\d+(?:\.\d+)?)/.exec(window.location.hash);
    if (at) {
      var first = players[0];
      var time = parseFloat(at[1]);
      if (first.readyState >= 1) {
        first.currentTime = time;
      } else {
        first.addEventListener("loadedmetadata", function () {
          first.currentTime = time;
        }, { once: true });
      }
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
