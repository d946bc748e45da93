"""Sources briefed together that look like different stories: the brief goes out, and says so."""

import json

from test_cli import run

from summariser import Brief, summarise
from summariser.render import render

FLOOD = (
    "Floods close Riverton bridge as river peaks\n\n"
    "The main bridge in Riverton was closed on Tuesday after the River Esk rose to 4.83 metres, "
    "its highest level since records began, the county council said.\n\n"
    "Around 340 homes were evacuated overnight and a rest centre opened at Riverton Academy.\n\n"
    "“We are asking people not to drive through flood water,” said council leader Priya Nandra.\n\n"
    "Engineers will inspect the bridge once the water falls, which could take several days."
)
FLOOD_2 = (
    "Riverton evacuates 340 homes as Esk floods\n\n"
    "Hundreds of people left their homes in Riverton overnight as the River Esk reached a record "
    "4.83 metres and the town's main bridge was shut.\n\n"
    "Council leader Priya Nandra urged drivers to stay out of flood water and said the bridge "
    "would stay closed until engineers had inspected it.\n\n"
    "A rest centre at Riverton Academy took in 340 households, the council said."
)
TRANSFER = (
    "Harbour City sign striker Lucas Ferreira for club record fee\n\n"
    "Harbour City have signed the Brazilian striker Lucas Ferreira for a club-record £18.5m, "
    "the club announced on Friday.\n\n"
    "The 24-year-old scored 21 goals in the Portuguese league last season and has agreed a "
    "five-year contract.\n\n"
    "“He is exactly the forward we have been looking for,” manager Dan Whitlow said.\n\n"
    "Ferreira is expected to make his debut against Northgate Rovers next weekend."
)
WARNING = (
    "These sources may not be about the same story: [2] shares little with [1]. "
    "Brief them separately if so."
)


def test_two_reports_of_one_event_carry_no_warning():
    assert summarise(FLOOD, FLOOD_2).warnings == []


def test_the_seed_reports_carry_no_warning(seeds):
    brief = summarise(*seeds)
    assert brief.warnings == []
    assert "warnings" not in brief.to_dict()  # the JSON shape is the old one


def test_an_unrelated_source_is_briefed_but_named_in_a_warning():
    brief = summarise(FLOOD, TRANSFER)
    assert brief.warnings == [WARNING]
    assert len(brief.sources) == 2 and brief.summary  # still a brief of both
    assert brief.to_dict()["warnings"] == [WARNING]
    assert Brief.from_dict(json.loads(brief.to_json())).warnings == [WARNING]


def test_with_three_sources_only_the_odd_one_is_named():
    brief = summarise(FLOOD, TRANSFER, FLOOD_2)
    assert brief.warnings == [
        "These sources may not be about the same story: [2] shares little with [1] or [3]. "
        "Brief them separately if so."
    ]
    assert summarise(TRANSFER, FLOOD, FLOOD_2).warnings == [
        "These sources may not be about the same story: [2] and [3] share little with [1]. "
        "Brief them separately if so."
    ]


def test_a_short_note_is_too_little_to_judge():
    note = "Editor's note: the council confirmed the figures to us on Tuesday afternoon."
    assert summarise(FLOOD, note).warnings == []


def test_text_and_markdown_show_the_warning_before_the_key_points():
    brief = summarise(FLOOD, TRANSFER)
    text = render(brief, "text")
    assert text.index("Warning: These sources may not be about the same story") < text.index("Key points")
    markdown = render(brief, "markdown")
    assert "> **Warning:** These sources may not be about the same story: \\[2\\] shares" in markdown
    assert markdown.index("Warning") < markdown.index("## Key points")
    assert "Warning" not in render(summarise(FLOOD, FLOOD_2), "text")


def test_cli_json_carries_the_warning(tmp_path):
    a, b = tmp_path / "flood.txt", tmp_path / "transfer.txt"
    a.write_text(FLOOD, encoding="utf-8")
    b.write_text(TRANSFER, encoding="utf-8")
    proc = run("--format", "json", str(a), str(b))
    assert proc.returncode == 0, proc.stderr.decode()
    assert json.loads(proc.stdout)["warnings"] == [WARNING]
