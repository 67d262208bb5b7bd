"""The server's one long-term secret: an Ed25519 key, and the symmetric keys derived from it.

- The Ed25519 key signs statements a device must be able to check on its own, offline and
  against a pinned key: the enrolment answer and wipe instructions.
- A session-MAC key (HKDF, info ``fieldcase/server/session-mac/v1``) authenticates session
  tokens. Only the server checks those, so a MAC is enough and costs a microsecond instead of an
  Ed25519 verification on every request.
- A code-hash key (info ``.../enrolment-code/v1``) keys the hash under which enrolment codes are
  stored, so a copy of the database alone cannot be searched for live codes.

Every server process behind the load balancer loads the same 32 private bytes (from a file or
secret store chosen by the deployment; never the database it protects, never a log). Losing the
key means every device must re-enrol: devices pin its public half. Rotating it has the same
effect, plus invalidating pending codes and sessions.
"""

from __future__ import annotations

import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldcase.sync.enrolment import server_key_fingerprint
from fieldcase.sync.signing import KEY_BYTES, RandomBytes, b64url, seal


class ServerKeys:
    """The server's signing key and its derived MAC keys."""

    __slots__ = ("_private", "code_hash_key", "session_mac_key")

    def __init__(self, private_bytes: bytes) -> None:
        if len(private_bytes) != KEY_BYTES:
            raise ValueError(f"the server key is {KEY_BYTES} bytes")
        self._private = Ed25519PrivateKey.from_private_bytes(private_bytes)
        self.session_mac_key = _derive(private_bytes, b"fieldcase/server/session-mac/v1")
        self.code_hash_key = _derive(private_bytes, b"fieldcase/server/enrolment-code/v1")

    @classmethod
    def generate(cls, random_bytes: RandomBytes = os.urandom) -> ServerKeys:
        return cls(random_bytes(KEY_BYTES))

    @property
    def private_bytes(self) -> bytes:
        """For the deployment to store; never log or print it."""
        return self._private.private_bytes_raw()

    @property
    def public_key_bytes(self) -> bytes:
        return self._private.public_key().public_bytes_raw()

    @property
    def fingerprint(self) -> str:
        """What ``enroll-code`` prints next to the code, for the device to compare."""
        return server_key_fingerprint(self.public_key_bytes)

    def sign(self, message: bytes) -> bytes:
        return self._private.sign(message)

    def seal(self, purpose: str, payload: dict[str, object]) -> bytes:
        """A statement the device verifies against its pinned copy of our public key."""
        return seal(purpose, payload, self.sign)

    def __repr__(self) -> str:
        return f"ServerKeys(public={b64url(self.public_key_bytes)})"


def _derive(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)
