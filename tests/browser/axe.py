"""axe-core accessibility checks for playwright pages (WCAG 2.0/2.1/2.2, levels A and AA).

Usage in a browser test (``page`` and ``live_server`` fixtures)::

    from tests.browser.axe import assert_no_serious_violations

    def test_article_is_accessible(article, live_server, page):
        assert_no_serious_violations(page, f"{live_server.url}{article.url}")

``axe_violations(page)`` checks the page as it is now (after clicks, opened menus, …) and returns
the violations as axe reports them, for tests that want to look closer.

axe-core comes from npm (package.json pins it; ``make test`` runs ``npm ci``). Without it the
check is skipped, or fails when ``REQUIRE_BROWSER=1``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

AXE_PATH = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
DEFAULT_IMPACTS = ("serious", "critical")
TARGETS_SHOWN = 3


def _require_axe() -> Path:
    if AXE_PATH.exists():
        return AXE_PATH
    message = f"axe-core not installed ({AXE_PATH} missing): run `npm ci` in the project folder."
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {message}")
    pytest.skip(message)


def axe_violations(page, *, impacts: tuple[str, ...] = DEFAULT_IMPACTS) -> list[dict]:
    """Run axe-core on the page as it is now; return the WCAG A/AA violations with these impacts."""
    path = _require_axe()
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(path))
    result = page.evaluate(
        """async (tags) => await window.axe.run(document, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations"],
        })""",
        list(WCAG_TAGS),
    )
    return [v for v in result["violations"] if v.get("impact") in impacts]


def format_violations(violations: list[dict]) -> str:
    """One readable paragraph per violation: rule, impact, help text, link, first few targets."""
    lines = []
    for violation in violations:
        nodes = violation.get("nodes", [])
        targets = [" ".join(map(str, node.get("target", []))) for node in nodes[:TARGETS_SHOWN]]
        more = f" (+{len(nodes) - TARGETS_SHOWN} more)" if len(nodes) > TARGETS_SHOWN else ""
        lines.append(f"- {violation['id']} [{violation.get('impact')}]: {violation.get('help')}")
        lines.append(f"    {violation.get('helpUrl', '')}")
        for target, node in zip(targets, nodes, strict=False):
            summary = (node.get("failureSummary") or "").replace("\n", " ").strip()
            lines.append(f"    at {target}" + (f" — {summary}" if summary else ""))
        if more:
            lines.append(f"    {more.strip()}")
    return "\n".join(lines)


def assert_no_serious_violations(page, url: str, *, impacts: tuple[str, ...] = DEFAULT_IMPACTS) -> None:
    """Open ``url`` in the playwright page and fail with a readable list of serious/critical axe violations."""
    response = page.goto(url, wait_until="load")
    assert response is not None, f"no response for {url}"
    violations = axe_violations(page, impacts=impacts)
    if violations:
        pytest.fail(
            f"{len(violations)} accessibility violation(s) on {url} (HTTP {response.status}):\n"
            + format_violations(violations),
            pytrace=False,
        )
