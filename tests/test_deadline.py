"""wait_within: a time limit on awaited work that never loses a cancellation."""

from __future__ import annotations

import asyncio

import pytest

from presscut.deadline import wait_within


def test_the_result_comes_back_within_the_limit() -> None:
    async def work() -> str:
        await asyncio.sleep(0)
        return "page"

    assert asyncio.run(wait_within(work(), 5.0)) == "page"


def test_work_past_the_limit_is_cancelled_and_a_timeout_raised() -> None:
    cancelled: list[bool] = []

    async def slow() -> None:
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    with pytest.raises(asyncio.TimeoutError):
        asyncio.run(wait_within(slow(), 0.01))
    assert cancelled == [True]


def test_a_cancellation_in_the_same_turn_as_the_result_is_not_lost() -> None:
    """The race that made an interrupted batch run to its end: the work is done and the
    caller is cancelled (Ctrl-C) before it wakes; asyncio.wait_for of Python 3.11 returns
    the result there, wait_within raises CancelledError."""

    async def main() -> str:
        answer: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        caller = asyncio.create_task(wait_within(answer, 5.0))
        await asyncio.sleep(0)  # the caller now waits for the answer
        answer.set_result("page")
        caller.cancel()
        try:
            return await caller
        except asyncio.CancelledError:
            return "cancelled"

    assert asyncio.run(main()) == "cancelled"
