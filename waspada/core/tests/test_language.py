from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_an_english_browser_still_gets_bahasa_indonesia_by_default() -> None:
    response = Client(HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").get("/masuk/")
    assert response["Content-Language"] == "id"
    assert "Nama pengguna" in response.content.decode()


def test_the_switcher_changes_the_language_for_that_user() -> None:
    client = Client()
    client.post("/i18n/setlang/", {"language": "en", "next": "/masuk/"})
    response = client.get("/masuk/")
    assert response["Content-Language"] == "en"
    assert "Username" in response.content.decode()
    client.post("/i18n/setlang/", {"language": "id", "next": "/masuk/"})
    assert "Nama pengguna" in client.get("/masuk/").content.decode()
