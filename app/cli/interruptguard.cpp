// SPDX-License-Identifier: GPL-3.0-or-later
#include "interruptguard.h"

namespace Recoupe {

namespace {

std::atomic_bool interruptRequested {false};
static_assert(std::atomic_bool::is_always_lock_free, "the flag is written from a signal handler");

extern "C" void requestInterrupt(int)
{
    interruptRequested.store(true);
}

} // namespace

InterruptGuard::InterruptGuard()
{
    interruptRequested.store(false);
    struct sigaction action = {};
    action.sa_handler = requestInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &m_oldInt);
    sigaction(SIGTERM, &action, &m_oldTerm);
}

InterruptGuard::~InterruptGuard()
{
    sigaction(SIGINT, &m_oldInt, nullptr);
    sigaction(SIGTERM, &m_oldTerm, nullptr);
}

const std::atomic_bool &InterruptGuard::flag()
{
    return interruptRequested;
}

bool InterruptGuard::takeRequest()
{
    return interruptRequested.exchange(false);
}

} // namespace Recoupe
