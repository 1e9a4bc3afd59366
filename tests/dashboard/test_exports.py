import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from tests.dashboard.conftest import body, make_article, make_directive
from tracker.directives.models import Status

pytestmark = pytest.mark.django_db


def _csv(response):
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_csv_of_the_filtered_list(viewer_client):
    finance = body("Ministry of Finance")
    a = make_directive(task="подготовить бюджет", bodies=[finance], deadline=dt.date(2025, 9, 1))
    make_directive(task="other", status=Status.DONE)
    response = viewer_client.get("/directives/export.csv", {"status": "open"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = _csv(response)
    assert rows[0][:3] == ["ID", "Task", "Issuer"]
    assert len(rows) == 2
    assert rows[1][0] == str(a.pk) and rows[1][1] == "подготовить бюджет"
    assert rows[1][3] == "Ministry of Finance" and rows[1][5] == "2025-09-01"
    assert rows[1][-1].endswith(f"/directives/{a.pk}/")


def test_csv_neutralises_formulas(viewer_client):
    make_directive(task="=HYPERLINK(\"http://evil\")", article=make_article(title="@SUM(1)"))
    rows = _csv(viewer_client.get("/directives/export.csv"))
    assert rows[1][1].startswith("'=") and rows[1][9].startswith("'@")


def test_xlsx(viewer_client):
    make_directive(task="prepare the budget", bodies=[body("Ministry of Finance")])
    response = viewer_client.get("/directives/export.xlsx", {"q": "budget"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[0][1] == "Task" and values[1][1] == "prepare the budget"
    assert viewer_client.get("/directives/export.pdf").status_code == 404
