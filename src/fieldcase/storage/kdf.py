"""The Argon2id cost of a key slot: parameters that never go below RFC 9106's second
recommended option, and the calibration that picks them for this machine.

A cost only ever goes up (``KdfParams.at_least``): calibration varies with the machine's load,
and a re-wrap at a cheaper cost would make an offline guess cheaper. ``insecure_for_tests``
is the only way below the floor, and such parameters say so (``test_only``) wherever they are
stored.
"""

from __future__ import annotations

import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KEY_SIZE: Final = 32
FLAG_TEST_ONLY: Final = 1
_FLOOR_MEMORY_KIB: Final = 65536
_FLOOR_ITERATIONS: Final = 3
_MAX_MEMORY_KIB: Final = 4 * 1024 * 1024
_MAX_ITERATIONS: Final = 64
_MAX_LANES: Final = 64


class WeakKdfParams(ValueError):
    """Key-derivation parameters below RFC 9106's second recommended option."""

    kind = "weak_kdf"


def _check_bounds(memory_kib: int, iterations: int, lanes: int) -> None:
    if not 1 <= lanes <= _MAX_LANES:
        raise ValueError(f"lanes must be between 1 and {_MAX_LANES}")
    if not 8 * lanes <= memory_kib <= _MAX_MEMORY_KIB:
        raise ValueError(f"memory_kib must be between 8 x lanes and {_MAX_MEMORY_KIB}")
    if not 1 <= iterations <= _MAX_ITERATIONS:
        raise ValueError(f"iterations must be between 1 and {_MAX_ITERATIONS}")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The normal constructor refuses anything below 64 MiB / t=3.

    ``insecure_for_tests`` is the only way to get cheaper parameters; such parameters carry
    ``test_only=True`` into every slot they make, and ``ProfileKeys.unlock`` re-wraps such a
    slot at the production policy the first time it opens it.
    """

    memory_kib: int
    iterations: int
    lanes: int
    test_only: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        _check_bounds(self.memory_kib, self.iterations, self.lanes)
        if self.memory_kib < _FLOOR_MEMORY_KIB or self.iterations < _FLOOR_ITERATIONS:
            raise WeakKdfParams(
                f"Argon2id parameters must be at least {_FLOOR_MEMORY_KIB} KiB and "
                f"{_FLOOR_ITERATIONS} iterations"
            )

    @classmethod
    def insecure_for_tests(cls, memory_kib: int = 8, iterations: int = 1,
                           lanes: int = 1) -> KdfParams:
        """Cheap parameters for tests. Never call this from production code."""
        _check_bounds(memory_kib, iterations, lanes)
        params = object.__new__(cls)
        for name, value in (("memory_kib", memory_kib), ("iterations", iterations),
                            ("lanes", lanes), ("test_only", True)):
            object.__setattr__(params, name, value)
        return params

    def at_least(self, other: KdfParams) -> KdfParams:
        """The larger memory, iterations and lanes of the two: a re-wrap at this cost is never
        cheaper to guess than either (a slot made at 256 MiB stays at 256 MiB even when this
        morning's calibration chose 128 MiB with more iterations). Test-only parameters stay
        test-only only if both are."""
        memory = max(self.memory_kib, other.memory_kib)
        iterations = max(self.iterations, other.iterations)
        lanes = max(self.lanes, other.lanes)
        if self.test_only and other.test_only:
            return KdfParams.insecure_for_tests(memory, iterations, lanes)
        return KdfParams(memory, iterations, lanes)

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """A 256-bit key from ``secret``; costs what the parameters say (~1 s in production)."""
        kdf = Argon2id(salt=salt, length=KEY_SIZE, iterations=self.iterations,
                       lanes=self.lanes, memory_cost=self.memory_kib)
        return kdf.derive(secret)

    def encode(self) -> bytes:
        return struct.pack("<BIII", FLAG_TEST_ONLY if self.test_only else 0,
                           self.memory_kib, self.iterations, self.lanes)

    @classmethod
    def decode(cls, flags: int, memory_kib: int, iterations: int, lanes: int) -> KdfParams:
        """Parameters as stored; raises ValueError when they are out of bounds or below the
        floor without the test-only flag."""
        if flags & FLAG_TEST_ONLY:
            return cls.insecure_for_tests(memory_kib, iterations, lanes)
        return cls(memory_kib, iterations, lanes)


PRODUCTION_FLOOR: Final = KdfParams(65536, 3, 4)




def calibrate(target_seconds: float = 1.0, *, timer: Callable[[], float] = time.perf_counter,
              derive: Callable[[KdfParams], object] | None = None,
              max_memory_kib: int = 262_144, max_iterations: int = 12) -> KdfParams:
    """Parameters that take about ``target_seconds`` here, never below PRODUCTION_FLOOR.

    Memory is doubled first (it is what hurts GPU attackers most), up to ``max_memory_kib``
    (256 MiB by default, so a shared 4 GB laptop does not swap), then iterations are scaled.
    ``derive`` runs one derivation and defaults to the real Argon2id; tests inject a fake.
    """
    run = derive or (lambda params: params.derive(b"fieldcase calibration", bytes(16)))

    def measure(params: KdfParams) -> float:
        """The fastest of three runs: a busy machine only ever makes a run slower, and
        calibrating on a slow run would choose parameters that are too cheap."""
        timings = []
        for _ in range(3):
            start = timer()
            run(params)
            timings.append(timer() - start)
        return max(min(timings), 1e-6)

    params = PRODUCTION_FLOOR
    elapsed = measure(params)
    while elapsed * 2 <= target_seconds and params.memory_kib * 2 <= max_memory_kib:
        params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
        elapsed = measure(params)
    scaled = min(max_iterations, int(params.iterations * target_seconds / elapsed))
    if scaled > params.iterations:
        params = KdfParams(params.memory_kib, scaled, params.lanes)
    return params
