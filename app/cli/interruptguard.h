// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <csignal>

namespace Recoupe {

// While a guard lives, Ctrl-C (SIGINT) and SIGTERM only raise a flag instead of killing the
// process, so that long work (an import, a PDF export) stops cleanly: the file in progress is
// rolled back or never replaced. The previous handlers come back when the guard goes.
class InterruptGuard
{
public:
    InterruptGuard(); // lowers the flag
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    // Raised by the signal. Lock-free: it can be handed to the core as a cancel flag and read
    // from any thread.
    static const std::atomic_bool &flag();
    // Whether the user asked to stop since the last call; lowers the flag.
    static bool takeRequest();

private:
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

} // namespace Recoupe
