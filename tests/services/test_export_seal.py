"""``services.export_seal``: a sealed export opens only with its key or passphrase, whole;
a cut, reordered or altered file is refused rather than half read."""

from __future__ import annotations

import struct

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from fieldcase.domain.errors import ValidationError
from fieldcase.services import export_seal
from fieldcase.services.export_seal import CHUNK, Protection, SealedWriter, UnsealError, unseal
from fieldcase.storage.kdf import KdfParams

KDF = KdfParams.insecure_for_tests()
TEXT = "ዮሃንስ Kidane,ERI,forced labour\n" * 9000  # several chunks of 64 KiB


def sealed(protection: Protection, text: str = TEXT) -> bytes:
    out = bytearray()
    writer = SealedWriter(protection, out.extend)
    for start in range(0, len(text), 5000):
        writer.write(text[start:start + 5000])
    writer.close()
    return bytes(out)


@pytest.fixture(scope="module")
def key() -> X25519PrivateKey:
    return X25519PrivateKey.generate()


def to_key(key: X25519PrivateKey) -> Protection:
    return Protection(recipient=key.public_key().public_bytes_raw())


def test_sealed_to_a_key_opens_with_that_key_only(key: X25519PrivateKey) -> None:
    data = sealed(to_key(key))
    assert len(TEXT.encode()) > 3 * CHUNK
    assert b"Kidane" not in data and "ዮሃንስ".encode() not in data
    assert unseal(data, private_key=key.private_bytes_raw()).decode() == TEXT
    other = X25519PrivateKey.generate().private_bytes_raw()
    with pytest.raises(UnsealError) as refused:
        unseal(data, private_key=other)
    assert refused.value.problem == "wrong_key"
    with pytest.raises(UnsealError) as refused:
        unseal(data, passphrase="the wrong way round entirely")
    assert refused.value.problem == "kind"


def test_sealed_with_a_passphrase_opens_with_it_only() -> None:
    data = sealed(Protection(passphrase="seven long words make a passphrase", kdf=KDF))
    assert unseal(data, passphrase="seven long words make a passphrase").decode() == TEXT
    with pytest.raises(UnsealError) as refused:
        unseal(data, passphrase="seven long words make a passphrasE")
    assert refused.value.problem == "wrong_key"
    with pytest.raises(ValidationError):
        Protection(passphrase="short")


def test_an_empty_export_is_still_sealed_and_opens(key: X25519PrivateKey) -> None:
    data = sealed(to_key(key), "")
    assert unseal(data, private_key=key.private_bytes_raw()) == b""


def _chunks(data: bytes, header: int) -> list[bytes]:
    chunks, at = [], header
    while at < len(data):
        (length,) = struct.unpack_from("<I", data, at)
        chunks.append(data[at:at + 4 + length])
        at += 4 + length
    return chunks


def test_a_cut_reordered_or_altered_file_is_refused(key: X25519PrivateKey) -> None:
    data = sealed(to_key(key))
    header = len(export_seal.MAGIC) + 1 + 64 + 7
    head, chunks = data[:header], _chunks(data, header)
    assert len(chunks) >= 4
    private = key.private_bytes_raw()
    for damaged in (head + b"".join(chunks[:-1]),  # cut at a chunk border
                    head + b"".join([chunks[1], chunks[0], *chunks[2:]]),  # reordered
                    data[:-1],  # cut inside the last chunk
                    data[:len(data) // 2] + bytes([data[len(data) // 2] ^ 1])
                    + data[len(data) // 2 + 1:],  # one bit flipped
                    data + chunks[-1]):  # a chunk added after the last
        with pytest.raises(UnsealError):
            unseal(damaged, private_key=private)
    with pytest.raises(UnsealError) as refused:
        unseal(b"Datasource,gender\r\n", private_key=private)
    assert refused.value.problem == "not_sealed"


def test_exactly_one_way_of_protecting(key: X25519PrivateKey) -> None:
    with pytest.raises(ValueError):
        Protection()
    with pytest.raises(ValueError):
        Protection(recipient=key.public_key().public_bytes_raw(), plaintext=True)
    assert export_seal.PLAINTEXT.label == "plaintext" and to_key(key).label == "public_key"
    assert "seven" not in repr(Protection(passphrase="seven long words make a passphrase"))
