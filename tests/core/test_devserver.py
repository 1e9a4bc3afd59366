"""The setup half of `make run`: database, sample news and a demo login."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from tracker.directives.models import Article, Directive

pytestmark = pytest.mark.django_db


@pytest.fixture
def var_dir(tmp_path, settings):
    settings.VAR_DIR = tmp_path
    return tmp_path


def setup_only(capsys) -> str:
    call_command("devserver", "--setup-only")
    return capsys.readouterr().out


def test_setup_loads_sample_news_and_prints_a_working_login(var_dir, capsys, client):
    out = setup_only(capsys)
    username, password = re.search(r"Log in as (\S+) / (\S+)", out).groups()
    assert Article.objects.count() >= 9
    assert Directive.objects.exists()
    assert client.login(username=username, password=password)
    assert client.get("/admin/").status_code == 200


def test_second_setup_reuses_data_and_login(var_dir, capsys):
    first = setup_only(capsys)
    articles = Article.objects.count()
    second = setup_only(capsys)
    login = re.compile(r"Log in as \S+ / \S+")
    assert login.search(first).group() == login.search(second).group()
    assert Article.objects.count() == articles
    assert get_user_model().objects.filter(is_staff=True).count() == 1
