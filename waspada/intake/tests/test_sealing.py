from __future__ import annotations

import pytest
from cryptography.fernet import Fernet

from waspada.intake.sealing import seal, unseal


def test_a_contact_is_stored_encrypted_and_opens_with_the_same_key() -> None:
    token = seal("+62 812-5555-0101")
    assert "0101" not in token and token != ""
    assert unseal(token) == "+62 812-5555-0101"
    assert seal("") == "" and unseal("") == ""


def test_another_key_cannot_open_it(settings: object) -> None:
    token = seal("rahasia@contoh.id")
    settings.WASPADA_SEAL_KEY = Fernet.generate_key().decode()  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="WASPADA_SEAL_KEY"):
        unseal(token)
