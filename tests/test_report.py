"""`coder report`: the PNG opened as an image, the HTML page rendered by a real headless Chromium."""

import json
import re
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from analytics_data import code_dataset, dedup, month_of, read_events
from coder.charts import QUADS, report
from coder.cli import cli
from coder.errors import OutputError

Image = pytest.importorskip("PIL.Image", reason="Pillow comes with matplotlib: pip install 'coder[report]'")
pytest.importorskip("matplotlib", reason="coder report needs matplotlib: pip install 'coder[report]'")

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome") if shutil.which(n)), None)
HEADLESS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars"]


@pytest.fixture(scope="module")
def coded(tmp_path_factory, full):
    out = code_dataset(tmp_path_factory.mktemp("report"), full)
    events = read_events(out)
    return out, events, dedup(events)


def rgb(color: str) -> tuple[int, int, int]:
    return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))


def pixels_near(image, color, tolerance=12) -> int:
    """How many pixels are within TOLERANCE of COLOR on every channel."""
    target = rgb(color)
    return sum(count for count, px in image.convert("RGB").getcolors(image.width * image.height)
               if all(abs(a - b) <= tolerance for a, b in zip(px, target)))


def test_png_opens_with_every_quad_class_drawn(coded, tmp_path):
    out, _, groups = coded
    path = tmp_path / "report.png"
    tables = report(out, path)
    image = Image.open(path)
    assert image.format == "PNG" and image.size == (1500, 900)
    colors = image.convert("RGB").getcolors(image.width * image.height)
    assert len(colors) > 50  # not a blank canvas
    white = sum(c for c, px in colors if px == (255, 255, 255))
    assert white < 0.9 * image.width * image.height
    for quad, _, color in QUADS:  # a quad class present in the data leaves bars of its colour
        present = any(g["quad_class"] == quad for g in groups.values())
        assert (pixels_near(image, color) > 50) == present
    assert tables.events == len(groups)


def test_report_figures_match_the_events(coded, tmp_path):
    out, _, groups = coded
    tables = report(out, tmp_path / "r.png")
    monthly = {row[0]: row[1:5] for row in tables.monthly}
    for month, counts in monthly.items():
        assert list(counts) == [sum(month_of(g["date"]) == month and g["quad_class"] == q for g in groups.values())
                                for q in (1, 2, 3, 4)]
    assert sum(n for *_, n in tables.top_dyads) <= len(groups)
    assert {r[0]: r[2] for r in tables.roots} == {
        root: sum(g["root_code"] == root for g in groups.values()) for root in {g["root_code"] for g in groups.values()}}


def test_dyad_and_dates_filter_everything(coded, tmp_path):
    out, _, groups = coded
    tables = report(out, tmp_path / "d.png", dyad=("ISR", "SYR"), start="2020-01-01", end="2020-12-31")
    want = [g for g in groups.values() if {g["source_country"], g["target_country"]} == {"ISR", "SYR"}
            and g["date"].year == 2020]
    assert want and tables.events == len(want)
    assert {(s, t) for s, t, _ in tables.top_dyads} <= {("ISR", "SYR"), ("SYR", "ISR")}


def test_html_is_self_contained(coded, tmp_path):
    out, _, _ = coded
    path = tmp_path / "report.html"
    report(out, path)
    page = path.read_text(encoding="utf-8")
    images = re.findall(r"<img [^>]*src='data:image/png;base64,([A-Za-z0-9+/=]+)'", page)
    assert len(images) == 4
    assert not re.search(r"(src|href)=['\"]?(https?:)?//", page)  # nothing fetched from the network


PROBE = """<script>
window.addEventListener('load', () => {
  const sizes = Array.from(document.images).map(i => [i.complete, i.naturalWidth, i.naturalHeight]);
  document.body.setAttribute('data-probe', JSON.stringify(sizes));
});
</script>"""


def run_chromium(tmp_path, *args):
    profile = tmp_path / "chromium-profile"
    cmd = [CHROMIUM, *HEADLESS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium; .ci/run does)")
def test_html_renders_its_plots_in_headless_chromium(coded, tmp_path):
    out, _, _ = coded
    path = tmp_path / "report.html"
    report(out, path)
    probe = tmp_path / "probe.html"  # the page as written, plus a script that reports what the browser loaded
    probe.write_text(path.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"), encoding="utf-8")
    dom = run_chromium(tmp_path, "--virtual-time-budget=10000", "--dump-dom", probe.as_uri())
    found = re.search(r'data-probe="([^"]*)"', dom.stdout)
    assert found, dom.stderr[-2000:]
    sizes = json.loads(found.group(1).replace("&quot;", '"'))
    assert len(sizes) == 4 and all(done and w > 300 and h > 200 for done, w, h in sizes)

    shot = tmp_path / "shot.png"
    run_chromium(tmp_path, "--window-size=1200,1800", f"--screenshot={shot}", path.as_uri())
    screen = Image.open(shot)
    assert pixels_near(screen, QUADS[2][2]) > 100  # the verbal-conflict bars made it to the screen


def test_unknown_report_type(coded, tmp_path):
    out, _, _ = coded
    with pytest.raises(OutputError, match=r"\.html or \.png"):
        report(out, tmp_path / "r.pdf")


def test_missing_matplotlib_says_how_to_install(coded, tmp_path, monkeypatch):
    out, _, _ = coded
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib now raises ImportError
    result = CliRunner().invoke(cli, ["report", str(tmp_path / "r.png"), "--data", str(out)])
    assert result.exit_code == 1 and "pip install 'coder[report]'" in result.output
    assert not (tmp_path / "r.png").exists()


def test_cli_report(coded, tmp_path):
    out, _, groups = coded
    path = tmp_path / "cli.html"
    result = CliRunner().invoke(cli, ["report", str(path), "--data", str(out), "--dyad", "irn", "isr",
                                      "--from", "2020-03-05", "--to", "2020-03-31"])
    want = sum({g["source_country"], g["target_country"]} == {"IRN", "ISR"} and str(g["date"]) <= "2020-03-31"
               for g in groups.values())
    assert result.exit_code == 0 and f"IRN-ISR (both directions), {want} events" in result.output
    assert path.exists() and "\r" not in result.output
