// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <memory>

typedef struct _GMimeObject GMimeObject;
typedef struct _GMimeDataWrapper GMimeDataWrapper;

namespace Recoupe {

// The one door to GMime: it is initialised once per process, here, before any use (GMime is
// thread-safe after g_mime_init()), and its objects are released by GObject reference counts.
class MimeLibrary
{
public:
    // Call before any GMime function; cheap after the first call.
    static void ensureInitialized();

    struct Unref
    {
        void operator()(void *object) const;
    };
    template<typename T> using Ptr = std::unique_ptr<T, Unref>;

    // The decoded bytes (transfer encoding undone) of a part's content.
    static QByteArray decodedContent(GMimeDataWrapper *content);
    // The object as it would be written to a file (a nested message's own bytes).
    static QByteArray serialized(GMimeObject *object);
};

} // namespace Recoupe
