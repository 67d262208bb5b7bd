"""The client half of device authentication: keys, request signing, codes, the wire formats."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldcase.sync.enrolment import (
    CODE_ALPHABET,
    EnrolmentError,
    build_enrolment_request,
    format_code,
    normalize_code,
    parse_enrolment_request,
    server_key_fingerprint,
    start_enrolment,
)
from fieldcase.sync.signing import (
    HEADER_DEVICE,
    HEADER_DIGEST,
    HEADER_NONCE,
    HEADER_SESSION,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    SIGNED_HEADERS,
    DeviceKey,
    RequestSigner,
    SignatureFormatError,
    SignedFields,
    b64url,
    body_digest,
    canonical_request,
    describe_skew,
    fields_from_headers,
    open_sealed,
    seal,
    sign_request,
    unb64url,
    verify_signature,
)

NOW = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def seeded(seed: int) -> random.Random:
    return random.Random(seed)


def key(seed: int = 1) -> DeviceKey:
    return DeviceKey.generate(seeded(seed).randbytes)


def test_device_key_round_trips_through_its_private_bytes() -> None:
    original = key()
    again = DeviceKey(original.private_bytes)
    assert again.public_key_bytes == original.public_key_bytes
    assert len(original.private_bytes) == 32
    assert key(2).public_key_bytes != original.public_key_bytes


def test_device_key_repr_shows_only_the_public_half() -> None:
    k = key()
    assert k.private_bytes.hex() not in repr(k)
    assert b64url(k.private_bytes) not in repr(k)
    assert b64url(k.public_key_bytes) in repr(k)


def test_wrong_length_private_key_is_refused() -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        DeviceKey(b"short")


def test_body_digest_is_base64url_sha256() -> None:
    assert body_digest(b"") == b64url(hashlib.sha256(b"").digest())
    assert body_digest(b"") == "47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU"


def test_canonical_request_layout_is_fixed() -> None:
    fields = SignedFields("POST", "/sync/push?batch=2", body_digest(b"{}"), "1740830400",
                          "AAAAAAAAAAAAAAAAAAAAAA", "dev-1", "tok")
    assert canonical_request(fields) == (
        b"fieldcase-request-v1\nPOST\n/sync/push?batch=2\n"
        + body_digest(b"{}").encode() + b"\n1740830400\nAAAAAAAAAAAAAAAAAAAAAA\ndev-1\ntok"
    )


@pytest.mark.parametrize(("field", "value"), [
    ("method", "post"),
    ("path", "/a\nb"),
    ("path", "no-leading-slash"),
    ("path", "/with space"),
    ("timestamp", "0123"),
    ("timestamp", "-5"),
    ("nonce", "short"),
    ("device_id", ""),
    ("device_id", "a\nb"),
    ("session_token", "has.dot"),
    ("digest", "x" * 42),
])
def test_fields_outside_the_format_are_refused_by_name(field: str, value: str) -> None:
    good = {"method": "GET", "path": "/x", "digest": body_digest(b""), "timestamp": "1",
            "nonce": "A" * 22, "device_id": "d", "session_token": ""}
    good[field] = value
    with pytest.raises(SignatureFormatError) as raised:
        canonical_request(SignedFields(**good))
    assert raised.value.field == field


def test_sign_request_sets_six_headers_that_verify() -> None:
    k = key()
    headers = sign_request(k, device_id="dev-1", session_token="tok", method="post",
                           path="/sync/pull?after=5", body=b"[]", now=NOW,
                           random_bytes=seeded(3).randbytes)
    assert set(headers) == set(SIGNED_HEADERS)
    assert headers[HEADER_TIMESTAMP] == str(int(NOW.timestamp()))
    assert headers[HEADER_DIGEST] == body_digest(b"[]")
    assert len(unb64url(headers[HEADER_NONCE], "nonce")) == 16
    assert headers[HEADER_DEVICE] == "dev-1" and headers[HEADER_SESSION] == "tok"
    fields, signature = fields_from_headers("POST", "/sync/pull?after=5",
                                            {h.lower(): v for h, v in headers.items()})
    assert verify_signature(k.public_key_bytes, signature, canonical_request(fields))
    assert not verify_signature(key(2).public_key_bytes, signature, canonical_request(fields))


def test_request_signer_uses_its_clock_and_fresh_nonces() -> None:
    signer = RequestSigner(key(), "dev-1", "tok", now=lambda: NOW,
                           random_bytes=seeded(4).randbytes)
    first = signer.headers("GET", "/sync/pull", b"")
    second = signer.headers("GET", "/sync/pull", b"")
    assert first[HEADER_TIMESTAMP] == second[HEADER_TIMESTAMP]
    assert first[HEADER_NONCE] != second[HEADER_NONCE]
    assert first[HEADER_SIGNATURE] != second[HEADER_SIGNATURE]


def test_missing_header_is_named() -> None:
    headers = sign_request(key(), device_id="d", session_token="", method="GET", path="/",
                           body=b"", now=NOW)
    del headers[HEADER_NONCE]
    with pytest.raises(SignatureFormatError) as raised:
        fields_from_headers("GET", "/", headers)
    assert raised.value.field == HEADER_NONCE


@pytest.mark.parametrize("text", ["a=", "a+b", "QUFB", "QR"])
def test_unb64url_is_strict(text: str) -> None:
    with pytest.raises(SignatureFormatError):
        unb64url(text, "field", 1)


def test_sealed_statement_opens_only_with_its_key_and_purpose() -> None:
    server = key(10)
    sealed = seal("wipe", {"v": 1, "x": "y"}, server.sign)
    assert open_sealed("wipe", sealed, server.public_key_bytes) == {"v": 1, "x": "y"}
    with pytest.raises(SignatureFormatError):
        open_sealed("enrolment-response", sealed, server.public_key_bytes)
    with pytest.raises(SignatureFormatError):
        open_sealed("wipe", sealed, key(11).public_key_bytes)
    with pytest.raises(SignatureFormatError):
        open_sealed("wipe", b"not json", server.public_key_bytes)


@pytest.mark.parametrize(("typed", "canonical"), [
    ("abcde-fghjk", "ABCDEFGHJK"),
    ("ABCDE FGHJK", "ABCDEFGHJK"),
    ("o0o0o-iIlL1", "00000" + "11111"),
    (" 12345-6789z ", "123456789Z"),
])
def test_codes_are_forgiving_to_type(typed: str, canonical: str) -> None:
    assert normalize_code(typed) == canonical


@pytest.mark.parametrize("typed", ["", "ABCDE-FGHJ", "ABCDE-FGHJKM", "ABCDE-FGHJU", "ÄBCDE-FGHJK"])
def test_malformed_codes_are_refused_before_sending(typed: str) -> None:
    with pytest.raises(EnrolmentError) as raised:
        normalize_code(typed)
    assert raised.value.kind == "malformed_code"


@given(st.text(alphabet=CODE_ALPHABET, min_size=10, max_size=10))
def test_formatted_codes_normalize_back(canonical: str) -> None:
    shown = format_code(canonical)
    assert len(shown) == 11 and shown[5] == "-"
    assert normalize_code(shown.lower()) == canonical


def test_enrolment_request_carries_proof_of_possession() -> None:
    pending = start_enrolment("abcde-fghjk", "Site laptop 3", seeded(5).randbytes)
    parsed = parse_enrolment_request(pending.request_body)
    assert parsed.code == "ABCDEFGHJK"
    assert parsed.device_public_key == pending.device_key.public_key_bytes
    assert parsed.device_name == "Site laptop 3"
    assert pending.device_key.private_bytes.hex() not in pending.request_body.decode()


def test_enrolment_request_with_someone_elses_public_key_is_refused() -> None:
    import json

    body = json.loads(build_enrolment_request("ABCDE-FGHJK", key(1), "laptop"))
    body["device_public_key"] = b64url(key(2).public_key_bytes)
    with pytest.raises(EnrolmentError) as raised:
        parse_enrolment_request(json.dumps(body).encode())
    assert raised.value.kind == "bad_proof"


@pytest.mark.parametrize("name", ["", "x" * 65, "tab\there", "new\nline"])
def test_device_names_are_short_printable_labels(name: str) -> None:
    with pytest.raises(EnrolmentError) as raised:
        build_enrolment_request("ABCDE-FGHJK", key(), name)
    assert raised.value.kind == "malformed_request"


@pytest.mark.parametrize("body", [b"", b"[]", b'{"v": 1}', b'{"v": true, "code": "x"}'])
def test_malformed_enrolment_requests_are_refused(body: bytes) -> None:
    with pytest.raises(EnrolmentError) as raised:
        parse_enrolment_request(body)
    assert raised.value.kind == "malformed_request"


def test_server_fingerprint_is_four_groups_and_key_specific() -> None:
    fingerprint = server_key_fingerprint(key(1).public_key_bytes)
    assert len(fingerprint) == 19 and fingerprint.count("-") == 3
    assert fingerprint != server_key_fingerprint(key(2).public_key_bytes)


@pytest.mark.parametrize(("skew", "words"), [
    (3 * 86_400, "3 days ahead of"),
    (-(3 * 86_400 + 2 * 3600 + 5 * 60), "3 days 2 hours behind"),
    (-420, "7 minutes behind"),
    (3600, "1 hour ahead of"),
    (-1, "1 second behind"),
])
def test_skew_in_plain_words(skew: int, words: str) -> None:
    assert describe_skew(skew) == words
